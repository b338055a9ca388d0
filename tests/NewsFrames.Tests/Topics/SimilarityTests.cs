namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

public class SimilarityTests
{
    [Fact]
    public void Matrix_IsOrderedBySourceAndMatchesScikitLearn()
    {
        var s = TopicTestCorpora.Animals().Similarity();
        Assert.Equal([0, 2, 1, 3], s.Order); // source A (d0, d2), then B (d1, d3)
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.Equal(DocumentVectorsTests.SklearnCosine[s.Order[i], s.Order[j]], s[i, j], 6);
        var frame = s.ToDataFrame();
        Assert.Equal(12, frame.Rows.Count);
        Assert.Equal(["document_a", "source_a", "document_b", "source_b", "cosine"], frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void BySource_AveragesPairsBetweenSources()
    {
        var s = TopicTestCorpora.Animals().Similarity();
        var by = s.BySource();
        var c = DocumentVectorsTests.SklearnCosine;
        Assert.Equal("A", by.Columns["source_a"][0]);
        Assert.Equal("A", by.Columns["source_b"][0]);
        Assert.Equal(c[0, 2], (double)by.Columns["mean_cosine"][0]!, 6);
        Assert.Equal("B", by.Columns["source_b"][1]);
        Assert.Equal((c[0, 1] + c[0, 3] + c[2, 1] + c[2, 3]) / 4, (double)by.Columns["mean_cosine"][1]!, 6);
    }

    [Fact]
    public void Neighbours_AreRankedByCosineThenCorpusOrder()
    {
        var c = DocumentVectorsTests.SklearnCosine;
        var n = TopicTestCorpora.Animals().Vectors().Neighbours(2);
        foreach (var d in Enumerable.Range(0, 4))
        {
            var expected = Enumerable.Range(0, 4).Where(o => o != d && c[d, o] > 1e-9)
                .OrderByDescending(o => Math.Round(c[d, o], 9)).ThenBy(o => o).Take(2).ToArray();
            var actual = n.Rows.Where(r => r.Document == d).OrderBy(r => r.Rank).ToArray();
            Assert.Equal(expected, actual.Select(r => r.Other));
            foreach (var r in actual) Assert.Equal(c[d, r.Other], r.Cosine, 6);
        }
        Assert.Equal(["document", "file", "source", "rank", "neighbour", "neighbour_file", "neighbour_source", "cosine"],
            n.ToDataFrame().Columns.Select(col => col.Name));
    }

    [Fact]
    public void Seeds_AreRelatedButNotCopiesAndDeterministic()
    {
        var first = Corpus.Load(SharedData.Seeds).Similarity();
        var second = Corpus.Load(SharedData.Seeds).Similarity();
        Assert.Equal(5, first.Count);
        for (int i = 0; i < first.Count; i++)
            for (int j = 0; j < first.Count; j++)
            {
                Assert.Equal(first[i, j], second[i, j]);
                if (i != j) Assert.InRange(first[i, j], 0.01, 0.99); // five articles on one story: related, not copies
            }
    }
}
