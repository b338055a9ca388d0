using NewsFrames.Cli;

namespace NewsFrames.Tests.Topics;

public class TopicCommandsTests
{
    [Fact]
    public async Task Similarity_WritesNeighboursCsvToOut()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Cats and dogs.\n\nThe cat chased the dog across the garden.");
        temp.Write("in/b.txt", "Dogs and cats.\n\nA dog and a cat slept in the garden.");
        temp.Write("in/c.txt", "Markets fell.\n\nShares in banks fell sharply on Monday.");
        string outPath = Path.Combine(temp.Path, "out.csv");
        int rc = await NewsFramesCommand.RunAsync(["similarity", Path.Combine(temp.Path, "in"), "--k", "1", "--format", "csv", "--out", outPath]);
        Assert.Equal(0, rc);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("document,file,source,rank,neighbour,neighbour_file,neighbour_source,cosine", lines[0]);
        Assert.StartsWith("a,a.txt,(unknown),1,b,b.txt,", lines[1]);
    }

    [Fact]
    public async Task Similarity_MissingFolder_FailsWithTheName()
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            int rc = await NewsFramesCommand.RunAsync(["similarity", "/no/such/folder-xyz"]);
            Assert.Equal(1, rc);
        }
        finally { Console.SetError(saved); }
        Assert.Contains("/no/such/folder-xyz", error.ToString());
    }

    [Fact]
    public async Task Clusters_WritesOneRowPerDocument()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Cats and dogs.\n\nThe cat chased the dog across the garden.");
        temp.Write("in/b.txt", "Dogs and cats.\n\nA dog and a cat slept in the garden.");
        temp.Write("in/c.txt", "Markets fell.\n\nShares in banks fell sharply on Monday.");
        string outPath = Path.Combine(temp.Path, "clusters.json");
        int rc = await NewsFramesCommand.RunAsync(["clusters", Path.Combine(temp.Path, "in"), "--k", "2", "--format", "json", "--out", outPath]);
        Assert.Equal(0, rc);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal(["document", "file", "source", "cluster", "label", "x", "y", "title"],
            json.RootElement[0].EnumerateObject().Select(p => p.Name));
    }
}
