using System.Globalization;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's corpus sections: the overview, and how the corpus was loaded and cleaned.</summary>
internal static class CorpusSections
{
    public static bool Overview(ReportContext context, SectionBuilder section)
    {
        var corpus = context.Corpus;
        var tokens = context.Tokens;
        int documents = corpus.Count;
        long tokenCount = tokens.Sum(d => (long)d.Tokens.Count);
        long sentenceCount = tokens.Sum(d => (long)d.Sentences.Count);
        var dates = corpus.Where(d => d.Date is not null).Select(d => d.Date!.Value).Order().ToArray();
        int duplicates = corpus.Count(d => d.DuplicateOf is not null);
        var sources = corpus.Sources;

        section.Figures(
            ("articles", SectionBuilder.Number(documents)),
            ("sources", SectionBuilder.Number(sources.Count)),
            ("tokens", SectionBuilder.Number(tokenCount)),
            ("sentences", SectionBuilder.Number(sentenceCount)),
            ("dated", dates.Length == 0 ? "none" : DateRange(dates[0], dates[^1])),
            ("duplicates", SectionBuilder.Number(duplicates)));

        var named = sources.Where(s => s != Document.UnknownSource).ToArray();
        int unnamed = corpus.Count(d => d.SourceOrUnknown == Document.UnknownSource);
        string sourceList = named.Length <= 8 ? string.Join(", ", named) : string.Join(", ", named.Take(8)) + $" and {SectionBuilder.Number(named.Length - 8)} more";
        string who = named.Length == 0 ? ", none of them named. "
            : unnamed == 0 ? $" ({sourceList}). "
            : $" ({sourceList}; {SectionBuilder.Number(unnamed)} {Plural(unnamed, "article names", "articles name")} no source). ";
        string when = dates.Length == 0 ? "No article has a date. "
            : dates[0].Date == dates[^1].Date ? $"{SectionBuilder.Number(dates.Length)} {Plural(dates.Length, "is", "are")} dated: {Date(dates[0])}. "
            : $"{SectionBuilder.Number(dates.Length)} {Plural(dates.Length, "is", "are")} dated, from {Date(dates[0])} to {Date(dates[^1])}. ";
        section.Paragraph(
            $"{SectionBuilder.Number(documents)} {Plural(documents, "article", "articles")} from {SectionBuilder.Number(sources.Count)} {Plural(sources.Count, "source", "sources")}",
            who, when,
            duplicates == 0 ? "" : $"{SectionBuilder.Number(duplicates)} {Plural(duplicates, "article duplicates", "articles duplicate")} an earlier one; they are listed but not counted twice in the statistics below.");
        if (sources.Contains(Document.UnknownSource))
            section.Note($"Articles whose outlet could not be established are grouped as \"{Document.UnknownSource}\". A sources.csv manifest in the corpus folder can name them.");

        section.Heading("sources", "Articles by source");
        section.Table(BySource(context), maxRows: 1000);

        section.Heading("documents", "Articles");
        section.Table(DocumentTable(context), context.Options.MaxDocuments);
        section.Note("Tokens are words, numbers, abbreviations and the like as the NewsFrames tokenizer counts them (punctuation excluded). Addresses are shown as text, not links: the report makes no network request.");
        return true;
    }

    public static bool Loading(ReportContext context, SectionBuilder section)
    {
        var corpus = context.Corpus;
        var entries = corpus.Report.Entries;
        int maxRows = context.Options.MaxLoadRows;

        if (entries.Count == 0)
            section.Paragraph(corpus.Root is null
                ? "This corpus was built in memory: there is no record of files read."
                : "The loader kept no record of the files it read.");
        else
        {
            int loaded = entries.Count(e => e.Status == LoadStatus.Loaded);
            int warned = entries.Count(e => e.Status == LoadStatus.LoadedWithWarnings);
            int skipped = entries.Count(e => e.Status == LoadStatus.Skipped);
            section.Figures(
                ("files seen", SectionBuilder.Number(entries.Count)),
                ("loaded", SectionBuilder.Number(loaded)),
                ("with warnings", SectionBuilder.Number(warned)),
                ("skipped", SectionBuilder.Number(skipped)));
            // Remarks on clean files count too (e.g. "manifest: 5 of 5 rows applied" for sources.csv).
            var problems = entries.Where(e => e.Status != LoadStatus.Loaded || !string.IsNullOrWhiteSpace(e.Message)).ToArray();
            section.Heading("files", "Files with remarks");
            if (problems.Length == 0) section.Paragraph("Every file was read without a remark.");
            else
                section.Table(new DataFrame(
                    new StringDataFrameColumn("file", problems.Select(e => e.File)),
                    new StringDataFrameColumn("status", problems.Select(e => Status(e.Status))),
                    new Int32DataFrameColumn("documents", problems.Select(e => e.Documents)),
                    new StringDataFrameColumn("message", problems.Select(e => e.Message))), maxRows);
        }

        var warnings = corpus.SelectMany(d => d.Warnings.Select(w => (d.Id, Warning: w))).ToArray();
        if (warnings.Length > 0)
        {
            section.Heading("warnings", "Article warnings");
            section.Table(new DataFrame(
                new StringDataFrameColumn("document", warnings.Select(w => w.Id)),
                new StringDataFrameColumn("warning", warnings.Select(w => w.Warning))), maxRows);
        }

        section.Heading("cleaning", "Text removed by cleaning");
        var removals = corpus.SelectMany(d => d.Removals.Select(r => (d.Id, Removal: r))).ToArray();
        if (removals.Length == 0)
            section.Paragraph("Nothing was removed: the texts are analysed as they were read.");
        else
        {
            var byRule = removals.GroupBy(r => r.Removal.Rule, StringComparer.Ordinal)
                .Select(g => (Rule: g.Key, Count: g.Count(), Documents: g.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count(), Characters: g.Sum(r => (long)r.Removal.Text.Length)))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Rule, StringComparer.Ordinal).ToArray();
            section.Paragraph($"{SectionBuilder.Number(removals.Length)} {Plural(removals.Length, "piece", "pieces")} of boilerplate ({SectionBuilder.Number(removals.Sum(r => (long)r.Removal.Text.Length))} characters) were removed from {SectionBuilder.Number(removals.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count())} articles. Each is kept with the rule that removed it, so nothing disappears silently.");
            section.Table(new DataFrame(
                new StringDataFrameColumn("rule", byRule.Select(r => r.Rule)),
                new Int32DataFrameColumn("removals", byRule.Select(r => r.Count)),
                new Int32DataFrameColumn("documents", byRule.Select(r => r.Documents)),
                new Int64DataFrameColumn("characters", byRule.Select(r => r.Characters))), maxRows: 1000);
            section.Details($"Every removal ({SectionBuilder.Number(removals.Length)})", s => s.Table(new DataFrame(
                new StringDataFrameColumn("document", removals.Select(r => r.Id)),
                new StringDataFrameColumn("rule", removals.Select(r => r.Removal.Rule)),
                new StringDataFrameColumn("removed text", removals.Select(r => r.Removal.Text))), maxRows));
        }

