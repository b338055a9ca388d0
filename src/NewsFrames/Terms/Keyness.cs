using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The statistic keyness results are sorted by (descending) — quanteda's <c>measure</c>.</summary>
public enum KeynessMeasure
{
    /// <summary>Signed chi² (quanteda's default).</summary>
    Chi2,
    /// <summary>Signed log-likelihood G².</summary>
    G2,
    /// <summary>Pointwise mutual information.</summary>
    Pmi,
    /// <summary>Log Ratio (effect size).</summary>
    LogRatio,
}

/// <summary>One term's keyness: the counts behind it and every statistic, so anyone can recompute them.</summary>
/// <param name="Term">The term as displayed.</param>
/// <param name="TargetCount">a: occurrences in the target documents.</param>
/// <param name="ReferenceCount">b: occurrences in the reference documents.</param>
/// <param name="TargetTotal">T: counted terms in the target (after stop words).</param>
/// <param name="ReferenceTotal">R: counted terms in the reference.</param>
/// <param name="Chi2">Signed chi² (positive: key to the target).</param>
/// <param name="G2">Signed G².</param>
/// <param name="Pmi">ln(a / E); null when a = 0.</param>
/// <param name="LogRatio">log2 of the ratio of relative frequencies (zero counts as 0.5); positive: target.</param>
/// <param name="P">p-value of the sort measure's statistic (chi² unless sorted by G²), χ² with 1 degree of freedom.</param>
public sealed record KeynessRow(string Term, long TargetCount, long ReferenceCount, long TargetTotal, long ReferenceTotal,
    double Chi2, double G2, double? Pmi, double LogRatio, double P);

/// <summary>
/// Keyness of every term of a target group of documents against a reference group, as quanteda.textstats'
/// <c>textstat_keyness</c> computes it (see <see cref="KeynessStatistics"/>), sorted by the chosen measure
/// (descending, ties by term): the top rows are key to the target, the bottom rows to the reference.
/// </summary>
/// <remarks>
/// The totals T and R are the counted terms of each group (after stop-word removal), as on a quanteda dfm from
/// which stop words were removed; they are in every row, so each statistic can be recomputed from the row alone.
/// </remarks>
/// <example>
/// <code>
/// var key = Corpus.Load("news").Keyness("Sputnik");            // Sputnik against every other source
/// key.Top(20).ToDataFrame();                                    // most key to Sputnik
/// key.Bottom(20);                                               // most key to the others
/// </code>
/// </example>
public sealed class KeynessResult : ITabularResult, IReadOnlyList<KeynessRow>
{
    private readonly KeynessRow[] rows;

    internal KeynessResult(KeynessRow[] rows, string target, string reference, KeynessCorrection correction, KeynessMeasure measure, TermOptions options)
    {
        this.rows = rows;
        Target = target;
        Reference = reference;
        Correction = correction;
        Measure = measure;
        Options = options;
    }

    /// <summary>The target group's label (a source name, or a description).</summary>
    public string Target { get; }

    /// <summary>The reference group's label.</summary>
    public string Reference { get; }

    /// <summary>The correction applied to chi² and G².</summary>
    public KeynessCorrection Correction { get; }

    /// <summary>The statistic rows are sorted by and <see cref="KeynessRow.P"/> belongs to.</summary>
    public KeynessMeasure Measure { get; }

