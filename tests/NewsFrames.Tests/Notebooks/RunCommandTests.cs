using NewsFrames.Cli;
using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class RunCommandTests
{
    private static string WriteNotebook(TempFolder temp, string name, string code)
    {
        var notebook = Notebook.CreateCSharp();
        var defaults = NotebookCell.Code("var n = 1;");
        defaults.Tags.Add("parameters");
        notebook.Cells.Add(defaults);
        notebook.Cells.Add(NotebookCell.Code(code));
        string path = Path.Combine(temp.Path, name);
        notebook.Save(path);
        return path;
    }

    [Fact]
    public async Task Run_WritesExecutedNotebookAndHtml_LeavesSourceUntouched()
    {
        using var temp = SharedData.TempFolder();
        string source = WriteNotebook(temp, "a.ipynb", "n * 7");
        string before = File.ReadAllText(source);
        string outDir = Path.Combine(temp.Path, "out");
        int exit = await NewsFramesCommand.RunAsync(["run", source, "--out", outDir, "-p", "n=6"]);
        Assert.Equal(0, exit);
        Assert.Equal(before, File.ReadAllText(source));
        var executed = Notebook.Load(Path.Combine(outDir, "a.ipynb"));
        Assert.Equal("42", NotebookAssert.Text(executed.Cells.Last().Outputs.Single()["data"]?["text/plain"]));
        Assert.Contains("injected-parameters", executed.Cells[1].Tags);
        NotebookAssert.ValidNbformat(File.ReadAllText(Path.Combine(outDir, "a.ipynb")), "the executed notebook");
        Assert.Contains("<pre>42</pre>", File.ReadAllText(Path.Combine(outDir, "a.html")));
    }

    [Fact]
    public async Task Run_FailingCell_ExitCodeOne_AndOutputsStillWritten()
    {
        using var temp = SharedData.TempFolder();
        string source = WriteNotebook(temp, "bad.ipynb", "throw new Exception(\"nope\");");
        string ipynb = Path.Combine(temp.Path, "result.ipynb");
        string html = Path.Combine(temp.Path, "result.html");
        int exit = await NewsFramesCommand.RunAsync(["run", source, "--out", ipynb, "--html", html]);
        Assert.Equal(1, exit);
        Assert.Single(NotebookAssert.Errors(Notebook.Load(ipynb)));
        Assert.Contains("nope", File.ReadAllText(html));
    }

    [Fact]
    public async Task Run_MissingNotebook_ExitCodeTwo()
    {
        using var temp = SharedData.TempFolder();
        Assert.Equal(2, await NewsFramesCommand.RunAsync(["run", Path.Combine(temp.Path, "none.ipynb")]));
    }
}
