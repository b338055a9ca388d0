using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class ParametersTests
{
    [Fact]
    public void Parse_TypesValuesAsPapermillDoes()
    {
        // papermill's CLI: "True"/"False" are booleans, then int, then float, else the string itself.
        var p = Parameters.Parse(["a=True", "b=False", "c=3", "d=2.5", "e=abc", "f=true", "g=-7", "h=1e3", "i="]);
        Assert.Equal(true, p["a"]);
        Assert.Equal(false, p["b"]);
        Assert.Equal(3L, p["c"]);
        Assert.Equal(2.5, p["d"]);
        Assert.Equal("abc", p["e"]);
        Assert.Equal("true", p["f"]);
        Assert.Equal(-7L, p["g"]);
        Assert.Equal(1000.0, p["h"]);
        Assert.Equal("", p["i"]);
    }

    [Fact]
    public void ToCSharp_IsPapermillsCSharpTranslation()
    {
        var p = Parameters.Parse(["corpusPath=../data/a \"b\"\\c", "top=20", "big=3000000000", "ratio=0.5", "whole=2.0", "on=True"]);
        Assert.Equal(
            "// Parameters\n" +
            "var corpusPath = \"../data/a \\\"b\\\"\\\\c\";\n" +
            "var top = 20;\n" +
            "var big = 3000000000L;\n" +
            "var ratio = 0.5;\n" +
            "var whole = 2.0;\n" +
            "var on = true;\n",
            Parameters.ToCSharp(p));
    }

    [Theory]
    [InlineData("noequals")]
    [InlineData("=value")]
    [InlineData("2x=1")]
    [InlineData("a b=1")]
    public void Parse_BadPair_Throws(string pair) =>
        Assert.Throws<ArgumentException>(() => Parameters.Parse([pair]));

    [Fact]
    public void Inject_GoesAfterParametersCell_AndReplacesAnEarlierInjection()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Markdown("# t"));
        var defaults = NotebookCell.Code("var n = 1;");
        defaults.Tags.Add("parameters");
        notebook.Cells.Add(defaults);
        notebook.Cells.Add(NotebookCell.Code("n * 10"));
        Parameters.Inject(notebook, Parameters.Parse(["n=4"]));
        Parameters.Inject(notebook, Parameters.Parse(["n=5"]));
        Assert.Equal(4, notebook.Cells.Count);
        Assert.Equal(["injected-parameters"], notebook.Cells[2].Tags);
        Assert.Equal("// Parameters\nvar n = 5;\n", notebook.Cells[2].Source);
    }

    [Fact]
    public void Inject_WithoutParametersCell_GoesFirst()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Code("1"));
        Parameters.Inject(notebook, Parameters.Parse(["x=1"]));
        Assert.Equal(["injected-parameters"], notebook.Cells[0].Tags);
    }

    [Fact]
    public async Task Run_InjectedValueOverridesTheDefault()
    {
        var notebook = Notebook.CreateCSharp();
        var defaults = NotebookCell.Code("var n = 1;\nvar label = \"default\";");
        defaults.Tags.Add("parameters");
        notebook.Cells.Add(defaults);
        notebook.Cells.Add(NotebookCell.Code("$\"{label}: {n * 10}\""));
        var result = await NotebookRunner.RunAsync(notebook, new RunOptions { Parameters = Parameters.Parse(["n=5"]) });
        Assert.True(result.Succeeded);
        Assert.Equal([1, 2, 3], notebook.Cells.Select(c => c.ExecutionCount ?? 0));
        Assert.Equal("default: 50", NotebookAssert.Text(notebook.Cells[2].Outputs.Single()["data"]?["text/plain"]));
    }
}
