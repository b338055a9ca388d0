using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFrames.Tests.Display;

public class DisplayFormattersTests
{
    private sealed class Result : ITabularResult
    {
        public DataFrame ToDataFrame() => new(new StringDataFrameColumn("term", ["<iran>"]), new Int32DataFrameColumn("count", [7]));
    }

    // A result that is also a list: the ITabularResult table must win over the formatter's generic list view.
    private sealed class ListResult : ITabularResult, IReadOnlyList<int>
    {
        public int this[int index] => index;
        public int Count => 2;
        public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, 2).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public DataFrame ToDataFrame() => new(new Int32DataFrameColumn("value", [10, 11]));
    }

    [Fact]
    public void Register_DataFrameChartAndResults_HaveHtmlAndText()
    {
        DisplayFormatters.Register();
        var frame = new DataFrame(new Int32DataFrameColumn("n", [1, 2]));
        Assert.StartsWith("<div class=\"nf-frame\"", Formatter.ToDisplayString(frame, "text/html"));
        Assert.StartsWith("n\n-\n1\n2\n", Formatter.ToDisplayString(frame, "text/plain"));

        string result = Formatter.ToDisplayString(new Result(), "text/html");
        Assert.StartsWith("<div class=\"nf-frame\"", result);
        Assert.Contains("&lt;iran&gt;", result);
        Assert.Contains("term", Formatter.ToDisplayString(new Result(), "text/plain"));

        Assert.Contains(">10<", Formatter.ToDisplayString(new ListResult(), "text/html"));

        var chart = Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1 }, new[] { 2 });
        using (DisplayDocument.Begin(plotlyAlreadyIncluded: true))
            Assert.StartsWith("<div class=\"nf-chart\" id=\"nf-chart-1\"", Formatter.ToDisplayString(chart, "text/html"));
        Assert.StartsWith("Plotly chart with 1 trace", Formatter.ToDisplayString(chart, "text/plain"));
    }

    [Fact]
    public void Register_HtmlReport_ShowsASummaryNotThePage()
    {
        DisplayFormatters.Register();
        var report = HtmlReport.Build(new NewsFrames.Corpus([new Document { Id = "a", File = "a.txt", Title = "<t>", Text = "Iran and Russia." }]),
            new ReportOptions { Title = "A <b>report</b>" });
        string html = Formatter.ToDisplayString(report, "text/html");
        Assert.StartsWith("<div class=\"nf-report\"><p><strong>A &lt;b&gt;report&lt;/b&gt;</strong>", html);
        Assert.Contains("<li>Corpus overview</li>", html);
        Assert.DoesNotContain("<html", html);
        Assert.StartsWith("A <b>report</b>: ", Formatter.ToDisplayString(report, "text/plain"));
    }
}
