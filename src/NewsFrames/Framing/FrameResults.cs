using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Every frame hit, with its evidence.</summary>
/// <example>
/// <code>
/// var hits = Corpus.Load("seeds").Frames().Hits;
/// hits.For(frame: "counterbalance").ToDataFrame();
/// </code>
/// </example>
public sealed class FrameHits : IReadOnlyList<FrameHit>, ITabularResult
{
    private readonly FrameHit[] hits;

    internal FrameHits(IEnumerable<FrameHit> hits) => this.hits = hits.ToArray();

    /// <inheritdoc/>
    public int Count => hits.Length;

    /// <inheritdoc/>
    public FrameHit this[int index] => hits[index];

    /// <summary>The hits of one frame and/or one source (null: any).</summary>
    public FrameHits For(string? frame = null, string? source = null) =>
        new(hits.Where(h => (frame is null || h.Frame == frame) && (source is null || h.Source == source)));

    /// <inheritdoc/>
    public IEnumerator<FrameHit> GetEnumerator() => ((IEnumerable<FrameHit>)hits).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Columns: document, file, source, date, frame, pattern, matched, sentence, start, end (character offsets in the cleaned document text).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("document", hits.Select(h => h.Document)),
        new StringDataFrameColumn("file", hits.Select(h => h.File)),
        new StringDataFrameColumn("source", hits.Select(h => h.Source)),
        new PrimitiveDataFrameColumn<DateTime>("date", hits.Select(h => h.Date)),
        new StringDataFrameColumn("frame", hits.Select(h => h.Frame)),
        new StringDataFrameColumn("pattern", hits.Select(h => h.Pattern)),
        new StringDataFrameColumn("matched", hits.Select(h => h.Matched)),
        new StringDataFrameColumn("sentence", hits.Select(h => h.Sentence)),
        new Int32DataFrameColumn("start", hits.Select(h => h.Start)),
        new Int32DataFrameColumn("end", hits.Select(h => h.End)));
}

/// <summary>What a <see cref="FrameSummary"/> row is about.</summary>
public enum FrameGrouping
{
    /// <summary>One row per source and frame.</summary>
    Source,
    /// <summary>One row per document and frame.</summary>
    Document,
}

/// <summary>One group (a source, or a document) and one frame.</summary>
/// <param name="Source">The source.</param>
/// <param name="Frame">The frame's id.</param>
/// <param name="Label">The frame's label.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="DocumentsWithFrame">Documents in the group with at least one hit.</param>
/// <param name="Share">DocumentsWithFrame / Documents.</param>
/// <param name="ShareLow">Lower bound of the 95% Wilson interval of the share.</param>
/// <param name="ShareHigh">Upper bound of the 95% Wilson interval of the share.</param>
/// <param name="Hits">Hits (overlapping matches of a frame in a sentence count once).</param>
/// <param name="Tokens">Tokens in the group's documents.</param>
/// <param name="RatePer1000">1000 × Hits / Tokens.</param>
/// <param name="RateLow">Lower bound of the exact 95% Poisson interval of the rate.</param>
/// <param name="RateHigh">Upper bound of the exact 95% Poisson interval of the rate.</param>
public sealed record FrameSummaryRow(
    string Source, string Frame, string Label, int Documents, int DocumentsWithFrame, double Share, double ShareLow, double ShareHigh,
    int Hits, long Tokens, double RatePer1000, double RateLow, double RateHigh)
{
    /// <summary>The document's id (rows of <see cref="FrameAnalysis.ByDocument"/> only).</summary>
    public string? Document { get; init; }

    /// <summary>The document's file (rows of <see cref="FrameAnalysis.ByDocument"/> only).</summary>
    public string? File { get; init; }

    /// <summary>The document's date (rows of <see cref="FrameAnalysis.ByDocument"/> only).</summary>
    public DateTime? Date { get; init; }

    internal static FrameSummaryRow Create(string source, Frame frame, int documents, int withFrame, int hits, long tokens)
    {
        var (shareLow, shareHigh) = FrameIntervals.Wilson(withFrame, documents);
        var (countLow, countHigh) = FrameIntervals.PoissonExact(hits);
        double perThousand = tokens == 0 ? double.NaN : 1000.0 / tokens;
        return new FrameSummaryRow(source, frame.Id, frame.Label, documents, withFrame, documents == 0 ? double.NaN : (double)withFrame / documents,
            shareLow, shareHigh, hits, tokens, hits * perThousand, countLow * perThousand, countHigh * perThousand);
    }
}

/// <summary>Frame counts, rates and shares per source (or per document).</summary>
/// <example><code>Corpus.Load("seeds").Frames().BySource().ToDataFrame()</code></example>
public sealed class FrameSummary : IReadOnlyList<FrameSummaryRow>, ITabularResult
{
    private readonly FrameSummaryRow[] rows;

