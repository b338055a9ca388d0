
namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

[Collection(ConsoleCollection.Name)]
public class FramesCommandTests
{
    private static Task<(int Code, string Error)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Frames_Hits_WritesOneRowPerHitWithTheDocumentedColumns()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "A title\n\nThe sanctions bite. Trade, however, grows.");
        string outPath = Path.Combine(temp.Path, "hits.csv");
        var (code, _) = await Run("frames", Path.Combine(temp.Path, "in"), "--hits", "--format", "csv", "--out", outPath);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("document,file,source,date,frame,pattern,matched,sentence,start,end", lines[0]);
        Assert.Equal(["a,a.txt,(unknown),,sanctions,sanction*,sanctions,The sanctions bite.,13,22", "a,a.txt,(unknown),,economy,trade,Trade,\"Trade, however, grows.\",29,34"], lines[1..]);
    }

    [Fact]
    public async Task Frames_BySourceWithAUserLexicon_Json()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Title\n\nTrade and trade.");
        string lexicon = temp.Write("lex.yaml", "frames:\n  - id: t\n    label: Trade\n    patterns: [trade]\n");
        string outPath = Path.Combine(temp.Path, "out.json");
        var (code, _) = await Run("frames", Path.Combine(temp.Path, "in"), "--lexicon", lexicon, "--format", "json", "--out", outPath);
        Assert.Equal(0, code);
        string json = File.ReadAllText(outPath);
        Assert.Contains("\"frame\": \"t\"", json, StringComparison.Ordinal);
        Assert.Contains("\"hits\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"documents_with_frame\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frames_BadLexicon_OneErrorWithFileLineAndColumn_ExitCode1()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Trade.");
        string lexicon = temp.Write("bad.yaml", "frames:\n  - id: t\n    patterns:\n      - trade [5-2] deal\n");
        var (code, error) = await Run("frames", Path.Combine(temp.Path, "in"), "--lexicon", lexicon);
        Assert.Equal(1, code);
        Assert.Contains($"{lexicon}:4:15:", error, StringComparison.Ordinal);
        Assert.Contains("minimum is larger", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ReportsErrorsAndExitsWith1_AndNoHitsWithACorpus()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Trade grows.");
        string bad = temp.Write("bad.yaml", "frames:\n  - id: t\n    patterns:\n      - 'trade (deal'\n");
        var (code, error) = await Run("frames", "lint", bad, "--format", "csv", "--out", Path.Combine(temp.Path, "lint.csv"));
        Assert.Equal(1, code);
        Assert.Contains($"{bad}:4:16: error syntax:", error, StringComparison.Ordinal);

        string good = temp.Write("good.yaml", "frames:\n  - id: t\n    patterns: [trade, unicorn]\n");
        string outPath = Path.Combine(temp.Path, "lint2.csv");
        (code, _) = await Run("frames", "lint", good, "--corpus", Path.Combine(temp.Path, "in"), "--format", "csv", "--out", outPath);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("severity,code,file,line,column,frame,pattern,message", lines[0]);
        Assert.Single(lines[1..]);
        Assert.StartsWith($"info,no-hits,{good},3,23,t,unicorn,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frames_MissingCorpus_FailsWithTheName()
    {
        var (code, error) = await Run("frames", "/no/such/corpus-xyz");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/corpus-xyz", error, StringComparison.Ordinal);
    }
}
