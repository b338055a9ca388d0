using Plotly.NET;

namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

public class TopicChartsTests
{
    private static Corpus Small() => TopicTestCorpora.Of(
        ("f1", "A", "The striker scored twice as the football club won the league match."),
        ("f2", "B", "A late goal from the striker won the football match for the club."),
        ("m1", "A", "Shares fell as the central bank raised interest rates again."),
        ("m2", "B", "The bank said interest rates and inflation would stay high; shares fell."));

    [Fact]
    public void Charts_RenderWithTitlesAndData()
    {
        var vectors = Small().Vectors();
        string heatmap = GenericChart.toChartHTML(TopicCharts.SimilarityHeatmap(vectors.Similarity()));
        Assert.Contains("Document similarity", heatmap);
        Assert.Contains("A · f1", heatmap);
        var topics = vectors.Topics(new TopicOptions { K = 2 });
        Assert.Contains("topic 2", GenericChart.toChartHTML(TopicCharts.TopicTerms(topics)));
        string stacked = GenericChart.toChartHTML(TopicCharts.TopicsBySource(topics));
        Assert.Contains("\"barmode\":\"stack\"", stacked);
        string scatter = GenericChart.toChartHTML(TopicCharts.ClusterScatter(vectors.Clusters(new ClusterOptions { K = 2 })));
        Assert.Contains("k-means clusters, k = 2", scatter);
        Assert.Contains("f1 (A)", scatter); // hover text: title (source)
    }

    [Fact]
    public void ReuseTable_HighlightsTheSharedPassageInBothTextsEscaped()
    {
        const string shared = "The <agreement> runs for twenty years & covers the North-South transport corridor and payments.";
        var corpus = TopicTestCorpora.Of(("a", "A", "Intro from A. " + shared), ("b", "B", shared + " Outro from B."));
        string html = TopicCharts.ReuseTable(corpus.ContentReuse()).Value!;
        Assert.Contains("<mark>The &lt;agreement&gt; runs for twenty years &amp; covers", html);
        Assert.Equal(2, html.Split("<mark>").Length - 1);
        Assert.DoesNotContain("<agreement>", html);
    }
}
