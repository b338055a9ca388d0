using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace NewsFrames;

/// <summary>
/// Every document as a sparse TF-IDF vector over one shared term list: the input of similarity, content reuse,
/// clusters and topics.
/// </summary>
/// <remarks>
/// <para>
/// The terms are the project's own tokens (see <see cref="VectorOptions"/>: stems by default, stop words removed),
/// so these views agree with the term statistics. The weighting is ML.NET's: the terms go through
/// <c>MapValueToKey</c> and <c>ProduceNgrams</c> (unigrams, <c>WeightingCriteria.TfIdf</c>), which computes
/// <b>tfidf = count × ln(N / df)</b> — raw count in the document times the natural log of the number of documents
/// over the term's document frequency (Spärck Jones 1972; ML.NET <c>NgramExtractingTransformer</c>).
/// This is quanteda's <c>dfm_tfidf</c> default (count × log10(N / df)) multiplied by ln 10, and tidytext's
/// <c>bind_tf_idf</c> multiplied by the document's token count; since those differ only by a constant or a
/// per-document factor, the cosine similarity of the L2-normalised vectors (<see cref="Cosine"/>) is the same
/// under all three definitions. A term found in every document weighs 0.
/// </para>
/// <para>scikit-learn's <c>TfidfVectorizer</c> differs: its idf is ln(N / df) + 1 (smoothed by default).</para>
/// </remarks>
/// <example>
/// <code>
/// var vectors = Corpus.Load("seeds").Vectors();
/// double c = vectors.Cosine(0, 1);
/// vectors.TopTerms(0, 10);          // the ten heaviest terms of the first document
/// vectors.ToDataFrame();            // document, source, term, count, document_frequency, tfidf, weight
/// </code>
/// </example>
public sealed class DocumentVectors : ITabularResult
{
    private readonly string[] terms;
    private readonly int[] documentFrequency;
    private readonly int[][] indices;
    private readonly float[][] counts;
    private readonly float[][] tfidf;
    private readonly float[][] unit;

    private DocumentVectors(TokenizedCorpus tokens, VectorOptions options, string[] terms, int[] documentFrequency,
        int[][] indices, float[][] counts, float[][] tfidf)
    {
        Tokens = tokens;
        Options = options;
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.indices = indices;
        this.counts = counts;
        this.tfidf = tfidf;
        unit = tfidf.Select(Normalise).ToArray();
    }

    /// <summary>The tokenized corpus the vectors were built from.</summary>
    public TokenizedCorpus Tokens { get; }

    /// <summary>The corpus.</summary>
    public Corpus Corpus => Tokens.Corpus;

    /// <summary>The options the terms were chosen with.</summary>
    public VectorOptions Options { get; }

    /// <summary>The number of documents (rows).</summary>
    public int Count => indices.Length;

    /// <summary>The terms (columns), sorted ordinally; a stem is shown by its most frequent lower-case form.</summary>
    public IReadOnlyList<string> Terms => terms;

    /// <summary>The number of documents containing term <paramref name="term"/>.</summary>
    public int DocumentFrequency(int term) => documentFrequency[term];

    /// <summary>The inverse document frequency ln(N / df) of term <paramref name="term"/>.</summary>
    public double Idf(int term) => Math.Log((double)Count / documentFrequency[term]);

    /// <summary>The non-zero entries of a document's vector: term index, count, TF-IDF weight and L2-normalised weight, by term index.</summary>
    public IEnumerable<(int Term, int Count, double TfIdf, double Weight)> Entries(int document)
    {
        for (int i = 0; i < indices[document].Length; i++)
            yield return (indices[document][i], (int)counts[document][i], tfidf[document][i], unit[document][i]);
    }

    /// <summary>The <paramref name="n"/> heaviest terms of a document (ties by term).</summary>
    public IReadOnlyList<(string Term, double TfIdf)> TopTerms(int document, int n = 10) =>
        Entries(document).Where(e => e.TfIdf > 0).OrderByDescending(e => e.TfIdf).ThenBy(e => terms[e.Term], StringComparer.Ordinal)
            .Take(n).Select(e => (terms[e.Term], e.TfIdf)).ToArray();

    /// <summary>
    /// Cosine similarity of two documents' TF-IDF vectors, in [0, 1]; 0 when either vector is empty
    /// (a document with no terms, or only terms found in every document).
    /// </summary>
    public double Cosine(int a, int b) => Dot(indices[a], unit[a], indices[b], unit[b]);

    internal int[] IndicesOf(int document) => indices[document];

    internal float[] UnitOf(int document) => unit[document];

    internal float[] CountsOf(int document) => counts[document];

