using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// Cosine similarity between every pair of documents' TF-IDF vectors (see <see cref="DocumentVectors"/> for the
/// weighting), with the documents ordered by source, then by id, so that a heatmap shows sources as blocks.
/// </summary>
/// <remarks>
/// A dense n × n matrix: meant for up to <see cref="MaxDocuments"/> documents. For larger corpora use
/// <see cref="TopicExtensions.Neighbours(DocumentVectors, int)"/>, which never holds the whole matrix.
/// </remarks>
/// <example>
/// <code>
/// var similarity = Corpus.Load("seeds").Similarity();
/// double c = similarity[0, 1];
/// similarity.ToDataFrame();     // document_a, source_a, document_b, source_b, cosine (every ordered pair a ≠ b)
/// </code>
/// </example>
public sealed class SimilarityMatrix : ITabularResult
{
    /// <summary>The largest corpus for which the dense matrix is built (10,000 documents: 400 MB of floats).</summary>
    public const int MaxDocuments = 10_000;

    private readonly float[] values;

    internal SimilarityMatrix(DocumentVectors vectors)
    {
        if (vectors.Count > MaxDocuments)
            throw new InvalidOperationException(
                $"A similarity matrix of {vectors.Count:N0} documents is too large (limit {MaxDocuments:N0}); use Neighbours(k) instead.");
        Vectors = vectors;
        var corpus = vectors.Corpus;
        Order = Enumerable.Range(0, vectors.Count)
            .OrderBy(i => corpus[i].SourceOrUnknown, StringComparer.Ordinal).ThenBy(i => corpus[i].Id, StringComparer.Ordinal).ToArray();
        int n = Order.Count;
        values = new float[n * n];
        Parallel.For(0, n, i =>
        {
            int a = Order[i];
            values[i * n + i] = vectors.IndicesOf(a).Length == 0 ? 0f : 1f;
            for (int j = i + 1; j < n; j++)
            {
                float c = (float)Math.Clamp(vectors.Cosine(a, Order[j]), 0, 1);
                values[i * n + j] = c;
                values[j * n + i] = c;
            }
        });
    }

    /// <summary>The vectors the similarities were computed from.</summary>
    public DocumentVectors Vectors { get; }

    /// <summary>Corpus indices of the rows/columns, in display order (by source, then id).</summary>
    public IReadOnlyList<int> Order { get; }

    /// <summary>The number of rows (and columns).</summary>
    public int Count => Order.Count;

    /// <summary>The documents of the rows/columns, in display order.</summary>
    public IEnumerable<Document> Documents => Order.Select(i => Vectors.Corpus[i]);

    /// <summary>Cosine similarity of the documents in display rows <paramref name="row"/> and <paramref name="column"/>.</summary>
    public double this[int row, int column] => values[row * Count + column];

    /// <summary>Mean similarity between the documents of each pair of sources (diagonal: within a source, self-pairs excluded).</summary>
    public DataFrame BySource()
    {
        var sums = new SortedDictionary<(string, string), (double Sum, int N)>(Comparer<(string, string)>.Create((x, y) =>
        {
            int c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }));
        var docs = Documents.ToArray();
        for (int i = 0; i < Count; i++)
            for (int j = 0; j < Count; j++)
            {
                if (i == j) continue;
                var key = (docs[i].SourceOrUnknown, docs[j].SourceOrUnknown);
                var (sum, n) = sums.GetValueOrDefault(key);
                sums[key] = (sum + this[i, j], n + 1);
            }
        var a = new StringDataFrameColumn("source_a");
        var b = new StringDataFrameColumn("source_b");
        var mean = new DoubleDataFrameColumn("mean_cosine");
        var pairs = new Int32DataFrameColumn("pairs");
        foreach (var ((sa, sb), (sum, n)) in sums)
        {
            a.Append(sa);
            b.Append(sb);
            mean.Append(sum / n);
            pairs.Append(n);
        }
        return new DataFrame(a, b, mean, pairs);
    }

    /// <summary>One row per ordered pair of different documents, in display order: document_a, source_a, document_b, source_b, cosine.</summary>
    public DataFrame ToDataFrame()
    {
        var docs = Documents.ToArray();
        var da = new StringDataFrameColumn("document_a");
        var sa = new StringDataFrameColumn("source_a");
        var db = new StringDataFrameColumn("document_b");
        var sb = new StringDataFrameColumn("source_b");
        var cosine = new DoubleDataFrameColumn("cosine");
        for (int i = 0; i < Count; i++)
            for (int j = 0; j < Count; j++)
            {
                if (i == j) continue;
                da.Append(docs[i].Id);
                sa.Append(docs[i].SourceOrUnknown);
                db.Append(docs[j].Id);
                sb.Append(docs[j].SourceOrUnknown);
                cosine.Append(this[i, j]);
            }
        return new DataFrame(da, sa, db, sb, cosine);
    }
}
