using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's entity section: who and what each source mentions.</summary>
internal static class EntitySections
{
    public static bool Entities(ReportContext context, SectionBuilder section)
    {
        var gazetteer = context.Options.Gazetteer ?? Gazetteer.Default;
        var mentions = context.Analysed.Entities(gazetteer);
        int top = context.Options.TopTerms;
        section.Paragraph($"People, places and organisations from a gazetteer ({SectionBuilder.Number(gazetteer.Entities.Count)} entities, each found by its name and aliases, e.g. \"Islamic Republic of Iran\" for Iran). ",
            $"{SectionBuilder.Number(mentions.Count)} mentions of {SectionBuilder.Number(mentions.Select(m => m.Entity).Distinct(StringComparer.Ordinal).Count())} entities.");

        section.Heading("top", "Most mentioned entities");
        section.Table(Counts(mentions.Counts().Top(top), withSource: false), top);

        var sources = context.SourcesBySize(ReportContext.MaxSourcesShown);
        if (sources.Count > 1 || sources[0] != Document.UnknownSource)
        {
            section.Heading("by-source", "Entities by source");
            var bySource = mentions.Counts(bySource: true).Top(top);
            section.Grid(sources, s => s, (b, source) => b.Table(Counts(bySource.Where(r => r.Source == source), withSource: false), top));
            TermSections.NoteLeftOut(context, section);
        }
        return true;
    }

    private static DataFrame Counts(IEnumerable<EntityCount> rows, bool withSource)
    {
        var list = rows.ToArray();
        var columns = new List<DataFrameColumn>();
        if (withSource) columns.Add(new StringDataFrameColumn("source", list.Select(r => r.Source)));
        columns.Add(new StringDataFrameColumn("entity", list.Select(r => r.Entity)));
        columns.Add(new StringDataFrameColumn("type", list.Select(r => r.Type.ToName())));
        columns.Add(new Int32DataFrameColumn("mentions", list.Select(r => r.Mentions)));
        columns.Add(new Int32DataFrameColumn("articles", list.Select(r => r.Documents)));
        return new DataFrame(columns);
    }
}
