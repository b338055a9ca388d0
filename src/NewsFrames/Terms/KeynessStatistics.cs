namespace NewsFrames;

/// <summary>Which continuity correction a keyness statistic uses.</summary>
public enum KeynessCorrection
{
    /// <summary>
    /// quanteda.textstats' behaviour (its code, commit 9fc2708, <c>src/keyness.cpp</c>): Yates' δ = 0.5 on both chi²
    /// and G², applied only when |ad − bc| ≥ N/2 and an expected cell is below 5. The default, so results compare with quanteda.
    /// </summary>
    Quanteda,
    /// <summary>No correction: chi² equals R's <c>chisq.test(correct = FALSE)</c>; G² is the plain log-likelihood ratio.</summary>
    None,
    /// <summary>Yates always, as R's <c>chisq.test(correct = TRUE)</c>: δ = min(0.5, |ad − bc| / N), on chi² and G².</summary>
    Yates,
    /// <summary>Williams' correction on G² (divide by q); chi² is left uncorrected.</summary>
    Williams,
}

/// <summary>The keyness statistics of one 2 × 2 table.</summary>
/// <param name="Chi2">Signed Pearson chi² (positive: more frequent in the target than expected).</param>
/// <param name="G2">Signed log-likelihood G².</param>
/// <param name="Pmi">ln(a / E), or null when a = 0 (the log of zero; quanteda reports ≈ −20.72 there by adding 1e-9).</param>
/// <param name="LogRatio">Hardie's Log Ratio, log2((a / T) / (b / R)), a zero count replaced by 0.5.</param>
/// <param name="P">Upper tail of χ² with 1 degree of freedom at |chi²|.</param>
/// <param name="PG2">Upper tail of χ² with 1 degree of freedom at |G²|.</param>
public readonly record struct KeynessScore(double Chi2, double G2, double? Pmi, double LogRatio, double P, double PG2);

/// <summary>
/// The statistics of quanteda.textstats' <c>textstat_keyness</c> for one feature, from its 2 × 2 table:
/// a = target count, b = reference count, c = T − a, d = R − b.
/// </summary>
/// <remarks>
/// N = a + b + c + d, E = (a + b)(a + c) / N, sign = +1 when a &gt; E, else −1.
/// chi² = sign · N (|ad − bc| − N δ)² / ((a+b)(c+d)(a+c)(b+d)).
/// G² = sign · 2 Σ O ln(O / E) over the four cells, after moving a and d by ∓δ and b and c by ±δ (following the
/// sign of ad − bc); Williams divides by q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1) / (6N) (q = 1 when abcd = 0).
/// PMI = ln(a / E). Log Ratio: Hardie (2014), "Log Ratio – an informal introduction", CASS.
/// </remarks>
/// <example>
/// <code>
/// // quanteda's own test case: feature "b", 7 of 10 target tokens, 2 of 9 reference tokens
/// var s = KeynessStatistics.Score(7, 2, 10, 9);   // s.Chi2 = 2.632438 (quanteda default), s.G2 = 2.702844
/// </code>
/// </example>
public static class KeynessStatistics
{
    /// <summary>The statistics for target count <paramref name="a"/> of <paramref name="targetTotal"/> tokens and reference count <paramref name="b"/> of <paramref name="referenceTotal"/>.</summary>
    public static KeynessScore Score(long a, long b, long targetTotal, long referenceTotal, KeynessCorrection correction = KeynessCorrection.Quanteda)
    {
        if (a < 0 || b < 0 || a > targetTotal || b > referenceTotal)
            throw new ArgumentOutOfRangeException(nameof(a), $"Counts must satisfy 0 ≤ a ≤ T and 0 ≤ b ≤ R (a={a}, b={b}, T={targetTotal}, R={referenceTotal}).");
        double A = a, B = b, C = targetTotal - a, D = referenceTotal - b;
        double n = A + B + C + D;
        if (n == 0) return new KeynessScore(0, 0, null, 0, 1, 1);
        double r1 = A + B, r2 = C + D, c1 = A + C, c2 = B + D;
        double e11 = r1 * c1 / n, e12 = r1 * c2 / n, e21 = r2 * c1 / n, e22 = r2 * c2 / n;
        double sign = A > e11 ? 1 : -1;
        double diff = A * D - B * C;

        double delta = correction switch
        {
            KeynessCorrection.Quanteda => Math.Abs(diff) >= n / 2 && Math.Min(Math.Min(e11, e12), Math.Min(e21, e22)) < 5 ? 0.5 : 0,
            KeynessCorrection.Yates => Math.Min(0.5, Math.Abs(diff) / n),
            _ => 0,
        };

        double denominator = r1 * r2 * c1 * c2;
        double chi2 = denominator == 0 ? 0 : sign * n * Square(Math.Abs(diff) - n * delta) / denominator;

        // Yates on G²: shrink the table towards independence by δ in every cell.
        double move = diff > 0 ? delta : -delta;
        double g2 = 2 * (Term(A - move, e11) + Term(B + move, e12) + Term(C + move, e21) + Term(D - move, e22));
        if (correction == KeynessCorrection.Williams && A * B * C * D != 0)
        {
            double q = 1 + (n / r1 + n / r2 - 1) * (n / c1 + n / c2 - 1) / (6 * n);
            g2 /= q;
        }
        g2 = sign * Math.Max(g2, 0);

        double? pmi = a == 0 ? null : Math.Log(A / e11);
        double logRatio = targetTotal == 0 || referenceTotal == 0
            ? double.NaN
            : Math.Log2((Math.Max(A, 0.5) / targetTotal) / (Math.Max(B, 0.5) / referenceTotal));
        return new KeynessScore(chi2, g2, pmi, logRatio, ChiSquare.UpperTail1(Math.Abs(chi2)), ChiSquare.UpperTail1(Math.Abs(g2)));
    }

    private static double Square(double x) => x * x;

    private static double Term(double observed, double expected) =>
        observed <= 0 || expected <= 0 ? 0 : observed * Math.Log(observed / expected);
}

/// <summary>The chi-square distribution with one degree of freedom.</summary>
internal static class ChiSquare
{
    /// <summary>P(X ≥ x) for X ~ χ²(1) = erfc(√(x/2)).</summary>
    public static double UpperTail1(double x) => x <= 0 ? 1 : Erfc(Math.Sqrt(x / 2));

    /// <summary>The complementary error function: erfc(z) = Q(1/2, z²), the regularized upper incomplete gamma function.</summary>
    public static double Erfc(double z) => z < 0 ? 2 - Erfc(-z) : IncompleteGamma.Q(0.5, z * z);
}
