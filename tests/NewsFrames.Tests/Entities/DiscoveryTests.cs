namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

public class DiscoveryTests
{
    private static EntityCandidates Discover(params string[] texts) =>
        new Corpus(texts.Select((t, i) => new Document { Id = "d" + i, File = $"d{i}.txt", Text = t })).DiscoverEntities(options: new DiscoveryOptions { MinCount = 1 });

    [Fact]
    public void FindsUncoveredNames_WithCountsAndExample()
    {
        var c = Discover(
            "Iran met Youssef Joe Rajji in Beirut. Officials said Rajji was pleased.",
            "Later, Rajji left for talks with the Red Crescent Society.");
        var rajji = c.Single(x => x.Candidate == "Rajji");
        Assert.Equal((2, 2), (rajji.Count, rajji.Documents));
        Assert.Equal("Officials said Rajji was pleased.", rajji.Example);
        Assert.Contains(c, x => x.Candidate == "Youssef Joe Rajji" && x.Count == 1);
        Assert.Contains(c, x => x.Candidate == "Red Crescent Society");
        Assert.DoesNotContain(c, x => x.Candidate.Contains("Iran", StringComparison.Ordinal) || x.Candidate.Contains("Beirut", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceInitialCapitals_AreNotCandidates()
    {
        var c = Discover("Officials met. Talks went well. Later, talks with officials went on.");
        Assert.Empty(c);
    }

    [Fact]
    public void HeadingsAndTables_AreNotEvidence()
    {
        var c = Discover("Historic Milestone in Bilateral Ties\n\nThe ties grew. Nothing was historic.\n\nShr 1.20 dlrs vs 1.05 dlrs\nNet 5.0 mln vs 4.1 mln\n\nShr rose.");
        Assert.Empty(c);
    }

    [Fact]
    public void ConnectorsInside_NotAtEdges_AndTitlesDropped()
    {
        var c = Discover("He said the Ministry of Economic Affairs of Oman agreed. President Biden and the Ministry of Economic Affairs spoke.");
        Assert.Contains(c, x => x.Candidate == "Ministry of Economic Affairs" && x.Count == 2);
        Assert.Contains(c, x => x.Candidate == "Biden");
        Assert.DoesNotContain(c, x => x.Candidate.StartsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteGazetteer_ThenMatch_FindsTheChosenNames()
    {
        using var temp = SharedData.TempFolder();
        string path = Path.Combine(temp.Path, "mine.yaml");
        var corpus = new Corpus([new Document { Id = "a", File = "a", Text = "Araghchi spoke with Youssef Rajji about Lebanon. Rajji agreed." }]);
        var candidates = corpus.DiscoverEntities(options: new DiscoveryOptions { MinCount = 1 });
        candidates.WriteGazetteer(path, EntityType.Person, "Rajji");
        var mentions = corpus.Entities(Gazetteer.Load(path));
        Assert.Equal(2, mentions.Count(m => m.Entity == "Rajji" && m.Type == EntityType.Person));
        Assert.Contains(mentions, m => m.Entity == "Lebanon");
    }

    [Fact]
    public void Seeds_ProposeMissingPeople()
    {
        // Rajji and Nujoma occur only in seed 002's "Similar Posts" block, which boilerplate removal drops: read the raw text.
        var c = Corpus.Load(SharedData.Seeds, CorpusOptions.Default with { Boilerplate = BoilerplateOptions.None }).DiscoverEntities();
        Assert.Contains(c, x => x.Candidate == "Rajji");
        Assert.Contains(c, x => x.Candidate == "Nujoma");
        Assert.DoesNotContain(c, x => x.Candidate is "Historic" or "Milestone" or "Strategic Partnership" or "Looking" or "Foreign Minister");
    }

    [Fact]
    public void CapitalisedWordBeforeAName_JoinsIt_LegalFormsAndCodesAlone_DoNot()
    {
        // "New" and "Oil" are mostly lower case elsewhere, but here they are inside names.
        var c = Discover(
            "Standard Oil Co said it would sell. The new plan is in New York. Shares of Standard Oil Co rose. The oil was new.",
            "Officials in New York said the Standard Oil Co deal was off. BP North America Inc said so. The M-1 rose. Its code was L.");
        Assert.Contains(c, x => x.Candidate == "New York" && x.Count == 2);
        Assert.Contains(c, x => x.Candidate == "Standard Oil Co" && x.Count == 3);
        Assert.DoesNotContain(c, x => x.Candidate is "Inc" or "M-1" or "L" or "York" or "Co");
    }
}