        var duplicates = corpus.Where(d => d.DuplicateOf is not null).ToArray();
        if (duplicates.Length > 0)
        {
            section.Heading("duplicates", "Duplicates");
            section.Paragraph("These articles repeat an earlier one (exactly or nearly). They stay in the corpus, marked, and are left out of the statistics so that a story syndicated twice does not count twice.");
            section.Table(new DataFrame(
                new StringDataFrameColumn("document", duplicates.Select(d => d.Id)),
                new StringDataFrameColumn("source", duplicates.Select(d => d.SourceOrUnknown)),
                new StringDataFrameColumn("duplicate_of", duplicates.Select(d => d.DuplicateOf))), maxRows);
        }
        return true;
    }

    private static DataFrame BySource(ReportContext context)
    {
        var rows = context.Originals
            .GroupBy(i => context.Corpus[i].SourceOrUnknown, StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Select(i => context.Corpus[i].Date).Where(d => d is not null).Select(d => d!.Value).ToArray();
                return (Source: g.Key, Documents: g.Count(),
                    Tokens: g.Sum(i => (long)context.Tokens[i].Tokens.Count),
                    Sentences: g.Sum(i => (long)context.Tokens[i].Sentences.Count),
                    First: dates.Length == 0 ? (DateTime?)null : dates.Min(),
                    Last: dates.Length == 0 ? (DateTime?)null : dates.Max());
            })
            .OrderByDescending(r => r.Documents).ThenBy(r => r.Source, StringComparer.Ordinal).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("source", rows.Select(r => r.Source)),
            new Int32DataFrameColumn("articles", rows.Select(r => r.Documents)),
            new Int64DataFrameColumn("tokens", rows.Select(r => r.Tokens)),
            new Int64DataFrameColumn("sentences", rows.Select(r => r.Sentences)),
            new PrimitiveDataFrameColumn<DateTime>("first date", rows.Select(r => r.First)),
            new PrimitiveDataFrameColumn<DateTime>("last date", rows.Select(r => r.Last)));
    }

    private static DataFrame DocumentTable(ReportContext context)
    {
        var corpus = context.Corpus;
        var tokens = context.Tokens;
        return new DataFrame(
            new StringDataFrameColumn("id", corpus.Select(d => d.Id)),
            new StringDataFrameColumn("source", corpus.Select(d => d.SourceOrUnknown)),
            new StringDataFrameColumn("title", corpus.Select(d => CellFormat.Truncate(d.Title ?? "", 160))),
            new PrimitiveDataFrameColumn<DateTime>("date", corpus.Select(d => d.Date)),
            new Int32DataFrameColumn("tokens", tokens.Select(d => d.Tokens.Count)),
            new Int32DataFrameColumn("sentences", tokens.Select(d => d.Sentences.Count)),
            new StringDataFrameColumn("url", corpus.Select(d => d.Url ?? "")),
            new StringDataFrameColumn("duplicate_of", corpus.Select(d => d.DuplicateOf ?? "")));
    }

    private static string Status(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.LoadedWithWarnings => "loaded with warnings",
        _ => "skipped",
    };

    internal static string Plural(long n, string one, string many) => n == 1 ? one : many;

    private static string Date(DateTime d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string DateRange(DateTime first, DateTime last) =>
        first.Date == last.Date ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
