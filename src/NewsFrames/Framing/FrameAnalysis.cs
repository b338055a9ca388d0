using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Framing entry points for notebooks: <c>corpus.Frames()</c>.</summary>
public static class FrameExtensions
{
    /// <summary>Finds the frames of <paramref name="lexicon"/> (default: the embedded lexicon) in every document.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="lexicon">The lexicon; null for <see cref="FrameLexicon.Default"/>.</param>
    /// <param name="skipDuplicates">Leave out documents marked as duplicates of an earlier one (<see cref="Document.DuplicateOf"/>).</param>
    /// <example>
    /// <code>
    /// var frames = Corpus.Load("seeds").Frames();
    /// frames.BySource().ToDataFrame();     // rates and shares per source and frame
    /// frames.Hits.ToDataFrame();           // the evidence
    /// </code>
    /// </example>
    public static FrameAnalysis Frames(this Corpus corpus, FrameLexicon? lexicon = null, bool skipDuplicates = false)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Tokenize().Frames(lexicon, skipDuplicates);
    }

    /// <summary>Finds frames in an already tokenized corpus (see <see cref="Frames(Corpus, FrameLexicon?, bool)"/>).</summary>
    /// <example><code>var frames = Corpus.Load("seeds").Tokenize().Frames();</code></example>
    public static FrameAnalysis Frames(this TokenizedCorpus tokens, FrameLexicon? lexicon = null, bool skipDuplicates = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var lex = lexicon ?? FrameLexicon.Default;
        var matcher = lex.Matcher;
        var docs = tokens.Where(d => !skipDuplicates || d.Document.DuplicateOf is null).ToArray();
        var perDocument = new IReadOnlyList<FrameHit>[docs.Length];
        Parallel.For(0, docs.Length, i => perDocument[i] = matcher.Match(docs[i]));
        var infos = docs.Select(d => new FrameDocument(d.Document.Id, d.Document.File, d.Document.SourceOrUnknown, d.Document.Date, d.Tokens.Count)).ToArray();
        return new FrameAnalysis(lex, infos, perDocument.SelectMany(h => h).ToArray());
    }
}

/// <summary>A document as framing counts it: its id, source, date and number of tokens.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Source">The source, or "(unknown)".</param>
/// <param name="Date">The date, when known.</param>
/// <param name="Tokens">All tokens of the document (words, numbers, abbreviations…; a hyphenated compound counts once; no stop words removed).</param>
public sealed record FrameDocument(string Id, string File, string Source, DateTime? Date, int Tokens);

/// <summary>What a frame × source matrix shows.</summary>
public enum FrameMeasure
{
    /// <summary>Hits per 1,000 tokens.</summary>
    Rate,
    /// <summary>Share of documents with at least one hit.</summary>
    Share,
    /// <summary>Number of hits.</summary>
    Hits,
}

/// <summary>The calendar period frame counts are grouped by over time.</summary>
public enum TimeBucket
{
    /// <summary>One row per day.</summary>
    Day,
    /// <summary>One row per ISO week (starting Monday).</summary>
    Week,
    /// <summary>One row per calendar month.</summary>
    Month,
    /// <summary>One row per year.</summary>
    Year,
}

/// <summary>
/// The frames found in a corpus: every hit with its evidence, and the views built on them — per source, per
/// document, the frame × source matrix, frame co-occurrence and frames over time. Immutable.
/// </summary>
/// <remarks>
/// Rate per 1,000 tokens = 1000 × hits / tokens, where tokens are all tokens of the documents (see
/// <see cref="FrameDocument.Tokens"/>). Share of documents = documents with ≥ 1 hit / documents. Intervals
/// are 95%: Wilson score for shares, exact Poisson (Garwood) for rates.
/// </remarks>
/// <example>
/// <code>
/// var frames = Corpus.Load("seeds").Frames();
/// frames.Matrix(FrameMeasure.Share).ToDataFrame();
/// FrameCharts.Heatmap(frames.BySource())
/// </code>
/// </example>
public sealed class FrameAnalysis : ITabularResult
{
    internal FrameAnalysis(FrameLexicon lexicon, IReadOnlyList<FrameDocument> documents, IReadOnlyList<FrameHit> hits)
    {
        Lexicon = lexicon;
        Documents = documents;
        Hits = new FrameHits(hits);
    }

    /// <summary>The lexicon used.</summary>
    public FrameLexicon Lexicon { get; }

    /// <summary>The documents counted, in corpus order.</summary>
    public IReadOnlyList<FrameDocument> Documents { get; }

    /// <summary>Every hit, in document order then text order.</summary>
    public FrameHits Hits { get; }

