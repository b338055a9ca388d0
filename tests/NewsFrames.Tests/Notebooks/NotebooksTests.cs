using System.Text.Json.Nodes;
using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

/// <summary>Every notebook in notebooks/ runs top to bottom on the seeds through the engine, as CI would run it.</summary>
[Collection(ConsoleCollection.Name)]
public class NotebooksTests
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    private static string PathOf(string name) => Path.Combine(SharedData.RepoRoot, "notebooks", name);

    [Fact]
    public void Folder_HasTheNotebooks()
    {
        var names = Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "notebooks"), "*.ipynb").Select(Path.GetFileName).ToList();
        foreach (var expected in new[] { "01-corpus.ipynb", "02-terms.ipynb", "03-framing.ipynb", "04-entities.ipynb", "05-similarity-topics.ipynb" })
            Assert.Contains(expected, names);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Source_IsCleanPolyglotNotebookWithParametersCell(string name)
    {
        string json = File.ReadAllText(PathOf(name));
        NotebookAssert.ValidNbformat(json, name);
        var notebook = Notebook.Parse(json, name);
        Assert.Equal(".net-csharp", (string?)notebook.Metadata["kernelspec"]?["name"]);
        var code = notebook.Cells.Where(c => c.IsCode).ToList();
        Assert.All(code, c => Assert.Equal("csharp", (string?)c.Metadata["polyglot_notebook"]?["kernelName"]));
        // Committed without outputs: a stale output would claim a result the code no longer gives.
        Assert.All(code, c => Assert.Empty(c.Outputs));
        Assert.All(code, c => Assert.Null(c.ExecutionCount));
        var parameters = code[0];
        Assert.Contains("parameters", parameters.Tags);
        Assert.Contains("var corpusPath = \"../seeds\";", parameters.Source);
        Assert.Equal("markdown", notebook.Cells[0].CellType);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Run_OnTheSeeds_HasNoErrorAndWritesValidOfflineOutputs(string name)
    {
        var notebook = Notebook.Load(PathOf(name));
        var result = await NotebookRunner.RunAsync(notebook);
        Assert.True(result.Succeeded, name + ": " + string.Join("\n", result.Failures.Select(f => f.Message)));
        Assert.Empty(NotebookAssert.Errors(notebook));
        Assert.All(notebook.Cells.Where(c => c.IsCode), c => Assert.NotNull(c.ExecutionCount));
        NotebookAssert.ValidNbformat(notebook.ToJson(), name + " executed");
        NotebookAssert.Offline(HtmlExporter.Export(notebook), name + " as HTML");
        NotebookAssert.Offline(HtmlExporter.Export(notebook, new HtmlExportOptions { HideCode = true }), name + " as HTML without code");
        // Every code cell after the set-up shows something: a notebook cell exists to show a result.
        var shown = notebook.Cells.Where(c => c.IsCode).Skip(2).Where(c => c.Outputs.Count == 0).Select(c => c.Source).ToList();
        Assert.True(shown.Count == 0, name + ": cells without output: " + string.Join(" | ", shown));
    }

    [Fact]
    public async Task Run_WithCorpusParameter_UsesIt()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("one/a.txt", "Title A\n\nOnly one short article about a partnership between two countries.");
        var notebook = Notebook.Load(PathOf("03-framing.ipynb"));
        var result = await NotebookRunner.RunAsync(notebook, new RunOptions
        {
            Parameters = Parameters.Parse(["corpusPath=" + Path.Combine(temp.Path, "one")]),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(f => f.Message)));
        var injected = Assert.Single(notebook.Cells, c => c.Tags.Contains("injected-parameters"));
        Assert.Contains(Path.Combine(temp.Path, "one"), injected.Source);
    }
}
