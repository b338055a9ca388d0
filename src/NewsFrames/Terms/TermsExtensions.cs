namespace NewsFrames;

/// <summary>
/// Term statistics from a notebook cell in one call: <c>corpus.Terms()</c>, <c>corpus.Keyness("Sputnik")</c>,
/// <c>corpus.Collocations()</c>, <c>corpus.Kwic("sanction*")</c>. Each works on a <see cref="Corpus"/> (tokenizing it)
/// or on a <see cref="TokenizedCorpus"/> (tokenize once, analyse many times).
/// </summary>
/// <example>
/// <code>
/// var tokens = Corpus.Load("seeds").Tokenize();
/// tokens.Frequencies(TermGrouping.Source).Top(10).ToDataFrame();
/// tokens.Keyness("Sputnik").Top(15);
/// tokens.Collocations(minCount: 3);
/// tokens.Kwic("cooperat*", window: 6).ToHtml();
/// </code>
/// </example>
public static class TermsExtensions
{
    /// <summary>Term frequencies for the corpus, per source or per document (see <see cref="TermFrequencies"/>).</summary>
    public static TermFrequencies Frequencies(this TokenizedCorpus tokens, TermGrouping by = TermGrouping.Corpus, TermOptions? options = null) =>
        TermFrequencies.Compute(new TermCounter(tokens, options ?? TermOptions.Default), by);

    /// <summary>Term frequencies for the corpus, per source or per document (see <see cref="TermFrequencies"/>).</summary>
    /// <example><code>Corpus.Load("seeds").Terms(TermGrouping.Source).Top(10)</code></example>
    public static TermFrequencies Terms(this Corpus corpus, TermGrouping by = TermGrouping.Corpus, TermOptions? options = null) =>
        corpus.Tokenize().Frequencies(by, options);

