using System.Globalization;

namespace NewsFrames;

/// <summary>
/// Splits text into tokens: Unicode letters and digits; possessives, hyphenated compounds, dotted
/// abbreviations, numbers, URLs, e-mail addresses and handles kept whole; every token with its offsets.
/// </summary>
/// <example>
/// <code>
/// var doc = Tokenizer.Tokenize(new Document { Id = "a", File = "a.txt", Text = "Iran’s ties with the U.S." }, new Vocabulary());
/// // tokens: Iran’s (possessive, form "Iran"), ties, with, the, U.S. (abbreviation)
/// </code>
/// </example>
public static class Tokenizer
{

    /// <summary>Abbreviations written with a final period that does not end a sentence by itself.</summary>
    internal static readonly HashSet<string> KnownAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "approx", "est", "dept", "univ", "ave", "fig",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        KnownAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestAbbreviation = KnownAbbreviations.Max(a => a.Length);

    /// <summary>Tokenizes one document and splits it into sentences.</summary>
    public static TokenizedDocument Tokenize(Document document, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vocabulary);
        // The buffers are this thread's scratch space, reused from document to document: only the final arrays are
        // allocated per document (a fresh list sized for the text, then copied, doubled the tokenizer's allocations).
        var buffers = scratch ??= new Buffers();
        buffers.Fill(document.Text, vocabulary);
        return new TokenizedDocument(document, vocabulary, buffers.Tokens.ToArray(), buffers.Parts.ToArray(), buffers.Sentences.ToArray());
    }

    /// <summary>
    /// Tokenizes one document into this thread's reusable buffers and returns a view of them: nothing is allocated
    /// per token or sentence. The result is valid only until this thread calls <see cref="TokenizeTransient"/> again,
    /// so it must not outlive the work on it (streamed analyses match and count a document, keep what they found,
    /// and drop it; on 8× Reuters its arrays were a third of everything the pipeline allocated).
    /// </summary>
    internal static TokenizedDocument TokenizeTransient(Document document, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var buffers = transientScratch ??= new Buffers();
        buffers.Fill(document.Text, vocabulary);
        return new TokenizedDocument(document, vocabulary, buffers.Tokens, buffers.Parts, buffers.Sentences);
    }

    [ThreadStatic] private static Buffers? scratch;
    [ThreadStatic] private static Buffers? transientScratch;

    /// <summary>One thread's tokens, parts and sentences of the document it tokenized last.</summary>
    private sealed class Buffers
    {
        public readonly GrowableBuffer<Token> Tokens = new(4096);
        public readonly GrowableBuffer<Token> Parts = new(256);
        public readonly GrowableBuffer<SentenceSpan> Sentences = new(256);

        public void Fill(string text, Vocabulary vocabulary)
        {
            Tokens.Clear();
            Parts.Clear();
            var sink = new TokenListSink(vocabulary, Tokens, Parts);
            Scan(text, ref sink);
            SentenceSplitter.Split(text, Tokens.Span, vocabulary, Sentences);
        }
    }

    /// <summary>Scans <paramref name="text"/>, adding its tokens and hyphen parts to the lists (<paramref name="parts"/> must start empty: tokens index it).</summary>
    internal static void Scan(string text, Vocabulary vocabulary, List<Token> tokens, List<Token> parts)
    {
        if (parts.Count != 0) throw new ArgumentException("The parts list must start empty: tokens refer to their parts by index.", nameof(parts));
        // Reused: compiling an entity matcher scans every surface form of the gazetteer through here.
        var tokenBuffer = listTokens ??= new GrowableBuffer<Token>(64);
        var partBuffer = listParts ??= new GrowableBuffer<Token>(8);
        tokenBuffer.Clear();
        partBuffer.Clear();
        var sink = new TokenListSink(vocabulary, tokenBuffer, partBuffer);
        Scan(text, ref sink);
        tokens.AddRange(tokenBuffer.Span);
        parts.AddRange(partBuffer.Span);
    }

    [ThreadStatic] private static GrowableBuffer<Token>? listTokens;
    [ThreadStatic] private static GrowableBuffer<Token>? listParts;

    /// <summary>
    /// Where the scanner hands each token: the token covers [start, end) of the text, its form [start, formEnd)
    /// (a possessive's "’s" left out).
    /// One scanner serves both the tokenizer and term counting, so the two cannot disagree on a token.
    /// </summary>
    internal interface ITokenSink
    {
        void Add(string text, int start, int end, int formEnd, TokenKind kind, bool possessive, int previousEnd);
    }

    internal static void Scan<TSink>(string text, ref TSink sink) where TSink : struct, ITokenSink
    {
        int i = 0, previousEnd = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            TokenKind kind;
            int end;
            if (IsWordChar(c))
            {
                // The word is scanned first because it decides cheaply which of the rarer shapes can apply at all;
                // each probe below runs only when its first characters allow it, so the result is the same as
                // trying URL, e-mail and dotted abbreviation in turn at every word.
                int wordEnd = ScanWord(text, i);
                if (MayBeUrl(text, i) && TryUrl(text, i, out end)) kind = TokenKind.Url;
                else if (MayBeEmail(text, wordEnd) && TryEmail(text, i, out end)) kind = TokenKind.Email;
                else if (i + 1 < text.Length && text[i + 1] == '.' && TryDottedAbbreviation(text, i, out end)) kind = TokenKind.Abbreviation;
                else
                {
                    end = wordEnd;
                    kind = IsNumber(text.AsSpan(start, end - start)) ? TokenKind.Number : TokenKind.Word;
                    if (kind == TokenKind.Word && end < text.Length && text[end] == '.' && IsUpper(text[start])
                        && end - start <= LongestAbbreviation && AbbreviationLookup.Contains(text.AsSpan(start, end - start)))
                    {
                        end++;
                        kind = TokenKind.Abbreviation;
                    }
                }
            }
            else if (c == '@' && i + 1 < text.Length && IsWordChar(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1])))
            {
                end = ScanWord(text, i + 1);
                kind = TokenKind.Handle;
            }
            else
            {
                i++;
                continue;
            }

            int formEnd = end;
            bool possessive = false;
            if (kind == TokenKind.Word)
            {
                // "Iran’s" → form "Iran"; "nations’" → form "nations", and the token covers the apostrophe, so that
                // offsets, KWIC and sentence ends see the whole word as written.
                if (end - start > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
                {
                    formEnd = end - 2;
                    possessive = true;
                }
                else if (end < text.Length && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end])
                         && (end + 1 == text.Length || !IsWordChar(text[end + 1])))
                {
                    end++;
                    formEnd = end - 1;
                    possessive = true;
                }
            }
            sink.Add(text, start, end, formEnd, kind, possessive, previousEnd);
            previousEnd = end;
            i = end;
        }
    }

    /// <summary>The tokenizer's sink: flags, hyphen parts and interned ids for every token.</summary>
    private readonly struct TokenListSink(Vocabulary vocabulary, GrowableBuffer<Token> tokens, GrowableBuffer<Token> parts) : ITokenSink
    {
        public void Add(string text, int start, int end, int formEnd, TokenKind kind, bool possessive, int previousEnd)
        {
            var flags = possessive ? TokenFlags.Possessive : TokenFlags.None;
            var form = text.AsSpan(start, formEnd - start);
            flags |= CaseFlags(form);
            if (HasPunctuation(text.AsSpan(previousEnd, start - previousEnd))) flags |= TokenFlags.AfterPunctuation;

            int firstPart = -1, partCount = 0;
            if (kind == TokenKind.Word && HyphenAfterFirst(form))
            {
                flags |= TokenFlags.Hyphenated;
                firstPart = parts.Count;
                int partStart = start;
                for (int j = start; j <= formEnd; j++)
                {
                    if (j == formEnd || IsHyphen(text[j]))
                    {
                        if (j > partStart)
                        {
                            var partForm = text.AsSpan(partStart, j - partStart);
                            parts.Add(MakeToken(vocabulary, partStart, j - partStart, partForm,
                                IsNumber(partForm) ? TokenKind.Number : TokenKind.Word, PartFlags(partForm)));
                            partCount++;
                        }
                        partStart = j + 1;
                    }
                }
            }

            tokens.Add(MakeToken(vocabulary, start, end - start, form, kind, flags, firstPart, partCount));
        }
    }

    private static TokenFlags PartFlags(ReadOnlySpan<char> form) => CaseFlags(form);

    /// <summary>Capitalized when the first character is upper case; AllCaps when two or more letters are all upper case.</summary>
    private static TokenFlags CaseFlags(ReadOnlySpan<char> form)
    {
        char first = form[0];
        bool upper = IsUpper(first);
        var flags = upper ? TokenFlags.Capitalized : TokenFlags.None;
        // A first letter in lower case settles AllCaps without reading the rest.
        if ((upper || !IsLetter(first)) && IsAllCaps(form)) flags |= TokenFlags.AllCaps;
        return flags;
    }

    // Lower-case forms have their apostrophes normalised (’ → ') inside the vocabulary, so "Iran’s" and "Iran's" are one word.
    private static Token MakeToken(Vocabulary vocabulary, int start, int length, ReadOnlySpan<char> form, TokenKind kind, TokenFlags flags,
        int firstPart = -1, int partCount = 0)
    {
        int formId = vocabulary.Word(form, kind == TokenKind.Word, out int lowerId, out int stemId);
        return new Token(start, length, formId, lowerId, stemId, kind, flags, firstPart, partCount);
    }

    // ASCII answers from a table; everything else from the Unicode database, as before.
    private const byte WordBit = 1, UpperBit = 2, LetterBit = 4, DigitBit = 8, EmailBit = 16;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // space ! " # $ % & ' ( ) * + , - . /
        0, 0, 0, 0, 0, EmailBit, 0, 0, 0, 0, 0, EmailBit, 0, EmailBit, EmailBit, 0,
        // 0-9
        WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit,
        WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit, WordBit | DigitBit | EmailBit,
        // : ; < = > ? @
        0, 0, 0, 0, 0, 0, 0,
        // A-Z
        31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit,
        31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit,
        31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit, 31 - DigitBit,
        // [ \ ] ^ _ `
        0, 0, 0, 0, EmailBit, 0,
        // a-z
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        WordBit | LetterBit | EmailBit, WordBit | LetterBit | EmailBit,
        // { | } ~ DEL
        0, 0, 0, 0, 0,
    ];

    internal static bool IsWordChar(char c) => c < 128 ? (AsciiClass[c] & WordBit) != 0 : IsWordCharSlow(c);

    private static bool IsWordCharSlow(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsUpper(char c) => c < 128 ? (AsciiClass[c] & UpperBit) != 0 : char.IsUpper(c);

    private static bool IsLetter(char c) => c < 128 ? (AsciiClass[c] & LetterBit) != 0 : char.IsLetter(c);

    private static bool IsDigit(char c) => c < 128 ? (AsciiClass[c] & DigitBit) != 0 : char.IsDigit(c);

    /// <summary>
    /// False when <see cref="TryEmail"/> cannot succeed for a word ending at <paramref name="wordEnd"/>: the address
    /// characters run at least to the word's end (or stop earlier at a character that is not '@'), so the character
    /// after the word must be '@' or another address character.
    /// </summary>
    private static bool MayBeEmail(string text, int wordEnd)
    {
        if (wordEnd >= text.Length) return false;
        char c = text[wordEnd];
        return c == '@' || (c < 128 ? (AsciiClass[c] & EmailBit) != 0 : IsWordCharSlow(c));
    }

    // The same sets as Hyphens and Apostrophes, as comparisons: a SearchValues call costs more than these on one character.
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool HyphenAfterFirst(ReadOnlySpan<char> form)
    {
        for (int k = 1; k < form.Length; k++) if (IsHyphen(form[k])) return true;
        return false;
    }

    /// <summary>False when the text at <paramref name="i"/> cannot start "http://", "https://" or "www." (any case).</summary>
    private static bool MayBeUrl(string text, int i) =>
        i + 4 < text.Length && ((text[i] | 0x20) == 'h' && (text[i + 1] | 0x20) == 't' || (text[i] | 0x20) == 'w' && (text[i + 1] | 0x20) == 'w');

    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            bool nextIsWord = i + 1 < n && IsWordChar(text[i + 1]);
            bool prevIsWord = i > 0 && IsWordChar(text[i - 1]);
            if (!nextIsWord || !prevIsWord) break;
            if (IsHyphen(c) || IsApostrophe(c)) { i++; continue; }
            // 2,500 and 41.1: separators only between digits.
            if ((c == ',' || c == '.') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool TryUrl(string text, int i, out int end)
    {
        end = i;
        var rest = text.AsSpan(i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))) return false;
        int j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '“' or '”')) j++;
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’') j--;
        end = j;
        return end > i + 4;
    }

    private static bool TryEmail(string text, int i, out int end)
    {
        end = i;
        int j = i;
        while (j < text.Length && (IsWordChar(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j >= text.Length || text[j] != '@' || j == i) return false;
        int domainStart = ++j;
        int lastDot = -1;
        while (j < text.Length && (IsWordChar(text[j]) || text[j] is '.' or '-'))
        {
            if (text[j] == '.') lastDot = j;
            j++;
        }
        while (j > domainStart && text[j - 1] is '.' or '-') j--;
        if (lastDot <= domainStart || lastDot >= j - 1) return false;
        end = j;
        return true;
    }

    /// <summary>"U.S.", "U.K.", "e.g.": single letters each followed by a period, two or more of them.</summary>
    private static bool TryDottedAbbreviation(string text, int i, out int end)
    {
        end = i;
        int j = i, letters = 0;
        while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
        }
        if (letters < 2 || (j < text.Length && IsWordChar(text[j]))) return false;
        if (i > 0 && IsWordChar(text[i - 1])) return false;
        end = j;
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        if (!char.IsDigit(s[0])) return false;
        foreach (char c in s) if (!(char.IsDigit(c) || c is ',' or '.')) return false;
        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    private static bool HasPunctuation(ReadOnlySpan<char> between)
    {
        // Most tokens are separated by one space.
        if (between.Length == 1 && between[0] == ' ') return false;
        foreach (char c in between) if (!char.IsWhiteSpace(c)) return true;
        return false;
    }
}
