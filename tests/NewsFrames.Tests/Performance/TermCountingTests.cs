namespace NewsFrames.Tests.Performance;

using Corpus = NewsFrames.Corpus;

/// <summary>Counting terms straight from the text must give what tokenizing and counting gives, term for term.</summary>
public class TermCountingTests
{
    private static List<(string Term, long Count, int Documents)> TokenizedCounts(IEnumerable<Document> documents, TallyUnit unit)
    {
        var vocabulary = new Vocabulary();
        var tally = new TermTally(vocabulary, unit);
        foreach (var doc in documents) tally.Add(Tokenizer.Tokenize(doc, vocabulary));
        return tally.Terms().ToList();
    }

    [Theory]
    [InlineData(TallyUnit.Lower, 1)]
    [InlineData(TallyUnit.Stem, 1)]
    [InlineData(TallyUnit.Form, 1)]
    [InlineData(TallyUnit.Lower, 2)]
    [InlineData(TallyUnit.Stem, 2)]
    public void Seeds_CountTerms_EqualsTokenizeThenCount(TallyUnit unit, int threads)
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        var counted = corpus.CountTerms(unit, threads);
        Assert.Equal(TokenizedCounts(corpus, unit), counted.Terms());
        Assert.Equal(5, counted.DocumentCount);
        Assert.Equal(corpus.Tokenize().Sum(d => (long)d.Tokens.Count), counted.TokenCount);
    }

    [Fact]
    public void Seeds_CountTerms_HandChecked()
    {
        // Possessives count as their word ("Iran’s" is "iran"), hyphenated compounds as the whole compound.
        var counted = CorpusStream.Read(SharedData.Seeds).CountTerms(TallyUnit.Lower);
        Assert.Equal(0, counted.Count("iran’s"));
        Assert.True(counted.Count("iran") > counted.Count("russia") / 2);
        var doc = new Document { Id = "x", File = "x.txt", Text = "Iran’s and Iran's ties: Iran-Russia trade, the U.S. and the US." };
        var tally = new TermTally(new Vocabulary());
        tally.Add(doc);
        Assert.Equal(2, tally.Count("iran"));
        Assert.Equal(1, tally.Count("iran-russia"));
        Assert.Equal(1, tally.Count("u.s."));
        Assert.Equal(1, tally.Count("us"));
        Assert.Equal(2, tally.Count("the"));
        Assert.Equal(2, tally.Count("and"));
        Assert.Equal(11, tally.TokenCount); // Iran’s and Iran's ties Iran-Russia trade the U.S. and the US
    }

    [SkippableTheory]
    [InlineData(TallyUnit.Lower)]
    [InlineData(TallyUnit.Stem)]
    public void Bbc_CountTermsOnTwoThreads_EqualsTokenizeThenCount(TallyUnit unit)
    {
        // 2,225 real articles: every term's count and document frequency, not a sample.
        var corpus = Corpus.Load(SharedData.Data("bbc"));
        var counted = corpus.CountTerms(unit, maxDegreeOfParallelism: 2);
        Assert.Equal(TokenizedCounts(corpus, unit), counted.Terms());
        Assert.Equal(corpus.Count, counted.DocumentCount);
    }

    [Fact]
    public void CountTerms_SourceFails_TheSourcesOwnErrorSurfaces()
    {
        static IEnumerable<Document> Failing()
        {
            for (int i = 0; i < 100; i++) yield return new Document { Id = "d" + i, File = "d.txt", Text = "Iran and Russia" };
            throw new CorpusLoadException("bad.json", 3, "unexpected end of input");
        }
        var error = Assert.Throws<CorpusLoadException>(() => Failing().CountTerms(TallyUnit.Lower, 2));
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }
}