    /// <summary>Keyness of the documents of source <paramref name="target"/> against every other document.</summary>
    /// <exception cref="ArgumentException">No document has that source (the message lists the sources there are), or every document has it.</exception>
    public static KeynessResult Keyness(this TokenizedCorpus tokens, string target, TermOptions? options = null,
        KeynessCorrection correction = KeynessCorrection.Quanteda, KeynessMeasure measure = KeynessMeasure.Chi2)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var targetDocs = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Document.SourceOrUnknown == target).ToArray();
        if (targetDocs.Length == 0)
        {
            // A near miss in case only is the commonest mistake: say so rather than list everything.
            var sources = tokens.Select(d => d.Document.SourceOrUnknown).Distinct().Order(StringComparer.Ordinal).ToArray();
            string? close = sources.FirstOrDefault(s => string.Equals(s, target, StringComparison.OrdinalIgnoreCase));
            throw new ArgumentException(close is not null
                ? $"No documents have the source \"{target}\"; did you mean \"{close}\"? (sources are case-sensitive)"
                : $"No documents have the source \"{target}\". Sources: {string.Join(", ", sources.Select(s => "\"" + s + "\""))}.");
        }
        var referenceDocs = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Document.SourceOrUnknown != target).ToArray();
        return KeynessResult.Compute(new TermCounter(tokens, options ?? TermOptions.Default), targetDocs, referenceDocs,
            target, "all other sources", correction, measure);
    }

    /// <summary>
    /// Keyness of every source against all the other documents, counting terms once for all of them; keyed by source
    /// (ordinal order). Needs at least two sources.
    /// </summary>
    /// <example><code>foreach (var (source, key) in tokens.KeynessBySource()) Console.WriteLine($"{source}: {key[0].Term}");</code></example>
    public static IReadOnlyDictionary<string, KeynessResult> KeynessBySource(this TokenizedCorpus tokens, TermOptions? options = null,
        KeynessCorrection correction = KeynessCorrection.Quanteda, KeynessMeasure measure = KeynessMeasure.Chi2)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var bySource = Enumerable.Range(0, tokens.Count).GroupBy(i => tokens[i].Document.SourceOrUnknown)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (bySource.Length < 2)
            throw new ArgumentException($"Keyness by source needs at least two sources; the corpus has {bySource.Length}" +
                (bySource.Length == 1 ? $" (\"{bySource[0].Key}\")." : "."));
        var counter = new TermCounter(tokens, options ?? TermOptions.Default);
        var results = new SortedDictionary<string, KeynessResult>(StringComparer.Ordinal);
        foreach (var group in bySource)
        {
            var target = group.ToArray();
            var reference = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Document.SourceOrUnknown != group.Key).ToArray();
            results[group.Key] = KeynessResult.Compute(counter, target, reference, group.Key, "all other sources", correction, measure);
        }
        return results;
    }

    /// <summary>Keyness of the source <paramref name="target"/> against every other source.</summary>
    /// <example><code>Corpus.Load("news").Keyness("Sputnik").Top(20)</code></example>
    public static KeynessResult Keyness(this Corpus corpus, string target, TermOptions? options = null,
        KeynessCorrection correction = KeynessCorrection.Quanteda, KeynessMeasure measure = KeynessMeasure.Chi2) =>
        corpus.Tokenize().Keyness(target, options, correction, measure);

    /// <summary>
    /// Keyness of any two groups of documents: those <paramref name="isTarget"/> selects against those
    /// <paramref name="isReference"/> selects (default: every other document).
    /// </summary>
    /// <example><code>tokens.Keyness(d => d.Date?.Year == 2024, d => d.Date?.Year == 2022, "2024", "2022")</code></example>
    public static KeynessResult Keyness(this TokenizedCorpus tokens, Func<Document, bool> isTarget, Func<Document, bool>? isReference = null,
        string targetLabel = "target", string referenceLabel = "reference", TermOptions? options = null,
        KeynessCorrection correction = KeynessCorrection.Quanteda, KeynessMeasure measure = KeynessMeasure.Chi2)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(isTarget);
        var target = Enumerable.Range(0, tokens.Count).Where(i => isTarget(tokens[i].Document)).ToArray();
        var reference = Enumerable.Range(0, tokens.Count)
            .Where(i => isReference is null ? !isTarget(tokens[i].Document) : isReference(tokens[i].Document) && !isTarget(tokens[i].Document)).ToArray();
        return KeynessResult.Compute(new TermCounter(tokens, options ?? TermOptions.Default), target, reference, targetLabel, referenceLabel, correction, measure);
    }

    /// <summary>Bigram (and/or trigram) collocations scored by quanteda's λ and z (see <see cref="CollocationResult"/>).</summary>
    /// <param name="tokens">The tokenized corpus.</param>
    /// <param name="size">2, 3, or 0 for both.</param>
    /// <param name="minCount">Candidates seen fewer times are left out (quanteda's default is 2).</param>
    /// <param name="stopWords">Candidates may not start or end with these (default: Snowball English); <see cref="StopWords.Empty"/> keeps all.</param>
    public static CollocationResult Collocations(this TokenizedCorpus tokens, int size = 2, int minCount = 2, StopWords? stopWords = null) =>
        CollocationResult.Compute(tokens, size == 0 ? [2, 3] : [size], minCount, stopWords ?? StopWords.English);

    /// <summary>Bigram (and/or trigram) collocations scored by quanteda's λ and z.</summary>
    /// <example><code>Corpus.Load("seeds").Collocations(minCount: 3)</code></example>
    public static CollocationResult Collocations(this Corpus corpus, int size = 2, int minCount = 2, StopWords? stopWords = null) =>
        corpus.Tokenize().Collocations(size, minCount, stopWords);

    /// <summary>Every occurrence of <paramref name="pattern"/> with <paramref name="window"/> tokens of context each side (see <see cref="KwicResult"/>).</summary>
    public static KwicResult Kwic(this TokenizedCorpus tokens, string pattern, int window = 5, PatternType type = PatternType.Glob) =>
        KwicResult.Compute(tokens, pattern, window, type);

    /// <summary>Every occurrence of <paramref name="pattern"/> with <paramref name="window"/> tokens of context each side.</summary>
    /// <example><code>Corpus.Load("seeds").Kwic("strategic partner*").ToHtml()</code></example>
    public static KwicResult Kwic(this Corpus corpus, string pattern, int window = 5, PatternType type = PatternType.Glob) =>
        corpus.Tokenize().Kwic(pattern, window, type);

    /// <summary>How often <paramref name="terms"/> occur per period (see <see cref="TermTrend"/>); terms are matched in the options' unit.</summary>
    public static TermTrend Trend(this TokenizedCorpus tokens, IEnumerable<string> terms, TrendPeriod period = TrendPeriod.Month, TermOptions? options = null) =>
        TermTrend.Compute(tokens, terms?.ToArray() ?? throw new ArgumentNullException(nameof(terms)), period, options ?? TermOptions.Default);

    /// <summary>How often <paramref name="terms"/> occur per period.</summary>
    /// <example><code>Corpus.Load("news").Trend(["sanctions", "cooperation"])</code></example>
    public static TermTrend Trend(this Corpus corpus, IEnumerable<string> terms, TrendPeriod period = TrendPeriod.Month, TermOptions? options = null) =>
        corpus.Tokenize().Trend(terms, period, options);
}
