using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's similarity section: which articles resemble each other, and passages shared across sources.</summary>
internal static class SimilaritySections
{
    // The dense matrix is n²; beyond this the section points to the library's nearest-neighbour search instead.
    private const int MaxDocuments = 2_000;

    private static string Label(Document d) => string.IsNullOrWhiteSpace(d.Title) ? d.Id : CellFormat.Truncate(d.Title, 70);

    public static bool Similarity(ReportContext context, SectionBuilder section)
    {
        var tokens = context.Analysed;
        if (tokens.Count < 2) return false;
        if (tokens.Count > MaxDocuments)
        {
            section.Paragraph($"With {SectionBuilder.Number(tokens.Count)} articles the full similarity table is too large for a page; use corpus.Vectors().Neighbours(5) in a notebook for each article's nearest neighbours.");
            return true;
        }
        var vectors = tokens.Vectors();
        var similarity = vectors.Similarity();
        section.Paragraph("Cosine similarity of the articles' TF-IDF word vectors (stems, stop words removed): 1 for the same words in the same proportions, 0 for no word in common. High similarity across sources often means a shared wire story or press release.");

        section.Heading("pairs", "Most similar articles");
        var pairs = new List<(int A, int B, double Cosine)>();
        for (int i = 0; i < similarity.Count; i++)
            for (int j = i + 1; j < similarity.Count; j++)
                pairs.Add((similarity.Order[i], similarity.Order[j], similarity[i, j]));
        var top = pairs.OrderByDescending(p => p.Cosine).ThenBy(p => tokens[p.A].Document.Id, StringComparer.Ordinal)
            .ThenBy(p => tokens[p.B].Document.Id, StringComparer.Ordinal).Take(10).ToArray();
        Document Doc(int i) => tokens[i].Document;
        section.Table(new DataFrame(
            new StringDataFrameColumn("article", top.Select(p => Label(Doc(p.A)))),
            new StringDataFrameColumn("source", top.Select(p => Doc(p.A).SourceOrUnknown)),
            new StringDataFrameColumn("similar article", top.Select(p => Label(Doc(p.B)))),
            new StringDataFrameColumn("its source", top.Select(p => Doc(p.B).SourceOrUnknown)),
            new DoubleDataFrameColumn("cosine", top.Select(p => Math.Round(p.Cosine, 3)))), 10);

        var sources = context.SourcesBySize();
        if (sources.Count > 1)
        {
            section.Heading("sources", "Similarity between sources");
            section.Paragraph("Mean cosine similarity of the articles of one source with those of another (on the diagonal: among the source's own articles).");
            var bySource = similarity.BySource();
            var mean = new Dictionary<(string, string), double>();
            for (long r = 0; r < bySource.Rows.Count; r++)
                mean[((string)bySource.Columns["source_a"][r], (string)bySource.Columns["source_b"][r])] = (double)bySource.Columns["mean_cosine"][r];
            var shown = sources.Take(ReportContext.MaxSourcesShown).Order(StringComparer.Ordinal).ToArray();
            var columns = new List<DataFrameColumn> { new StringDataFrameColumn("source", shown) };
            foreach (var other in shown)
            {
                var column = new DoubleDataFrameColumn(other, shown.Length);
                for (int i = 0; i < shown.Length; i++)
                    column[i] = mean.TryGetValue((shown[i], other), out double m) ? Math.Round(m, 3) : null;
                columns.Add(column);
            }
            section.Table(new DataFrame(columns), maxRows: ReportContext.MaxSourcesShown);
            section.Note("An empty diagonal cell: the source has a single article.");

            section.Heading("reuse", "Passages shared across sources");
            var reuse = vectors.ContentReuse();
            var withPassages = reuse.Pairs.Where(p => p.Passages.Count > 0).ToArray();
            if (withPassages.Length == 0)
                section.Paragraph($"No passage of {ReuseOptions.Default.MinPassageTokens} or more identical words appears in articles of two different sources.");
            else
            {
                section.Paragraph($"Runs of at least {ReuseOptions.Default.MinPassageTokens} identical words found in articles of different sources: copied text, a common wire story or a quoted statement.");
                foreach (var pair in withPassages.Take(10))
                {
                    Document a = Doc(pair.A), b = Doc(pair.B);
                    section.Minor($"{a.SourceOrUnknown} and {b.SourceOrUnknown}", $"{a.Id} · {b.Id} · {SectionBuilder.Number(pair.SharedTokensA)} shared tokens");
                    foreach (var passage in pair.Passages.OrderByDescending(p => p.Tokens).Take(3))
                        section.Evidence(CellFormat.Truncate(a.Text[passage.StartA..passage.EndA].ReplaceLineEndings(" "), 600), [], $"{SectionBuilder.Number(passage.Tokens)} tokens, in both articles");
                }
            }
        }
        return true;
    }
}
