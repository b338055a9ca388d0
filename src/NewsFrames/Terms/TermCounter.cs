namespace NewsFrames;

/// <summary>
/// Counts terms per document once (in parallel, merged in corpus order so results are deterministic) and turns
/// term keys into display text. Shared by frequencies and keyness.
/// </summary>
internal sealed class TermCounter
{
    private readonly Dictionary<TermKey, Dictionary<TermKey, long>>? spellings;
    private readonly Dictionary<TermKey, string> displayCache = [];

    public TermCounter(TokenizedCorpus tokens, TermOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Tokens = tokens;
        Options = options;
        var stop = options.StopWords.Mask(tokens.Vocabulary);
        bool stems = options.Unit == TermUnit.Stem;
        var perDoc = new Dictionary<TermKey, int>[tokens.Count];
        var perDocSpellings = stems ? new Dictionary<(TermKey, TermKey), int>[tokens.Count] : null;
        Parallel.For(0, tokens.Count, i =>
        {
            var doc = tokens[i];
            var counts = new Dictionary<TermKey, int>();
            var spell = stems ? new Dictionary<(TermKey, TermKey), int>() : null;
            NGrams.ForEach(doc, options, stop, (start, key) =>
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (spell is not null)
                {
                    var pair = (key, NGrams.LowerKey(doc, start, options.NGram));
                    spell[pair] = spell.GetValueOrDefault(pair) + 1;
                }
            });
            perDoc[i] = counts;
            if (perDocSpellings is not null) perDocSpellings[i] = spell!;
        });
        Documents = perDoc;
        if (perDocSpellings is not null)
        {
            spellings = [];
            foreach (var doc in perDocSpellings)
                foreach (var ((key, lower), n) in doc)
                {
                    if (!spellings.TryGetValue(key, out var forms)) spellings[key] = forms = [];
                    forms[lower] = forms.GetValueOrDefault(lower) + n;
                }
        }
    }

    public TokenizedCorpus Tokens { get; }

    public TermOptions Options { get; }

    /// <summary>Term counts of each document, in corpus order.</summary>
    public IReadOnlyList<Dictionary<TermKey, int>> Documents { get; }

    /// <summary>The display text of a term: its unit text, or for a stem its most frequent lower-case spelling (ties: ordinal).</summary>
    public string Display(TermKey key)
    {
        if (displayCache.TryGetValue(key, out var text)) return text;
        var vocabulary = Tokens.Vocabulary;
        if (spellings is not null && spellings.TryGetValue(key, out var forms))
        {
            text = forms.Select(f => (Text: f.Key.ToText(vocabulary), Count: f.Value))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Text, StringComparer.Ordinal).First().Text;
        }
        else text = key.ToText(vocabulary);
        displayCache[key] = text;
        return text;
    }

    /// <summary>The unit text of a term (the stem itself for stems).</summary>
    public string UnitText(TermKey key) => key.ToText(Tokens.Vocabulary);

    /// <summary>The number of counted terms (after stop words and kinds) in the documents selected.</summary>
    public long CountedTerms(IEnumerable<int> documentIndexes) => documentIndexes.Sum(i => (long)Documents[i].Values.Sum());
}
