using System.Text.Json;

namespace NewsFrames.Tests.Corpus;

[Collection(ConsoleCollection.Name)]
public class CorpusCommandTests
{
    private static Task<(int Code, string Error)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Corpus_Csv_DocumentedColumnsAndTextColumn()
    {
        using var temp = SharedData.TempFolder();
        string outPath = Path.Combine(temp.Path, "docs.csv");
        var (code, error) = await Run("corpus", SharedData.Seeds, "--format", "csv", "--out", outPath);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("id,file,source,title,date,url,words,sentences,characters,removed_characters,duplicate_of,text", lines[0]);
        Assert.Contains("Load report: 6 files: 6 loaded", error);
        Assert.Contains(lines, l => l.StartsWith("004_aa45130e6883c60d,004_aa45130e6883c60d.txt,Sputnik,\"Iran and Russia, Building stronger Strategic Partnership\",2024-06-17,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Corpus_JsonReport_ArrayOfObjects()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Headline\n\nStory.\n");
        temp.Write("in/b.bin", [0, 1, 2]);
        string outPath = Path.Combine(temp.Path, "report.json");
        var (code, _) = await Run("corpus", Path.Combine(temp.Path, "in"), "--show", "report", "--format", "json", "--out", outPath);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(outPath));
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("a.txt", rows[0].GetProperty("file").GetString());
        Assert.Equal("loaded", rows[0].GetProperty("status").GetString());
        Assert.Equal("skipped", rows[1].GetProperty("status").GetString());
        Assert.Equal("unsupported extension .bin", rows[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Corpus_MissingPath_ExitCode1AndMessage()
    {
        var (code, error) = await Run("corpus", "/no/such/corpus");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/corpus: no such file or folder", error);
    }

    [Fact]
    public async Task Corpus_BadFieldMapping_ExitCode2()
    {
        var (code, error) = await Run("corpus", SharedData.Seeds, "--field", "colour=red");
        Assert.Equal(2, code);
        Assert.Contains("unknown field \"colour\"", error);
    }
}
