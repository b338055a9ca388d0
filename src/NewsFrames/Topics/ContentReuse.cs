using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Options for <see cref="ContentReuse"/>.</summary>
/// <example><code>var reuse = corpus.ContentReuse(new ReuseOptions { MinPassageTokens = 12 });</code></example>
public sealed record ReuseOptions
{
    /// <summary>The defaults.</summary>
    public static ReuseOptions Default { get; } = new();

    /// <summary>Shortest shared passage reported, in tokens (8 by default: long enough that chance matches are rare).</summary>
    public int MinPassageTokens { get; init; } = 8;

    /// <summary>Also report pairs with no shared passage whose cosine similarity reaches this value (rewritten copies); 0.8 by default, above 1 to disable.</summary>
    public double MinCosine { get; init; } = 0.8;

    /// <summary>Only pairs whose sources differ (true by default); a document of unknown source pairs with every other.</summary>
    public bool CrossSourceOnly { get; init; } = true;

    /// <summary>A passage start (a run of <see cref="MinPassageTokens"/> tokens) found in more documents than this is ignored as a stock phrase.</summary>
    public int MaxDocumentsPerPhrase { get; init; } = 50;

    internal void Validate()
    {
        if (MinPassageTokens < 2) throw new ArgumentOutOfRangeException(nameof(MinPassageTokens), MinPassageTokens, "must be at least 2");
        if (MaxDocumentsPerPhrase < 2) throw new ArgumentOutOfRangeException(nameof(MaxDocumentsPerPhrase), MaxDocumentsPerPhrase, "must be at least 2");
    }
}

/// <summary>A passage two documents share: token ranges and character ranges in each document's text.</summary>
/// <param name="TokenStartA">First token in document A.</param>
/// <param name="TokenStartB">First token in document B.</param>
/// <param name="Tokens">Length in tokens (the same in both).</param>
/// <param name="StartA">Character offset of the passage in A's text.</param>
/// <param name="EndA">Character offset just past the passage in A's text.</param>
/// <param name="StartB">Character offset of the passage in B's text.</param>
/// <param name="EndB">Character offset just past the passage in B's text.</param>
public sealed record SharedPassage(int TokenStartA, int TokenStartB, int Tokens, int StartA, int EndA, int StartB, int EndB);

/// <summary>Two documents that share content.</summary>
/// <param name="A">Corpus index of the earlier document.</param>
/// <param name="B">Corpus index of the later document.</param>
/// <param name="Cosine">Cosine similarity of their TF-IDF vectors.</param>
/// <param name="Passages">The shared passages, in A's order.</param>
/// <param name="SharedTokensA">Tokens of A inside a shared passage.</param>
/// <param name="SharedTokensB">Tokens of B inside a shared passage.</param>
/// <param name="ShareA">SharedTokensA over A's tokens.</param>
/// <param name="ShareB">SharedTokensB over B's tokens.</param>
public sealed record ReusePair(int A, int B, double Cosine, IReadOnlyList<SharedPassage> Passages,
    int SharedTokensA, int SharedTokensB, double ShareA, double ShareB);

/// <summary>
/// Content reuse across sources: pairs of documents that share long identical passages (runs of at least
/// <see cref="ReuseOptions.MinPassageTokens"/> tokens, compared on lower-case words, punctuation ignored), or whose
/// TF-IDF cosine similarity is at least <see cref="ReuseOptions.MinCosine"/>; each pair with its passages side by side.
/// </summary>
/// <remarks>
/// Passages are found by shingling: every run of k tokens is hashed, runs shared by two documents are chained
/// along the same offset into maximal passages, and every passage is verified token by token (a hash collision
/// cannot produce a false passage). The work is proportional to the number of shared shingles, not to the
/// number of document pairs.
/// </remarks>
/// <example>
/// <code>
/// var reuse = Corpus.Load("folder").ContentReuse();
/// reuse.ToDataFrame();         // one row per shared passage, the two texts side by side
/// reuse.PairsDataFrame();      // one row per pair of documents
/// </code>
/// </example>
public sealed class ContentReuse : ITabularResult
{
    internal ContentReuse(DocumentVectors vectors, ReuseOptions options)
    {
        options.Validate();
        Vectors = vectors;
        Options = options;
        Pairs = Find(vectors, options);
    }

    /// <summary>The vectors (and through them, the tokens and the corpus).</summary>
    public DocumentVectors Vectors { get; }

    /// <summary>The options used.</summary>
    public ReuseOptions Options { get; }

    /// <summary>The pairs, most shared first (by shared tokens of B, then cosine, then corpus order).</summary>
    public IReadOnlyList<ReusePair> Pairs { get; }

