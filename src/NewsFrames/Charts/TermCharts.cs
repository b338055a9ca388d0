using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;
using Plotly.NET.CSharp;

namespace NewsFrames;

/// <summary>
/// Charts of term statistics (Plotly.NET): top terms overall and per source, keyness as diverging bars, a term ×
/// source heatmap of rates, and term trends over time. Each takes a result, never raw text; what it plots is that
/// result's <c>ToDataFrame()</c>.
/// </summary>
/// <example>
/// <code>
/// var tokens = Corpus.Load("seeds").Tokenize();
/// TermCharts.TopTerms(tokens.Frequencies(), 20);
/// TermCharts.TopTerms(tokens.Frequencies(TermGrouping.Source), 10);    // side by side, one panel per source
/// TermCharts.Keyness(tokens.Keyness("Sputnik"), 15);
/// TermCharts.Heatmap(tokens.Frequencies(TermGrouping.Source), 25);
/// </code>
/// </example>
public static class TermCharts
{
    private static readonly Color TargetColor = Color.fromString("#1f77b4");
    private static readonly Color ReferenceColor = Color.fromString("#d62728");

    /// <summary>
    /// Horizontal bars of the <paramref name="n"/> most counted terms of a <see cref="TermTally"/> (streamed counts:
    /// <c>CorpusStream.Read(path).CountTerms()</c>), largest at the top. Every token counts, stop words included.
    /// </summary>
    /// <example><code>TermCharts.TopCounts(CorpusStream.Read("articles").CountTerms(), 25);</code></example>
    public static GenericChart TopCounts(TermTally tally, int n = 20)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var top = tally.Terms().Take(n).Reverse().ToArray();
        var chart = CSharpChart.Bar<long, string, string>(top.Select(t => t.Count), Keys: top.Select(t => t.Term).ToArray(),
            ShowLegend: false, MarkerColor: TargetColor);
        return ChartTitles.WithTitle(chart.WithXAxisStyle<double, double, string>(TitleText: "count"),
            $"Top {top.Length} terms of {tally.DocumentCount:N0} documents (count)");
    }

    /// <summary>
    /// Horizontal bars of the <paramref name="n"/> most frequent terms, largest at the top; for frequencies grouped by
    /// source or document, one panel per group side by side (three per row). Bars show the rate per 1,000 tokens
    /// (comparable across groups) unless <paramref name="counts"/> is true.
    /// </summary>
    public static GenericChart TopTerms(TermFrequencies terms, int n = 20, bool counts = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        string measure = counts ? "count" : "rate per 1,000 tokens";
        var groups = terms.GroupBy(t => t.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var panels = groups.Select(g =>
        {
            var top = g.Take(n).Reverse().ToArray();
            return CSharpChart.Bar<double, string, string>(
                top.Select(t => counts ? t.Count : t.RatePer1000),
                Keys: top.Select(t => t.Term).ToArray(),
                Name: g.Key.Length == 0 ? "corpus" : g.Key,
                ShowLegend: false,
                MarkerColor: TargetColor);
        }).ToArray();
        if (panels.Length == 0) return ChartTitles.WithTitle(CSharpChart.Combine([]), "No terms");
        if (panels.Length == 1)
            return ChartTitles.WithTitle(panels[0].WithXAxisStyle<double, double, string>(TitleText: measure), $"Top {n} terms ({measure})");
        int cols = Math.Min(3, panels.Length), rows = (panels.Length + cols - 1) / cols;
        var grid = CSharpChart.Grid(panels, rows, cols, SubPlotTitles: groups.Select(g => g.Key).ToArray(), XGap: 0.3, YGap: 0.25)
            .WithSize(Width: 360 * cols, Height: Math.Max(320, 22 * n) * rows);
        return ChartTitles.WithTitle(grid, $"Top {n} terms by {(terms.Grouping == TermGrouping.Source ? "source" : "document")} ({measure})");
    }

    /// <summary>
    /// Diverging bars: the <paramref name="n"/> terms most key to the target (positive, to the right) and to the
    /// reference (negative, to the left), by the result's sort measure.
    /// </summary>
    public static GenericChart Keyness(KeynessResult keyness, int n = 15)
    {
        ArgumentNullException.ThrowIfNull(keyness);
        Func<KeynessRow, double> value = keyness.Measure switch
        {
            KeynessMeasure.G2 => k => k.G2,
            KeynessMeasure.Pmi => k => k.Pmi ?? 0,
            KeynessMeasure.LogRatio => k => k.LogRatio,
            _ => k => k.Chi2,
        };
        var target = keyness.Take(n).Where(k => value(k) > 0).Reverse().ToArray();
        var reference = keyness.Reverse().Take(n).Where(k => value(k) < 0).ToArray();
        // Categories are stacked bottom-up in order of appearance: reference (most negative at the bottom), then target.
        var chart = CSharpChart.Combine([
            CSharpChart.Bar<double, string, string>(reference.Select(value), Keys: reference.Select(k => k.Term).ToArray(),
                Name: keyness.Reference, MarkerColor: ReferenceColor),
            CSharpChart.Bar<double, string, string>(target.Select(value), Keys: target.Select(k => k.Term).ToArray(),
                Name: keyness.Target, MarkerColor: TargetColor),
        ]);
        string measure = keyness.Measure switch
        {
            KeynessMeasure.G2 => "G²",
            KeynessMeasure.Pmi => "PMI",
            KeynessMeasure.LogRatio => "log ratio",
            _ => "chi²",
        };
        return ChartTitles.WithTitle(chart.WithXAxisStyle<double, double, string>(TitleText: $"signed {measure} ({KeynessResult.CorrectionName(keyness.Correction)})")
                .WithSize(Width: 720, Height: Math.Max(360, 24 * (target.Length + reference.Length))),
            $"Keyness: {keyness.Target} vs {keyness.Reference}");
    }

    /// <summary>
    /// A term × group heatmap of rates per 1,000 tokens for the <paramref name="n"/> terms most frequent over all
    /// groups (by summed count, ties by term); a term absent from a group has rate 0.
    /// </summary>
    public static GenericChart Heatmap(TermFrequencies terms, int n = 25)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var groups = terms.Groups.ToArray();
        var chosen = terms.GroupBy(t => t.Term).Select(g => (Term: g.Key, Count: g.Sum(t => t.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(n).Select(t => t.Term).Reverse().ToArray();
        var rate = terms.ToDictionary(t => (t.Group ?? "", t.Term), t => t.RatePer1000);
        var z = chosen.Select(term => groups.Select(g => rate.GetValueOrDefault((g, term))).ToArray()).ToArray();
        var chart = CSharpChart.Heatmap<double, string, string, string>(z, X: groups.Select(g => g.Length == 0 ? "corpus" : g).ToArray(), Y: chosen);
        return ChartTitles.WithTitle(chart.WithSize(Width: Math.Max(480, 120 * groups.Length), Height: Math.Max(360, 22 * chosen.Length)),
            "Rate per 1,000 tokens by " + (terms.Grouping == TermGrouping.Document ? "document" : "source"));
    }

    /// <summary>One line per term: rate per 1,000 tokens (or count) per period.</summary>
    public static GenericChart Trend(TermTrend trend, bool counts = false)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var lines = trend.GroupBy(r => r.Term).Select(g => CSharpChart.Line<DateTime, double, string>(
            g.Select(r => r.Period), g.Select(r => counts ? r.Count : r.RatePer1000), ShowMarkers: true, Name: g.Key)).ToArray();
        var chart = CSharpChart.Combine(lines).WithYAxisStyle<double, double, string>(TitleText: counts ? "count" : "rate per 1,000 tokens");
        string note = trend.UndatedDocuments > 0 ? $" ({trend.UndatedDocuments} undated documents left out)" : "";
        return ChartTitles.WithTitle(chart, $"Terms per {trend.Period.ToString().ToLowerInvariant()}{note}");
    }
}
