using System.Text.Json;
using Plotly.NET;

namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

public class EntityChartsTests
{
    private static EntityMentions Toy() => new Corpus(
    [
        new Document { Id = "a", File = "a.txt", Source = "S1", Text = "Iran and Russia met. Putin spoke in Iran. China waited. Russia and China agreed." },
        new Document { Id = "b", File = "b.txt", Source = "S2", Text = "Iran and Russia talked. Syria and Iran were quiet." },
    ]).Entities();

    private static JsonElement Json(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    private static string Title(JsonElement json) => json.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;

    [Fact]
    public void Network_HasEdgesNodesByTypeAndTitle_AndIsDeterministic()
    {
        var pairs = Toy().Cooccurrence();
        var chart = EntityCharts.Network(pairs);
        var json = Json(chart);
        var traces = json.GetProperty("data").EnumerateArray().ToArray();
        // Edges: Iran–Russia, Iran–Vladimir Putin, China–Russia, Iran–Syria; one hover trace; nodes of two types.
        Assert.Equal(pairs.Count + 1 + 2, traces.Length);
        var nodeTraces = traces.Where(t => t.TryGetProperty("name", out var n) && n.GetString() is "country" or "person").ToArray();
        Assert.Equal(["person", "country"], nodeTraces.Select(t => t.GetProperty("name").GetString()));
        var names = nodeTraces.SelectMany(t => t.GetProperty("text").EnumerateArray().Select(x => x.GetString())).Order(StringComparer.Ordinal);
        Assert.Equal(["China", "Iran", "Russia", "Syria", "Vladimir Putin"], names);
        Assert.StartsWith("Entity co-occurrence (sentence) — (all)", Title(json), StringComparison.Ordinal);
        Assert.Equal(GenericChart.toJson(chart), GenericChart.toJson(EntityCharts.Network(Toy().Cooccurrence())));
    }

    [Fact]
    public void Ego_PinsTheEntityAtTheCentre()
    {
        var pairs = Toy().Cooccurrence();
        var chart = EntityCharts.Ego(pairs, "iran");
        var json = Json(chart);
        Assert.StartsWith("Iran: co-occurring entities", Title(json), StringComparison.Ordinal);
        var names = pairs.Ego("Iran").SelectMany(p => new[] { p.Entity1, p.Entity2 }).Distinct().ToArray();
        var positions = EntityCharts.Layout(names, pairs.Ego("Iran").ToArray(), "Iran");
        Assert.Equal((0.0, 0.0), positions["Iran"]);
        Assert.All(positions.Values, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
    }

    [Fact]
    public void Layout_DisconnectedGroups_StayNearTheConnectedOne()
    {
        // A five-entity star plus three separate pairs: without a pull to the centre the pairs drift off and the
        // star ends up a dot in a corner (seen in notebook 04 on the seeds).
        EntityPair Pair(string a, string b, int count) => new("(all)", a, b, EntityType.Country, EntityType.Country, count, 1, count, count, 10, 0, 0, 0, 0);
        var edges = new[]
        {
            Pair("Iran", "Russia", 9), Pair("Iran", "Syria", 3), Pair("Russia", "China", 3), Pair("Iran", "China", 2),
            Pair("Russia", "Syria", 2), Pair("France", "United Kingdom", 1), Pair("NATO", "Caucasus", 1), Pair("India", "Israel", 1),
        };
        var names = edges.SelectMany(e => new[] { e.Entity1, e.Entity2 }).Distinct().ToArray();
        var positions = EntityCharts.Layout(names, edges, centre: null);
        double Distance(string a, string b) => Math.Sqrt(Math.Pow(positions[a].X - positions[b].X, 2) + Math.Pow(positions[a].Y - positions[b].Y, 2));
        double starSpan = new[] { "Iran", "Russia", "Syria", "China" }.SelectMany(a => new[] { "Iran", "Russia", "Syria", "China" }, Distance).Max();
        double pageSpan = names.SelectMany(a => names, Distance).Max();
        // The connected group takes a fair share of the drawing, not a corner of it.
        Assert.True(starSpan > pageSpan / 4, $"star spans {starSpan:F3} of a {pageSpan:F3} page");
    }

    [Fact]
    public void Heatmap_IsSymmetric_WithEmptyCellsForAbsentPairs()
    {
        var chart = EntityCharts.Heatmap(Toy().Cooccurrence(), PairMeasure.Count);
        var trace = Json(chart).GetProperty("data")[0];
        var x = trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.Equal("Iran", x[0]); // most contexts first
        var z = trace.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN).ToArray()).ToArray();
        int iran = Array.IndexOf(x, "Iran"), russia = Array.IndexOf(x, "Russia"), syria = Array.IndexOf(x, "Syria");
        Assert.Equal(2, z[iran][russia]);
        Assert.Equal(z[iran][russia], z[russia][iran]);
        Assert.True(double.IsNaN(z[russia][syria]));
    }

    [Fact]
    public void CompareSources_OneTracePerSource()
    {
        var chart = EntityCharts.CompareSources(Toy().Cooccurrence(new CooccurrenceOptions { BySource = true }), top: 3);
        var traces = Json(chart).GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["S1", "S2"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("Iran – Russia", traces[0].GetProperty("x")[0].GetString());
        Assert.Equal([1.0, 1.0], traces.Select(t => t.GetProperty("y")[0].GetDouble()));
    }

    [Fact]
    public void TopEntities_OneTracePerSource()
    {
        var chart = EntityCharts.TopEntities(Toy().Counts(bySource: true), top: 2);
        var traces = Json(chart).GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["S1", "S2"], traces.Select(t => t.GetProperty("name").GetString()));
        // S2: Iran 2 mentions, then Russia and Syria with 1 (ties by name): the top bar is drawn last.
        Assert.Equal(["Russia", "Iran"], traces[1].GetProperty("y").EnumerateArray().Select(v => v.GetString()));
    }
}
