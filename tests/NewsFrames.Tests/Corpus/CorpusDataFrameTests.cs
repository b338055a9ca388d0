using Microsoft.Data.Analysis;

namespace NewsFrames.Tests.Corpus;

public class CorpusDataFrameTests
{
    [Fact]
    public void ToDataFrame_ColumnsTypesAndHandCountedValues()
    {
        using var temp = SharedData.TempFolder();
        // Hand counts: text "Oil prices rise\n\nOil rose 3% on Monday. Traders cited cuts." → tokens Oil, prices, rise,
        // Oil, rose, 3, on, Monday, Traders, cited, cuts = 11; sentences: the headline, two in the body = 3;
        // characters 15 + 2 + 42 = 59; removed: "Share this article" = 18.
        temp.Write("a.txt", "Oil prices rise\n\nOil rose 3% on Monday. Traders cited cuts.\n\nShare this article\n");
        temp.Write("sources.csv", "file,source,date,url\na.txt,Wire,2024-06-17,https://w.example/a\n");
        var frame = NewsFrames.Corpus.Load(temp.Path).ToDataFrame();
        Assert.Equal(["id", "file", "source", "title", "date", "url", "words", "sentences", "characters", "removed_characters", "duplicate_of"],
            frame.Columns.Select(c => c.Name).ToArray());
        Assert.IsAssignableFrom<PrimitiveDataFrameColumn<DateTime>>(frame.Columns["date"]);
        Assert.IsType<Int32DataFrameColumn>(frame.Columns["words"]);
        Assert.IsType<StringDataFrameColumn>(frame.Columns["id"]);
        var row = frame.Rows[0];
        Assert.Equal("a", row["id"]);
        Assert.Equal("Wire", row["source"]);
        Assert.Equal("Oil prices rise", row["title"]);
        Assert.Equal(new DateTime(2024, 6, 17), row["date"]);
        Assert.Equal(11, row["words"]);
        Assert.Equal(3, row["sentences"]);
        Assert.Equal(59, row["characters"]);
        Assert.Equal(18, row["removed_characters"]);
        Assert.Null(row["duplicate_of"]);
    }

    [Fact]
    public void ToDataFrame_IncludeText_LastColumn()
    {
        var frame = NewsFrames.Corpus.Load(SharedData.Seeds).ToDataFrame(includeText: true);
        Assert.Equal("text", frame.Columns[^1].Name);
        Assert.Equal(5, frame.Rows.Count);
    }

    [Fact]
    public void Report_ToDataFrame_OneRowPerFile()
    {
        var frame = NewsFrames.Corpus.Load(SharedData.Seeds).Report.ToDataFrame();
        Assert.Equal(["file", "status", "documents", "message"], frame.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal("sources.csv", frame.Rows[5]["file"]);
    }
}
