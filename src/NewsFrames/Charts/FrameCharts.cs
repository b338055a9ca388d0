using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace NewsFrames;

/// <summary>
/// Charts of framing results: the frame × source heatmap, grouped bars per frame, the timeline, and the
/// evidence table (HTML, every text escaped, the match highlighted, grouped by frame and source).
/// Charts take results, never raw text.
/// </summary>
/// <example>
/// <code>
/// var frames = Corpus.Load("seeds").Frames();
/// FrameCharts.Heatmap(frames.Matrix(FrameMeasure.Rate))
/// FrameCharts.GroupedBars(frames.Matrix(FrameMeasure.Share))
/// FrameCharts.EvidenceTable(frames.Hits)
/// </code>
/// </example>
public static class FrameCharts
{
    /// <summary>Frames (rows) × sources (columns), coloured by the matrix's measure; hover shows the exact value.</summary>
    public static GenericChart Heatmap(FrameMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var z = Enumerable.Range(0, matrix.Frames.Count).Select(f => Enumerable.Range(0, matrix.Sources.Count).Select(s => matrix[f, s]).ToArray()).ToArray();
        var chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: matrix.Sources.ToArray(),
            Y: matrix.Labels.ToArray(),
            ColorScale: StyleParam.Colorscale.Viridis,
            ReverseYAxis: true);
        return ChartTitles.Titled(chart, $"Frames by source — {MeasureName(matrix.Measure)}", "source", "frame");
    }

    /// <summary>The heatmap of one measure straight from an analysis.</summary>
    public static GenericChart Heatmap(FrameAnalysis analysis, FrameMeasure measure = FrameMeasure.Rate)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Heatmap(analysis.Matrix(measure));
    }

    /// <summary>One group of bars per frame, one bar per source.</summary>
    public static GenericChart GroupedBars(FrameMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var series = Enumerable.Range(0, matrix.Sources.Count).Select(s =>
            CSharpChart.Column<double, string, string>(
                values: Enumerable.Range(0, matrix.Frames.Count).Select(f => matrix[f, s]).ToArray(),
                Keys: matrix.Labels.ToArray(),
                Name: matrix.Sources[s],
                MultiText: Enumerable.Range(0, matrix.Frames.Count).Select(f => Format(matrix[f, s], matrix.Measure)).ToArray()));
        var chart = CSharpChart.Combine(series.ToArray());
        return ChartTitles.Titled(chart, $"Frames by source — {MeasureName(matrix.Measure)}", "frame", MeasureName(matrix.Measure));
    }

    /// <summary>Hits per 1,000 tokens over time: one line per frame (all sources together), or per source for one frame.</summary>
    public static GenericChart Timeline(FrameTimeline timeline, string? frame = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        IEnumerable<IGrouping<string, FrameTimelineRow>> lines = frame is null
            ? timeline.GroupBy(r => r.Label)
            : timeline.Where(r => r.Frame == frame).GroupBy(r => r.Source);
        var series = lines.Select(line =>
        {
            var points = line.GroupBy(r => r.Period).OrderBy(g => g.Key)
                .Select(g => (Period: g.Key, Rate: g.Sum(r => r.Tokens) == 0 ? 0 : 1000.0 * g.Sum(r => r.Hits) / g.Sum(r => r.Tokens))).ToArray();
            return CSharpChart.Line<DateTime, double, string>(x: points.Select(p => p.Period).ToArray(), y: points.Select(p => p.Rate).ToArray(),
                ShowMarkers: true, Name: line.Key);
        }).ToArray();
        var chart = series.Length == 0 ? CSharpChart.Line<DateTime, double, string>(x: [], y: []) : CSharpChart.Combine(series);
        string title = frame is null ? "Frames over time" : $"Frame '{frame}' over time by source";
        if (timeline.UndatedDocuments > 0) title += $" ({timeline.UndatedDocuments} undated documents left out)";
        return ChartTitles.Titled(chart, title, timeline.Bucket.ToString().ToLowerInvariant(), "hits per 1,000 tokens");
    }

    /// <summary>
    /// The evidence: for each frame and source, the sentences with the match highlighted (&lt;mark&gt;), at most
    /// <paramref name="perGroup"/> per group with the number left out. All text is HTML-escaped.
    /// </summary>
    public static HtmlString EvidenceTable(FrameHits hits, int perGroup = 10)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        var sb = new StringBuilder();
        sb.Append("<div class=\"nf-evidence\">\n");
        if (hits.Count == 0) sb.Append("<p>No frame hits.</p>\n");
        foreach (var byFrame in hits.GroupBy(h => (h.Frame, h.Label)))
        {
            sb.Append("<h4>");
            Html.AppendEscaped(sb, byFrame.Key.Label).Append(" <small>(");
            Html.AppendEscaped(sb, byFrame.Key.Frame).Append(")</small></h4>\n");
            sb.Append("<table>\n<thead><tr><th>source</th><th>document</th><th>pattern</th><th>sentence</th></tr></thead>\n<tbody>\n");
            foreach (var bySource in byFrame.GroupBy(h => h.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                foreach (var hit in bySource.Take(perGroup))
                {
                    sb.Append("<tr><td>");
                    Html.AppendEscaped(sb, hit.Source).Append("</td><td>");
                    Html.AppendEscaped(sb, hit.Document).Append("</td><td><code>");
                    Html.AppendEscaped(sb, hit.Pattern).Append("</code></td><td>");
                    int from = hit.Start - hit.SentenceStart, to = hit.End - hit.SentenceStart;
                    Html.AppendEscaped(sb, hit.Sentence[..from]).Append("<mark>");
                    Html.AppendEscaped(sb, hit.Sentence[from..to]).Append("</mark>");
                    Html.AppendEscaped(sb, hit.Sentence[to..]).Append("</td></tr>\n");
                }
                int more = bySource.Count() - perGroup;
                if (more > 0)
                {
                    sb.Append("<tr><td>");
                    Html.AppendEscaped(sb, bySource.Key).Append("</td><td colspan=\"3\"><em>")
                        .Append(more.ToString(CultureInfo.InvariantCulture)).Append(" more</em></td></tr>\n");
                }
            }
            sb.Append("</tbody>\n</table>\n");
        }
        sb.Append("</div>\n");
        return new HtmlString(sb.ToString());
    }

    private static string MeasureName(FrameMeasure measure) => measure switch
    {
        FrameMeasure.Share => "share of documents",
        FrameMeasure.Hits => "hits",
        _ => "hits per 1,000 tokens",
    };

    private static string Format(double value, FrameMeasure measure) => measure switch
    {
        FrameMeasure.Share => value.ToString("P0", CultureInfo.InvariantCulture),
        FrameMeasure.Hits => value.ToString("0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
