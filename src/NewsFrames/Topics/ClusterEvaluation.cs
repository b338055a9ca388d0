using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// How well clusters recover known classes (e.g. the topic folders of the BBC corpus): normalised mutual
/// information and purity, with the contingency table behind them.
/// </summary>
/// <remarks>
/// NMI = I(C; L) / ((H(C) + H(L)) / 2), natural logs — the arithmetic normalisation that scikit-learn's
/// <c>normalized_mutual_info_score</c> uses by default (Strehl &amp; Ghosh 2002; Vinh, Epps &amp; Bailey 2010).
/// Purity = (1/N) Σ_k max_j |cluster_k ∩ class_j| (Manning, Raghavan &amp; Schütze 2008, §16.3).
/// Both are 1 for a perfect match; NMI is 0 for independent labelings.
/// </remarks>
/// <example>
/// <code>
/// var eval = ClusterEvaluation.Compute(clusters.Assignments, folders);
/// Console.WriteLine($"NMI {eval.Nmi:F4}, purity {eval.Purity:F4}");
/// </code>
/// </example>
public sealed class ClusterEvaluation : ITabularResult
{
    private ClusterEvaluation(double nmi, double purity, SortedDictionary<(int, string), int> table)
    {
        Nmi = nmi;
        Purity = purity;
        Table = table;
    }

    /// <summary>Normalised mutual information (arithmetic mean normalisation).</summary>
    public double Nmi { get; }

    /// <summary>Purity: the share of documents in their cluster's majority class.</summary>
    public double Purity { get; }

    private SortedDictionary<(int, string), int> Table { get; }

    /// <summary>Compares cluster numbers with class labels, document by document.</summary>
    public static ClusterEvaluation Compute(IReadOnlyList<int> clusters, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(classes);
        if (clusters.Count != classes.Count)
            throw new ArgumentException($"{clusters.Count} cluster assignments but {classes.Count} class labels.", nameof(classes));
        var table = new SortedDictionary<(int, string), int>(Comparer<(int, string)>.Create((x, y) =>
            x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2)));
        for (int i = 0; i < clusters.Count; i++) table[(clusters[i], classes[i])] = table.GetValueOrDefault((clusters[i], classes[i])) + 1;
        int n = clusters.Count;
        if (n == 0) return new ClusterEvaluation(double.NaN, double.NaN, table);
        var byCluster = clusters.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var byClass = classes.GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double mi = 0;
        foreach (var ((cluster, label), count) in table)
            mi += (double)count / n * Math.Log((double)n * count / ((double)byCluster[cluster] * byClass[label]));
        double hc = Entropy(byCluster.Values, n), hl = Entropy(byClass.Values, n);
        // Both labelings constant: scikit-learn defines NMI as 1 there.
        double nmi = hc == 0 && hl == 0 ? 1 : Math.Max(mi, 0) / ((hc + hl) / 2);
        double purity = (double)table.GroupBy(p => p.Key.Item1).Sum(g => g.Max(p => p.Value)) / n;
        return new ClusterEvaluation(nmi, purity, table);
    }

    private static double Entropy(IEnumerable<int> counts, int n) => -counts.Sum(c => (double)c / n * Math.Log((double)c / n));

    /// <summary>The contingency table: cluster, class, documents.</summary>
    public DataFrame ToDataFrame()
    {
        var cluster = new Int32DataFrameColumn("cluster");
        var label = new StringDataFrameColumn("class");
        var documents = new Int32DataFrameColumn("documents");
        foreach (var ((c, l), count) in Table)
        {
            cluster.Append(c);
            label.Append(l);
            documents.Append(count);
        }
        return new DataFrame(cluster, label, documents);
    }
}
