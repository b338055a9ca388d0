using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsFrames;

/// <summary>Options for <see cref="DocumentClusters"/>.</summary>
/// <example><code>var clusters = corpus.Clusters(new ClusterOptions { K = 8, Seed = 1 });</code></example>
public sealed record ClusterOptions
{
    /// <summary>Number of clusters (5 by default).</summary>
    public int K { get; init; } = 5;

    /// <summary>Seed of the ML.NET context (k-means++ initialisation, PCA); the same seed gives the same clusters.</summary>
    public int Seed { get; init; }

    /// <summary>Most k-means iterations.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// How many times k-means is run from a different k-means++ start (seeds Seed, Seed + 1, ...); the run with the
    /// lowest within-cluster sum of squares is kept, as scikit-learn's <c>n_init</c> does. 10 by default.
    /// </summary>
    public int Restarts { get; init; } = 10;

    /// <summary>How many top terms name a cluster.</summary>
    public int LabelTerms { get; init; } = 5;

    internal void Validate()
    {
        if (K < 1) throw new ArgumentOutOfRangeException(nameof(K), K, "must be at least 1");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "must be at least 1");
        if (Restarts < 1) throw new ArgumentOutOfRangeException(nameof(Restarts), Restarts, "must be at least 1");
        if (LabelTerms < 1) throw new ArgumentOutOfRangeException(nameof(LabelTerms), LabelTerms, "must be at least 1");
    }
}

