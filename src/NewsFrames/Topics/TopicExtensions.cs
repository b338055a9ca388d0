namespace NewsFrames;

/// <summary>
/// Notebook entry points for the ML.NET views: <c>corpus.Vectors()</c>, <c>corpus.Similarity()</c>,
/// <c>corpus.ContentReuse()</c>, <c>corpus.Topics(k)</c>, <c>corpus.Clusters(k)</c>.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// corpus.Similarity().ToDataFrame();
/// corpus.ContentReuse().ToDataFrame();
/// </code>
/// </example>
public static class TopicExtensions
{
    /// <summary>TF-IDF document vectors (see <see cref="DocumentVectors"/>).</summary>
    /// <example><code>var vectors = corpus.Vectors();</code></example>
    public static DocumentVectors Vectors(this Corpus corpus, VectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return DocumentVectors.Build(corpus.Tokenize(), options);
    }

    /// <summary>TF-IDF document vectors of an already tokenized corpus.</summary>
    /// <example><code>var vectors = corpus.Tokenize().Vectors();</code></example>
    public static DocumentVectors Vectors(this TokenizedCorpus tokens, VectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return DocumentVectors.Build(tokens, options);
    }

    /// <summary>The cosine similarity matrix, ordered by source (see <see cref="SimilarityMatrix"/>).</summary>
    /// <example><code>var similarity = corpus.Similarity();</code></example>
    public static SimilarityMatrix Similarity(this Corpus corpus, VectorOptions? options = null) => corpus.Vectors(options).Similarity();

    /// <summary>The cosine similarity matrix of these vectors.</summary>
    /// <example><code>var similarity = corpus.Vectors().Similarity();</code></example>
    public static SimilarityMatrix Similarity(this DocumentVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return new SimilarityMatrix(vectors);
    }

    /// <summary>The <paramref name="k"/> nearest neighbours of every document (see <see cref="NearestNeighbours"/>).</summary>
    /// <example><code>var neighbours = corpus.Vectors().Neighbours(5);</code></example>
    public static NearestNeighbours Neighbours(this DocumentVectors vectors, int k = 5)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return new NearestNeighbours(vectors, k);
    }

    /// <summary>Content reuse across sources (see <see cref="NewsFrames.ContentReuse"/>).</summary>
    /// <example><code>var reuse = corpus.ContentReuse();</code></example>
    public static ContentReuse ContentReuse(this Corpus corpus, ReuseOptions? options = null, VectorOptions? vectorOptions = null) =>
        corpus.Vectors(vectorOptions).ContentReuse(options);

    /// <summary>Content reuse across sources, from vectors already built.</summary>
    /// <example><code>var reuse = corpus.Vectors().ContentReuse();</code></example>
    public static ContentReuse ContentReuse(this DocumentVectors vectors, ReuseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return new ContentReuse(vectors, options ?? ReuseOptions.Default);
    }
}

/// <summary>Notebook entry points for clusters: <c>corpus.Clusters(k)</c>.</summary>
public static class ClusterExtensions
{
    /// <summary>k-means clusters of the documents (see <see cref="DocumentClusters"/>).</summary>
    /// <example><code>var clusters = corpus.Clusters(5);</code></example>
    public static DocumentClusters Clusters(this Corpus corpus, int k = 5, VectorOptions? options = null) =>
        corpus.Vectors(options).Clusters(new ClusterOptions { K = k });

    /// <summary>k-means clusters with every option.</summary>
    /// <example><code>var clusters = corpus.Vectors().Clusters(new ClusterOptions { K = 8, Seed = 1 });</code></example>
    public static DocumentClusters Clusters(this DocumentVectors vectors, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return new DocumentClusters(vectors, options ?? new ClusterOptions());
    }
}

/// <summary>Notebook entry points for LDA topics: <c>corpus.Topics(k)</c>.</summary>
public static class TopicModelExtensions
{
    /// <summary>LDA topics of the corpus (see <see cref="TopicModel"/>).</summary>
    /// <example><code>var topics = corpus.Topics(5);</code></example>
    public static TopicModel Topics(this Corpus corpus, int k = 5, VectorOptions? options = null) =>
        corpus.Vectors(options).Topics(new TopicOptions { K = k });

    /// <summary>LDA topics with every option.</summary>
    /// <example><code>var topics = corpus.Vectors().Topics(new TopicOptions { K = 8, Seed = 1 });</code></example>
    public static TopicModel Topics(this DocumentVectors vectors, TopicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return new TopicModel(vectors, options ?? new TopicOptions());
    }
}