    internal FrameSummary(IEnumerable<FrameSummaryRow> rows, FrameGrouping grouping)
    {
        this.rows = rows.ToArray();
        Grouping = grouping;
    }

    /// <summary>Whether rows are per source or per document.</summary>
    public FrameGrouping Grouping { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public FrameSummaryRow this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<FrameSummaryRow> GetEnumerator() => ((IEnumerable<FrameSummaryRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// By source — source, frame, label, documents, documents_with_frame, share, share_low, share_high, hits, tokens,
    /// rate_per_1000, rate_low, rate_high. By document — document, file, source, date, frame, label, hits, tokens,
    /// rate_per_1000, rate_low, rate_high.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rateColumns = new DataFrameColumn[]
        {
            new Int32DataFrameColumn("hits", rows.Select(r => r.Hits)),
            new Int64DataFrameColumn("tokens", rows.Select(r => r.Tokens)),
            new DoubleDataFrameColumn("rate_per_1000", rows.Select(r => r.RatePer1000)),
            new DoubleDataFrameColumn("rate_low", rows.Select(r => r.RateLow)),
            new DoubleDataFrameColumn("rate_high", rows.Select(r => r.RateHigh)),
        };
        if (Grouping == FrameGrouping.Document)
        {
            return new DataFrame(new DataFrameColumn[]
            {
                new StringDataFrameColumn("document", rows.Select(r => r.Document)),
                new StringDataFrameColumn("file", rows.Select(r => r.File)),
                new StringDataFrameColumn("source", rows.Select(r => r.Source)),
                new PrimitiveDataFrameColumn<DateTime>("date", rows.Select(r => r.Date)),
                new StringDataFrameColumn("frame", rows.Select(r => r.Frame)),
                new StringDataFrameColumn("label", rows.Select(r => r.Label)),
            }.Concat(rateColumns));
        }
        return new DataFrame(new DataFrameColumn[]
        {
            new StringDataFrameColumn("source", rows.Select(r => r.Source)),
            new StringDataFrameColumn("frame", rows.Select(r => r.Frame)),
            new StringDataFrameColumn("label", rows.Select(r => r.Label)),
            new Int32DataFrameColumn("documents", rows.Select(r => r.Documents)),
            new Int32DataFrameColumn("documents_with_frame", rows.Select(r => r.DocumentsWithFrame)),
            new DoubleDataFrameColumn("share", rows.Select(r => r.Share)),
            new DoubleDataFrameColumn("share_low", rows.Select(r => r.ShareLow)),
            new DoubleDataFrameColumn("share_high", rows.Select(r => r.ShareHigh)),
        }.Concat(rateColumns));
    }
}

/// <summary>A frame × source matrix of one measure.</summary>
/// <example><code>var m = Corpus.Load("seeds").Frames().Matrix(FrameMeasure.Share); double v = m[0, 0];</code></example>
public sealed class FrameMatrix : ITabularResult
{
    private readonly double[,] values;

    private FrameMatrix(IReadOnlyList<string> frames, IReadOnlyList<string> labels, IReadOnlyList<string> sources, double[,] values, FrameMeasure measure)
    {
        Frames = frames;
        Labels = labels;
        Sources = sources;
        this.values = values;
        Measure = measure;
    }

    /// <summary>Frame ids (rows), in lexicon order.</summary>
    public IReadOnlyList<string> Frames { get; }

    /// <summary>Frame labels, parallel to <see cref="Frames"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Sources (columns), sorted ordinally.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>What the cells hold.</summary>
    public FrameMeasure Measure { get; }

    /// <summary>The value for frame row <paramref name="frame"/> and source column <paramref name="source"/>.</summary>
    public double this[int frame, int source] => values[frame, source];

    internal static FrameMatrix From(FrameSummary bySource, FrameMeasure measure)
    {
        var frames = bySource.Select(r => r.Frame).Distinct().ToArray();
        var labels = frames.Select(f => bySource.First(r => r.Frame == f).Label).ToArray();
        var sources = bySource.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
        var values = new double[frames.Length, sources.Length];
        foreach (var r in bySource)
        {
            values[Array.IndexOf(frames, r.Frame), Array.IndexOf(sources, r.Source)] = measure switch
            {
                FrameMeasure.Share => r.Share,
                FrameMeasure.Hits => r.Hits,
                _ => r.RatePer1000,
            };
        }
        return new FrameMatrix(frames, labels, sources, values, measure);
    }

    /// <summary>Columns: frame, label, then one column per source holding the measure.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("frame", Frames),
            new StringDataFrameColumn("label", Labels),
        };
        for (int s = 0; s < Sources.Count; s++)
        {
            int column = s;
            columns.Add(new DoubleDataFrameColumn(Sources[s], Enumerable.Range(0, Frames.Count).Select(f => values[f, column])));
        }
        return new DataFrame(columns);
    }
}