    /// <summary>The sources, sorted ordinally.</summary>
    public IReadOnlyList<string> Sources => Documents.Select(d => d.Source).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>One row per source and frame (every combination, zeros included).</summary>
    /// <example><code>frames.BySource().ToDataFrame()</code></example>
    public FrameSummary BySource()
    {
        var rows = new List<FrameSummaryRow>();
        var hitCounts = Hits.GroupBy(h => (h.Source, h.Frame)).ToDictionary(g => g.Key, g => (Hits: g.Count(), Docs: g.Select(h => h.Document).Distinct().Count()));
        foreach (var source in Sources)
        {
            var docs = Documents.Where(d => d.Source == source).ToArray();
            long tokens = docs.Sum(d => (long)d.Tokens);
            foreach (var frame in Lexicon.Frames)
            {
                hitCounts.TryGetValue((source, frame.Id), out var c);
                rows.Add(FrameSummaryRow.Create(source, frame, docs.Length, c.Docs, c.Hits, tokens));
            }
        }
        return new FrameSummary(rows, FrameGrouping.Source);
    }

    /// <summary>One row per document and frame (every combination, zeros included).</summary>
    /// <example><code>frames.ByDocument().ToDataFrame()</code></example>
    public FrameSummary ByDocument()
    {
        var rows = new List<FrameSummaryRow>();
        var hitCounts = Hits.GroupBy(h => (h.Document, h.Frame)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var doc in Documents)
        {
            foreach (var frame in Lexicon.Frames)
            {
                hitCounts.TryGetValue((doc.Id, frame.Id), out int hits);
                rows.Add(FrameSummaryRow.Create(doc.Source, frame, 1, hits > 0 ? 1 : 0, hits, doc.Tokens) with { Document = doc.Id, File = doc.File, Date = doc.Date });
            }
        }
        return new FrameSummary(rows, FrameGrouping.Document);
    }

    /// <summary>The frame × source matrix of <paramref name="measure"/> (rows: frames in lexicon order; columns: sources).</summary>
    /// <example><code>frames.Matrix(FrameMeasure.Rate).ToDataFrame()</code></example>
    public FrameMatrix Matrix(FrameMeasure measure = FrameMeasure.Rate) => FrameMatrix.From(BySource(), measure);

    /// <summary>Pairs of frames used in the same documents: counts and Jaccard similarity (documents with both / documents with either).</summary>
    /// <example><code>frames.CoOccurrence().ToDataFrame()</code></example>
    public FrameCoOccurrence CoOccurrence()
    {
        var docsByFrame = Lexicon.Frames.Select(f => Hits.Where(h => h.Frame == f.Id).Select(h => h.Document).ToHashSet(StringComparer.Ordinal)).ToArray();
        var rows = new List<FrameCoOccurrenceRow>();
        for (int a = 0; a < docsByFrame.Length; a++)
        {
            for (int b = a + 1; b < docsByFrame.Length; b++)
            {
                int both = docsByFrame[a].Count(docsByFrame[b].Contains);
                int either = docsByFrame[a].Count + docsByFrame[b].Count - both;
                rows.Add(new FrameCoOccurrenceRow(Lexicon.Frames[a].Id, Lexicon.Frames[b].Id, docsByFrame[a].Count, docsByFrame[b].Count, both,
                    either == 0 ? 0 : (double)both / either));
            }
        }
        return new FrameCoOccurrence(rows, Documents.Count);
    }

    /// <summary>Hits per period, source and frame, for documents with a date (zeros included for periods with documents).</summary>
    /// <example><code>frames.OverTime(TimeBucket.Month).ToDataFrame()</code></example>
    public FrameTimeline OverTime(TimeBucket bucket = TimeBucket.Month)
    {
        var dated = Documents.Where(d => d.Date is not null).ToArray();
        var periodOf = dated.ToDictionary(d => d.Id, d => PeriodStart(d.Date!.Value, bucket), StringComparer.Ordinal);
        var hitCounts = Hits.Where(h => periodOf.ContainsKey(h.Document))
            .GroupBy(h => (Period: periodOf[h.Document], h.Source, h.Frame))
            .ToDictionary(g => g.Key, g => (Hits: g.Count(), Docs: g.Select(h => h.Document).Distinct().Count()));
        var rows = new List<FrameTimelineRow>();
        foreach (var group in dated.GroupBy(d => (Period: periodOf[d.Id], d.Source)).OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Source, StringComparer.Ordinal))
        {
            long tokens = group.Sum(d => (long)d.Tokens);
            int documents = group.Count();
            foreach (var frame in Lexicon.Frames)
            {
                hitCounts.TryGetValue((group.Key.Period, group.Key.Source, frame.Id), out var c);
                rows.Add(new FrameTimelineRow(group.Key.Period, group.Key.Source, frame.Id, frame.Label, documents, c.Docs, c.Hits, tokens,
                    tokens == 0 ? 0 : 1000.0 * c.Hits / tokens));
            }
        }
        return new FrameTimeline(rows, bucket, Documents.Count - dated.Length);
    }

    internal static DateTime PeriodStart(DateTime date, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => date.Date,
        TimeBucket.Week => date.Date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TimeBucket.Month => new DateTime(date.Year, date.Month, 1, 0, 0, 0, date.Kind),
        _ => new DateTime(date.Year, 1, 1, 0, 0, 0, date.Kind),
    };

    /// <summary>The per-source summary (<see cref="BySource"/>) as a DataFrame.</summary>
    public DataFrame ToDataFrame() => BySource().ToDataFrame();
}
