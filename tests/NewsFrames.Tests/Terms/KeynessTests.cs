namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class KeynessTests
{
    // Expected values: /usr/bin/python3 with scipy 1.10.1 — chi2_contingency(correction=False) for "none",
    // chi2_contingency(correction=True) (R's chisq.test Yates) and lambda_="log-likelihood" for G²; the quanteda
    // default (conditional Yates) and Williams written out from REFERENCE.md's formulas; p = scipy.stats.chi2.sf(x, 1).
    // Row 1 is quanteda's own test case (REFERENCE.md: 2.632438, 2.702844, 4.337160, 4.534939, 4.200833, PMI 0.390539).
    [Theory]
    [InlineData(7, 2, 10, 9, 2.632438271604938, 2.7028437427387395, 4.337160493827162, 4.534939332256226, 2.632438271604939, 2.7028437427387395, 4.200833412154394, 0.39053945789148875, 1.6553518286125541, 0.10470081503964096, 0.03728906301729919)]
    [InlineData(3, 7, 10, 9, -2.632438271604938, -2.70284374273874, -4.337160493827161, -4.534939332256226, -2.632438271604939, -2.70284374273874, -4.200833412154394, -0.5621189181535413, -1.3743955147814981, 0.10470081503964096, 0.03728906301729924)]
    [InlineData(25, 10, 1000, 2000, 23.126957359672367, 21.431472742764857, 23.126957359672367, 21.431472742764857, 21.42495784148398, 19.836772358270327, 21.080089532162898, 0.7621400520468967, 2.321928094887362, 1.5164963268877907e-06, 1.5164963268877907e-06)]
    [InlineData(0, 12, 500, 800, -6.018576928053831, -8.020765137140707, -7.569875776397515, -11.721982749132918, -6.01857692805383, -8.020765137140707, -11.721982749132918, double.NaN, -3.9068905956085187, 0.014156056901430836, 0.0059351874692052525)]
    [InlineData(3, 1, 20, 30, 0.9171195652173914, 0.8952161258489162, 2.219202898550724, 2.199888904105281, 0.9171195652173908, 0.8952161258489162, 1.9418854943968322, 0.6286086594223741, 2.169925001442312, 0.33823241870725324, 0.13630341639952434)]
    [InlineData(150, 40, 5000, 4000, 43.01332218173128, 46.549602122417504, 43.01332218173128, 46.549602122417504, 42.05096630623095, 45.43858828220218, 46.42533743198538, 0.3513978868378886, 1.584962500721156, 5.436838036422112e-11, 5.436838036422112e-11)]
    public void Score_MatchesIndependentValues(long a, long b, long t, long r,
        double chi2Quanteda, double g2Quanteda, double chi2None, double g2None, double chi2Yates, double g2Yates, double g2Williams,
        double pmi, double logRatio, double pQuanteda, double pNone)
    {
        var q = KeynessStatistics.Score(a, b, t, r);
        AssertRelative(chi2Quanteda, q.Chi2);
        AssertRelative(g2Quanteda, q.G2);
        AssertRelative(pQuanteda, q.P);
        AssertRelative(logRatio, q.LogRatio);
        if (double.IsNaN(pmi)) Assert.Null(q.Pmi); else AssertRelative(pmi, q.Pmi!.Value);

        var none = KeynessStatistics.Score(a, b, t, r, KeynessCorrection.None);
        AssertRelative(chi2None, none.Chi2);
        AssertRelative(g2None, none.G2);
        AssertRelative(pNone, none.P);

        var yates = KeynessStatistics.Score(a, b, t, r, KeynessCorrection.Yates);
        AssertRelative(chi2Yates, yates.Chi2);
        AssertRelative(g2Yates, yates.G2);

        var williams = KeynessStatistics.Score(a, b, t, r, KeynessCorrection.Williams);
        AssertRelative(g2Williams, williams.G2);
        AssertRelative(chi2None, williams.Chi2);
    }

    private static void AssertRelative(double expected, double actual)
    {
        double tolerance = 1e-9 * Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void Keyness_QuantedaTestCorpus_EndToEnd()
    {
        // quanteda's test: target "b b b b b b b a a a", reference "a a a a a a a b b" ("a" is a stop word: keep all).
        var corpus = new Corpus([
            TermTestCorpus.Doc("t", "Target", "b b b b b b b a a a"),
            TermTestCorpus.Doc("r", "Reference", "a a a a a a a b b"),
        ]);
        var key = corpus.Keyness("Target", TermOptions.Default with { StopWords = StopWords.Empty });
        Assert.Equal(["b", "a"], key.Select(k => k.Term).ToArray());
        var b = key[0];
        Assert.Equal((7L, 2L, 10L, 9L), (b.TargetCount, b.ReferenceCount, b.TargetTotal, b.ReferenceTotal));
        AssertRelative(2.632438271604938, b.Chi2);
        AssertRelative(-2.632438271604938, key[1].Chi2);
        AssertRelative(-0.5621189181535413, key[1].Pmi!.Value);
        Assert.Equal("quanteda (conditional yates)", key.ToDataFrame()["correction"][0]);
        Assert.Equal(["term", "target_count", "reference_count", "target_total", "reference_total", "chi2", "g2", "pmi", "log_ratio", "p", "correction"],
            key.ToDataFrame().Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void Keyness_UnknownSource_MessageListsSources()
    {
        var ex = Assert.Throws<ArgumentException>(() => TermTestCorpus.Small().Keyness("Sputnik"));
        Assert.Contains("\"A\", \"B\"", ex.Message);
        var near = Assert.Throws<ArgumentException>(() => TermTestCorpus.Small().Keyness("a"));
        Assert.Contains("did you mean \"A\"", near.Message);
    }

    [Fact]
    public void Keyness_AllDocumentsInTarget_Throws() =>
        Assert.Throws<ArgumentException>(() => TermTestCorpus.Small().Tokenize().Keyness(_ => true));

    [Fact]
    public void Keyness_BothEnds_TopPositiveBottomNegative()
    {
        var key = TermTestCorpus.Small().Keyness("B");
        var chi2 = key.Select(k => k.Chi2).ToArray();
        Assert.Equal(chi2.OrderByDescending(x => x).ToArray(), chi2);
        Assert.Equal(key[^1], key.Bottom(1)[0]);
        Assert.Equal(key[0], key.Top(1)[0]);
        Assert.True(key[0].TargetCount > 0);
        Assert.Equal(0, key[^1].TargetCount);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(3.841458820694124, 0.04999999999999989)]   // scipy.stats.chi2.sf(x, 1); x is the 95% point
    [InlineData(10.827566170662733, 0.0010000000000000007)]
    [InlineData(100.0, 1.5239706048320995e-23)]
    public void ChiSquareUpperTail_MatchesScipy(double x, double p) =>
        Assert.True(Math.Abs(ChiSquare.UpperTail1(x) - p) <= 1e-9 * p, $"{ChiSquare.UpperTail1(x):R}");

    [Fact]
    public void KeynessBySource_EqualsOneSourceAtATime()
    {
        var tokens = TermTestCorpus.Small().Tokenize();
        var all = tokens.KeynessBySource();
        Assert.Equal(["A", "B"], all.Keys.ToArray());
        foreach (var (source, result) in all)
            Assert.Equal(tokens.Keyness(source).ToArray(), result.ToArray());
        var single = new Corpus([TermTestCorpus.Doc("x", "A", "one source only")]).Tokenize();
        Assert.Contains("at least two sources", Assert.Throws<ArgumentException>(() => single.KeynessBySource()).Message);
    }
}
