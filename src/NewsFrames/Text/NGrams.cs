namespace NewsFrames;

/// <summary>A term of one to three tokens, as vocabulary ids (unused positions are -1).</summary>
/// <param name="A">First id.</param>
/// <param name="B">Second id, or -1.</param>
/// <param name="C">Third id, or -1.</param>
public readonly record struct TermKey(int A, int B = -1, int C = -1)
{
    /// <summary>The number of tokens (1–3).</summary>
    public int Length => C >= 0 ? 3 : B >= 0 ? 2 : 1;

    /// <summary>The id at position <paramref name="i"/> (0–2).</summary>
    public int this[int i] => i switch { 0 => A, 1 => B, 2 => C, _ => throw new ArgumentOutOfRangeException(nameof(i)) };

    /// <summary>The term's text: its ids' strings joined by a space.</summary>
    public string ToText(Vocabulary vocabulary) => Length switch
    {
        1 => vocabulary[A],
        2 => vocabulary[A] + " " + vocabulary[B],
        _ => vocabulary[A] + " " + vocabulary[B] + " " + vocabulary[C],
    };
}

/// <summary>
/// N-grams of a tokenized document: runs of 1–3 consecutive tokens inside one sentence with no punctuation between
/// them, which (by default) neither start nor end with a stop word.
/// </summary>
/// <example>
/// <code>
/// var doc = Corpus.Load("seeds").Tokenize()[0];
/// foreach (var (start, key) in NGrams.Of(doc, TermOptions.Default with { NGram = 2 }))
///     Console.WriteLine(key.ToText(doc.Vocabulary));   // "historic peak", "500-year relationship", ...
/// </code>
/// </example>
public static class NGrams
{
    /// <summary>Every n-gram of <paramref name="document"/> that <paramref name="options"/> admits, with the index of its first token.</summary>
    public static IEnumerable<(int Start, TermKey Key)> Of(TokenizedDocument document, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var o = options ?? TermOptions.Default;
        o.Validate();
        var stop = o.StopWords.Mask(document.Vocabulary);
        var found = new List<(int, TermKey)>();
        ForEach(document, o, stop, (start, key) => found.Add((start, key)));
        return found;
    }

    /// <summary>The id of a token in the unit of <paramref name="unit"/>.</summary>
    internal static int UnitId(in Token token, TermUnit unit) => unit switch
    {
        TermUnit.Surface => token.Form,
        TermUnit.Stem => token.Stem,
        _ => token.Lower,
    };

    internal static bool Admits(in Token token, TermOptions options) => token.Kind switch
    {
        TokenKind.Number => options.IncludeNumbers,
        TokenKind.Url or TokenKind.Email => options.IncludeAddresses,
        _ => true,
    };

    internal static bool IsStop(in Token token, bool[] stopMask) => token.Lower < stopMask.Length && stopMask[token.Lower];

    /// <summary>
    /// Calls <paramref name="onTerm"/> for each admitted n-gram (unit ids). A token joins the previous one only when
    /// nothing but white space stands between them and no sentence starts at it.
    /// </summary>
    internal static void ForEach(TokenizedDocument document, TermOptions options, bool[] stopMask, Action<int, TermKey> onTerm)
    {
        var tokens = document.Tokens;
        int n = options.NGram;
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            var first = tokens[i];
            if (!Admits(first, options) || IsStop(first, stopMask)) continue;
            if (n == 1)
            {
                onTerm(i, new TermKey(UnitId(first, options.Unit)));
                continue;
            }
            bool ok = true;
            for (int j = i + 1; j < i + n && ok; j++)
            {
                var t = tokens[j];
                ok = Admits(t, options) && !t.Has(TokenFlags.AfterPunctuation) && !t.Has(TokenFlags.SentenceStart);
            }
            if (!ok || IsStop(tokens[i + n - 1], stopMask)) continue;
            var unit = options.Unit;
            onTerm(i, n == 2
                ? new TermKey(UnitId(first, unit), UnitId(tokens[i + 1], unit))
                : new TermKey(UnitId(first, unit), UnitId(tokens[i + 1], unit), UnitId(tokens[i + 2], unit)));
        }
    }

    /// <summary>The same n-gram in lower-case ids (used to display a stem n-gram by its commonest spelling).</summary>
    internal static TermKey LowerKey(TokenizedDocument document, int start, int length) => length switch
    {
        1 => new TermKey(document.Tokens[start].Lower),
        2 => new TermKey(document.Tokens[start].Lower, document.Tokens[start + 1].Lower),
        _ => new TermKey(document.Tokens[start].Lower, document.Tokens[start + 1].Lower, document.Tokens[start + 2].Lower),
    };
}
