using System.Collections;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>How a KWIC pattern is matched against tokens (always case-insensitive).</summary>
public enum PatternType
{
    /// <summary>Glob: <c>*</c> any run of characters, <c>?</c> one character ("sanction*"). The default.</summary>
    Glob,
    /// <summary>The word exactly (case-insensitive).</summary>
    Exact,
    /// <summary>Every word of the pattern is stemmed and matched against token stems ("cooperate" finds "cooperation").</summary>
    Stem,
    /// <summary>A .NET regular expression, matched against the whole lower-case word.</summary>
    Regex,
}

/// <summary>One keyword-in-context hit.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Source">The document's source ("(unknown)" when not known).</param>
/// <param name="Sentence">Zero-based index of the sentence holding the first matched token.</param>
/// <param name="TokenStart">Index of the first matched token.</param>
/// <param name="TokenEnd">Index just past the last matched token.</param>
/// <param name="Start">Character offset of the match in the document text.</param>
/// <param name="End">Character offset just past the match.</param>
/// <param name="Pre">The text of up to <c>window</c> tokens before the match, as written.</param>
/// <param name="Keyword">The matched text, as written.</param>
/// <param name="Post">The text of up to <c>window</c> tokens after the match, as written.</param>
/// <param name="Context">The whole sentence (or sentences) the match is in.</param>
public sealed record KwicHit(string DocumentId, string Source, int Sentence, int TokenStart, int TokenEnd, int Start, int End,
    string Pre, string Keyword, string Post, string Context);

/// <summary>
/// Keyword in context: every occurrence of a word, phrase, stem or wildcard pattern with a window of tokens on
/// each side and its sentence, in corpus order. Whitespace in a pattern makes a phrase (consecutive tokens); a
/// one-word pattern also matches a part of a hyphenated compound ("russia" finds "Iran-Russia").
/// </summary>
/// <example>
/// <code>
/// var hits = Corpus.Load("seeds").Kwic("strategic partner*", window: 5);
/// hits.ToDataFrame();   // document, source, sentence, pre, keyword, post, context, start, end
/// hits.ToHtml();        // an HTML table, the keyword in &lt;mark&gt;, all text escaped
/// </code>
/// </example>
public sealed class KwicResult : ITabularResult, IReadOnlyList<KwicHit>
{
    private readonly KwicHit[] hits;

    internal KwicResult(KwicHit[] hits, string pattern, PatternType type, int window)
    {
        this.hits = hits;
        Pattern = pattern;
        Type = type;
        Window = window;
    }

    /// <summary>The pattern searched.</summary>
    public string Pattern { get; }

    /// <summary>How it was matched.</summary>
    public PatternType Type { get; }

    /// <summary>Tokens of context on each side.</summary>
    public int Window { get; }

    /// <inheritdoc/>
    public int Count => hits.Length;

    /// <inheritdoc/>
    public KwicHit this[int index] => hits[index];

