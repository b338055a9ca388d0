using NewsFrames.Cli;

namespace NewsFrames.Tests.Topics;

[Collection(ConsoleCollection.Name)]
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
        var (rc, error) = await CliRunner.Run("similarity", "/no/such/folder-xyz");
        Assert.Equal(1, rc);
        Assert.Contains("/no/such/folder-xyz", error);
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

    [Fact]
    public async Task Topics_CsvOnStdout_IsNotPollutedByTheNativeLdaTrainer()
    {
        // LdaNative printf()s its progress ("loglikelihood @iter0005 = ...") to file descriptor 1, which
        // Console.SetOut cannot catch: only a separate process shows whether stdout stays clean.
        using var temp = SharedData.TempFolder();
        temp.Write("in/a.txt", "Football.\n\nThe striker scored twice as the football club won the league match.");
        temp.Write("in/b.txt", "Goal.\n\nA late goal from the striker won the football match for the club.");
        temp.Write("in/c.txt", "Markets.\n\nShares fell as the central bank raised interest rates again.");
        temp.Write("in/d.txt", "Rates.\n\nThe bank said interest rates and inflation would stay high; shares fell.");
        string cli = Path.Combine(AppContext.BaseDirectory, "NewsFrames.Cli.dll");
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { cli, "topics", Path.Combine(temp.Path, "in"), "--k", "2", "--format", "csv" }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("topic,label,rank,term,score", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Matches("^[12],\"[^\"]*\",[0-9]+,[^,]+,[0-9.eE-]+$", line));
        Assert.DoesNotContain("loglikelihood", await stdout);
    }
}
