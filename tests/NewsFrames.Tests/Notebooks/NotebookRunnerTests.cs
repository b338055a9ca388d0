using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class NotebookRunnerTests
{
    private static Notebook Build(params string[] codeCells)
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Markdown("# A test notebook"));
        foreach (var code in codeCells) notebook.Cells.Add(NotebookCell.Code(code));
        return notebook;
    }

    [Fact]
    public async Task Run_ClearsOldOutputs_RunsEveryCellAfterAFailure_AndCountsExecutions()
    {
        var notebook = Build("var a = 1;", "a = undefinedName;", "a + 1");
        notebook.Cells[3].Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "stale" });
        var result = await NotebookRunner.RunAsync(notebook);
        Assert.False(result.Succeeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(3, failure.CellNumber);
        Assert.StartsWith("cell 3, line 1, column 5: error CS0103", failure.Message);
        Assert.Equal(3, result.CellsRun);
        Assert.Equal("2", NotebookAssert.Text(Assert.Single(notebook.Cells[3].Outputs)["data"]?["text/plain"]));
        Assert.Equal([null, 1, 2, 3], notebook.Cells.Select(c => c.ExecutionCount));
        NotebookAssert.ValidNbformat(notebook.ToJson(), "the executed notebook");
    }

    [Fact]
    public async Task Run_StopOnError_LeavesLaterCellsUnrun()
    {
        var notebook = Build("throw new Exception(\"x\");", "1");
        var result = await NotebookRunner.RunAsync(notebook, new RunOptions { StopOnError = true });
        Assert.Equal(1, result.CellsRun);
        Assert.Null(notebook.Cells[2].ExecutionCount);
        Assert.Empty(notebook.Cells[2].Outputs);
    }

    [Fact]
    public async Task Run_CellForAnotherKernelByMetadata_IsReported()
    {
        var notebook = Build("1");
        notebook.Cells[1].Metadata["polyglot_notebook"] = new System.Text.Json.Nodes.JsonObject { ["kernelName"] = "fsharp" };
        var result = await NotebookRunner.RunAsync(notebook);
        Assert.Equal("UnsupportedKernel", Assert.Single(result.Failures).ErrorName);
        Assert.Null(notebook.Cells[1].ExecutionCount);
    }

    [Fact]
    public async Task Run_WorkingDirectoryIsTheNotebooksFolder()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("data/hello.txt", "hi from the data folder");
        var notebook = Build("System.IO.File.ReadAllText(\"data/hello.txt\")");
        string path = Path.Combine(temp.Path, "n.ipynb");
        notebook.Save(path);
        var loaded = Notebook.Load(path);
        var result = await NotebookRunner.RunAsync(loaded);
        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(f => f.Message)));
        Assert.Equal("hi from the data folder", NotebookAssert.Text(loaded.Cells[1].Outputs.Single()["data"]?["text/plain"]));
    }
}
