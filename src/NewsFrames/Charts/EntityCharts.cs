using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace NewsFrames;

/// <summary>Which number of an <see cref="EntityPair"/> a chart shows.</summary>
public enum PairMeasure
{
    /// <summary>Contexts with both entities.</summary>
    Count,
    /// <summary>Documents in which they share a context.</summary>
    Documents,
    /// <summary>Jaccard coefficient.</summary>
    Jaccard,
    /// <summary>Pointwise mutual information (natural log).</summary>
    Pmi,
    /// <summary>Normalised PMI.</summary>
    Npmi,
    /// <summary>Signed log-likelihood G².</summary>
    G2,
}

/// <summary>
/// Charts of entity results (never of raw text): the co-occurrence network, its ego view, a heatmap, the same pairs
/// across sources, and the top entities per source. Every chart is a Plotly.NET <see cref="GenericChart"/>.
/// </summary>
/// <example>
/// <code>
/// var mentions = Corpus.Load("seeds").Entities();
/// var pairs = mentions.Cooccurrence();
/// EntityCharts.Network(pairs);
/// EntityCharts.Ego(pairs, "Iran");
/// EntityCharts.Heatmap(pairs, PairMeasure.Npmi);
/// EntityCharts.CompareSources(mentions.Cooccurrence(new CooccurrenceOptions { BySource = true }));
/// EntityCharts.TopEntities(mentions.Counts(bySource: true));
/// </code>
/// </example>
public static class EntityCharts
{
    private static readonly Dictionary<EntityType, string> TypeColours = new()
    {
        [EntityType.Person] = "#d62728",
        [EntityType.Country] = "#1f77b4",
        [EntityType.Organisation] = "#2ca02c",
        [EntityType.Place] = "#9467bd",
        [EntityType.Group] = "#ff7f0e",
        [EntityType.Agreement] = "#8c564b",
        [EntityType.Event] = "#e377c2",
    };