    /// <summary>The options the terms were counted with.</summary>
    public TermOptions Options { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public KeynessRow this[int index] => rows[index];

    /// <summary>The row of <paramref name="term"/>, or null.</summary>
    public KeynessRow? Find(string term) => rows.FirstOrDefault(r => r.Term == term);

    /// <summary>The <paramref name="n"/> terms most key to the target (first rows).</summary>
    public KeynessResult Top(int n) => With(rows.Take(Math.Max(n, 0)));

    /// <summary>The <paramref name="n"/> terms most key to the reference (last rows, most negative first).</summary>
    public KeynessResult Bottom(int n) => With(rows.Reverse().Take(Math.Max(n, 0)));

    /// <summary>The <paramref name="n"/> most key terms each way: top n then bottom n (most negative last), for a diverging chart.</summary>
    public KeynessResult BothEnds(int n) =>
        rows.Length <= 2 * n ? this : With(rows.Take(n).Concat(rows.Skip(rows.Length - n)));

    private KeynessResult With(IEnumerable<KeynessRow> subset) => new(subset.ToArray(), Target, Reference, Correction, Measure, Options);

    /// <summary>
    /// Columns: <c>term, target_count, reference_count, target_total, reference_total, chi2, g2, pmi, log_ratio, p</c>,
    /// then <c>correction</c> (the correction applied) — pmi is empty when the target count is 0.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var pmi = new DoubleDataFrameColumn("pmi", rows.Length);
        for (int i = 0; i < rows.Length; i++) pmi[i] = rows[i].Pmi;
        return new DataFrame(
            new StringDataFrameColumn("term", rows.Select(r => r.Term)),
            new Int64DataFrameColumn("target_count", rows.Select(r => r.TargetCount)),
            new Int64DataFrameColumn("reference_count", rows.Select(r => r.ReferenceCount)),
            new Int64DataFrameColumn("target_total", rows.Select(r => r.TargetTotal)),
            new Int64DataFrameColumn("reference_total", rows.Select(r => r.ReferenceTotal)),
            new DoubleDataFrameColumn("chi2", rows.Select(r => r.Chi2)),
            new DoubleDataFrameColumn("g2", rows.Select(r => r.G2)),
            pmi,
            new DoubleDataFrameColumn("log_ratio", rows.Select(r => r.LogRatio)),
            new DoubleDataFrameColumn("p", rows.Select(r => r.P)),
            new StringDataFrameColumn("correction", rows.Select(_ => CorrectionName(Correction))));
    }

    /// <summary>The correction's name in output: "quanteda (conditional yates)", "none", "yates", "williams".</summary>
    public static string CorrectionName(KeynessCorrection correction) => correction switch
    {
        KeynessCorrection.Quanteda => "quanteda (conditional yates)",
        _ => correction.ToString().ToLowerInvariant(),
    };

    /// <inheritdoc/>
    public IEnumerator<KeynessRow> GetEnumerator() => ((IEnumerable<KeynessRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static KeynessResult Compute(TermCounter counter, IReadOnlyList<int> target, IReadOnlyList<int> reference,
        string targetLabel, string referenceLabel, KeynessCorrection correction, KeynessMeasure measure)
    {
        if (target.Count == 0) throw new ArgumentException($"The target group \"{targetLabel}\" has no documents.");
        if (reference.Count == 0) throw new ArgumentException($"The reference group \"{referenceLabel}\" has no documents.");
        var a = Sum(counter, target);
        var b = Sum(counter, reference);
        long t = a.Values.Sum(), r = b.Values.Sum();
        var keys = a.Keys.Union(b.Keys);
        var rows = keys.Select(key =>
        {
            long ak = a.GetValueOrDefault(key), bk = b.GetValueOrDefault(key);
            var s = KeynessStatistics.Score(ak, bk, t, r, correction);
            return new KeynessRow(counter.Display(key), ak, bk, t, r, s.Chi2, s.G2, s.Pmi, s.LogRatio, measure == KeynessMeasure.G2 ? s.PG2 : s.P);
        });
        Func<KeynessRow, double> by = measure switch
        {
            KeynessMeasure.G2 => k => k.G2,
            KeynessMeasure.Pmi => k => k.Pmi ?? double.NegativeInfinity,
            KeynessMeasure.LogRatio => k => k.LogRatio,
            _ => k => k.Chi2,
        };
        var sorted = rows.OrderByDescending(by).ThenBy(k => k.Term, StringComparer.Ordinal).ToArray();
        return new KeynessResult(sorted, targetLabel, referenceLabel, correction, measure, counter.Options);
    }

    private static Dictionary<TermKey, long> Sum(TermCounter counter, IReadOnlyList<int> documents)
    {
        var sum = new Dictionary<TermKey, long>();
        foreach (int i in documents)
            foreach (var (key, n) in counter.Documents[i]) sum[key] = sum.GetValueOrDefault(key) + n;
        return sum;
    }
}
