using System.Globalization;
using System.Text;

namespace NewsFrames;

/// <summary>A pattern that is not valid frame-pattern syntax; <see cref="Column"/> is 1-based within the pattern text.</summary>
public sealed class PatternSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public PatternSyntaxException(string message, int column) : base(message) => Column = column;

    /// <summary>1-based column within the pattern text where the problem is.</summary>
    public int Column { get; }
}

/// <summary>One element of a parsed pattern.</summary>
internal abstract record PatternNode;

/// <summary>One token slot. <see cref="Key"/> is the stem (<see cref="Kind"/> Stem), the normalised lower-case word (Exact) or the glob (Glob).</summary>
internal sealed record WordNode(WordKind Kind, string Key, string Source) : PatternNode;

/// <summary>Skip between <see cref="Min"/> and <see cref="Max"/> tokens of the same sentence.</summary>
internal sealed record GapNode(int Min, int Max) : PatternNode;

/// <summary>Alternatives (each a sequence); optional when written with parentheses.</summary>
internal sealed record GroupNode(IReadOnlyList<IReadOnlyList<PatternNode>> Alternatives, bool Optional) : PatternNode;

internal enum WordKind : byte { Stem, Exact, Glob }

/// <summary>
/// Parses the frame-pattern syntax (documented in the default lexicon's header):
/// words match on Snowball stems, <c>"quoted"</c> words match the exact word, <c>west*</c> is a glob on the word,
/// <c>a|b c</c> are alternatives (lowest precedence, as in regular expressions), <c>{...}</c> groups,
/// <c>(...)</c> is optional, <c>[n-m]</c> skips n to m tokens of the same sentence.
/// Hyphenated words and possessives are split and stripped exactly as the tokenizer does for text.
/// </summary>
internal static class PatternParser
{
    /// <summary>The widest gap allowed; wider gaps would make "same sentence" the only real limit.</summary>
    public const int MaxGap = 20;

    private const string Special = "|(){}[]\"";

