namespace NewsFrames;

/// <summary>
/// Confidence intervals for shares and rates: the Wilson score interval for a proportion (Wilson 1927,
/// "Probable inference, the law of succession, and statistical inference", JASA 22:209–212) and the exact
/// Poisson interval for a count (Garwood 1936, Biometrika 28:437–442): lower = Γ⁻¹(α/2; k, 1),
/// upper = Γ⁻¹(1 − α/2; k + 1, 1), i.e. half the χ² quantiles with 2k and 2k + 2 degrees of freedom.
/// </summary>
/// <example>
/// <code>
/// var (low, high) = FrameIntervals.Wilson(3, 5);          // 0.2307…, 0.8824…
/// var (cLow, cHigh) = FrameIntervals.PoissonExact(1);     // 0.02532…, 5.5716…
/// </code>
/// </example>
internal static class FrameIntervals
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The 95% Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>; (NaN, NaN) when trials is 0.</summary>
    public static (double Low, double High) Wilson(int successes, int trials, double z = Z95)
    {
        if (trials <= 0) return (double.NaN, double.NaN);
        double n = trials, p = successes / n, z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return (Math.Max(0, center - half), Math.Min(1, center + half));
    }

    /// <summary>The exact (Garwood) 95% interval for the mean of a Poisson count <paramref name="count"/>.</summary>
    public static (double Low, double High) PoissonExact(int count, double alpha = 0.05)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        double low = count == 0 ? 0 : GammaQuantile(count, alpha / 2);
        double high = GammaQuantile(count + 1, 1 - alpha / 2);
        return (low, high);
    }

    /// <summary>x such that P(a, x) = p, where P is the regularized lower incomplete gamma function (scale 1).</summary>
    internal static double GammaQuantile(double a, double p)
    {
        double lo = 0, hi = Math.Max(1, a);
        while (IncompleteGamma.P(a, hi) < p) hi *= 2;
        // Bisection: P is monotone in x; 200 halvings reach machine precision for any bracket used here.
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.Max(1, hi); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (IncompleteGamma.P(a, mid) < p) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
