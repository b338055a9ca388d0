using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace NewsFrames;

/// <summary>Options for <see cref="TopicModel"/>.</summary>
/// <example><code>var topics = corpus.Topics(new TopicOptions { K = 8, Iterations = 400 });</code></example>
public sealed record TopicOptions
{
    /// <summary>Number of topics (5 by default).</summary>
    public int K { get; init; } = 5;

    /// <summary>Seed of the ML.NET context.</summary>
    public int Seed { get; init; }

    /// <summary>Gibbs-sampling iterations (200, ML.NET's default).</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>Top terms listed per topic (10).</summary>
    public int TopTerms { get; init; } = 10;

    /// <summary>Dirichlet prior on document-topic vectors, summed over topics (ML.NET's alphaSum; 100 by default).</summary>
    public float AlphaSum { get; init; } = 100;

    /// <summary>Dirichlet prior on topic-word vectors (ML.NET's beta; 0.01 by default).</summary>
    public float Beta { get; init; } = 0.01f;

    internal void Validate()
    {
        if (K < 1) throw new ArgumentOutOfRangeException(nameof(K), K, "must be at least 1");
        if (Iterations < 1) throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "must be at least 1");
        if (TopTerms < 1) throw new ArgumentOutOfRangeException(nameof(TopTerms), TopTerms, "must be at least 1");
    }
}

/// <summary>
/// LDA topics (Blei, Ng &amp; Jordan 2003) from ML.NET's <c>LatentDirichletAllocation</c> transform (LightLDA,
/// Yuan et al. 2015) over the documents' term counts (the same terms as <see cref="DocumentVectors"/>): top
/// terms per topic, the document–topic mixture, and the topic share per source.
/// </summary>
/// <remarks>
/// Trained with one thread and a fixed seed for repeatable results. The native trainer prints progress to the
/// process's standard output; NewsFrames silences it during training so that CSV or JSON on stdout stays clean.
/// </remarks>
/// <example>
/// <code>
/// var topics = Corpus.Load("folder").Topics(5);
/// topics.TermsDataFrame();    // topic, rank, term, score
/// topics.ToDataFrame();       // document, file, source, topic, share
/// topics.BySource();          // source, topic, share
/// </code>
/// </example>
public sealed class TopicModel : ITabularResult
{
    private readonly double[][] mixture;

    internal TopicModel(DocumentVectors vectors, TopicOptions options)
    {
        options.Validate();
        if (vectors.Terms.Count == 0) throw new InvalidOperationException("No terms to model: the corpus is empty or every word was filtered out.");
        Vectors = vectors;
        Options = options;
        K = options.K;
        var ml = new MLContext(seed: options.Seed);
        var data = MlNetData.Load(ml, vectors, counts: true);
        int maxTokens = Math.Max(1, Enumerable.Range(0, vectors.Count).Max(d => (int)vectors.CountsOf(d).Sum()));
        var estimator = ml.Transforms.Text.LatentDirichletAllocation("Topics", "Features", numberOfTopics: options.K,
            alphaSum: options.AlphaSum, beta: options.Beta, maximumNumberOfIterations: options.Iterations, numberOfThreads: 1,
            maximumTokenCountPerDocument: maxTokens, numberOfSummaryTermsPerTopic: options.TopTerms, resetRandomGenerator: true);
        var (details, rows) = NativeStdout.Silence(() =>
        {
            var model = estimator.Fit(data);
            var topics = model.Transform(data).GetColumn<float[]>("Topics").ToArray();
            return (model.GetLdaDetails(0), topics);
        });
        mixture = rows.Select(r =>
        {
            double sum = r.Sum(v => (double)v);
            return r.Select(v => sum > 0 ? v / sum : 0).ToArray();
        }).ToArray();
        TopTerms = details.ItemScoresPerTopic.Select(topic => (IReadOnlyList<(string, double)>)topic
            .OrderByDescending(s => s.Score).ThenBy(s => vectors.Terms[s.Item], StringComparer.Ordinal)
            .Select(s => (vectors.Terms[s.Item], (double)s.Score)).ToArray()).ToArray();
        Labels = TopTerms.Select(t => string.Join(", ", t.Take(5).Select(x => x.Item1))).ToArray();
    }

    /// <summary>The vectors whose counts were modelled.</summary>
    public DocumentVectors Vectors { get; }

    /// <summary>The options used.</summary>
    public TopicOptions Options { get; }

    /// <summary>The number of topics.</summary>
    public int K { get; }

    /// <summary>Each topic's top terms with ML.NET's score (index 0 is topic 1).</summary>
    public IReadOnlyList<IReadOnlyList<(string Term, double Score)>> TopTerms { get; }

    /// <summary>Each topic's label: its five top terms (index 0 is topic 1).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The topic mixture of document <paramref name="document"/> (shares summing to 1; all 0 for an empty document).</summary>
    public IReadOnlyList<double> Mixture(int document) => mixture[document];

    /// <summary>The topic with the largest share in each document (1..K; ties to the lower number).</summary>
    public IReadOnlyList<int> Dominant => mixture.Select(m => Array.IndexOf(m, m.Max()) + 1).ToArray();

    /// <summary>One row per topic and term: topic, label, rank, term, score.</summary>
    public DataFrame TermsDataFrame()
    {
        var topic = new Int32DataFrameColumn("topic");
        var label = new StringDataFrameColumn("label");
        var rank = new Int32DataFrameColumn("rank");
        var term = new StringDataFrameColumn("term");
        var score = new DoubleDataFrameColumn("score");
        for (int t = 0; t < K; t++)
            for (int r = 0; r < TopTerms[t].Count; r++)
            {
                topic.Append(t + 1);
                label.Append(Labels[t]);
                rank.Append(r + 1);
                term.Append(TopTerms[t][r].Term);
                score.Append(TopTerms[t][r].Score);
            }
        return new DataFrame(topic, label, rank, term, score);
    }

    /// <summary>Mean topic share over each source's documents: source, topic, label, share (sums to 1 per source).</summary>
    public DataFrame BySource()
    {
        var corpus = Vectors.Corpus;
        var source = new StringDataFrameColumn("source");
        var topic = new Int32DataFrameColumn("topic");
        var label = new StringDataFrameColumn("label");
        var share = new DoubleDataFrameColumn("share");
        foreach (var group in Enumerable.Range(0, corpus.Count).GroupBy(d => corpus[d].SourceOrUnknown).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var docs = group.ToArray();
            for (int t = 0; t < K; t++)
            {
                source.Append(group.Key);
                topic.Append(t + 1);
                label.Append(Labels[t]);
                share.Append(docs.Average(d => mixture[d][t]));
            }
        }
        return new DataFrame(source, topic, label, share);
    }

    /// <summary>The document–topic mixture, one row per document and topic: document, file, source, topic, label, share.</summary>
    public DataFrame ToDataFrame()
    {
        var corpus = Vectors.Corpus;
        var document = new StringDataFrameColumn("document");
        var file = new StringDataFrameColumn("file");
        var source = new StringDataFrameColumn("source");
        var topic = new Int32DataFrameColumn("topic");
        var label = new StringDataFrameColumn("label");
        var share = new DoubleDataFrameColumn("share");
        for (int d = 0; d < corpus.Count; d++)
            for (int t = 0; t < K; t++)
            {
                document.Append(corpus[d].Id);
                file.Append(corpus[d].File);
                source.Append(corpus[d].SourceOrUnknown);
                topic.Append(t + 1);
                label.Append(Labels[t]);
                share.Append(mixture[d][t]);
            }
        return new DataFrame(document, file, source, topic, label, share);
    }
}
