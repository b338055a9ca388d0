using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace NewsFrames;

/// <summary>
/// Charts of the ML.NET views (never of raw text): the similarity heatmap ordered by source, topic-term bars,
/// topic × source stacked bars, and the cluster scatter on the 2-D PCA projection with hover titles.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// TopicCharts.SimilarityHeatmap(corpus.Similarity());
/// var topics = corpus.Topics(3);
/// TopicCharts.TopicTerms(topics);
/// TopicCharts.TopicsBySource(topics);
/// TopicCharts.ClusterScatter(corpus.Clusters(2), colourBySource: true);
/// TopicCharts.ReuseTable(corpus.ContentReuse());
/// </code>
/// </example>
public static class TopicCharts
{
    /// <summary>Cosine similarity of every pair of documents, rows and columns ordered by source then id.</summary>
    public static GenericChart SimilarityHeatmap(SimilarityMatrix similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var labels = similarity.Documents.Select(d => $"{d.SourceOrUnknown} · {d.Id}").ToArray();
        var z = Enumerable.Range(0, similarity.Count).Select(i => Enumerable.Range(0, similarity.Count).Select(j => similarity[i, j]).ToArray()).ToArray();
        var chart = CSharpChart.Heatmap<double, string, string, string>(zData: z, X: labels, Y: labels,
            ColorScale: StyleParam.Colorscale.Viridis, ReverseYAxis: true);
        return ChartTitles.Titled(chart, "Document similarity (TF-IDF cosine), by source", "document", "document");
    }

    /// <summary>Top terms per topic as horizontal bars, one trace per topic.</summary>
    public static GenericChart TopicTerms(TopicModel topics, int terms = 10)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var traces = Enumerable.Range(0, topics.K).Select(t =>
        {
            var top = topics.TopTerms[t].Take(terms).Reverse().ToArray();
            return CSharpChart.Bar<double, string, string>(values: top.Select(x => x.Score).ToArray(),
                Keys: top.Select(x => $"{t + 1}: {x.Term}").ToArray(), Name: $"topic {t + 1}");
        }).ToArray();
        return ChartTitles.Titled(CSharpChart.Combine(traces), "Top terms per topic (LDA)", "score", "topic: term");
    }

    /// <summary>Mean topic share per source as stacked columns (each source's column sums to 1).</summary>
    public static GenericChart TopicsBySource(TopicModel topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var frame = topics.BySource();
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(r => (
            Source: (string)frame.Columns["source"][r], Topic: (int)frame.Columns["topic"][r], Share: (double)frame.Columns["share"][r])).ToArray();
        var sources = rows.Select(r => r.Source).Distinct().ToArray();
        var traces = Enumerable.Range(1, topics.K).Select(t => CSharpChart.Column<double, string, string>(
            values: sources.Select(s => rows.First(r => r.Source == s && r.Topic == t).Share).ToArray(),
            Keys: sources, Name: $"{t}: {topics.Labels[t - 1]}")).ToArray();
        var layout = new Layout();
        layout.SetProperty("barmode", "stack");
        var chart = Plotly.NET.Chart.withLayout(layout).Invoke(CSharpChart.Combine(traces));
        return ChartTitles.Titled(chart, "Topic share by source (LDA)", "source", "mean topic share");
    }

    /// <summary>Documents on the 2-D PCA projection, coloured by cluster (or by source), the title shown on hover.</summary>
    public static GenericChart ClusterScatter(DocumentClusters clusters, bool colourBySource = false)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var corpus = clusters.Vectors.Corpus;
        var groups = Enumerable.Range(0, corpus.Count)
            .GroupBy(d => colourBySource ? corpus[d].SourceOrUnknown : string.Create(CultureInfo.InvariantCulture,
                $"{clusters.Assignments[d]}: {clusters.Labels[clusters.Assignments[d] - 1]}"))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var traces = groups.Select(g => CSharpChart.Point<double, double, string>(
            x: g.Select(d => clusters.Projection[d].X).ToArray(),
            y: g.Select(d => clusters.Projection[d].Y).ToArray(),
            Name: g.Key,
            MultiText: g.Select(d => $"{corpus[d].Title ?? corpus[d].Id} ({corpus[d].SourceOrUnknown})").ToArray())).ToArray();
        var chart = traces.Length == 0 ? CSharpChart.Point<double, double, string>(x: [], y: []) : CSharpChart.Combine(traces);
        return ChartTitles.Titled(chart, colourBySource ? "Documents by source (PCA of TF-IDF)" : $"k-means clusters, k = {clusters.K} (PCA of TF-IDF)", "PC 1", "PC 2");
    }

    /// <summary>
    /// Content reuse side by side: for each pair of documents, every shared passage highlighted (&lt;mark&gt;) in both
    /// texts with <paramref name="context"/> characters around it; at most <paramref name="pairs"/> pairs. All text is HTML-escaped.
    /// </summary>
    public static HtmlString ReuseTable(ContentReuse reuse, int pairs = 20, int context = 80)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairs);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var corpus = reuse.Vectors.Corpus;
        var sb = new StringBuilder("<div class=\"nf-reuse\">\n");
        if (reuse.Pairs.Count == 0) sb.Append("<p>No shared passages across sources.</p>\n");
        foreach (var pair in reuse.Pairs.Take(pairs))
        {
            Document a = corpus[pair.A], b = corpus[pair.B];
            sb.Append("<h4>");
            Html.AppendEscaped(sb, $"{a.SourceOrUnknown} · {a.Title ?? a.Id}  ↔  {b.SourceOrUnknown} · {b.Title ?? b.Id}");
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $" <small>(cosine {pair.Cosine:F3}; {pair.SharedTokensA} shared tokens, {pair.ShareA:P0} of A, {pair.ShareB:P0} of B)</small></h4>\n"));
            sb.Append("<table>\n<thead><tr><th>");
            Html.AppendEscaped(sb, a.Id).Append("</th><th>");
            Html.AppendEscaped(sb, b.Id).Append("</th></tr></thead>\n<tbody>\n");
            if (pair.Passages.Count == 0) sb.Append("<tr><td colspan=\"2\"><em>No identical passage: similar wording only.</em></td></tr>\n");
            foreach (var p in pair.Passages)
            {
                sb.Append("<tr><td>");
                AppendInContext(sb, a.Text, p.StartA, p.EndA, context);
                sb.Append("</td><td>");
                AppendInContext(sb, b.Text, p.StartB, p.EndB, context);
                sb.Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        int more = reuse.Pairs.Count - pairs;
        if (more > 0) sb.Append(string.Create(CultureInfo.InvariantCulture, $"<p><em>{more} more pairs.</em></p>\n"));
        sb.Append("</div>\n");
        return new HtmlString(sb.ToString());
    }

    private static void AppendInContext(StringBuilder sb, string text, int start, int end, int context)
    {
        int from = Math.Max(0, start - context), to = Math.Min(text.Length, end + context);
        if (from > 0) sb.Append('…');
        Html.AppendEscaped(sb, text[from..start]).Append("<mark>");
        Html.AppendEscaped(sb, text[start..end]).Append("</mark>");
        Html.AppendEscaped(sb, text[end..to]);
        if (to < text.Length) sb.Append('…');
    }
}
