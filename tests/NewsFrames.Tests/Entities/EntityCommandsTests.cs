
namespace NewsFrames.Tests.Entities;

[Collection(ConsoleCollection.Name)]
public class EntityCommandsTests
{
    private static Task<(int Code, string Error)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Entities_WritesOneRowPerMention()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Russian President Vladimir Putin met Iranian officials.");
        string outPath = Path.Combine(temp.Path, "m.csv");
        var (code, _) = await Run("entities", Path.Combine(temp.Path, "in"), "--format", "csv", "--out", outPath);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("document,file,source,entity,type,surface,sentence,start,end,paragraph,match,evidence", lines[0]);
        Assert.Equal("a,a.txt,(unknown),Vladimir Putin,person,Russian President Vladimir Putin,0,0,32,0,name,Russian President Vladimir Putin met Iranian officials.", lines[1]);
        Assert.StartsWith("a,a.txt,(unknown),Iran,country,Iranian,0,37,44,0,demonym,", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Cooccurrence_WritesPairs_WithAllSource()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Iran and Russia met. Iran spoke. China waited. Russia and China agreed.");
        string outPath = Path.Combine(temp.Path, "p.json");
        var (code, _) = await Run("cooccurrence", Path.Combine(temp.Path, "in"), "--format", "json", "--out", outPath, "--min-count", "1");
        Assert.Equal(0, code);
        string json = File.ReadAllText(outPath);
        Assert.Contains("\"source\": \"(all)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"entity1\": \"Iran\"", json, StringComparison.Ordinal);
        Assert.Contains("\"window\": \"sentence\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_WritesCandidates()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Araghchi called Youssef Rajji. Officials said Rajji agreed.");
        string outPath = Path.Combine(temp.Path, "c.csv");
        var (code, _) = await Run("entities", "discover", Path.Combine(temp.Path, "in"), "--min-count", "1", "--format", "csv", "--out", outPath);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("candidate,count,documents,example,example_document", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Rajji,1,1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadGazetteer_FailsWithFileAndLine()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Iran.");
        string g = temp.Write("g.yaml", "entities:\n  - name: Iran\n    type: contry\n");
        var (code, error) = await Run("entities", Path.Combine(temp.Path, "in"), "--gazetteer", g);
        Assert.Equal(1, code);
        Assert.Contains(g + ", line 3: unknown type 'contry'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--window", "sentences")]
    [InlineData("--types", "persons")]
    public async Task Cooccurrence_BadOption_FailsClearly(string option, string value)
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Iran.");
        var (code, error) = await Run("cooccurrence", Path.Combine(temp.Path, "in"), option, value);
        Assert.Equal(1, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }
}
