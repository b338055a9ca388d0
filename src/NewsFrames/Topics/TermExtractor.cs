namespace NewsFrames;

/// <summary>Turns tokens into the term keys of <see cref="DocumentVectors"/>, with a display label per key.</summary>
internal static class TermExtractor
{
    public static string[][] Extract(TokenizedCorpus tokens, VectorOptions options, out Dictionary<string, string> labels)
    {
        var vocabulary = tokens.Vocabulary;
        var stop = options.StopWords.Mask(vocabulary);
        var result = new string[tokens.Count][];
        // key → (lower form → count), to show a stem by its most frequent word.
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (int d = 0; d < tokens.Count; d++)
        {
            var list = new List<string>();
            foreach (var token in tokens[d].Tokens)
            {
                if (!Keep(token, options)) continue;
                string lower = vocabulary[token.Lower];
                if (lower.Length < options.MinTermLength) continue;
                if (token.Lower < stop.Length ? stop[token.Lower] : options.StopWords.Contains(lower)) continue;
                string key = options.Unit switch
                {
                    TermUnit.Stem => vocabulary[vocabulary.StemOf(token.Lower)],
                    TermUnit.Lower => lower,
                    _ => vocabulary[token.Form], // TermUnit.Surface
                };
                list.Add(key);
                if (options.Unit == TermUnit.Stem)
                {
                    if (!forms.TryGetValue(key, out var byForm)) forms[key] = byForm = new(StringComparer.Ordinal);
                    byForm[lower] = byForm.GetValueOrDefault(lower) + 1;
                }
            }
            result[d] = list.ToArray();
        }
        labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in result.SelectMany(l => l).Distinct())
        {
            labels[key] = forms.TryGetValue(key, out var byForm)
                ? byForm.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key
                : key;
        }
        return result;
    }

    private static bool Keep(in Token token, VectorOptions options) => token.Kind switch
    {
        TokenKind.Word or TokenKind.Abbreviation => true,
        TokenKind.Number => options.IncludeNumbers,
        _ => false,
    };
}