/// <summary>
/// Documents grouped by ML.NET's <c>KMeansTrainer</c> (k-means++ initialisation, one thread for determinism) on
/// the L2-normalised TF-IDF vectors — on unit vectors, Euclidean k-means orders documents as cosine similarity
/// does. Each cluster is labelled by its heaviest terms (mean normalised TF-IDF weight over its documents), and every
/// document gets a 2-D position from ML.NET's PCA transform (<c>ProjectToPrincipalComponents</c>, rank 2, randomized
/// PCA with the same seed) for a scatter plot.
/// </summary>
/// <remarks>Clusters are numbered 1..k by size (largest first; ties by their first document).</remarks>
/// <example>
/// <code>
/// var clusters = Corpus.Load("folder").Clusters(5);
/// clusters.ToDataFrame();          // document, file, source, cluster, label, x, y, title
/// clusters.Summary();              // cluster, documents, label
/// </code>
/// </example>
public sealed class DocumentClusters : ITabularResult
{
    internal DocumentClusters(DocumentVectors vectors, ClusterOptions options)
    {
        options.Validate();
        if (vectors.Count == 0) throw new InvalidOperationException("Cannot cluster an empty corpus.");
        if (options.K > vectors.Count)
            throw new ArgumentOutOfRangeException(nameof(options), options.K, $"K = {options.K} clusters for {vectors.Count} documents: K must not exceed the number of documents.");
        Vectors = vectors;
        Options = options;
        var ml = new MLContext(seed: options.Seed);
        var data = MlNetData.Load(ml, vectors);
        int[] raw = [];
        double best = double.PositiveInfinity;
        for (int r = 0; r < options.Restarts; r++)
        {
            var (assignments, inertia) = KMeans(new MLContext(seed: options.Seed + r), data, options);
            if (inertia < best) (raw, best) = (assignments, inertia);
        }
        Inertia = best;

        // Renumber by size so that the numbering does not depend on ML.NET's internal order.
        var order = raw.Select((c, i) => (c, i)).GroupBy(p => p.c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.i)).Select(g => g.Key).ToArray();
        var renumber = new Dictionary<int, int>();
        for (int i = 0; i < order.Length; i++) renumber[order[i]] = i + 1;
        Assignments = raw.Select(c => renumber[c]).ToArray();
        K = options.K;
        TopTerms = Enumerable.Range(1, K).Select(c => ClusterTerms(c, options.LabelTerms)).ToArray();
        Labels = TopTerms.Select(t => string.Join(", ", t.Select(x => x.Term))).ToArray();
        Projection = Project(ml, data, vectors.Count, options.Seed);
    }

    private static (int[] Assignments, double Inertia) KMeans(MLContext ml, IDataView data, ClusterOptions options)
    {
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = "Features",
            NumberOfClusters = options.K,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = options.MaxIterations,
        });
        var predicted = trainer.Fit(data).Transform(data);
        var assignments = predicted.GetColumn<uint>("PredictedLabel").Select(c => (int)c - 1).ToArray();
        // Score holds the squared Euclidean distance to every centroid; the assigned one is the smallest.
        double inertia = predicted.GetColumn<float[]>("Score").Sum(d => (double)d.Min());
        return (assignments, inertia);
    }

    /// <summary>Within-cluster sum of squared distances to the centroids (of the kept run).</summary>
    public double Inertia { get; }

    /// <summary>The vectors that were clustered.</summary>
    public DocumentVectors Vectors { get; }

    /// <summary>The options used.</summary>
    public ClusterOptions Options { get; }

    /// <summary>The number of clusters asked for (a cluster may end up empty).</summary>
    public int K { get; }

    /// <summary>The cluster (1..K) of every document, in corpus order.</summary>
    public IReadOnlyList<int> Assignments { get; }

    /// <summary>The heaviest terms of each cluster (index 0 is cluster 1).</summary>
    public IReadOnlyList<IReadOnlyList<(string Term, double Weight)>> TopTerms { get; }

    /// <summary>Each cluster's label: its top terms joined by ", " (index 0 is cluster 1).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The 2-D PCA position of every document, in corpus order.</summary>
    public IReadOnlyList<(double X, double Y)> Projection { get; }

    /// <summary>Compares the clusters with known classes (e.g. folder names) — see <see cref="ClusterEvaluation"/>.</summary>
    public ClusterEvaluation Evaluate(IReadOnlyList<string> classes) => ClusterEvaluation.Compute(Assignments, classes);

    /// <summary>Compares the clusters with each document's sources.</summary>
    public ClusterEvaluation EvaluateAgainstSources() => Evaluate(Vectors.Corpus.Select(d => d.SourceOrUnknown).ToArray());

    private IReadOnlyList<(string Term, double Weight)> ClusterTerms(int cluster, int n)
    {
        var sum = new Dictionary<int, double>();
        int members = 0;
        for (int d = 0; d < Assignments.Count; d++)
        {
            if (Assignments[d] != cluster) continue;
            members++;
            foreach (var e in Vectors.Entries(d)) sum[e.Term] = sum.GetValueOrDefault(e.Term) + e.Weight;
        }
        return sum.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => Vectors.Terms[p.Key], StringComparer.Ordinal)
            .Take(n).Select(p => (Vectors.Terms[p.Key], p.Value / members)).ToArray();
    }

    private static (double X, double Y)[] Project(MLContext ml, IDataView data, int count, int seed)
    {
        if (count < 3 || data.Schema["Features"].Type is VectorDataViewType { Size: < 2 })
            return new (double, double)[count];
        var projected = ml.Transforms.ProjectToPrincipalComponents("Projection", "Features", rank: 2, seed: seed).Fit(data).Transform(data);
        return projected.GetColumn<float[]>("Projection").Select(v => ((double)v[0], (double)v[1])).ToArray();
    }

    /// <summary>One row per cluster: cluster, documents, label.</summary>
    public DataFrame Summary()
    {
        var cluster = new Int32DataFrameColumn("cluster");
        var documents = new Int32DataFrameColumn("documents");
        var label = new StringDataFrameColumn("label");
        for (int c = 1; c <= K; c++)
        {
            cluster.Append(c);
            documents.Append(Assignments.Count(a => a == c));
            label.Append(Labels[c - 1]);
        }
        return new DataFrame(cluster, documents, label);
    }

    /// <summary>One row per document: document, file, source, cluster, label, x, y, title.</summary>
    public DataFrame ToDataFrame()
    {
        var corpus = Vectors.Corpus;
        var document = new StringDataFrameColumn("document");
        var file = new StringDataFrameColumn("file");
        var source = new StringDataFrameColumn("source");
        var cluster = new Int32DataFrameColumn("cluster");
        var label = new StringDataFrameColumn("label");
        var x = new DoubleDataFrameColumn("x");
        var y = new DoubleDataFrameColumn("y");
        var title = new StringDataFrameColumn("title");
        for (int d = 0; d < corpus.Count; d++)
        {
            document.Append(corpus[d].Id);
            file.Append(corpus[d].File);
            source.Append(corpus[d].SourceOrUnknown);
            cluster.Append(Assignments[d]);
            label.Append(Labels[Assignments[d] - 1]);
            x.Append(Projection[d].X);
            y.Append(Projection[d].Y);
            title.Append(corpus[d].Title);
        }
        return new DataFrame(document, file, source, cluster, label, x, y, title);
    }
}
