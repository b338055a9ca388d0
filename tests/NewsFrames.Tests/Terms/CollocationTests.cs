namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class CollocationTests
{
    [Fact]
    public void Score_ReferenceVector()
    {
        // REFERENCE.md: n11 = 10, n10 = 5, n01 = 3, n00 = 982 → λ = 6.283965, z = 8.369040
        // (python: ln 10.5 − ln 5.5 − ln 3.5 + ln 982.5 = 6.2839645401731, z = 8.369040461544504).
        var (lambda, z) = CollocationResult.Score([982, 5, 3, 10]);
        Assert.Equal(6.2839645401731, lambda, 12);
        Assert.Equal(8.369040461544504, z, 12);
    }

    private const string Text = "Iran and Russia signed a trade deal. Iran and Russia agreed, trade deal talks went on. The trade deal helps Iran and Russia. Russia and Iran trade oil. A trade deal is a trade deal.";

    // Expected: /usr/bin/python3 brute force (count the match pattern of the candidate at every position between
    // punctuation, + 0.5 per cell): "trade deal" 5 of 29 bigram positions; "iran and russia" 3 of 23 trigram positions.
    [Theory]
    [InlineData("trade deal", 5, 5.14943058584032, 3.028532964674826)]
    [InlineData("iran and russia", 3, 0.5322168137473086, 0.17112194754468843)]
    public void Collocations_MatchBruteForce(string collocation, long count, double lambda, double z)
    {
        var colls = new Corpus([TermTestCorpus.Doc("x", "A", Text)]).Collocations(size: 0, minCount: 2);
        var row = colls.Find(collocation)!;
        Assert.Equal(count, row.Count);
        Assert.Equal(lambda, row.Lambda, 12);
        Assert.Equal(z, row.Z, 12);
    }

    [Fact]
    public void Collocations_StopWordEdgesAndMinCount()
    {
        var colls = new Corpus([TermTestCorpus.Doc("x", "A", Text)]).Collocations(size: 0, minCount: 2);
        // "iran and" ends and "and russia" starts with a stop word; everything else is seen once.
        Assert.Equal(["trade deal", "iran and russia"], colls.Select(c => c.Collocation).ToArray());
        var all = new Corpus([TermTestCorpus.Doc("x", "A", Text)]).Collocations(size: 2, minCount: 2, stopWords: StopWords.Empty);
        Assert.NotNull(all.Find("iran and"));
        Assert.Equal(["collocation", "length", "count", "lambda", "z"], colls.ToDataFrame().Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void Collocations_BadArguments_Throw()
    {
        var corpus = new Corpus([TermTestCorpus.Doc("x", "A", Text)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Collocations(size: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Collocations(minCount: 0));
    }
}
