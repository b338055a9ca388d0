namespace NewsFrames;

/// <summary>
/// Splits a tokenized text into sentences: at a paragraph break, at a line that is a bullet or a heading,
/// and after '.', '!' or '?' (with closing quotes or brackets) when the next token starts a new sentence —
/// not after an abbreviation ("Mr.", "U.S." before a lower-case word), an initial ("J. Smith") or inside a number.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Fills <paramref name="sentences"/> with the sentences of the tokens, and marks each sentence's first token.</summary>
    internal static void Split(string text, Span<Token> tokens, Vocabulary vocabulary, GrowableBuffer<SentenceSpan> sentences)
    {
        sentences.Clear();
        if (tokens.Length == 0) return;
        int paragraph = 0;
        int sentenceFirst = 0;
        int sentenceStart = LineStart(text, tokens[0].Start);
        for (int t = 0; t < tokens.Length; t++)
        {
            bool last = t == tokens.Length - 1;
            int boundaryEnd = -1;
            int newlines = 0;
            if (!last)
            {
                var gap = text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End);
                newlines = gap.Count('\n');
                int terminal = TerminalPunctuationEnd(text, tokens[t], gap, vocabulary);
                if (newlines > 0)
                {
                    // A line break ends a sentence at a paragraph break, or when the next line is a bullet,
                    // or this line has no closing punctuation and the next starts upper-case (a heading).
                    bool paragraphBreak = newlines >= 2;
                    bool nextIsBullet = IsBulletLine(text, tokens[t + 1].Start);
                    if (paragraphBreak || nextIsBullet || terminal >= 0 || LooksLikeHeadingBreak(text, tokens, t))
                        boundaryEnd = terminal >= 0 ? terminal : TrailingPunctuationEnd(text, tokens[t].End); // "Related News:" keeps its colon
                }
                else if (terminal >= 0 && StartsSentence(text, tokens[t + 1])
                         && (tokens[t].Kind != TokenKind.Abbreviation || IsSentenceOpener(tokens[t + 1], vocabulary)))
                {
                    boundaryEnd = terminal;
                }
            }
            else
            {
                boundaryEnd = TrailingPunctuationEnd(text, tokens[t].End);
            }

            if (boundaryEnd >= 0)
            {
                sentences.Add(new SentenceSpan(sentenceStart, boundaryEnd, sentenceFirst, t + 1 - sentenceFirst, paragraph));
                if (!last)
                {
                    if (newlines >= 2) paragraph++;
                    sentenceFirst = t + 1;
                    sentenceStart = StartWithOpeningQuote(text, boundaryEnd, tokens[t + 1].Start);
                }
            }
        }

        foreach (ref readonly var sentence in sentences.Span)
        {
            int first = sentence.FirstToken;
            tokens[first] = tokens[first] with { Flags = tokens[first].Flags | TokenFlags.SentenceStart };
        }
    }

    private static int LineStart(string text, int offset)
    {
        int i = offset;
        while (i > 0 && text[i - 1] is not '\n' && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int StartWithOpeningQuote(string text, int after, int tokenStart)
    {
        int i = tokenStart;
        while (i > after && text[i - 1] is '"' or '“' or '‘' or '\'' or '(' or '[') i--;
        return i;
    }

    /// <summary>Where a sentence ends after token <paramref name="token"/>, or -1 when the gap has no terminal punctuation.</summary>
    private static int TerminalPunctuationEnd(string text, Token token, ReadOnlySpan<char> gap, Vocabulary vocabulary)
    {
        if (token.Kind == TokenKind.Abbreviation && text[token.End - 1] == '.')
        {
            // A title ("Mr.", "Dr.") never ends a sentence; "U.S.", "Inc.", "Jan." can, and the caller then asks
            // for a word that opens sentences after it ("in the U.S. The talks" splits, "the U.S. President" does not).
            if (Titles.Contains(vocabulary[token.Lower].TrimEnd('.'))) return -1;
            int j = 0;
            while (j < gap.Length && gap[j] is '"' or '”' or '’' or '\'' or ')' or ']') j++;
            return j == gap.Length || char.IsWhiteSpace(gap[j]) ? token.End + j : -1;
        }
        int i = 0;
        while (i < gap.Length && gap[i] is '"' or '”' or '’' or '\'' or ')' or ']') i++;
        if (i >= gap.Length || gap[i] is not ('.' or '!' or '?' or '…')) return -1;
        if (gap[i] == '.' && token.Kind == TokenKind.Word && token.Length == 1 && char.IsUpper(text[token.Start])) return -1; // an initial
        while (i < gap.Length && gap[i] is '.' or '!' or '?' or '…') i++;
        while (i < gap.Length && gap[i] is '"' or '”' or '’' or '\'' or ')' or ']') i++;
        if (i < gap.Length && !char.IsWhiteSpace(gap[i])) return -1;
        return token.End + i;
    }

    /// <summary>Abbreviations that precede a name and so never end a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon",
    };

    /// <summary>
    /// After an abbreviation, only a capitalised function word ("The", "He", "It", "But") is taken as the start of
    /// a new sentence: a capitalised content word more often continues a name ("U.S. President", "Jan. Kowalski").
    /// </summary>
    private static bool IsSentenceOpener(Token next, Vocabulary vocabulary) =>
        next.Kind == TokenKind.Word && next.Has(TokenFlags.Capitalized) && StopWords.English.Contains(vocabulary[next.Lower]);

    private static int TrailingPunctuationEnd(string text, int end)
    {
        int i = end;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool StartsSentence(string text, Token next) =>
        char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start]) || next.Kind == TokenKind.Handle;

    private static bool IsBulletLine(string text, int tokenStart)
    {
        int i = tokenStart - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0') i--;
        return i >= 0 && text[i] is '•' or '*' or '-' or '–' or '·' or '▪' or '◦';
    }

    private static bool LooksLikeHeadingBreak(string text, Span<Token> tokens, int t) =>
        char.IsUpper(text[tokens[t + 1].Start]) && !char.IsLower(text[tokens[t].Start]) || tokens[t].Has(TokenFlags.Capitalized) && char.IsUpper(text[tokens[t + 1].Start]);
}
