namespace NewsFrames;

/// <summary>
/// Association measures of two entities over a set of contexts (sentences, paragraphs, documents or windows), from
/// the 2×2 table: a = contexts with both, b = with the first only, c = with the second only, d = with neither.
/// </summary>
/// <remarks>
/// Definitions (natural logarithms throughout):
/// <list type="bullet">
/// <item>Jaccard = a / (a + b + c) (Jaccard 1912).</item>
/// <item>PMI = ln(a·N / ((a+b)(a+c))) = ln(a / E), E = (a+b)(a+c)/N (Church &amp; Hanks 1990; the same ln(a/E) as
/// quanteda's keyness PMI, REFERENCE.md).</item>
/// <item>NPMI = PMI / −ln(a/N), in [−1, 1]; 1 when the two always occur together (Bouma 2009). Defined as 1 when a = N.</item>
/// <item>G² = sign · 2 Σ O ln(O/E) over the four cells, 0·ln 0 = 0, no continuity correction (Dunning 1993);
/// sign = +1 when a > E (attraction), −1 otherwise, as in quanteda's signed keyness G².</item>
/// </list>
/// Only pairs seen together (a ≥ 1) are reported, so PMI is always finite.
/// </remarks>
/// <example><code>var (jaccard, pmi, npmi, g2) = Association.Measures(7, 2, 3, 7);   // g2 = 4.534939</code></example>
public static class Association
{
    /// <summary>The four measures for the table (a, b, c, d).</summary>
    public static (double Jaccard, double Pmi, double Npmi, double G2) Measures(long a, long b, long c, long d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0) throw new ArgumentOutOfRangeException(nameof(a), "cell counts must be non-negative");
        double n = a + b + c + d;
        double jaccard = a + b + c == 0 ? double.NaN : (double)a / (a + b + c);
        double expected = (double)(a + b) * (a + c) / n;
        double pmi = a == 0 ? double.NegativeInfinity : Math.Log(a / expected);
        double npmi = a == 0 ? -1 : a == n ? 1 : pmi / -Math.Log(a / n);
        double g2 = 2 * (Term(a, a + b, a + c, n) + Term(b, a + b, b + d, n) + Term(c, c + d, a + c, n) + Term(d, c + d, b + d, n));
        if (a < expected) g2 = -g2;
        return (jaccard, pmi, npmi, g2);
    }

    private static double Term(long observed, long row, long column, double n) =>
        observed == 0 ? 0 : observed * Math.Log(observed / (row * (double)column / n));
}
