using System.Buffers;
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
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010\u2011");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'\u2019");

    /// <summary>Abbreviations written with a final period that does not end a sentence by itself.</summary>
    internal static readonly HashSet<string> KnownAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "approx", "est", "dept", "univ", "ave", "fig",
    };

    /// <summary>Tokenizes one document and splits it into sentences.</summary>
    public static TokenizedDocument Tokenize(Document document, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var tokens = new List<Token>(document.Text.Length / 6 + 4);
        var parts = new List<Token>();
        Scan(document.Text, vocabulary, tokens, parts);
        var tokenArray = tokens.ToArray();
        var sentences = SentenceSplitter.Split(document.Text, tokenArray, vocabulary);
        return new TokenizedDocument(document, vocabulary, tokenArray, parts.ToArray(), sentences);
    }

    internal static void Scan(string text, Vocabulary vocabulary, List<Token> tokens, List<Token> parts)
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
                if (TryUrl(text, i, out end)) kind = TokenKind.Url;
                else if (TryEmail(text, i, out end)) kind = TokenKind.Email;
                else if (TryDottedAbbreviation(text, i, out end)) kind = TokenKind.Abbreviation;
                else
                {
                    end = ScanWord(text, i);
                    kind = IsNumber(text.AsSpan(start, end - start)) ? TokenKind.Number : TokenKind.Word;
                    if (kind == TokenKind.Word && end < text.Length && text[end] == '.'
                        && KnownAbbreviations.Contains(text[start..end]) && char.IsUpper(text[start]))
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

            end = Emit(text, vocabulary, tokens, parts, start, end, kind, previousEnd);
            previousEnd = end;
            i = end;
        }
    }

    /// <summary>Adds the token and returns where it ends (a plural possessive takes its apostrophe).</summary>
    private static int Emit(string text, Vocabulary vocabulary, List<Token> tokens, List<Token> parts,
        int start, int end, TokenKind kind, int previousEnd)
    {
        var flags = TokenFlags.None;
        int formEnd = end;
        if (kind == TokenKind.Word)
        {
            // "Iran’s" → form "Iran"; "nations’" → form "nations", and the token covers the apostrophe, so that
            // offsets, KWIC and sentence ends see the whole word as written.
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && Apostrophes.Contains(text[end - 2]))
            {
                formEnd = end - 2;
                flags |= TokenFlags.Possessive;
            }
            else if (end < text.Length && Apostrophes.Contains(text[end]) && (text[end - 1] is 's' or 'S')
                     && (end + 1 == text.Length || !IsWordChar(text[end + 1])))
            {
                end++;
                flags |= TokenFlags.Possessive;
            }
        }

        var form = text.AsSpan(start, formEnd - start);
        if (char.IsUpper(form[0])) flags |= TokenFlags.Capitalized;
        if (IsAllCaps(form)) flags |= TokenFlags.AllCaps;
        if (HasPunctuation(text.AsSpan(previousEnd, start - previousEnd))) flags |= TokenFlags.AfterPunctuation;

        int firstPart = -1, partCount = 0;
        if (kind == TokenKind.Word && form.IndexOfAny(Hyphens) > 0)
        {
            flags |= TokenFlags.Hyphenated;
            firstPart = parts.Count;
            int partStart = start;
            for (int j = start; j <= formEnd; j++)
            {
                if (j == formEnd || Hyphens.Contains(text[j]))
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

        tokens.Add(MakeToken(vocabulary, start, end - start, form, kind, flags) with { FirstPart = firstPart, PartCount = partCount });
        return end;
    }

    private static TokenFlags PartFlags(ReadOnlySpan<char> form)
    {
        var flags = TokenFlags.None;
        if (char.IsUpper(form[0])) flags |= TokenFlags.Capitalized;
        if (IsAllCaps(form)) flags |= TokenFlags.AllCaps;
        return flags;
    }

    private static Token MakeToken(Vocabulary vocabulary, int start, int length, ReadOnlySpan<char> form, TokenKind kind, TokenFlags flags)
    {
        int formId = vocabulary.GetOrAdd(form);
        Span<char> lowerBuffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lowerBuffer);
        NormalizeApostrophes(lowerBuffer);
        int lowerId = vocabulary.GetOrAdd(lowerBuffer);
        int stemId = kind == TokenKind.Word ? vocabulary.StemOf(lowerId) : lowerId;
        return new Token(start, length, formId, lowerId, stemId, kind, flags);
    }

    private static void NormalizeApostrophes(Span<char> s)
    {
        for (int i = 0; i < s.Length; i++) if (s[i] == '\u2019') s[i] = '\'';
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

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
            if (Hyphens.Contains(c) || Apostrophes.Contains(c)) { i++; continue; }
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
        foreach (char c in between) if (!char.IsWhiteSpace(c)) return true;
        return false;
    }
}