    /// <summary>One row per non-zero entry: document, source, term, count, document_frequency, tfidf, weight (L2-normalised tfidf).</summary>
    public DataFrame ToDataFrame()
    {
        var document = new StringDataFrameColumn("document");
        var source = new StringDataFrameColumn("source");
        var term = new StringDataFrameColumn("term");
        var count = new Int32DataFrameColumn("count");
        var df = new Int32DataFrameColumn("document_frequency");
        var weight = new DoubleDataFrameColumn("tfidf");
        var normalised = new DoubleDataFrameColumn("weight");
        for (int d = 0; d < Count; d++)
        {
            foreach (var e in Entries(d))
            {
                document.Append(Corpus[d].Id);
                source.Append(Corpus[d].SourceOrUnknown);
                term.Append(terms[e.Term]);
                count.Append(e.Count);
                df.Append(documentFrequency[e.Term]);
                weight.Append(e.TfIdf);
                normalised.Append(e.Weight);
            }
        }
        return new DataFrame(document, source, term, count, df, weight, normalised);
    }

    internal static double Dot(int[] ia, float[] va, int[] ib, float[] vb)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < ia.Length && j < ib.Length)
        {
            if (ia[i] == ib[j]) sum += (double)va[i++] * vb[j++];
            else if (ia[i] < ib[j]) i++;
            else j++;
        }
        return sum;
    }

    private static float[] Normalise(float[] values)
    {
        double norm = Math.Sqrt(values.Sum(v => (double)v * v));
        return norm == 0 ? new float[values.Length] : values.Select(v => (float)(v / norm)).ToArray();
    }

    /// <summary>Builds the vectors; see <see cref="TopicExtensions.Vectors(TokenizedCorpus, VectorOptions?)"/>.</summary>
    internal static DocumentVectors Build(TokenizedCorpus tokens, VectorOptions? options)
    {
        options ??= VectorOptions.Default;
        options.Validate();
        var termLists = TermExtractor.Extract(tokens, options, out var labels);
        int n = termLists.Length;

        // Document frequency filters, applied to the keys before ML.NET sees them.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in termLists)
            foreach (var key in list.Distinct())
                df[key] = df.GetValueOrDefault(key) + 1;
        var kept = df.Where(p => p.Value >= options.MinDocumentFrequency
                && (options.MaxDocumentShare >= 1 || p.Value <= options.MaxDocumentShare * n))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var filtered = termLists.Select(l => l.Where(kept.Contains).ToArray()).ToArray();

        // Columns sorted by display label, so that output and ties do not depend on ML.NET's slot order.
        var keys = kept.OrderBy(k => labels[k], StringComparer.Ordinal).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        var column = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++) column[keys[i]] = i;

        var indices = new int[n][];
        var counts = new float[n][];
        for (int d = 0; d < n; d++)
        {
            var bag = new SortedDictionary<int, int>();
            foreach (var key in filtered[d]) bag[column[key]] = bag.GetValueOrDefault(column[key]) + 1;
            indices[d] = bag.Keys.ToArray();
            counts[d] = bag.Values.Select(v => (float)v).ToArray();
        }
        var weights = MlNetTfIdf(filtered, column, indices);
        return new DocumentVectors(tokens, options, keys.Select(k => labels[k]).ToArray(),
            keys.Select(k => df[k]).ToArray(), indices, counts, weights);
    }

    private sealed class TermsRow
    {
        public string[] Terms { get; set; } = [];
    }

    /// <summary>TF-IDF through ML.NET (MapValueToKey → ProduceNgrams with TfIdf weighting), re-indexed to our columns.</summary>
    private static float[][] MlNetTfIdf(string[][] documents, Dictionary<string, int> column, int[][] indices)
    {
        var result = new float[documents.Length][];
        for (int d = 0; d < result.Length; d++) result[d] = new float[indices[d].Length];
        if (column.Count == 0) return result;

        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(documents.Select(t => new TermsRow { Terms = t }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Keys", nameof(TermsRow.Terms), maximumNumberOfKeys: column.Count + 1)
            .Append(ml.Transforms.Text.ProduceNgrams("TfIdf", "Keys", ngramLength: 1, useAllLengths: false,
                maximumNgramsCount: column.Count + 1, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf));
        var transformed = pipeline.Fit(data).Transform(data);
        var output = transformed.Schema["TfIdf"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        output.GetSlotNames(ref names);
        var slotToColumn = names.DenseValues().Select(s => column.TryGetValue(s.ToString(), out int c) ? c : -1).ToArray();

        using var cursor = transformed.GetRowCursor([output]);
        var getter = cursor.GetGetter<VBuffer<float>>(output);
        VBuffer<float> row = default;
        int doc = 0;
        while (cursor.MoveNext())
        {
            getter(ref row);
            var values = row.GetValues();
            var slots = row.GetIndices();
            for (int k = 0; k < values.Length; k++)
            {
                int slot = row.IsDense ? k : slots[k];
                if (values[k] == 0) continue;
                int c = slotToColumn[slot];
                int at = Array.BinarySearch(indices[doc], c);
                if (c < 0 || at < 0) throw new InvalidOperationException($"ML.NET returned term slot {slot} that document {doc} does not contain.");
                result[doc][at] = values[k];
            }
            doc++;
        }
        return result;
    }
}