/// <summary>Two frames and the documents that use them.</summary>
/// <param name="FrameA">The first frame (earlier in the lexicon).</param>
/// <param name="FrameB">The second frame.</param>
/// <param name="DocumentsA">Documents with frame A.</param>
/// <param name="DocumentsB">Documents with frame B.</param>
/// <param name="DocumentsBoth">Documents with both.</param>
/// <param name="Jaccard">DocumentsBoth / documents with either (0 when neither occurs).</param>
public sealed record FrameCoOccurrenceRow(string FrameA, string FrameB, int DocumentsA, int DocumentsB, int DocumentsBoth, double Jaccard);

/// <summary>Frame co-occurrence within documents, one row per pair of frames.</summary>
/// <example><code>Corpus.Load("seeds").Frames().CoOccurrence().ToDataFrame()</code></example>
public sealed class FrameCoOccurrence : IReadOnlyList<FrameCoOccurrenceRow>, ITabularResult
{
    private readonly FrameCoOccurrenceRow[] rows;

    internal FrameCoOccurrence(IEnumerable<FrameCoOccurrenceRow> rows, int documents)
    {
        this.rows = rows.ToArray();
        Documents = documents;
    }

    /// <summary>Documents counted.</summary>
    public int Documents { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public FrameCoOccurrenceRow this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<FrameCoOccurrenceRow> GetEnumerator() => ((IEnumerable<FrameCoOccurrenceRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Columns: frame_a, frame_b, documents_a, documents_b, documents_both, jaccard.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("frame_a", rows.Select(r => r.FrameA)),
        new StringDataFrameColumn("frame_b", rows.Select(r => r.FrameB)),
        new Int32DataFrameColumn("documents_a", rows.Select(r => r.DocumentsA)),
        new Int32DataFrameColumn("documents_b", rows.Select(r => r.DocumentsB)),
        new Int32DataFrameColumn("documents_both", rows.Select(r => r.DocumentsBoth)),
        new DoubleDataFrameColumn("jaccard", rows.Select(r => r.Jaccard)));
}

/// <summary>One period, source and frame.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="Source">The source.</param>
/// <param name="Frame">The frame's id.</param>
/// <param name="Label">The frame's label.</param>
/// <param name="Documents">Dated documents of the source in the period.</param>
/// <param name="DocumentsWithFrame">Those with at least one hit.</param>
/// <param name="Hits">Hits.</param>
/// <param name="Tokens">Tokens of those documents.</param>
/// <param name="RatePer1000">1000 × Hits / Tokens.</param>
public sealed record FrameTimelineRow(DateTime Period, string Source, string Frame, string Label, int Documents, int DocumentsWithFrame, int Hits, long Tokens, double RatePer1000);

/// <summary>Frame counts over time (documents without a date are left out and counted in <see cref="UndatedDocuments"/>).</summary>
/// <example><code>Corpus.Load("news").Frames().OverTime(TimeBucket.Week).ToDataFrame()</code></example>
public sealed class FrameTimeline : IReadOnlyList<FrameTimelineRow>, ITabularResult
{
    private readonly FrameTimelineRow[] rows;

    internal FrameTimeline(IEnumerable<FrameTimelineRow> rows, TimeBucket bucket, int undated)
    {
        this.rows = rows.ToArray();
        Bucket = bucket;
        UndatedDocuments = undated;
    }

    /// <summary>The period length.</summary>
    public TimeBucket Bucket { get; }

    /// <summary>Documents left out because they have no date.</summary>
    public int UndatedDocuments { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public FrameTimelineRow this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<FrameTimelineRow> GetEnumerator() => ((IEnumerable<FrameTimelineRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Columns: period, source, frame, label, documents, documents_with_frame, hits, tokens, rate_per_1000.</summary>
    public DataFrame ToDataFrame() => new(
        new PrimitiveDataFrameColumn<DateTime>("period", rows.Select(r => r.Period)),
        new StringDataFrameColumn("source", rows.Select(r => r.Source)),
        new StringDataFrameColumn("frame", rows.Select(r => r.Frame)),
        new StringDataFrameColumn("label", rows.Select(r => r.Label)),
        new Int32DataFrameColumn("documents", rows.Select(r => r.Documents)),
        new Int32DataFrameColumn("documents_with_frame", rows.Select(r => r.DocumentsWithFrame)),
        new Int32DataFrameColumn("hits", rows.Select(r => r.Hits)),
        new Int64DataFrameColumn("tokens", rows.Select(r => r.Tokens)),
        new DoubleDataFrameColumn("rate_per_1000", rows.Select(r => r.RatePer1000)));
}
