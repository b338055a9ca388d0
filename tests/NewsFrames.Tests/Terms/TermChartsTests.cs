using System.Text.Json;
using Plotly.NET;

namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class TermChartsTests
{
    private static JsonElement Json(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    private static string Title(JsonElement json) => json.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;

    [Fact]
    public void TopTerms_Corpus_LargestBarOnTop()
    {
        var json = Json(TermCharts.TopTerms(TermTestCorpus.Small().Terms(), 3, counts: true));
        var trace = json.GetProperty("data")[0];
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        // Top three by count are iran, partnership, russia (2 each); plotly stacks categories bottom-up, so reversed.
        Assert.Equal(["russia", "partnership", "iran"], trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([2.0, 2.0, 2.0], trace.GetProperty("x").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        Assert.Equal("Top 3 terms (count)", Title(json));
    }

    [Fact]
    public void TopCounts_StreamedTally_LargestBarOnTop()
    {
        // "Iran and Russia. Iran’s ties." + "Russia and Iran": iran 3, and 2, russia 2 (ties by term), ties 1.
        var tally = new[]
        {
            new Document { Id = "a", File = "a.txt", Text = "Iran and Russia. Iran’s ties." },
            new Document { Id = "b", File = "b.txt", Text = "Russia and Iran" },
        }.CountTerms(TallyUnit.Lower, maxDegreeOfParallelism: 1);
        var json = Json(TermCharts.TopCounts(tally, 3));
        var trace = json.GetProperty("data")[0];
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal(["russia", "and", "iran"], trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([2.0, 2.0, 3.0], trace.GetProperty("x").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        Assert.Equal("Top 3 terms of 2 documents (count)", Title(json));
    }

    [Fact]
    public void TopTerms_BySource_OnePanelPerSource()
    {
        var json = Json(TermCharts.TopTerms(TermTestCorpus.Small().Terms(TermGrouping.Source), 2));
        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.Contains("by source", Title(json));
    }

    [Fact]
    public void Keyness_DivergingBars_SignsAndNames()
    {
        var corpus = new Corpus([
            TermTestCorpus.Doc("t", "Target", "b b b b b b b a a a"),
            TermTestCorpus.Doc("r", "Reference", "a a a a a a a b b"),
        ]);
        var json = Json(TermCharts.Keyness(corpus.Keyness("Target", TermOptions.Default with { StopWords = StopWords.Empty }), 5));
        var data = json.GetProperty("data");
        Assert.Equal("all other sources", data[0].GetProperty("name").GetString());
        Assert.Equal("Target", data[1].GetProperty("name").GetString());
        Assert.True(data[0].GetProperty("x")[0].GetDouble() < 0);
        Assert.Equal(2.632438271604938, data[1].GetProperty("x")[0].GetDouble(), 9);   // REFERENCE.md chi², quanteda default
        Assert.Equal("Keyness: Target vs all other sources", Title(json));
    }

    [Fact]
    public void Heatmap_RatesPerSource()
    {
        var json = Json(TermCharts.Heatmap(TermTestCorpus.Small().Terms(TermGrouping.Source), 50));
        var trace = json.GetProperty("data")[0];
        Assert.Equal(["A", "B"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var y = trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()).ToList();
        var partnership = trace.GetProperty("z")[y.IndexOf("partnership")];
        // partnership: 1 of A's 12 tokens, 1 of B's 5 tokens.
        Assert.Equal(1000.0 / 12, partnership[0].GetDouble(), 9);
        Assert.Equal(200.0, partnership[1].GetDouble(), 9);
    }

    [Fact]
    public void Trend_CountsPerMonth_UndatedLeftOut()
    {
        var corpus = new Corpus([
            TermTestCorpus.Doc("a", "A", "Sanctions and more sanctions.", new DateTime(2024, 1, 5)),
            TermTestCorpus.Doc("b", "A", "Cooperation grows.", new DateTime(2024, 1, 20)),
            TermTestCorpus.Doc("c", "B", "Sanctions bite.", new DateTime(2024, 3, 2)),
            TermTestCorpus.Doc("d", "B", "Sanctions undated."),
        ]);
        var trend = corpus.Trend(["sanctions", "cooperation"]);
        Assert.Equal(1, trend.UndatedDocuments);
        // January: 6 tokens (4 + 2), sanctions 2, cooperation 1; March: 2 tokens, sanctions 1.
        Assert.Equal(
            [(new DateTime(2024, 1, 1), "sanctions", 2L, 2000.0 / 6), (new DateTime(2024, 1, 1), "cooperation", 1L, 1000.0 / 6),
             (new DateTime(2024, 3, 1), "sanctions", 1L, 500.0), (new DateTime(2024, 3, 1), "cooperation", 0L, 0.0)],
            trend.Select(r => (r.Period, r.Term, r.Count, r.RatePer1000)).ToArray());
        var json = Json(TermCharts.Trend(trend));
        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.Contains("1 undated", Title(json));
    }

    [Fact]
    public void Trend_WeekStartsOnMonday() =>
        Assert.Equal(new DateTime(2024, 6, 17), TermTrend.PeriodStart(new DateTime(2024, 6, 23), TrendPeriod.Week));
}