    /// <summary>
    /// The entity network of one source ("(all)" or the first source by default): nodes sized by the contexts they
    /// occur in and coloured by type, edges as wide as the chosen measure. The layout is a force-directed
    /// (Fruchterman–Reingold) layout started from a circle in a fixed order, so the same pairs always give the same picture.
    /// </summary>
    /// <param name="pairs">Co-occurrence pairs.</param>
    /// <param name="source">The source to draw; null for "(all)" or the first source.</param>
    /// <param name="maxEdges">The strongest edges drawn (by count, as the pairs are ordered).</param>
    /// <param name="measure">What edge width and hover show.</param>
    public static GenericChart Network(CooccurrenceResult pairs, string? source = null, int maxEdges = 40, PairMeasure measure = PairMeasure.Count)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        source ??= pairs.Sources.Contains(EntityCounts.AllSources) ? EntityCounts.AllSources : pairs.Sources.FirstOrDefault() ?? EntityCounts.AllSources;
        var edges = pairs.Where(p => p.Source == source).Take(maxEdges).ToArray();
        return Draw(pairs, source, edges, measure, $"Entity co-occurrence ({pairs.Options.Describe()}) — {source}", centre: null);
    }

    /// <summary>The pairs of one entity as a star around it (an ego network).</summary>
    public static GenericChart Ego(CooccurrenceResult pairs, string entity, string? source = null, int maxEdges = 30, PairMeasure measure = PairMeasure.Count)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(entity);
        source ??= pairs.Sources.Contains(EntityCounts.AllSources) ? EntityCounts.AllSources : pairs.Sources.FirstOrDefault() ?? EntityCounts.AllSources;
        var edges = pairs.Ego(entity).Where(p => p.Source == source).Take(maxEdges).ToArray();
        string centre = edges.Length > 0 ? (string.Equals(edges[0].Entity1, entity, StringComparison.OrdinalIgnoreCase) ? edges[0].Entity1 : edges[0].Entity2) : entity;
        return Draw(pairs, source, edges, measure, $"{centre}: co-occurring entities ({pairs.Options.Describe()}) — {source}", centre);
    }

    /// <summary>A heatmap of the chosen measure among the <paramref name="top"/> entities of a source with the most contexts.</summary>
    public static GenericChart Heatmap(CooccurrenceResult pairs, PairMeasure measure = PairMeasure.Count, string? source = null, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        source ??= pairs.Sources.Contains(EntityCounts.AllSources) ? EntityCounts.AllSources : pairs.Sources.FirstOrDefault() ?? EntityCounts.AllSources;
        var sourcePairs = pairs.Where(p => p.Source == source).ToArray();
        var names = sourcePairs.SelectMany(p => new[] { p.Entity1, p.Entity2 }).Distinct()
            .OrderByDescending(n => pairs.EntityContexts.GetValueOrDefault((source, n))).ThenBy(n => n, StringComparer.Ordinal)
            .Take(top).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(t => t.n, t => t.i, StringComparer.Ordinal);
        var z = names.Select(_ => new double?[names.Length]).ToArray();
        foreach (var p in sourcePairs)
        {
            if (!index.TryGetValue(p.Entity1, out int a) || !index.TryGetValue(p.Entity2, out int b)) continue;
            z[a][b] = z[b][a] = Value(p, measure);
        }
        // Plotly wants numbers; an absent pair is shown as an empty cell (NaN serialises to null).
        var rows = z.Select(r => r.Select(v => v ?? double.NaN).ToArray()).ToArray();
        var chart = PlotlyChart.Heatmap<double, string, string, string>(rows, X: names, Y: names, Name: MeasureName(measure), ReverseYAxis: true);
        return Titled(chart, $"{MeasureName(measure)} between the top {names.Length} entities ({pairs.Options.Describe()}) — {source}");
    }

    /// <summary>
    /// The same pairs compared across sources: grouped bars, one group per pair (the <paramref name="top"/> pairs by
    /// total count over all sources), one bar per source. Count pairs with <c>BySource = true</c>.
    /// </summary>
    public static GenericChart CompareSources(CooccurrenceResult pairs, int top = 10, PairMeasure measure = PairMeasure.Count)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var keys = pairs.GroupBy(p => (p.Entity1, p.Entity2))
            .OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key.Entity1, StringComparer.Ordinal).ThenBy(g => g.Key.Entity2, StringComparer.Ordinal)
            .Take(top).Select(g => g.Key).ToArray();
        var labels = keys.Select(k => $"{k.Entity1} – {k.Entity2}").ToArray();
        var traces = pairs.Sources.Select(source =>
        {
            var values = keys.Select(k => pairs.FirstOrDefault(p => p.Source == source && p.Entity1 == k.Entity1 && p.Entity2 == k.Entity2) is { } p ? Value(p, measure) : 0.0).ToArray();
            return PlotlyChart.Column<double, string, string>(values, Keys: labels, Name: source);
        }).ToArray();
        var chart = Plotly.NET.Chart.combine(traces);
        return Titled(chart, $"{MeasureName(measure)} of the top pairs by source ({pairs.Options.Describe()})", xTitle: "pair", yTitle: MeasureName(measure));
    }

    /// <summary>The <paramref name="top"/> most mentioned entities of each source, as grouped horizontal bars.</summary>
    public static GenericChart TopEntities(EntityCounts counts, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var topRows = counts.Top(top);
        var traces = topRows.GroupBy(r => r.Source).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var rows = g.Reverse().ToArray(); // most mentioned at the top of a horizontal bar chart
            return PlotlyChart.Bar<int, string, string>(rows.Select(r => r.Mentions).ToArray(), Keys: rows.Select(r => r.Entity).ToArray(), Name: g.Key);
        }).ToArray();
        var chart = Plotly.NET.Chart.combine(traces);
        return Titled(chart, counts.BySource ? $"Top {top} entities per source" : $"Top {top} entities", xTitle: "mentions");
    }

    private static GenericChart Draw(CooccurrenceResult pairs, string source, EntityPair[] edges, PairMeasure measure, string title, string? centre)
    {
        var nodes = edges.SelectMany(e => new[] { (e.Entity1, e.Type1), (e.Entity2, e.Type2) }).Distinct()
            .OrderBy(n => n.Item2).ThenByDescending(n => pairs.EntityContexts.GetValueOrDefault((source, n.Item1))).ThenBy(n => n.Item1, StringComparer.Ordinal)
            .ToArray();
        var names = nodes.Select(n => n.Item1).ToArray();
        var positions = Layout(names, edges, centre);
        double maxValue = edges.Length == 0 ? 1 : edges.Max(e => Math.Abs(Value(e, measure)));
        if (maxValue <= 0) maxValue = 1;

        var traces = new List<GenericChart>();
        foreach (var e in edges)
        {
            var (x1, y1) = positions[e.Entity1];
            var (x2, y2) = positions[e.Entity2];
            double width = 1 + 7 * Math.Abs(Value(e, measure)) / maxValue;
            traces.Add(PlotlyChart.Scatter<double, double, string>(new[] { x1, x2 }, new[] { y1, y2 }, StyleParam.Mode.Lines,
                ShowLegend: false, LineColor: Color.fromHex("#9a9a9a"), LineWidth: width, Opacity: 0.6));
        }
        // Hover labels for the edges sit on invisible points at their midpoints.
        if (edges.Length > 0)
        {
            traces.Add(PlotlyChart.Scatter<double, double, string>(
                edges.Select(e => (positions[e.Entity1].X + positions[e.Entity2].X) / 2),
                edges.Select(e => (positions[e.Entity1].Y + positions[e.Entity2].Y) / 2),
                StyleParam.Mode.Markers, ShowLegend: false, Opacity: 0.0,
                MultiText: edges.Select(e => string.Create(CultureInfo.InvariantCulture,
                    $"{e.Entity1} – {e.Entity2}: count {e.Count}, documents {e.Documents}, NPMI {e.Npmi:0.000}, G² {e.G2:0.00}")).ToArray(),
                Name: "pairs"));
        }
        int maxContexts = nodes.Length == 0 ? 1 : Math.Max(1, nodes.Max(n => pairs.EntityContexts.GetValueOrDefault((source, n.Item1))));
        foreach (var group in nodes.GroupBy(n => n.Item2).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            var marker = new Plotly.NET.TraceObjects.Marker();
            marker.SetProperty("size", members.Select(n => 12 + 38 * Math.Sqrt((double)pairs.EntityContexts.GetValueOrDefault((source, n.Item1)) / maxContexts)).ToArray());
            marker.SetProperty("color", TypeColours[group.Key]);
            marker.SetProperty("line", new Dictionary<string, object> { ["color"] = "#ffffff", ["width"] = 1 });
            traces.Add(PlotlyChart.Scatter<double, double, string>(
                members.Select(n => positions[n.Item1].X), members.Select(n => positions[n.Item1].Y), StyleParam.Mode.Markers_Text,
                Name: group.Key.ToName(), Marker: marker, TextPosition: StyleParam.TextPosition.TopCenter,
                MultiText: members.Select(n => n.Item1).ToArray()));
        }
        var chart = traces.Count == 0 ? PlotlyChart.Scatter<double, double, string>(Array.Empty<double>(), Array.Empty<double>(), StyleParam.Mode.Markers) : Plotly.NET.Chart.combine(traces);
        var layout = TitleLayout(title);
        var hidden = new LinearAxis();
        hidden.SetProperty("visible", false);
        layout.SetProperty("xaxis", hidden);
        layout.SetProperty("yaxis", hidden);
        layout.SetProperty("hovermode", "closest");
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>
    /// Fruchterman–Reingold (1991) with a fixed start (a circle in node order) and a fixed number of iterations: no
    /// randomness, so the layout is reproducible. With a centre, the centre is pinned at the origin. A weak pull towards
    /// the origin (the "gravity" of networkx's and ForceAtlas2's spring layouts) keeps disconnected groups on the page:
    /// plain Fruchterman–Reingold lets them repel each other without bound, squeezing the main group into a corner.
    /// </summary>
    private const double Gravity = 0.5;

    internal static Dictionary<string, (double X, double Y)> Layout(string[] names, EntityPair[] edges, string? centre)
    {
        int n = names.Length;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * i / Math.Max(1, n);
            x[i] = Math.Cos(angle);
            y[i] = Math.Sin(angle);
        }
        var index = names.Select((name, i) => (name, i)).ToDictionary(t => t.name, t => t.i, StringComparer.Ordinal);
        int pinned = centre is not null && index.TryGetValue(centre, out int c) ? c : -1;
        if (pinned >= 0) { x[pinned] = 0; y[pinned] = 0; }
        double maxCount = edges.Length == 0 ? 1 : edges.Max(e => e.Count);
        double k = Math.Sqrt(4.0 / Math.Max(1, n));
        const int iterations = 300;
        var dx = new double[n];
        var dy = new double[n];
        for (int it = 0; it < iterations; it++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    double ddx = x[i] - x[j], ddy = y[i] - y[j];
                    double d2 = Math.Max(1e-6, ddx * ddx + ddy * ddy);
                    double f = k * k / d2; // repulsion k²/d, applied along the unit vector (ddx/d)
                    dx[i] += ddx * f; dy[i] += ddy * f;
                    dx[j] -= ddx * f; dy[j] -= ddy * f;
                }
            }
            foreach (var e in edges)
            {
                int i = index[e.Entity1], j = index[e.Entity2];
                double ddx = x[i] - x[j], ddy = y[i] - y[j];
                double d = Math.Sqrt(Math.Max(1e-12, ddx * ddx + ddy * ddy));
                double f = d / k * (0.5 + 0.5 * e.Count / maxCount); // attraction d²/k, stronger for stronger pairs
                dx[i] -= ddx * f; dy[i] -= ddy * f;
                dx[j] += ddx * f; dy[j] += ddy * f;
            }
            for (int i = 0; i < n; i++)
            {
                dx[i] -= Gravity * x[i];
                dy[i] -= Gravity * y[i];
            }
            double temperature = 0.1 * (1 - (double)it / iterations) + 0.001;
            for (int i = 0; i < n; i++)
            {
                if (i == pinned) continue;
                double length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-12) continue;
                double step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
        }
        var result = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++) result[names[i]] = (Math.Round(x[i], 6), Math.Round(y[i], 6));
        return result;
    }

    internal static double Value(EntityPair p, PairMeasure measure) => measure switch
    {
        PairMeasure.Documents => p.Documents,
        PairMeasure.Jaccard => p.Jaccard,
        PairMeasure.Pmi => p.Pmi,
        PairMeasure.Npmi => p.Npmi,
        PairMeasure.G2 => p.G2,
        _ => p.Count,
    };

    private static string MeasureName(PairMeasure measure) => measure switch
    {
        PairMeasure.Count => "count",
        PairMeasure.Documents => "documents",
        PairMeasure.Jaccard => "Jaccard",
        PairMeasure.Pmi => "PMI",
        PairMeasure.Npmi => "NPMI",
        PairMeasure.G2 => "G²",
        _ => measure.ToString(),
    };

    private static Layout TitleLayout(string title)
    {
        var t = new Title();
        t.SetProperty("text", title);
        var layout = new Layout();
        layout.SetProperty("title", t);
        return layout;
    }

    private static GenericChart Titled(GenericChart chart, string title, string? xTitle = null, string? yTitle = null)
    {
        var layout = TitleLayout(title);
        if (xTitle is not null) layout.SetProperty("xaxis", AxisTitled(xTitle));
        if (yTitle is not null) layout.SetProperty("yaxis", AxisTitled(yTitle));
        return GenericChart.addLayout(layout, chart);
    }

    private static LinearAxis AxisTitled(string text)
    {
        var t = new Title();
        t.SetProperty("text", text);
        var axis = new LinearAxis();
        axis.SetProperty("title", t);
        return axis;
    }
}
