using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class HtmlExporterTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Img = "<img src=x onerror=alert(2)>";

    [Fact]
    public async Task Export_EscapesCodeTextStreamsErrorsAndMarkdownHtml()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Markdown("# Escaping\n\nRaw " + Img + " in markdown."));
        notebook.Cells.Add(NotebookCell.Code($"Console.WriteLine(\"{Script}\");\n\"{Img}\""));
        notebook.Cells.Add(NotebookCell.Code($"throw new Exception(\"{Script}\");"));
        // An article whose text carries markup, shown through the DataFrame formatter.
        notebook.Cells.Add(NotebookCell.Code(
            $"new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.StringDataFrameColumn(\"text\", new[] {{ \"{Script} and {Img}\" }}))"));
        await NotebookRunner.RunAsync(notebook);
        string html = HtmlExporter.Export(notebook);
        Assert.DoesNotContain(Script, html);
        Assert.DoesNotContain(Img, html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Contains("<h1", html);
        NotebookAssert.Offline(html, "the page");
    }

    [Fact]
    public async Task Export_HideCode_KeepsNarrativeAndOutputsOnly()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.Markdown("# Title here"));
        notebook.Cells.Add(NotebookCell.Code("var secretVariableName = 6 * 7;\nsecretVariableName"));
        await NotebookRunner.RunAsync(notebook);
        string withCode = HtmlExporter.Export(notebook);
        string noCode = HtmlExporter.Export(notebook, new HtmlExportOptions { HideCode = true });
        Assert.Contains("secretVariableName", withCode);
        Assert.DoesNotContain("secretVariableName", noCode);
        Assert.Contains("<pre>42</pre>", noCode);
        Assert.Contains("<title>Title here</title>", noCode);
    }

    [Fact]
    public async Task Export_Chart_InlinesPlotlyOnceAndFetchesNothing()
    {
        var notebook = Notebook.CreateCSharp();
        // Plotly.NET.CSharp is carried by the engine: the nuget directive resolves without a restore.
        notebook.Cells.Add(NotebookCell.Code("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nPlotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 }, Text: \"a\")"));
        notebook.Cells.Add(NotebookCell.Code("Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 5, 6 }, new[] { 7, 8 }, Text: \"b\")"));
        var result = await NotebookRunner.RunAsync(notebook);
        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(f => f.Message)));
        string html = HtmlExporter.Export(notebook);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-nf-plotly=\""));
        Assert.Contains("Content-Security-Policy", html);
        NotebookAssert.Offline(html, "the chart page");
    }
}
