namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

public class TopicModelTests
{
    private static Corpus TwoStories() => TopicTestCorpora.Of(
        ("f1", "A", "The striker scored twice as the football club won the league match. Football fans cheered the striker."),
        ("f2", "B", "A late goal from the striker won the football match for the club. The league leaders lost."),
        ("f3", "C", "The club's goalkeeper saved a penalty in the football league match."),
        ("m1", "A", "Shares fell as the central bank raised interest rates again. Bank shares led the fall."),
        ("m2", "B", "The bank said interest rates and inflation would stay high; shares fell."),
        ("m3", "C", "Investors sold shares after the central bank statement on inflation and interest rates."));

    [Fact]
    public void Topics_HaveTopTermsAndMixturesThatSumToOne()
    {
        var topics = TwoStories().Topics(2);
        Assert.Equal(2, topics.TopTerms.Count);
        Assert.All(topics.TopTerms, t => Assert.NotEmpty(t));
        for (int d = 0; d < 6; d++) Assert.Equal(1.0, topics.Mixture(d).Sum(), 6);
        var bySource = topics.BySource();
        Assert.Equal(["source", "topic", "label", "share"], bySource.Columns.Select(c => c.Name));
        Assert.Equal(6, bySource.Rows.Count);
        Assert.Equal(["topic", "label", "rank", "term", "score"], topics.TermsDataFrame().Columns.Select(c => c.Name));
        Assert.Equal(12, topics.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void SameSeed_SameTopics()
    {
        var a = TwoStories().Topics(2);
        var b = TwoStories().Topics(2);
        Assert.Equal(a.Labels, b.Labels);
        for (int d = 0; d < 6; d++) Assert.Equal(a.Mixture(d), b.Mixture(d));
    }

    [Fact]
    public void NoTerms_IsAClearError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TopicTestCorpora.Of(("a", null, "the of and")).Topics(2));
        Assert.Contains("No terms", ex.Message);
    }
}