    private static ReusePair[] Find(DocumentVectors vectors, ReuseOptions options)
    {
        var tokens = vectors.Tokens;
        var corpus = vectors.Corpus;
        int k = options.MinPassageTokens;
        var sequences = tokens.Select(d => d.Tokens.Select(t => t.Lower).ToArray()).ToArray();

        bool Allowed(int a, int b)
        {
            if (!options.CrossSourceOnly) return true;
            string? sa = corpus[a].Source, sb = corpus[b].Source;
            return string.IsNullOrWhiteSpace(sa) || string.IsNullOrWhiteSpace(sb) || !string.Equals(sa, sb, StringComparison.Ordinal);
        }

        var shingles = new Dictionary<ulong, List<(int Doc, int Pos)>>();
        for (int d = 0; d < sequences.Length; d++)
        {
            var seq = sequences[d];
            for (int p = 0; p + k <= seq.Length; p++)
            {
                ulong h = Hash(seq.AsSpan(p, k));
                if (!shingles.TryGetValue(h, out var list)) shingles[h] = list = [];
                if (list.Count <= options.MaxDocumentsPerPhrase) list.Add((d, p));
            }
        }

        var matches = new Dictionary<(int A, int B), List<(int PosA, int PosB)>>();
        foreach (var list in shingles.Values)
        {
            if (list.Count < 2 || list.Count > options.MaxDocumentsPerPhrase) continue;
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < list.Count; j++)
                {
                    var (da, pa) = list[i];
                    var (db, pb) = list[j];
                    if (da == db || !Allowed(da, db)) continue;
                    if (da > db) (da, pa, db, pb) = (db, pb, da, pa);
                    if (!matches.TryGetValue((da, db), out var m)) matches[(da, db)] = m = [];
                    m.Add((pa, pb));
                }
        }

