using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>One term's frequency in a group (the whole corpus, one source or one document).</summary>
/// <param name="Group">The source or document id, or null for the whole corpus.</param>
/// <param name="Term">The term as displayed (for stems: the most frequent lower-case spelling).</param>
/// <param name="Key">The counting unit's text (the stem itself for stems; otherwise equal to <paramref name="Term"/>).</param>
/// <param name="Count">Occurrences in the group.</param>
/// <param name="RatePer1000">1000 × count / tokens of the group, counting every token before stop-word removal.</param>
/// <param name="Documents">Documents of the group that contain the term at least once.</param>
/// <param name="TfIdf">count × log10(N / df): quanteda's <c>dfm_tfidf</c> default (N documents in the corpus, df of them containing the term).</param>
public sealed record TermFrequency(string? Group, string Term, string Key, long Count, double RatePer1000, int Documents, double TfIdf);

/// <summary>
/// Term frequencies for a corpus, per source or per document: count, rate per 1,000 tokens, document frequency and
/// TF-IDF. Ordered by group, then count (descending), then term (ordinal).
/// </summary>
/// <remarks>
/// TF-IDF follows quanteda's <c>dfm_tfidf(scheme_tf = "count", scheme_df = "inverse")</c>: count × log10(N / df),
/// where N is the number of documents in the whole corpus and df the number of them containing the term — for a
/// source row the count is the source's count, weighted by the corpus-wide idf. The rate's denominator is every
/// token of the group (words, numbers, abbreviations…) before stop words are removed, so rates compare across
/// stop lists.
/// </remarks>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// corpus.Terms().Top(20).ToDataFrame();                                   // whole corpus
/// corpus.Terms(TermGrouping.Source).Top(10);                              // ten per source
/// corpus.Terms(options: TermOptions.Default with { Unit = TermUnit.Stem });
/// </code>
/// </example>
public sealed class TermFrequencies : ITabularResult, IReadOnlyList<TermFrequency>
{
    private readonly TermFrequency[] rows;

    internal TermFrequencies(TermFrequency[] rows, TermGrouping grouping, TermOptions options, int documentCount,
        IReadOnlyDictionary<string, long> groupTokens)
    {
        this.rows = rows;
        Grouping = grouping;
        Options = options;
        DocumentCount = documentCount;
        GroupTokens = groupTokens;
    }

    /// <summary>How the rows are grouped.</summary>
    public TermGrouping Grouping { get; }

    /// <summary>The options the terms were counted with.</summary>
    public TermOptions Options { get; }

    /// <summary>Documents in the corpus (the N of the idf).</summary>
    public int DocumentCount { get; }

    /// <summary>Tokens per group (the rate's denominator); the key is "" for the whole corpus.</summary>
    public IReadOnlyDictionary<string, long> GroupTokens { get; }

    /// <summary>The groups, in order ("" alone for the whole corpus).</summary>
    public IReadOnlyList<string> Groups => GroupTokens.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public TermFrequency this[int index] => rows[index];

    /// <summary>The row of <paramref name="term"/> (display text or key, case-sensitive) in <paramref name="group"/> (null: the whole corpus), or null.</summary>
    public TermFrequency? Find(string term, string? group = null) =>
        rows.FirstOrDefault(r => r.Group == group && (r.Term == term || r.Key == term));

    /// <summary>The <paramref name="n"/> most frequent terms of every group.</summary>
    /// <example><code>corpus.Terms(TermGrouping.Source).Top(10)</code></example>
    public TermFrequencies Top(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var top = rows.GroupBy(r => r.Group).SelectMany(g => g.Take(n)).ToArray();
        return new TermFrequencies(top, Grouping, Options, DocumentCount, GroupTokens);
    }

    /// <summary>Only the rows of these terms (display text or key).</summary>
    public TermFrequencies Only(params IEnumerable<string> terms)
    {
        var set = terms.ToHashSet(StringComparer.Ordinal);
        return new TermFrequencies(rows.Where(r => set.Contains(r.Term) || set.Contains(r.Key)).ToArray(), Grouping, Options, DocumentCount, GroupTokens);
    }

    /// <summary>
    /// Columns: <c>source</c> or <c>document</c> (when grouped), <c>term</c>, <c>count</c>, <c>rate_per_1000</c>,
    /// <c>documents</c>, <c>tfidf</c>, and <c>stem</c> when the unit is the stem.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>();
        if (Grouping != TermGrouping.Corpus)
            columns.Add(new StringDataFrameColumn(Grouping == TermGrouping.Source ? "source" : "document", rows.Select(r => r.Group)));
        columns.Add(new StringDataFrameColumn("term", rows.Select(r => r.Term)));
        columns.Add(new Int64DataFrameColumn("count", rows.Select(r => r.Count)));
        columns.Add(new DoubleDataFrameColumn("rate_per_1000", rows.Select(r => r.RatePer1000)));
        columns.Add(new Int32DataFrameColumn("documents", rows.Select(r => r.Documents)));
        columns.Add(new DoubleDataFrameColumn("tfidf", rows.Select(r => r.TfIdf)));
        if (Options.Unit == TermUnit.Stem) columns.Add(new StringDataFrameColumn("stem", rows.Select(r => r.Key)));
        return new DataFrame(columns);
    }

    /// <inheritdoc/>
    public IEnumerator<TermFrequency> GetEnumerator() => ((IEnumerable<TermFrequency>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static TermFrequencies Compute(TermCounter counter, TermGrouping grouping)
    {
        var tokens = counter.Tokens;
        int n = tokens.Count;
        var corpusDf = new Dictionary<TermKey, int>();
        foreach (var doc in counter.Documents)
            foreach (var key in doc.Keys) corpusDf[key] = corpusDf.GetValueOrDefault(key) + 1;

        string GroupOf(int i) => grouping switch
        {
            TermGrouping.Source => tokens[i].Document.SourceOrUnknown,
            TermGrouping.Document => tokens[i].Document.Id,
            _ => "",
        };

        var groups = new SortedDictionary<string, (Dictionary<TermKey, (long Count, int Docs)> Terms, long Tokens)>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string g = GroupOf(i);
            if (!groups.TryGetValue(g, out var entry)) entry = ([], 0);
            foreach (var (key, count) in counter.Documents[i])
            {
                var (c, d) = entry.Terms.GetValueOrDefault(key);
                entry.Terms[key] = (c + count, d + 1);
            }
            groups[g] = (entry.Terms, entry.Tokens + tokens[i].Tokens.Count);
        }

        var rows = new List<TermFrequency>();
        foreach (var (group, (terms, groupTokens)) in groups)
        {
            var groupRows = terms.Select(t => new TermFrequency(
                grouping == TermGrouping.Corpus ? null : group,
                counter.Display(t.Key),
                counter.UnitText(t.Key),
                t.Value.Count,
                groupTokens == 0 ? 0 : 1000.0 * t.Value.Count / groupTokens,
                t.Value.Docs,
                t.Value.Count * Math.Log10((double)n / corpusDf[t.Key])));
            rows.AddRange(groupRows.OrderByDescending(r => r.Count).ThenBy(r => r.Term, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal));
        }
        var totals = groups.ToDictionary(g => g.Key, g => g.Value.Tokens, StringComparer.Ordinal);
        return new TermFrequencies(rows.ToArray(), grouping, counter.Options, n, totals);
    }
}
