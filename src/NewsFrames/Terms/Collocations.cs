using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>One collocation with quanteda's λ and z.</summary>
/// <param name="Collocation">The words, lower case, joined by a space.</param>
/// <param name="Length">2 or 3.</param>
/// <param name="Count">How often the sequence occurs.</param>
/// <param name="Lambda">λ: the highest-order interaction of the log-linear model of the 2ⁿ match table (Blaheta and Johnson 2001).</param>
/// <param name="Z">z = λ / its asymptotic standard error.</param>
public sealed record CollocationRow(string Collocation, int Length, long Count, double Lambda, double Z);

/// <summary>
/// Collocations as quanteda.textstats' <c>textstat_collocations</c> scores them (λ and z, Blaheta and Johnson 2001),
/// sorted by z (descending, ties by collocation).
/// </summary>
/// <remarks>
/// Every run of n consecutive tokens with no punctuation or sentence break between them is a position. For a
/// candidate w₁…wₙ each position matches a subset of the n words; counting positions by pattern gives the 2ⁿ cells,
/// each + 0.5. λ = Σ (−1)^(n − k) ln n_pattern (k = words matched) — for bigrams ln n₁₁ − ln n₁₀ − ln n₀₁ + ln n₀₀ —
/// and z = λ / √(Σ 1 / n_pattern). Words are compared in lower case. Candidates that start or end with a stop word
/// are left out (positions still count every token), as are candidates below the minimum count.
/// </remarks>
/// <example>
/// <code>
/// var colls = Corpus.Load("seeds").Collocations(size: 2, minCount: 3);
/// colls.ToDataFrame();      // collocation, length, count, lambda, z
/// </code>
/// </example>
public sealed class CollocationResult : ITabularResult, IReadOnlyList<CollocationRow>
{
    private readonly CollocationRow[] rows;

    internal CollocationResult(CollocationRow[] rows, int minCount)
    {
        this.rows = rows;
        MinCount = minCount;
    }

    /// <summary>The minimum count a candidate needed.</summary>
    public int MinCount { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public CollocationRow this[int index] => rows[index];

    /// <summary>The row of <paramref name="collocation"/> (lower case, single spaces), or null.</summary>
    public CollocationRow? Find(string collocation) => rows.FirstOrDefault(r => r.Collocation == collocation);

    /// <summary>The first <paramref name="n"/> rows.</summary>
    public CollocationResult Top(int n) => new(rows.Take(Math.Max(n, 0)).ToArray(), MinCount);

    /// <summary>Columns: <c>collocation, length, count, lambda, z</c>.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("collocation", rows.Select(r => r.Collocation)),
        new Int32DataFrameColumn("length", rows.Select(r => r.Length)),
        new Int64DataFrameColumn("count", rows.Select(r => r.Count)),
        new DoubleDataFrameColumn("lambda", rows.Select(r => r.Lambda)),
        new DoubleDataFrameColumn("z", rows.Select(r => r.Z)));

    /// <inheritdoc/>
    public IEnumerator<CollocationRow> GetEnumerator() => ((IEnumerable<CollocationRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>λ and z from the 2ⁿ cell counts, indexed by a bit mask of matched positions (bit i: word i matches).</summary>
    /// <example><code>var (lambda, z) = CollocationResult.Score([982, 5, 3, 10]); // n₀₀, n₁₀ (first only), n₀₁, n₁₁</code></example>
    public static (double Lambda, double Z) Score(IReadOnlyList<double> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        int n = cells.Count == 4 ? 2 : cells.Count == 8 ? 3 : throw new ArgumentException("Give 4 (bigram) or 8 (trigram) cells.", nameof(cells));
        double lambda = 0, variance = 0;
        for (int mask = 0; mask < cells.Count; mask++)
        {
            double cell = cells[mask] + 0.5;
            int matched = System.Numerics.BitOperations.PopCount((uint)mask);
            lambda += ((n - matched) % 2 == 0 ? 1 : -1) * Math.Log(cell);
            variance += 1 / cell;
        }
        return (lambda, lambda / Math.Sqrt(variance));
    }

    internal static CollocationResult Compute(TokenizedCorpus tokens, IReadOnlyList<int> sizes, int minCount, StopWords stopWords)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (sizes.Count == 0 || sizes.Any(s => s is < 2 or > 3)) throw new ArgumentOutOfRangeException(nameof(sizes), "Collocation sizes must be 2 and/or 3.");
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var stop = stopWords.Mask(tokens.Vocabulary);
        var rows = new List<CollocationRow>();
        foreach (int size in sizes.Distinct().Order()) rows.AddRange(ComputeSize(tokens, size, minCount, stop));
        var sorted = rows.OrderByDescending(r => r.Z).ThenBy(r => r.Collocation, StringComparer.Ordinal).ToArray();
        return new CollocationResult(sorted, minCount);
    }

    private static IEnumerable<CollocationRow> ComputeSize(TokenizedCorpus tokens, int n, int minCount, bool[] stop)
    {
        // Counts of positions by the words at a subset of their slots: key (mask, ids at the masked slots).
        var full = new Dictionary<TermKey, long>();
        var partial = new Dictionary<(int Mask, TermKey Key), long>();
        long positions = 0;
        foreach (var doc in tokens)
        {
            var t = doc.Tokens;
            for (int i = 0; i + n <= t.Count; i++)
            {
                bool ok = true;
                for (int j = i + 1; j < i + n && ok; j++) ok = !t[j].Has(TokenFlags.AfterPunctuation) && !t[j].Has(TokenFlags.SentenceStart);
                if (!ok) continue;
                positions++;
                var key = n == 2 ? new TermKey(t[i].Lower, t[i + 1].Lower) : new TermKey(t[i].Lower, t[i + 1].Lower, t[i + 2].Lower);
                full[key] = full.GetValueOrDefault(key) + 1;
                for (int mask = 1; mask < (1 << n) - 1; mask++)
                {
                    var sub = Project(key, mask);
                    partial[(mask, sub)] = partial.GetValueOrDefault((mask, sub)) + 1;
                }
            }
        }

        int all = (1 << n) - 1;
        var cells = new double[1 << n];
        foreach (var (key, count) in full)
        {
            if (count < minCount) continue;
            if (IsStop(key.A, stop) || IsStop(key[n - 1], stop)) continue;
            // "At least the words in mask" counts, then exact patterns by inclusion–exclusion (Möbius inversion).
            var atLeast = new long[1 << n];
            atLeast[0] = positions;
            atLeast[all] = count;
            for (int mask = 1; mask < all; mask++) atLeast[mask] = partial[(mask, Project(key, mask))];
            for (int mask = 0; mask <= all; mask++)
            {
                long exact = 0;
                for (int super = mask; super <= all; super = (super + 1) | mask)
                {
                    int extra = System.Numerics.BitOperations.PopCount((uint)(super & ~mask));
                    exact += (extra % 2 == 0 ? 1 : -1) * atLeast[super];
                    if (super == all) break;
                }
                cells[mask] = exact;
            }
            var (lambda, z) = Score(cells);
            yield return new CollocationRow(key.ToText(tokens.Vocabulary), n, count, lambda, z);
        }
    }

    private static bool IsStop(int id, bool[] stop) => id < stop.Length && stop[id];

    private static TermKey Project(TermKey key, int mask)
    {
        int a = (mask & 1) != 0 ? key.A : -2, b = (mask & 2) != 0 ? key.B : -2, c = key.Length == 3 && (mask & 4) != 0 ? key.C : -2;
        return key.Length == 2 ? new TermKey(a, b, -1) : new TermKey(a, b, c);
    }
}