        var pairs = new List<ReusePair>();
        foreach (var ((a, b), m) in matches)
        {
            var passages = Chain(m, sequences[a], sequences[b], k)
                .Select(r => ToPassage(tokens[a], tokens[b], r.PosA, r.PosB, r.Length)).ToArray();
            if (passages.Length > 0) pairs.Add(MakePair(vectors, a, b, passages));
        }
        if (options.MinCosine <= 1)
        {
            var found = pairs.Select(p => (p.A, p.B)).ToHashSet();
            var near = new NearestNeighbours(vectors, Math.Min(Math.Max(vectors.Count - 1, 1), 20));
            foreach (var n in near.Rows)
            {
                int a = Math.Min(n.Document, n.Other), b = Math.Max(n.Document, n.Other);
                if (n.Cosine >= options.MinCosine && Allowed(a, b) && found.Add((a, b))) pairs.Add(MakePair(vectors, a, b, []));
            }
        }
        return pairs.OrderByDescending(p => p.SharedTokensB).ThenByDescending(p => p.Cosine).ThenBy(p => p.A).ThenBy(p => p.B).ToArray();
    }

    /// <summary>Chains k-token matches along each diagonal into maximal verified runs.</summary>
    private static IEnumerable<(int PosA, int PosB, int Length)> Chain(List<(int PosA, int PosB)> matches, int[] a, int[] b, int k)
    {
        var sorted = matches.Distinct().OrderBy(m => m.PosB - m.PosA).ThenBy(m => m.PosA).ToArray();
        int i = 0;
        while (i < sorted.Length)
        {
            int j = i;
            while (j + 1 < sorted.Length && sorted[j + 1].PosB - sorted[j + 1].PosA == sorted[i].PosB - sorted[i].PosA
                   && sorted[j + 1].PosA <= sorted[j].PosA + k) j++;
            int offset = sorted[i].PosB - sorted[i].PosA;
            int start = sorted[i].PosA, end = sorted[j].PosA + k;
            // Verify token by token: emit each maximal run of equal tokens of length ≥ k.
            int runStart = -1;
            for (int p = start; p <= end; p++)
            {
                bool equal = p < end && a[p] == b[p + offset];
                if (equal && runStart < 0) runStart = p;
                else if (!equal && runStart >= 0)
                {
                    if (p - runStart >= k) yield return (runStart, runStart + offset, p - runStart);
                    runStart = -1;
                }
            }
            i = j + 1;
        }
    }

    private static SharedPassage ToPassage(TokenizedDocument a, TokenizedDocument b, int posA, int posB, int length) =>
        new(posA, posB, length,
            a.Tokens[posA].Start, a.Tokens[posA + length - 1].End,
            b.Tokens[posB].Start, b.Tokens[posB + length - 1].End);

    private static ReusePair MakePair(DocumentVectors vectors, int a, int b, SharedPassage[] passages)
    {
        var ordered = passages.OrderBy(p => p.TokenStartA).ThenBy(p => p.TokenStartB).ToArray();
        int sharedA = Covered(ordered.Select(p => (p.TokenStartA, p.Tokens)));
        int sharedB = Covered(ordered.Select(p => (p.TokenStartB, p.Tokens)));
        int lengthA = vectors.Tokens[a].Tokens.Count, lengthB = vectors.Tokens[b].Tokens.Count;
        return new ReusePair(a, b, vectors.Cosine(a, b), ordered, sharedA, sharedB,
            lengthA == 0 ? 0 : (double)sharedA / lengthA, lengthB == 0 ? 0 : (double)sharedB / lengthB);
    }

    private static int Covered(IEnumerable<(int Start, int Length)> ranges)
    {
        int covered = 0, reach = 0;
        foreach (var (start, length) in ranges.OrderBy(r => r.Start))
        {
            int from = Math.Max(start, reach), to = start + length;
            if (to > from) covered += to - from;
            reach = Math.Max(reach, to);
        }
        return covered;
    }

    // FNV-1a over the ids: deterministic across runs, unlike HashCode.
    private static ulong Hash(ReadOnlySpan<int> ids)
    {
        ulong h = 14695981039346656037UL;
        foreach (int id in ids)
        {
            h ^= (uint)id;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>
    /// One row per shared passage, the two texts side by side: document_a, source_a, document_b, source_b, cosine,
    /// tokens, start_a, end_a, text_a, start_b, end_b, text_b. A pair found by cosine alone has one row with empty passage columns.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var corpus = Vectors.Corpus;
        var da = new StringDataFrameColumn("document_a");
        var sa = new StringDataFrameColumn("source_a");
        var db = new StringDataFrameColumn("document_b");
        var sb = new StringDataFrameColumn("source_b");
        var cosine = new DoubleDataFrameColumn("cosine");
        var tokens = new Int32DataFrameColumn("tokens");
        var startA = new Int32DataFrameColumn("start_a");
        var endA = new Int32DataFrameColumn("end_a");
        var textA = new StringDataFrameColumn("text_a");
        var startB = new Int32DataFrameColumn("start_b");
        var endB = new Int32DataFrameColumn("end_b");
        var textB = new StringDataFrameColumn("text_b");
        foreach (var pair in Pairs)
        {
            Document a = corpus[pair.A], b = corpus[pair.B];
            IEnumerable<SharedPassage?> passages = pair.Passages.Count > 0 ? pair.Passages.Cast<SharedPassage?>() : new SharedPassage?[] { null };
            foreach (var p in passages)
            {
                da.Append(a.Id);
                sa.Append(a.SourceOrUnknown);
                db.Append(b.Id);
                sb.Append(b.SourceOrUnknown);
                cosine.Append(pair.Cosine);
                tokens.Append(p?.Tokens);
                startA.Append(p?.StartA);
                endA.Append(p?.EndA);
                textA.Append(p is null ? null : a.Text[p.StartA..p.EndA]);
                startB.Append(p?.StartB);
                endB.Append(p?.EndB);
                textB.Append(p is null ? null : (string?)b.Text[p.StartB..p.EndB]);
            }
        }
        return new DataFrame(da, sa, db, sb, cosine, tokens, startA, endA, textA, startB, endB, textB);
    }

    /// <summary>One row per pair: document_a, source_a, document_b, source_b, cosine, passages, shared_tokens_a, shared_tokens_b, share_a, share_b.</summary>
    public DataFrame PairsDataFrame()
    {
        var corpus = Vectors.Corpus;
        var da = new StringDataFrameColumn("document_a");
        var sa = new StringDataFrameColumn("source_a");
        var db = new StringDataFrameColumn("document_b");
        var sb = new StringDataFrameColumn("source_b");
        var cosine = new DoubleDataFrameColumn("cosine");
        var passages = new Int32DataFrameColumn("passages");
        var sharedA = new Int32DataFrameColumn("shared_tokens_a");
        var sharedB = new Int32DataFrameColumn("shared_tokens_b");
        var shareA = new DoubleDataFrameColumn("share_a");
        var shareB = new DoubleDataFrameColumn("share_b");
        foreach (var pair in Pairs)
        {
            da.Append(corpus[pair.A].Id);
            sa.Append(corpus[pair.A].SourceOrUnknown);
            db.Append(corpus[pair.B].Id);
            sb.Append(corpus[pair.B].SourceOrUnknown);
            cosine.Append(pair.Cosine);
            passages.Append(pair.Passages.Count);
            sharedA.Append(pair.SharedTokensA);
            sharedB.Append(pair.SharedTokensB);
            shareA.Append(pair.ShareA);
            shareB.Append(pair.ShareB);
        }
        return new DataFrame(da, sa, db, sb, cosine, passages, sharedA, sharedB, shareA, shareB);
    }
}
