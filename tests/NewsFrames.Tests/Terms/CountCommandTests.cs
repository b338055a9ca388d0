using NewsFrames.Cli;

namespace NewsFrames.Tests.Terms;

[Collection(ConsoleCollection.Name)]
public class CountCommandTests
{
    private static async Task<(int Code, string Output, string Error)> Run(TempFolder temp, string format, params string[] args)
    {
        string outFile = Path.Combine(temp.Path, "out-" + Guid.NewGuid().ToString("N") + "." + format);
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            int code = await NewsFramesCommand.RunAsync([.. args, "--format", format, "--out", outFile]);
            return (code, File.Exists(outFile) ? File.ReadAllText(outFile) : "", error.ToString());
        }
        finally { Console.SetError(saved); }
    }

    private static void WriteTwoArticles(TempFolder temp)
    {
        temp.Write("c/a.txt", "Iran and Russia. Iran’s partnership grew.");
        temp.Write("c/b.txt", "The Iran-Russia partnership, the partnerships.");
    }

    [Fact]
    public async Task Count_Csv_HandCountedTermsAndDocuments()
    {
        // a: Iran, and, Russia, Iran’s (iran), partnership, grew; b: The, Iran-Russia (one compound), partnership, the,
        // partnerships. Most frequent first, ties by term.
        using var temp = SharedData.TempFolder();
        WriteTwoArticles(temp);
        var (code, csv, error) = await Run(temp, "csv", "count", Path.Combine(temp.Path, "c"));
        Assert.Equal(0, code);
        Assert.DoesNotContain("newsframes:", error, StringComparison.Ordinal);   // no file skipped or read with warnings
        Assert.Equal(
            ["term,count,documents", "iran,2,1", "partnership,2,2", "the,2,1",
             "and,1,1", "grew,1,1", "iran-russia,1,1", "partnerships,1,1", "russia,1,1"],
            csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Count_StemsAsJson_PartnershipsJoinPartnership()
    {
        using var temp = SharedData.TempFolder();
        WriteTwoArticles(temp);
        var (code, json, _) = await Run(temp, "json", "count", Path.Combine(temp.Path, "c"), "--unit", "stem", "--top", "1");
        Assert.Equal(0, code);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var row = Assert.Single(parsed.RootElement.EnumerateArray());
        Assert.Equal("partnership", row.GetProperty("term").GetString());
        Assert.Equal(3, row.GetProperty("count").GetInt64());
        Assert.Equal(2, row.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Count_MalformedFileInTheFolder_NamedWithItsLineOnStandardErrorAndTheRestCounted()
    {
        using var temp = SharedData.TempFolder();
        WriteTwoArticles(temp);
        temp.Write("c/broken.json", "[\n  {\"text\": \"Iran\"},\n  {\"text\": \n");
        var (code, csv, error) = await Run(temp, "csv", "count", Path.Combine(temp.Path, "c"));
        Assert.Equal(0, code);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
        Assert.Contains("line", error, StringComparison.Ordinal);
        Assert.Contains("iran,2,1", csv, StringComparison.Ordinal);   // the broken file's "Iran" is not counted
    }

    [Fact]
    public async Task Count_MissingFolder_ExitCode1AndNothingWritten()
    {
        using var temp = SharedData.TempFolder();
        var (code, csv, error) = await Run(temp, "csv", "count", Path.Combine(temp.Path, "no-such-folder"));
        Assert.Equal(1, code);
        Assert.Equal("", csv);
        Assert.Contains("no-such-folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusStreamRead_SkippedFile_ReportedInLoadOrderAsTheLoadReportHasIt()
    {
        using var temp = SharedData.TempFolder();
        WriteTwoArticles(temp);
        temp.Write("c/broken.json", "[\n  {\"text\": \"Iran\"},\n  {\"text\": \n");
        temp.Write("c/empty.txt", "");
        var remarks = new List<LoadEntry>();
        var documents = CorpusStream.Read(Path.Combine(temp.Path, "c"), remark: remarks.Add).ToList();
        Assert.Equal(["c/a.txt", "c/b.txt"], documents.Select(d => "c/" + d.File));
        var loaded = NewsFrames.Corpus.Load(Path.Combine(temp.Path, "c")).Report.Skipped.ToList();
        Assert.Equal(loaded, remarks);
        Assert.Equal(["broken.json", "empty.txt"], remarks.Select(r => r.File));
    }
}
