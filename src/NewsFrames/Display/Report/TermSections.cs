using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's term sections: the most frequent terms, and the terms key to each source.</summary>
internal static class TermSections
{
    public static bool Terms(ReportContext context, SectionBuilder section)
    {
        int top = context.Options.TopTerms;
        var tokens = context.Analysed;
        var options = TermOptions.Default;

        section.Paragraph("The words each source uses most: lower-case words, English stop words (the, and, of, ...) and numbers left out. The rate is per 1,000 tokens of that source, so sources of different sizes can be compared.");
        section.Heading("corpus", "Most frequent terms in the corpus");
        section.Table(Frequency(tokens.Frequencies(TermGrouping.Corpus, options).Top(top), withSource: false), top);

        var sources = context.SourcesBySize(ReportContext.MaxSourcesShown);
        if (sources.Count > 1 || sources[0] != Document.UnknownSource)
        {
            section.Heading("by-source", "Most frequent terms by source");
            var allBySource = tokens.Frequencies(TermGrouping.Source, options);
            var bySource = allBySource.Top(top);
            section.Grid(sources, s => s, (b, source) =>
                b.Table(Frequency(bySource.Where(r => r.Group == source), withSource: false), top));
            // Rates side by side: the terms every source shares, and where one leans harder on a word.
            section.Chart(TermCharts.Heatmap(allBySource, n: 20));
            NoteLeftOut(context, section);
        }
        return true;
    }

    public static bool Keyness(ReportContext context, SectionBuilder section)
    {
        var sources = context.SourcesBySize(ReportContext.MaxSourcesShown);
        if (sources.Count < 2)
        {
            section.Paragraph("Keyness compares one source with the others; this corpus has a single source" +
                (sources.Count == 1 && sources[0] == Document.UnknownSource ? " (no article names its outlet)." : "."));
            return true;
        }
        int top = context.Options.TopTerms;
        section.Paragraph("Terms a source uses markedly more often than all the other sources together, by signed chi² (as quanteda's textstat_keyness computes it, with its conditional Yates correction). A high score says the wording differs, not why: read the terms in context (the frames below show sentences).");
        // One count for every source (KeynessBySource) instead of recounting the corpus per source.
        var keyBySource = context.Analysed.KeynessBySource();
        section.Grid(sources, s => s, (b, source) =>
        {
            var key = keyBySource[source];
            var rows = key.Where(r => r.Chi2 > 0 && r.TargetCount > 0).Take(top).ToArray();
            if (rows.Length == 0) { b.Note("No term is key to this source."); return; }
            b.Table(new DataFrame(
                new StringDataFrameColumn("term", rows.Select(r => r.Term)),
                new Int64DataFrameColumn("here", rows.Select(r => r.TargetCount)),
                new Int64DataFrameColumn("others", rows.Select(r => r.ReferenceCount)),
                new DoubleDataFrameColumn("chi2", rows.Select(r => Math.Round(r.Chi2, 2))),
                new StringDataFrameColumn("p", rows.Select(r => SectionBuilder.PValue(r.P)))), top, null, "p");
        });
        NoteLeftOut(context, section);
        section.Note("here: occurrences in the source's articles; others: in every other article; p: chi² with one degree of freedom. With few articles per source, p-values are rough guides only.");
        return true;
    }

    private static DataFrame Frequency(IEnumerable<TermFrequency> rows, bool withSource)
    {
        var list = rows.ToArray();
        var columns = new List<DataFrameColumn>();
        if (withSource) columns.Add(new StringDataFrameColumn("source", list.Select(r => r.Group)));
        columns.Add(new StringDataFrameColumn("term", list.Select(r => r.Term)));
        columns.Add(new Int64DataFrameColumn("count", list.Select(r => r.Count)));
        columns.Add(new DoubleDataFrameColumn("per 1,000", list.Select(r => Math.Round(r.RatePer1000, 2))));
        columns.Add(new Int32DataFrameColumn("articles", list.Select(r => r.Documents)));
        return new DataFrame(columns);
    }

    internal static void NoteLeftOut(ReportContext context, SectionBuilder section)
    {
        int all = context.SourcesBySize().Count;
        if (all > ReportContext.MaxSourcesShown)
            section.Note($"The {ReportContext.MaxSourcesShown} sources with the most articles are shown; {all - ReportContext.MaxSourcesShown} smaller ones are left out here (the library's results have them all).");
    }
}
