namespace NewsFrames.Tests.Corpus;

public class DuplicatesTests
{
    // 20 distinct words; variants change the last words. Word 5-shingles of a 20-word text: 16.
    private const string Base = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango";

    [Fact]
    public void Jaccard_HandComputed()
    {
        // Replacing the last word changes only the last shingle: 15 shared of 16 + 16 − 15 = 17 → 15/17.
        var a = Duplicates.Shingles(Duplicates.Words(Base), 5);
        var b = Duplicates.Shingles(Duplicates.Words(Base.Replace("tango", "uniform")), 5);
        Assert.Equal(16, a.Count);
        Assert.Equal(15.0 / 17.0, Duplicates.Jaccard(a, b), 12);
    }

    [Fact]
    public void Load_ExactAndNearDuplicatesMarked_FirstKept()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("1.txt", Base + ".");
        temp.Write("2.txt", Base.ToUpperInvariant() + "!");                          // exact after normalisation
        temp.Write("3.txt", Base.Replace("tango", "uniform") + ".");                  // 15/17 = 0.882 ≥ 0.8: near
        temp.Write("4.txt", Base.Replace("quebec romeo sierra tango", "w x y z") + "."); // 12 shared of 16+16−12=20 → 0.6: kept
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        Assert.Equal(new string?[] { null, "1", "1", null }, corpus.Select(d => d.DuplicateOf).ToArray());
        Assert.Equal(
        [
            new DuplicateEntry("2", "1", "exact", 1.0),
            new DuplicateEntry("3", "1", "near", 15.0 / 17.0),
        ], corpus.Report.Duplicates);
    }

    [Fact]
    public void Load_ThresholdIsAnOption()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("1.txt", Base + ".");
        temp.Write("4.txt", Base.Replace("quebec romeo sierra tango", "w x y z") + ".");
        var loose = NewsFrames.Corpus.Load(temp.Path, CorpusOptions.Default with { Duplicates = new DuplicateOptions { NearThreshold = 0.55 } });
        Assert.Equal("1", loose[1].DuplicateOf);
        Assert.Equal(0.6, loose.Report.Duplicates.Single().Similarity, 12);
        var off = NewsFrames.Corpus.Load(temp.Path, CorpusOptions.Default with { Duplicates = null });
        Assert.Empty(off.Report.Duplicates);
    }
}
