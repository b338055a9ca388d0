using Plotly.NET;

namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

public class FrameChartsTests
{
    private static FrameAnalysis Analysis() => new Corpus([
        new Document { Id = "a", File = "a.txt", Source = "Alpha", Date = new DateTime(2024, 1, 5), Text = "Western sanctions <script>alert(1)</script> bite & hurt." },
        new Document { Id = "b", File = "b.txt", Source = "Beta <b>", Date = new DateTime(2024, 2, 5), Text = "Trade grows; \"sanctions\" too." },
    ]).Frames();

    /// <summary>The chart's traces (the "data" array; the layout template has its own per-type defaults).</summary>
    private static System.Text.Json.JsonElement[] Traces(GenericChart chart) =>
        System.Text.Json.JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("data").EnumerateArray().ToArray();

    [Fact]
    public void Heatmap_HasFramesAndSourcesAndTitle()
    {
        string json = GenericChart.toJson(FrameCharts.Heatmap(Analysis(), FrameMeasure.Share));
        Assert.Contains("\"type\":\"heatmap\"", json, StringComparison.Ordinal);
        Assert.Contains("Sanctions and Western pressure", json, StringComparison.Ordinal);
        Assert.Contains("Alpha", json, StringComparison.Ordinal);
        Assert.Contains("Frames by source — share of documents", json, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupedBars_OneSeriesPerSource()
    {
        var traces = Traces(FrameCharts.GroupedBars(Analysis().Matrix()));
        Assert.Equal(["bar", "bar"], traces.Select(t => t.GetProperty("type").GetString()!).ToArray());
        Assert.Equal(["Alpha", "Beta <b>"], traces.Select(t => t.GetProperty("name").GetString()!).ToArray());
    }

    [Fact]
    public void Timeline_OneLinePerFrame()
    {
        var traces = Traces(FrameCharts.Timeline(Analysis().OverTime()));
        Assert.Equal(Analysis().Lexicon.Frames.Select(f => f.Label).Order(StringComparer.Ordinal).ToArray(),
            traces.Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void EvidenceTable_EscapesTextAndHighlightsTheMatch()
    {
        string html = FrameCharts.EvidenceTable(Analysis().Hits).ToString()!;
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Beta &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<mark>sanctions</mark> &lt;script&gt;alert(1)&lt;/script&gt; bite &amp; hurt.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;<mark>sanctions</mark>&quot; too.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceTable_LimitsRowsPerGroupAndSaysHowManyMore()
    {
        var corpus = new Corpus([new Document { Id = "a", File = "a.txt", Text = "Sanctions. Sanctions. Sanctions." }]);
        string html = FrameCharts.EvidenceTable(corpus.Frames().Hits, perGroup: 1).ToString()!;
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<mark>"));
        Assert.Contains("2 more", html, StringComparison.Ordinal);
    }
}
