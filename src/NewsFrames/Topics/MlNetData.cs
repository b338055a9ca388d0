using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsFrames;

/// <summary>Turns <see cref="DocumentVectors"/> into ML.NET data views with a known-size sparse vector column.</summary>
internal static class MlNetData
{
    private sealed class VectorRow
    {
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>The L2-normalised TF-IDF vectors (<paramref name="counts"/> false) or the raw term counts, one row per document.</summary>
    public static IDataView Load(MLContext ml, DocumentVectors vectors, bool counts = false)
    {
        int size = Math.Max(vectors.Terms.Count, 1);
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        var rows = Enumerable.Range(0, vectors.Count).Select(d =>
        {
            var idx = vectors.IndicesOf(d);
            var values = counts ? vectors.CountsOf(d) : vectors.UnitOf(d);
            return new VectorRow { Features = new VBuffer<float>(size, idx.Length, (float[])values.Clone(), (int[])idx.Clone()) };
        }).ToArray();
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
