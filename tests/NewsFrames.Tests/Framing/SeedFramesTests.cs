namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

/// <summary>
/// The default lexicon on the five seed articles. Expected hit sets were written by reading the seed texts
/// (grep for each phrase), not by running the matcher.
/// </summary>
public class SeedFramesTests
{
    private static readonly Lazy<FrameAnalysis> Seeds = new(() => Corpus.Load(SharedData.Seeds).Frames());

    private static string[] Matched(string seedPrefix, string frame) =>
        Seeds.Value.Hits.Where(h => h.Document.StartsWith(seedPrefix, StringComparison.Ordinal) && h.Frame == frame).Select(h => h.Matched).ToArray();

    [Theory]
    [InlineData("000", "counterbalance", "a counterbalance to Western influence")]
    [InlineData("002", "counterbalance", "a counterbalance to Western influence")]
    [InlineData("000", "partnership", "strategic partners")]
    [InlineData("000", "partnership", "strategic partnership")]
    [InlineData("004", "partnership", "strategic partnership")]
    [InlineData("001", "multipolarity", "Western unilateralism")]
    [InlineData("001", "multipolarity", "American unilateralism")]
    [InlineData("004", "multipolarity", "opposing US hegemony")]
    [InlineData("004", "economy", "national currencies")]
    public void Acceptance_PhraseIsAHitOfItsFrame(string seed, string frame, string phrase) =>
        Assert.Contains(phrase, Matched(seed, frame));

    [Fact]
    public void Counterbalance_HitSetsPerSeed()
    {
        Assert.Equal(["a counterbalance to Western influence", "balance of power", "new axis of influence", "counteracting the dominance"], Matched("000", "counterbalance"));
        Assert.Equal(["thwart Washington's goals"], Matched("001", "counterbalance"));
        Assert.Equal(["a counterbalance to Western influence"], Matched("002", "counterbalance"));
        Assert.Equal(["NATO penetration", "loss of influence"], Matched("003", "counterbalance"));
        Assert.Equal(["counter the US-led"], Matched("004", "counterbalance"));
    }

    [Fact]
    public void Multipolarity_HitSetsPerSeed()
    {
        // 001: "multilateral economic cooperation" is not a hit: the pattern quotes "multilateralism".
        Assert.Equal(["multilateralism", "American unilateralism", "multilateralism", "Western unilateralism", "US extravagance"], Matched("001", "multipolarity"));
        Assert.Equal(["antagonism against the US"], Matched("003", "multipolarity"));
        Assert.Equal(["opposing US hegemony", "multipolarity"], Matched("004", "multipolarity"));
        Assert.Empty(Matched("000", "multipolarity"));
        Assert.Empty(Matched("002", "multipolarity"));
    }

    [Fact]
    public void Tensions_OnlyInTheArticlesThatDiscussThem()
    {
        Assert.Empty(Matched("000", "tensions"));
        Assert.Empty(Matched("001", "tensions"));
        Assert.Empty(Matched("002", "tensions"));
        Assert.Equal(["disputes", "Ukraine", "Ukrainian"], Matched("003", "tensions"));
        Assert.Equal(["disagreements", "Ukraine", "accused of invading", "raised concerns", "reliability", "complicate Iran-Russia relations",
            "disagreements", "human rights", "face criticism", "human rights", "limit their ability", "disagreements"], Matched("004", "tensions"));
    }

    [Fact]
    public void Hits_CarryEvidence_MatchedTextIsTheDocumentTextAtTheOffsets()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        var byId = corpus.ToDictionary(d => d.Id);
        Assert.All(Seeds.Value.Hits, h =>
        {
            string text = byId[h.Document].Text;
            Assert.Equal(h.Matched, text[h.Start..h.End]);
            Assert.Equal(h.Sentence, text[h.SentenceStart..(h.SentenceStart + h.Sentence.Length)]);
            Assert.True(h.Start >= h.SentenceStart && h.End <= h.SentenceStart + h.Sentence.Length);
        });
        var hit = Seeds.Value.Hits.First(h => h.Matched == "opposing US hegemony");
        Assert.Equal("The two countries share common interests and views on many global and regional issues, such as opposing US hegemony, supporting multipolarity, and defending their national sovereignty.", hit.Sentence);
    }

    [SkippableFact]
    public void NoHit_InsideRemovedBoilerplate()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        Skip.If(corpus.All(d => d.Removals.Count == 0), "The corpus loader does not remove boilerplate yet.");
        var hits = corpus.Frames().Hits;
        // Hand-checked: seed 001's "Related News:" headline "Iran-Russia, strategic alliance" and "Raisi, Putin consult on
        // Afghanistan, JCPOA", and seed 002's "Similar Posts" (security clearances, "raising ethical concerns") are boilerplate.
        Assert.DoesNotContain(hits, h => h.Sentence.Contains("strategic alliance", StringComparison.Ordinal) && h.Document.StartsWith("001", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, h => h.Sentence.Contains("consult on Afghanistan", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, h => h.Sentence.Contains("clearance", StringComparison.OrdinalIgnoreCase));
        foreach (var doc in corpus)
            // A repeated title's first occurrence stays in the text (only the repeat is boilerplate), so it may match.
            foreach (var removal in doc.Removals.Where(r => r.Rule != "repeated-title"))
                Assert.DoesNotContain(hits, h => h.Document == doc.Id && removal.Text.Length > 40 && h.Sentence.Contains(removal.Text, StringComparison.Ordinal));
    }
}
