using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The length of a period in a term trend.</summary>
public enum TrendPeriod
{
    /// <summary>Calendar day.</summary>
    Day,
    /// <summary>ISO week, starting Monday.</summary>
    Week,
    /// <summary>Calendar month (the default).</summary>
    Month,
    /// <summary>Calendar year.</summary>
    Year,
}

/// <summary>One term in one period.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="Term">The term as asked for.</param>
/// <param name="Count">Occurrences in the period's documents.</param>
/// <param name="RatePer1000">1000 × count / tokens of the period's documents (every token, before stop-word removal).</param>
/// <param name="Documents">Documents in the period.</param>
public sealed record TermTrendRow(DateTime Period, string Term, long Count, double RatePer1000, int Documents);

/// <summary>
/// How often terms occur over time: one row per period (that has dated documents) and term, zero counts included so
/// that lines fall to zero. Documents without a date are left out and counted in <see cref="UndatedDocuments"/>.
/// </summary>
/// <example>
/// <code>
/// var trend = Corpus.Load("news").Trend(["sanctions", "cooperation"], TrendPeriod.Month);
/// trend.ToDataFrame();          // period, term, count, rate_per_1000, documents
/// TermCharts.Trend(trend);      // one line per term
/// </code>
/// </example>
public sealed class TermTrend : ITabularResult, IReadOnlyList<TermTrendRow>
{
    private readonly TermTrendRow[] rows;

    internal TermTrend(TermTrendRow[] rows, TrendPeriod period, int undated)
    {
        this.rows = rows;
        Period = period;
        UndatedDocuments = undated;
    }

    /// <summary>The period length.</summary>
    public TrendPeriod Period { get; }

    /// <summary>Documents left out because they have no date.</summary>
    public int UndatedDocuments { get; }

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public TermTrendRow this[int index] => rows[index];

    /// <summary>Columns: <c>period, term, count, rate_per_1000, documents</c>.</summary>
    public DataFrame ToDataFrame() => new(
        new PrimitiveDataFrameColumn<DateTime>("period", rows.Select(r => r.Period)),
        new StringDataFrameColumn("term", rows.Select(r => r.Term)),
        new Int64DataFrameColumn("count", rows.Select(r => r.Count)),
        new DoubleDataFrameColumn("rate_per_1000", rows.Select(r => r.RatePer1000)),
        new Int32DataFrameColumn("documents", rows.Select(r => r.Documents)));

    /// <inheritdoc/>
    public IEnumerator<TermTrendRow> GetEnumerator() => ((IEnumerable<TermTrendRow>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateTime PeriodStart(DateTime date, TrendPeriod period) => period switch
    {
        TrendPeriod.Day => date.Date,
        TrendPeriod.Week => date.Date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TrendPeriod.Year => new DateTime(date.Year, 1, 1, 0, 0, 0, date.Kind),
        _ => new DateTime(date.Year, date.Month, 1, 0, 0, 0, date.Kind),
    };

    internal static TermTrend Compute(TokenizedCorpus tokens, IReadOnlyList<string> terms, TrendPeriod period, TermOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0) throw new ArgumentException("Give at least one term.");
        var dated = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Document.Date is not null).ToArray();
        var periods = dated.GroupBy(i => PeriodStart(tokens[i].Document.Date!.Value, period)).OrderBy(g => g.Key).ToArray();

        // One counter per n-gram length asked for; stop words are not removed (the user named the terms).
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var byLength in terms.Distinct(StringComparer.Ordinal).GroupBy(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
        {
            if (byLength.Key is < 1 or > 3) throw new ArgumentException($"Terms of 1 to 3 words only: \"{byLength.First()}\".");
            var counter = new TermCounter(tokens, options with { NGram = byLength.Key, StopWords = StopWords.Empty });
            foreach (string term in byLength)
            {
                var key = KeyOf(tokens.Vocabulary, term, options.Unit);
                counts[term] = periods.Select(p => key is null ? 0L : p.Sum(i => (long)counter.Documents[i].GetValueOrDefault(key.Value))).ToArray();
            }
        }

        var rows = new List<TermTrendRow>();
        for (int p = 0; p < periods.Length; p++)
        {
            long periodTokens = periods[p].Sum(i => (long)tokens[i].Tokens.Count);
            int docs = periods[p].Count();
            foreach (string term in terms.Distinct(StringComparer.Ordinal))
            {
                long c = counts[term][p];
                rows.Add(new TermTrendRow(periods[p].Key, term, c, periodTokens == 0 ? 0 : 1000.0 * c / periodTokens, docs));
            }
        }
        return new TermTrend(rows.ToArray(), period, tokens.Count - dated.Length);
    }

    private static TermKey? KeyOf(Vocabulary vocabulary, string term, TermUnit unit)
    {
        var ids = new List<int>();
        foreach (string word in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string text = unit switch
            {
                TermUnit.Surface => word,
                TermUnit.Stem => EnglishStemmer.Stem(word.ToLowerInvariant().Replace('\u2019', '\'')),
                _ => word.ToLowerInvariant().Replace('\u2019', '\''),
            };
            if (!vocabulary.TryGetId(text, out int id)) return null;
            ids.Add(id);
        }
        return ids.Count switch
        {
            1 => new TermKey(ids[0]),
            2 => new TermKey(ids[0], ids[1]),
            _ => new TermKey(ids[0], ids[1], ids[2]),
        };
    }
}
