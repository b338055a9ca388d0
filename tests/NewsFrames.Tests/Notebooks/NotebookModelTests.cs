using System.Text.Json.Nodes;
using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

public class NotebookModelTests
{
    // A 4.4 notebook as Jupyter writes it, with metadata the model does not know about.
    private const string Jupyter44 = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "metadata": {"custom": {"keep": [1, 2]}},
           "attachments": {"a.png": {"image/png": "iVBORw0KGgo="}},
           "source": ["# Title\n", "Some *text*."]
          },
          {
           "cell_type": "code",
           "execution_count": 3,
           "metadata": {"tags": ["parameters"], "polyglot_notebook": {"kernelName": "csharp"}},
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["old\n"]}],
           "source": ["var corpusPath = \"../seeds\";"]
          }
         ],
         "metadata": {"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}, "vscode": {"x": true}},
         "nbformat": 4,
         "nbformat_minor": 4
        }
        """;

    [Fact]
    public void Parse_KeepsUnknownMetadataAndAttachments()
    {
        var notebook = Notebook.Parse(Jupyter44);
        var written = JsonNode.Parse(notebook.ToJson())!;
        Assert.Equal(true, (bool?)written["metadata"]!["vscode"]!["x"]);
        Assert.Equal(2, (int?)written["cells"]![0]!["metadata"]!["custom"]!["keep"]![1]);
        Assert.Equal("iVBORw0KGgo=", (string?)written["cells"]![0]!["attachments"]!["a.png"]!["image/png"]);
        Assert.Equal(5, (int?)written["nbformat_minor"]);
        Assert.Equal("# Title\nSome *text*.", notebook.Cells[0].Source);
        Assert.Equal(3, notebook.Cells[1].ExecutionCount);
        Assert.Equal(["parameters"], notebook.Cells[1].Tags);
        Assert.Single(notebook.Cells[1].Outputs);
    }

    [Fact]
    public void Parse_Old4x_GetsUniqueValidCellIds_AndValidatesAs45()
    {
        var notebook = Notebook.Parse(Jupyter44);
        Assert.All(notebook.Cells, c => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", c.Id));
        Assert.Equal(notebook.Cells.Count, notebook.Cells.Select(c => c.Id).Distinct().Count());
        NotebookAssert.ValidNbformat(notebook.ToJson(), "the upgraded notebook");
    }

    [Fact]
    public void ToJson_WritesSourceAsLinesWithNewlines()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Code("var a = 1;\nvar b = 2;\n"));
        var source = JsonNode.Parse(notebook.ToJson())!["cells"]![0]!["source"]!.AsArray();
        Assert.Equal(["var a = 1;\n", "var b = 2;\n"], source.Select(l => (string?)l));
    }

    [Fact]
    public void CreateCSharp_HasThePolyglotMetadata()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Markdown("# x"));
        notebook.Cells.Add(NotebookCell.Code("1"));
        var json = JsonNode.Parse(notebook.ToJson())!;
        Assert.Equal(".net-csharp", (string?)json["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal(".NET (C#)", (string?)json["metadata"]!["kernelspec"]!["display_name"]);
        Assert.Equal("csharp", (string?)json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.Equal("csharp", (string?)json["cells"]![1]!["metadata"]!["polyglot_notebook"]!["kernelName"]);
        // Markdown cells carry neither outputs nor an execution count (the schema forbids them).
        Assert.Null(json["cells"]![0]!["outputs"]);
        NotebookAssert.ValidNbformat(notebook.ToJson(), "a new notebook");
    }

    [Fact]
    public void Load_InvalidJson_NamesFileAndLine()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("broken.ipynb", "{\n \"cells\": [\n  {,\n ]\n}");
        var e = Assert.Throws<NotebookFormatException>(() => Notebook.Load(path));
        Assert.StartsWith(path + ": invalid JSON at line 3", e.Message);
    }

    [Theory]
    [InlineData("""{"nbformat": 3, "cells": []}""", "nbformat 3 is not supported")]
    [InlineData("""{"nbformat": 4}""", "no \"cells\" array")]
    [InlineData("""[1, 2]""", "not a JSON object")]
    public void Parse_NotANotebook_SaysWhy(string json, string reason)
    {
        var e = Assert.Throws<NotebookFormatException>(() => Notebook.Parse(json, "x.ipynb"));
        Assert.StartsWith("x.ipynb: ", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Save_IsAtomicAndLeavesNoTemporaryFile()
    {
        using var temp = SharedData.TempFolder();
        var notebook = Notebook.Parse(Jupyter44);
        string path = Path.Combine(temp.Path, "out", "n.ipynb");
        notebook.Save(path);
        Assert.Equal(notebook.ToJson(), File.ReadAllText(path));
        Assert.Equal(["n.ipynb"], Directory.EnumerateFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
