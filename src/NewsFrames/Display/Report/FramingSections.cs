using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The report's framing section: frames by source, and the sentences that are their evidence.</summary>
internal static class FramingSections
{
    public static bool Frames(ReportContext context, SectionBuilder section)
    {
        var lexicon = context.Options.Lexicon ?? FrameLexicon.Default;
        var frames = context.Analysed.Frames(lexicon);
        var sources = context.SourcesBySize(ReportContext.MaxSourcesShown);
        var summary = frames.BySource().ToArray();

        section.Paragraph($"A frame is a way of telling the story, recognised by phrases from a lexicon ({(lexicon.Source == FrameLexicon.DefaultName ? "the built-in lexicon" : "the lexicon " + Path.GetFileName(lexicon.Source))}, {lexicon.Frames.Count} frames). ",
            $"{SectionBuilder.Number(frames.Hits.Count)} matches in {SectionBuilder.Number(frames.Hits.Select(h => h.Document).Distinct(StringComparer.Ordinal).Count())} of {SectionBuilder.Number(frames.Documents.Count)} articles.");

        section.Heading("rates", "Frames by source");
        section.Paragraph("How often each source uses each frame: matches per 1,000 tokens, and the share of the source's articles with at least one match. Rates from a few articles are unstable; frames.BySource() in the library gives 95% intervals (exact Poisson for rates, Wilson for shares).");
        DataFrame Matrix(Func<FrameSummaryRow, double> value, int digits)
        {
            var columns = new List<DataFrameColumn> { new StringDataFrameColumn("frame", lexicon.Frames.Select(f => f.Label)) };
            // Same column order as the heatmap (ordinal), so the table and the chart read alike.
            foreach (var source in sources.Order(StringComparer.Ordinal))
            {
                var column = new DoubleDataFrameColumn(source, lexicon.Frames.Count);
                for (int i = 0; i < lexicon.Frames.Count; i++)
                {
                    var row = summary.FirstOrDefault(r => r.Source == source && r.Frame == lexicon.Frames[i].Id);
                    column[i] = row is null ? null : Math.Round(value(row), digits);
                }
                columns.Add(column);
            }
            return new DataFrame(columns);
        }
        if (frames.Sources.Count > 1) section.Chart(FrameCharts.Heatmap(frames, FrameMeasure.Rate));
        section.Minor("Matches per 1,000 tokens");
        section.Table(Matrix(r => r.RatePer1000, 2), maxRows: 1000);
        section.Minor("Articles with the frame (%)");
        section.Table(Matrix(r => 100 * r.Share, 0), maxRows: 1000);
        TermSections.NoteLeftOut(context, section);

        section.Heading("evidence", "Evidence");
        section.Paragraph("For each frame, sentences that matched, a few per source, with the matched words marked. Read them before trusting a count: a phrase can be quoted, denied or used ironically.");
        int perSource = context.Options.EvidencePerFrame;
        // Open the evidence when it is short enough to read through; otherwise one click per frame.
        int shown = lexicon.Frames.Sum(f => sources.Sum(s => Math.Min(perSource, frames.Hits.For(f.Id, s).Select(h => (h.Document, h.SentenceIndex)).Distinct().Count())));
        bool open = shown <= 120;
        foreach (var frame in lexicon.Frames)
        {
            var hits = frames.Hits.For(frame.Id);
            if (hits.Count == 0) continue;
            int articles = hits.Select(h => h.Document).Distinct(StringComparer.Ordinal).Count();
            section.Details($"{frame.Label} — {SectionBuilder.Number(hits.Count)} {CorpusSections.Plural(hits.Count, "match", "matches")} in {SectionBuilder.Number(articles)} {CorpusSections.Plural(articles, "article", "articles")}", b =>
            {
                if (!string.IsNullOrWhiteSpace(frame.Description)) b.Note(frame.Description);
                foreach (var source in sources)
                {
                    // One sentence may hold several matches of the frame: show it once, with every match marked.
                    // Take sentences from as many different articles as possible before a second one from the same article.
                    var sentences = hits.Where(h => h.Source == source)
                        .GroupBy(h => (h.Document, h.SentenceIndex))
                        .Select((g, order) => (Group: g, order))
                        .GroupBy(x => x.Group.Key.Document, StringComparer.Ordinal)
                        .SelectMany(d => d.Select((x, rank) => (x.Group, x.order, rank)))
                        .OrderBy(x => x.rank).ThenBy(x => x.order)
                        .Take(perSource).OrderBy(x => x.order).Select(x => x.Group).ToArray();
                    if (sentences.Length == 0) continue;
                    int sourceHits = hits.Count(h => h.Source == source);
                    b.Minor(source, $"{SectionBuilder.Number(sourceHits)} {CorpusSections.Plural(sourceHits, "match", "matches")}");
                    foreach (var sentence in sentences)
                    {
                        var first = sentence.First();
                        var marks = sentence.Select(h => (h.Start - h.SentenceStart, h.End - h.SentenceStart));
                        string patterns = string.Join(", ", sentence.Select(h => h.Pattern).Distinct(StringComparer.Ordinal));
                        b.Evidence(first.Sentence, marks, $"{first.Document} · pattern: {patterns}");
                    }
                }
            }, open);
        }
        var unused = lexicon.Frames.Where(f => frames.Hits.For(f.Id).Count == 0).Select(f => f.Label).ToArray();
        if (unused.Length > 0) section.Note("No match for: " + string.Join(", ", unused) + ".");
        return true;
    }
}