    /// <summary>Columns: <c>document, source, sentence, pre, keyword, post, context, start, end</c>.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("document", hits.Select(h => h.DocumentId)),
        new StringDataFrameColumn("source", hits.Select(h => h.Source)),
        new Int32DataFrameColumn("sentence", hits.Select(h => h.Sentence)),
        new StringDataFrameColumn("pre", hits.Select(h => h.Pre)),
        new StringDataFrameColumn("keyword", hits.Select(h => h.Keyword)),
        new StringDataFrameColumn("post", hits.Select(h => h.Post)),
        new StringDataFrameColumn("context", hits.Select(h => h.Context)),
        new Int32DataFrameColumn("start", hits.Select(h => h.Start)),
        new Int32DataFrameColumn("end", hits.Select(h => h.End)));

    /// <summary>An HTML table (document, source, pre, keyword, post), the keyword in &lt;mark&gt;; every text is HTML-escaped.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table class=\"newsframes-kwic\">\n<thead><tr><th>document</th><th>source</th><th style=\"text-align:right\">pre</th><th>keyword</th><th>post</th></tr></thead>\n<tbody>\n");
        foreach (var h in hits)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(h.DocumentId))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(h.Source))
                .Append("</td><td style=\"text-align:right\">").Append(WebUtility.HtmlEncode(OneLine(h.Pre)))
                .Append("</td><td><mark>").Append(WebUtility.HtmlEncode(OneLine(h.Keyword)))
                .Append("</mark></td><td>").Append(WebUtility.HtmlEncode(OneLine(h.Post)))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");

    /// <inheritdoc/>
    public IEnumerator<KwicHit> GetEnumerator() => ((IEnumerable<KwicHit>)hits).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static KwicResult Compute(TokenizedCorpus tokens, string pattern, int window, PatternType type)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var words = pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var vocabulary = tokens.Vocabulary;
        var matchers = words.Select(w => new WordMatcher(w, type, vocabulary)).ToArray();
        var hits = new List<KwicHit>();
        foreach (var doc in tokens)
        {
            var t = doc.Tokens;
            string text = doc.Document.Text;
            for (int i = 0; i + matchers.Length <= t.Count; i++)
            {
                bool match = true;
                for (int j = 0; j < matchers.Length && match; j++)
                {
                    var token = t[i + j];
                    match = matchers[j].Matches(token) || (matchers.Length == 1 && PartMatches(doc, token, matchers[j]));
                }
                if (!match) continue;
                int last = i + matchers.Length - 1;
                int start = t[i].Start, end = t[last].End;
                int preFirst = Math.Max(0, i - window), postLast = Math.Min(t.Count - 1, last + window);
                // Context runs up to the match, so punctuation and markup next to it stay visible ("deal. The").
                string pre = i == preFirst ? "" : text[t[preFirst].Start..start].TrimEnd();
                string post = last == postLast ? "" : text[end..t[postLast].End].TrimStart();
                int s1 = doc.SentenceOf(i), s2 = doc.SentenceOf(last);
                string context = text[doc.Sentences[s1].Start..doc.Sentences[s2].End];
                hits.Add(new KwicHit(doc.Document.Id, doc.Document.SourceOrUnknown, s1, i, last + 1, start, end, pre, text[start..end], post, context));
            }
        }
        return new KwicResult(hits.ToArray(), pattern, type, window);
    }

    private static bool PartMatches(TokenizedDocument doc, Token token, WordMatcher matcher)
    {
        for (int p = 0; p < token.PartCount; p++)
            if (matcher.Matches(doc.Parts[token.FirstPart + p])) return true;
        return false;
    }

    /// <summary>Matches one pattern word against tokens, deciding once per vocabulary id (the text test is the slow part).</summary>
    private sealed class WordMatcher
    {
        private readonly Vocabulary vocabulary;
        private readonly bool byStem;
        private readonly Func<string, bool> test;
        private sbyte[] decided;

        public WordMatcher(string word, PatternType type, Vocabulary vocabulary)
        {
            this.vocabulary = vocabulary;
            decided = new sbyte[vocabulary.Count];
            string lower = word.ToLowerInvariant().Replace('\u2019', '\'');
            byStem = type == PatternType.Stem;
            switch (type)
            {
                case PatternType.Exact:
                    test = s => string.Equals(s, lower, StringComparison.Ordinal);
                    break;
                case PatternType.Stem:
                    string stem = EnglishStemmer.Stem(lower);
                    test = s => string.Equals(s, stem, StringComparison.Ordinal);
                    break;
                case PatternType.Regex:
                    Regex regex;
                    try
                    {
                        regex = new Regex("^(?:" + word + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException e)
                    {
                        throw new ArgumentException($"Invalid regular expression \"{word}\": {e.Message}", nameof(word), e);
                    }
                    test = regex.IsMatch;
                    break;
                default:
                    if (lower.IndexOfAny(['*', '?']) < 0)
                    {
                        test = s => string.Equals(s, lower, StringComparison.Ordinal);
                        break;
                    }
                    var glob = new Regex("^" + Regex.Escape(lower).Replace("\\*", ".*").Replace("\\?", ".") + "$",
                        RegexOptions.CultureInvariant | RegexOptions.Singleline);
                    test = glob.IsMatch;
                    break;
            }
        }

        public bool Matches(in Token token)
        {
            int id = byStem ? token.Stem : token.Lower;
            if (id >= decided.Length) Array.Resize(ref decided, vocabulary.Count);
            if (decided[id] == 0) decided[id] = test(vocabulary[id]) ? (sbyte)1 : (sbyte)-1;
            return decided[id] > 0;
        }
    }
}
