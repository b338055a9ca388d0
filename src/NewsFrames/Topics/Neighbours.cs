using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>One nearest neighbour: the document, its neighbour, the rank (1 = most similar) and the cosine similarity.</summary>
/// <param name="Document">Corpus index of the document.</param>
/// <param name="Other">Corpus index of the neighbour.</param>
/// <param name="Rank">1 for the most similar neighbour.</param>
/// <param name="Cosine">Cosine similarity of the TF-IDF vectors.</param>
public readonly record struct Neighbour(int Document, int Other, int Rank, double Cosine);

/// <summary>
/// The <c>k</c> most similar documents of every document (cosine of TF-IDF vectors; ties by corpus order).
/// Computed one row at a time, so it works where a full <see cref="SimilarityMatrix"/> would not fit.
/// </summary>
/// <example>
/// <code>
/// var neighbours = Corpus.Load("seeds").Vectors().Neighbours(3);
/// neighbours.ToDataFrame();   // document, file, source, rank, neighbour, neighbour_file, neighbour_source, cosine
/// </code>
/// </example>
public sealed class NearestNeighbours : ITabularResult
{
    internal NearestNeighbours(DocumentVectors vectors, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        Vectors = vectors;
        K = k;
        int n = vectors.Count;
        // Inverted index: each row touches only documents that share a term with it.
        var postings = new List<(int Doc, float Weight)>[vectors.Terms.Count];
        for (int t = 0; t < postings.Length; t++) postings[t] = [];
        for (int d = 0; d < n; d++)
        {
            var idx = vectors.IndicesOf(d);
            var w = vectors.UnitOf(d);
            for (int i = 0; i < idx.Length; i++)
                if (w[i] != 0) postings[idx[i]].Add((d, w[i]));
        }
        var rows = new Neighbour[n][];
        Parallel.For(0, n, () => new double[n], (d, _, scores) =>
        {
            Array.Clear(scores);
            var idx = vectors.IndicesOf(d);
            var w = vectors.UnitOf(d);
            for (int i = 0; i < idx.Length; i++)
                foreach (var (other, weight) in postings[idx[i]])
                    scores[other] += (double)w[i] * weight;
            scores[d] = double.NegativeInfinity;
            rows[d] = Enumerable.Range(0, n).Where(o => o != d && scores[o] > 0)
                .OrderByDescending(o => scores[o]).ThenBy(o => o).Take(k)
                .Select((o, r) => new Neighbour(d, o, r + 1, Math.Min(scores[o], 1))).ToArray();
            return scores;
        }, _ => { });
        Rows = rows.SelectMany(r => r).ToArray();
    }

    /// <summary>The vectors the similarities came from.</summary>
    public DocumentVectors Vectors { get; }

    /// <summary>How many neighbours were asked for per document (fewer are listed when fewer share a term).</summary>
    public int K { get; }

    /// <summary>All neighbours, by document then rank.</summary>
    public IReadOnlyList<Neighbour> Rows { get; }

    /// <summary>document, file, source, rank, neighbour, neighbour_file, neighbour_source, cosine.</summary>
    public DataFrame ToDataFrame()
    {
        var corpus = Vectors.Corpus;
        var document = new StringDataFrameColumn("document");
        var file = new StringDataFrameColumn("file");
        var source = new StringDataFrameColumn("source");
        var rank = new Int32DataFrameColumn("rank");
        var neighbour = new StringDataFrameColumn("neighbour");
        var neighbourFile = new StringDataFrameColumn("neighbour_file");
        var neighbourSource = new StringDataFrameColumn("neighbour_source");
        var cosine = new DoubleDataFrameColumn("cosine");
        foreach (var row in Rows)
        {
            document.Append(corpus[row.Document].Id);
            file.Append(corpus[row.Document].File);
            source.Append(corpus[row.Document].SourceOrUnknown);
            rank.Append(row.Rank);
            neighbour.Append(corpus[row.Other].Id);
            neighbourFile.Append(corpus[row.Other].File);
            neighbourSource.Append(corpus[row.Other].SourceOrUnknown);
            cosine.Append(row.Cosine);
        }
        return new DataFrame(document, file, source, rank, neighbour, neighbourFile, neighbourSource, cosine);
    }
}
