using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's entity section: who and what each source mentions.</summary>
internal static class EntitySections
{
    public static bool Entities(ReportContext context, SectionBuilder section)
    {
        var gazetteer = context.Options.Gazetteer ?? Gazetteer.Default;
        var mentions = context.Analysed.Entities(gazetteer);
        int topEntities = context.Options.TopTerms;
        section.Paragraph($"People, places and organisations from a gazetteer ({SectionBuilder.Number(gazetteer.Entities.Count)} entities, each found by its name and aliases, e.g. \"Islamic Republic of Iran\" for Iran). ",
            $"{SectionBuilder.Number(mentions.Count)} mentions of {SectionBuilder.Number(mentions.Select(m => m.Entity).Distinct(StringComparer.Ordinal).Count())} entities.");

        section.Heading("top", "Most mentioned entities");
        section.Table(Counts(mentions.Counts().Top(topEntities), withType: true), topEntities);

        var sources = context.SourcesBySize(ReportContext.MaxSourcesShown);
        if (sources.Count > 1 || sources[0] != Document.UnknownSource)
        {
            section.Heading("by-source", "Entities by source");
            var counts = mentions.Counts(bySource: true).Top(topEntities);
            section.Grid(sources, s => s, (b, source) => b.Table(Counts(counts.Where(r => r.Source == source), withType: false), topEntities));
            TermSections.NoteLeftOut(context, section);
        }

        section.Heading("network", "Entity network");
        var pairs = mentions.Cooccurrence();
        if (pairs.Count == 0)
        {
            section.Paragraph("No two entities are mentioned in the same sentence.");
            return true;
        }
        section.Paragraph("Entities mentioned in the same sentence are linked; the more sentences, the wider the link. Node size follows how often the entity is mentioned, colour its type. The layout is computed, so distances mean little: read the links.");
        section.Chart(EntityCharts.Network(pairs, maxEdges: 25));

        section.Heading("pairs", "Top pairs");
        var top = pairs.Take(context.Options.TopPairs).ToArray();
        section.Table(new DataFrame(
            new StringDataFrameColumn("entity 1", top.Select(p => p.Entity1)),
            new StringDataFrameColumn("entity 2", top.Select(p => p.Entity2)),
            new Int32DataFrameColumn("sentences", top.Select(p => p.Count)),
            new Int32DataFrameColumn("articles", top.Select(p => p.Documents)),
            new DoubleDataFrameColumn("npmi", top.Select(p => Math.Round(p.Npmi, 3)))), context.Options.TopPairs);
        section.Note("sentences: sentences mentioning both; articles: articles with such a sentence; npmi: normalised pointwise mutual information, from −1 (never together) through 0 (as often as chance) to 1 (only together).");

        if (sources.Count > 1)
        {
            var bySource = mentions.Cooccurrence(new CooccurrenceOptions { BySource = true });
            if (bySource.Count > 0)
            {
                section.Heading("pairs-by-source", "Top pairs by source");
                section.Chart(EntityCharts.CompareSources(bySource, top: 10));
            }
        }
        return true;
    }

    private static DataFrame Counts(IEnumerable<EntityCount> rows, bool withType)
    {
        var list = rows.ToArray();
        var columns = new List<DataFrameColumn>();
        columns.Add(new StringDataFrameColumn("entity", list.Select(r => r.Entity)));
        if (withType) columns.Add(new StringDataFrameColumn("type", list.Select(r => r.Type.ToName())));
        columns.Add(new Int32DataFrameColumn("mentions", list.Select(r => r.Mentions)));
        columns.Add(new Int32DataFrameColumn("articles", list.Select(r => r.Documents)));
        return new DataFrame(columns);
    }
}
