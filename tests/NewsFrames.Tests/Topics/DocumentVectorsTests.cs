namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

public class DocumentVectorsTests
{
    private static double Weight(DocumentVectors v, int doc, string term) =>
        v.Entries(doc).Where(e => v.Terms[e.Term] == term).Select(e => e.TfIdf).DefaultIfEmpty(0).Single();

    [Fact]
    public void TfIdf_IsCountTimesNaturalLogOfNOverDf()
    {
        var v = TopicTestCorpora.Animals().Vectors();
        Assert.Equal(["bird", "cat", "cow", "dog", "fish"], v.Terms);
        // Hand computation, N = 4: cat df 2, dog df 2, bird df 3.
        Assert.Equal(1 * Math.Log(4.0 / 2), Weight(v, 0, "cat"), 6);
        Assert.Equal(2 * Math.Log(4.0 / 2), Weight(v, 0, "dog"), 6);
        Assert.Equal(1 * Math.Log(4.0 / 3), Weight(v, 0, "bird"), 6);
        Assert.Equal(3 * Math.Log(4.0 / 3), Weight(v, 3, "bird"), 6);
        Assert.Equal(1 * Math.Log(4.0 / 1), Weight(v, 3, "cow"), 6);
        Assert.Equal(3, v.DocumentFrequency(0));
    }

    [Fact]
    public void Cosine_MatchesScikitLearn()
    {
        double[,] expected = SklearnCosine;
        var v = TopicTestCorpora.Animals().Vectors();
        for (int a = 0; a < 4; a++)
            for (int b = 0; b < 4; b++)
                Assert.Equal(expected[a, b], v.Cosine(a, b), 6);
    }

    // /usr/bin/python3 with scikit-learn: CountVectorizer(token_pattern=r"(?u)\b\w\w+\b") counts of the four
    // animal documents, W = X * np.log(N / df), then sklearn.metrics.pairwise.cosine_similarity(W)
    // (scikit-learn 1.2.1, Debian; printed to 12 decimals).
    internal static readonly double[,] SklearnCosine =
    {
        { 1, 0.393282826237, 0.419982319702, 0.096448946664 },
        { 0.393282826237, 1, 0.393282826237, 0 },
        { 0.419982319702, 0.393282826237, 1, 0.096448946664 },
        { 0.096448946664, 0, 0.096448946664, 1 },
    };

    [Fact]
    public void StopWordsAndNumbers_AreLeftOutByDefault()
    {
        var v = TopicTestCorpora.Of(("a", null, "The cats and the dogs in 2026."), ("b", null, "Dogs.")).Vectors();
        Assert.Equal(["cats", "dogs"], v.Terms);
        var kept = TopicTestCorpora.Of(("a", null, "The cats and the dogs in 2026.")).Vectors(new VectorOptions { StopWords = StopWords.Empty, IncludeNumbers = true });
        Assert.Contains("the", kept.Terms);
        Assert.Contains("2026", kept.Terms);
    }

    [Fact]
    public void Stem_IsShownByItsMostFrequentWord()
    {
        var v = TopicTestCorpora.Of(("a", null, "partners partner partnering partners")).Vectors();
        // All three stem to "partner" (Porter2 keeps "partnership" whole); "partners" is the most frequent form.
        Assert.Equal(["partners"], v.Terms);
        Assert.Equal(4, v.Entries(0).Single().Count);
    }

    [Fact]
    public void DocumentFrequencyFilters_DropRareAndCommonTerms()
    {
        var v = TopicTestCorpora.Animals().Vectors(new VectorOptions { MinDocumentFrequency = 2, MaxDocumentShare = 0.6 });
        Assert.Equal(["cat", "dog", "fish"], v.Terms); // cow df 1 < 2; bird df 3 > 0.6 × 4
    }

    [Fact]
    public void EmptyDocument_HasAnEmptyVectorAndZeroSimilarity()
    {
        var v = TopicTestCorpora.Of(("a", null, "cat dog"), ("b", null, ""), ("c", null, "the of and")).Vectors();
        Assert.Empty(v.Entries(1));
        Assert.Empty(v.Entries(2));
        Assert.Equal(0, v.Cosine(0, 1));
        Assert.Equal(0, v.Cosine(1, 1));
    }

    [Fact]
    public void EmptyCorpus_GivesNoVectors()
    {
        var v = new Corpus([]).Vectors();
        Assert.Equal(0, v.Count);
        Assert.Empty(v.Terms);
        Assert.Equal(0, v.Similarity().Count);
    }

    [Fact]
    public void BadOptions_AreRejectedWithTheOptionName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TopicTestCorpora.Animals().Vectors(new VectorOptions { MaxDocumentShare = 0 }));
        Assert.Equal("MaxDocumentShare", ex.ParamName);
    }

    [Fact]
    public void ToDataFrame_HasOneRowPerNonZeroEntry()
    {
        var frame = TopicTestCorpora.Animals().Vectors().ToDataFrame();
        Assert.Equal(["document", "source", "term", "count", "document_frequency", "tfidf", "weight"], frame.Columns.Select(c => c.Name));
        Assert.Equal(3 + 2 + 3 + 2, frame.Rows.Count);
    }
}
