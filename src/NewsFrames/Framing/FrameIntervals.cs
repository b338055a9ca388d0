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
        while (RegularizedGammaP(a, hi) < p) hi *= 2;
        // Bisection: P is monotone in x; 200 halvings reach machine precision for any bracket used here.
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.Max(1, hi); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (RegularizedGammaP(a, mid) < p) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>P(a, x) by its series for x &lt; a + 1 and by Lentz's continued fraction otherwise (Numerical Recipes §6.2).</summary>
    internal static double RegularizedGammaP(double a, double x)
    {
        if (x <= 0) return 0;
        double logPrefix = -x + a * Math.Log(x) - LogGamma(a);
        if (x < a + 1)
        {
            double term = 1 / a, sum = term;
            for (int n = 1; n < 10_000; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-17) break;
            }
            return sum * Math.Exp(logPrefix);
        }
        const double Tiny = 1e-300;
        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (int i = 1; i < 10_000; i++)
        {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = b + an / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-17) break;
        }
        return 1 - Math.Exp(logPrefix) * h;
    }

    /// <summary>ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to about 1e-15 for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }
}