    public static IReadOnlyList<IReadOnlyList<PatternNode>> Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        int i = 0;
        var result = ParseAlternatives(pattern, ref i, closer: null, quoted: false);
        if (i < pattern.Length) throw new PatternSyntaxException($"unexpected '{pattern[i]}'", i + 1);
        if (result.All(a => a.Count == 0)) throw new PatternSyntaxException("empty pattern", 1);
        return result;
    }

    private static List<IReadOnlyList<PatternNode>> ParseAlternatives(string p, ref int i, char? closer, bool quoted)
    {
        var alternatives = new List<IReadOnlyList<PatternNode>>();
        int bar = -1;
        while (true)
        {
            var seq = ParseSequence(p, ref i, closer, quoted);
            bool moreFollow = i < p.Length && p[i] == '|';
            if (seq.Count == 0 && (bar >= 0 || moreFollow))
                throw new PatternSyntaxException("empty alternative around '|'", (bar >= 0 ? bar : i) + 1);
            alternatives.Add(seq);
            if (!moreFollow) break;
            bar = i++;
        }
        return alternatives;
    }

    private static List<PatternNode> ParseSequence(string p, ref int i, char? closer, bool quoted)
    {
        var seq = new List<PatternNode>();
        while (true)
        {
            while (i < p.Length && char.IsWhiteSpace(p[i])) i++;
            if (i >= p.Length) return seq;
            char c = p[i];
            if (c == '|' || c == closer) return seq;
            int start = i;
            switch (c)
            {
                case '(' or '{':
                {
                    if (quoted) throw new PatternSyntaxException($"'{c}' inside a quoted phrase", i + 1);
                    char close = c == '(' ? ')' : '}';
                    i++;
                    var alternatives = ParseAlternatives(p, ref i, close, quoted: false);
                    if (i >= p.Length || p[i] != close) throw new PatternSyntaxException($"'{c}' is not closed by '{close}'", start + 1);
                    i++;
                    if (alternatives.All(a => a.Count == 0)) throw new PatternSyntaxException($"empty group '{c}{close}'", start + 1);
                    seq.Add(new GroupNode(alternatives, Optional: c == '('));
                    break;
                }
                case '[':
                    if (quoted) throw new PatternSyntaxException("'[' inside a quoted phrase", i + 1);
                    seq.Add(ParseGap(p, ref i));
                    break;
                case '"':
                {
                    if (quoted) throw new PatternSyntaxException("nested quote", i + 1);
                    i++;
                    var inner = ParseSequence(p, ref i, '"', quoted: true);
                    if (i >= p.Length || p[i] != '"') throw new PatternSyntaxException("quote is not closed", start + 1);
                    i++;
                    if (inner.Count == 0) throw new PatternSyntaxException("empty quotes", start + 1);
                    seq.AddRange(inner);
                    break;
                }
                case ')' or '}' or ']':
                    throw new PatternSyntaxException($"unmatched '{c}'", i + 1);
                default:
                    ParseWord(p, ref i, quoted, seq);
                    break;
            }
        }
    }

    private static GapNode ParseGap(string p, ref int i)
    {
        int start = i;
        int close = p.IndexOf(']', i);
        if (close < 0) throw new PatternSyntaxException("'[' is not closed by ']'", start + 1);
        string body = p[(i + 1)..close].Trim();
        i = close + 1;
        string[] bounds = body.Split('-');
        if (bounds.Length is < 1 or > 2
            || !int.TryParse(bounds[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int min)
            || !int.TryParse(bounds[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int max))
            throw new PatternSyntaxException($"a gap is written [n] or [n-m] with whole numbers, not [{body}]", start + 1);
        if (min > max) throw new PatternSyntaxException($"gap [{body}]: the minimum is larger than the maximum", start + 1);
        if (max > MaxGap) throw new PatternSyntaxException($"gap [{body}]: at most {MaxGap} tokens can be skipped", start + 1);
        if (max == 0) throw new PatternSyntaxException("gap [0] skips nothing; remove it", start + 1);
        return new GapNode(min, max);
    }

    private static void ParseWord(string p, ref int i, bool quoted, List<PatternNode> seq)
    {
        int start = i;
        while (i < p.Length && !char.IsWhiteSpace(p[i]) && Special.IndexOf(p[i]) < 0) i++;
        string raw = p[start..i];
        for (int k = 0; k < raw.Length; k++)
        {
            char c = raw[k];
            bool ok = Tokenizer.IsWordChar(c) || c is '*' or '?' or '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' or '@'
                      || (c == ',' && k > 0 && k + 1 < raw.Length && char.IsDigit(raw[k - 1]) && char.IsDigit(raw[k + 1]));
            if (!ok) throw new PatternSyntaxException($"'{c}' is not part of any token and can never match; remove it", start + k + 1);
        }

        string lower = raw.ToLowerInvariant().Replace('\u2019', '\'');
        // Possessives: the tokenizer keeps "Russia’s" as the form "russia"; do the same to the pattern word.
        if (lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal)) lower = lower[..^2];
        else if (lower.Length > 1 && lower.EndsWith('\'') && lower[^2] == 's') lower = lower[..^1];

        bool exactForm = false;
        if (IsAbbreviation(lower)) lower = lower.Replace(".", "", StringComparison.Ordinal);
        else if (!IsNumber(lower) && lower.Length > 1 && lower.IndexOf('.', StringComparison.Ordinal) == lower.Length - 1) exactForm = true; // "Mr.", "Jan.": the tokenizer keeps the dot
        else if (!IsNumber(lower) && lower.Contains('.', StringComparison.Ordinal))
            throw new PatternSyntaxException($"'.' inside '{raw}' can never match a word; remove it", start + lower.IndexOf('.', StringComparison.Ordinal) + 1);

        // Hyphenated compounds are matched part by part, like the tokenizer's parts of "Iran-Russia".
        int partStart = 0;
        for (int k = 0; k <= lower.Length; k++)
        {
            if (k < lower.Length && lower[k] is not ('-' or '\u2010' or '\u2011')) continue;
            string part = lower[partStart..k];
            if (part.Length == 0) throw new PatternSyntaxException($"'{raw}' has an empty part around a hyphen", start + 1);
            if (part.Trim('\'').Length == 0 || (part.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal).Length == 0 && part != "*"))
                throw new PatternSyntaxException($"'{raw}' has no letters or digits", start + 1);
            seq.Add(MakeWord(part, raw, quoted || exactForm));
            partStart = k + 1;
        }
    }

    private static WordNode MakeWord(string part, string raw, bool quoted)
    {
        if (part.Contains('*', StringComparison.Ordinal) || part.Contains('?', StringComparison.Ordinal))
            return new WordNode(WordKind.Glob, part, raw);
        if (quoted || IsNumber(part) || part.StartsWith('@')) return new WordNode(WordKind.Exact, part, raw);
        return new WordNode(WordKind.Stem, EnglishStemmer.Stem(part), raw);
    }

    /// <summary>"u.s.", "u.s", "e.g.": single letters separated by dots (the tokenizer keeps "U.S." whole; the matcher drops its dots).</summary>
    internal static bool IsAbbreviation(string lower)
    {
        if (lower.Length < 3 || !lower.Contains('.', StringComparison.Ordinal)) return false;
        for (int k = 0; k < lower.Length; k++)
        {
            bool letterSlot = k % 2 == 0;
            if (letterSlot ? !char.IsLetter(lower[k]) : lower[k] != '.') return false;
        }
        return true;
    }

    /// <summary>How many plain sequences a parsed pattern expands to (optional elements × alternatives), saturating at long.MaxValue / 2.</summary>
    internal static long CountExpansions(IReadOnlyList<IReadOnlyList<PatternNode>> alternatives)
    {
        long total = 0;
        foreach (var seq in alternatives)
        {
            long product = 1;
            foreach (var node in seq)
            {
                long options = node is GroupNode g ? CountExpansions(g.Alternatives) + (g.Optional ? 1 : 0) : 1;
                product = Math.Min(long.MaxValue / 4, product * Math.Min(options, int.MaxValue));
            }
            total = Math.Min(long.MaxValue / 4, total + product);
        }
        return total;
    }

    private static bool IsNumber(string s)
    {
        if (s.Length == 0 || !char.IsDigit(s[0])) return false;
        foreach (char c in s) if (!(char.IsDigit(c) || c is ',' or '.')) return false;
        return true;
    }

    /// <summary>A readable rendering of a parsed pattern, used in lint messages.</summary>
    internal static string Describe(IReadOnlyList<IReadOnlyList<PatternNode>> alternatives)
    {
        var sb = new StringBuilder();
        Append(sb, alternatives);
        return sb.ToString();

        static void Append(StringBuilder sb, IReadOnlyList<IReadOnlyList<PatternNode>> alts)
        {
            for (int a = 0; a < alts.Count; a++)
            {
                if (a > 0) sb.Append('|');
                for (int n = 0; n < alts[a].Count; n++)
                {
                    if (n > 0) sb.Append(' ');
                    switch (alts[a][n])
                    {
                        case WordNode w: sb.Append(w.Kind == WordKind.Exact ? "\"" + w.Key + "\"" : w.Kind == WordKind.Stem ? "~" + w.Key : w.Key); break;
                        case GapNode g: sb.Append('[').Append(g.Min).Append('-').Append(g.Max).Append(']'); break;
                        case GroupNode grp:
                            sb.Append(grp.Optional ? '(' : '{');
                            Append(sb, grp.Alternatives);
                            sb.Append(grp.Optional ? ')' : '}');
                            break;
                    }
                }
            }
        }
    }
}
