using System.Text.RegularExpressions;
using Plotly.NET;

namespace NewsFrames.Tests.Display;

public class ChartDisplayTests
{
    private static GenericChart Chart(string text = "point") =>
        Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 }, Text: text);

    private static int Count(string html, string needle) => Regex.Matches(html, Regex.Escape(needle)).Count;

    [Fact]
    public void ToHtml_InsideDocument_PlotlyJsOnceAndDeterministicIds()
    {
        string first, second;
        using (DisplayDocument.Begin())
        {
            first = ChartDisplay.ToHtml(Chart());
            second = ChartDisplay.ToHtml(Chart());
            Assert.Equal(2, DisplayDocument.Current!.Charts);
        }
        Assert.Null(DisplayDocument.Current);
        Assert.Equal(1, Count(first + second, "data-nf-plotly=\"2.28.0\""));
        Assert.Equal(1, Count(first, "data-nf-plotly=\"2.28.0\""));
        Assert.Contains("id=\"nf-chart-1\"", first);
        Assert.Contains("id=\"nf-chart-2\"", second);
        Assert.True(first.Length > 3_000_000, "the first chart carries plotly.js");
        Assert.True(second.Length < 100_000, "the second does not");
    }

    [Fact]
    public void ToHtml_OutsideDocument_EachChartSelfContained()
    {
        Assert.Null(DisplayDocument.Current);
        string a = ChartDisplay.ToHtml(Chart());
        string b = ChartDisplay.ToHtml(Chart());
        Assert.Equal(1, Count(a, "data-nf-plotly=\"2.28.0\""));
        Assert.Equal(1, Count(b, "data-nf-plotly=\"2.28.0\""));
        Assert.False(ChartDisplay.ToHtml(Chart(), includePlotlyJs: false).Contains("data-nf-plotly=", StringComparison.Ordinal));
    }

    [Fact]
    public void ToHtml_DocumentThatAlreadyHasPlotly_NeverInlinesIt()
    {
        using var document = DisplayDocument.Begin(plotlyAlreadyIncluded: true);
        Assert.DoesNotContain("data-nf-plotly=", ChartDisplay.ToHtml(Chart()));
    }

    [Fact]
    public void PlotlyScript_HidesAmdDefineAroundTheBundleAndUsesNoNetwork()
    {
        string script = ChartDisplay.PlotlyScript();
        int hide = script.IndexOf("window.define = undefined", StringComparison.Ordinal);
        int bundle = script.IndexOf("plotly.js v2.28.0", StringComparison.Ordinal);
        int restore = script.IndexOf("window.define = window.__nfDefine", StringComparison.Ordinal);
        Assert.True(hide >= 0 && hide < bundle && bundle < restore);
        Assert.DoesNotMatch("<script[^>]*\\ssrc=", script);
        // The bundle must not end its own script element early.
        Assert.Equal(Count(script, "<script"), Count(script, "</script>"));
    }

    [Fact]
    public void ToHtml_TextInChartCannotCloseTheScript()
    {
        string html = ChartDisplay.ToHtml(Chart("</script><img src=x onerror=alert(1)><!--"), includePlotlyJs: false);
        // Inside a script element "<img" is inert text; only "</script" and "<!--" could break out.
        Assert.DoesNotContain("</script><img", html);
        Assert.DoesNotContain("<!--", html);
        Assert.Equal(Count(html, "<script"), Count(html, "</script>"));
        Assert.Contains("<\\/script><img", html);
    }

    [Fact]
    public void ToText_SaysWhatItIs()
    {
        Assert.Equal("Plotly chart with 1 trace (shown as HTML)", ChartDisplay.ToText(Chart()));
    }
}
