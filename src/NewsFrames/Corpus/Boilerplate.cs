using System.Text;
using System.Text.RegularExpressions;

namespace NewsFrames;

/// <summary>What cleaning made of an article's paragraphs.</summary>
internal sealed class CleanedArticle
{
    public required List<string> Paragraphs { get; init; }
    public required List<Removal> Removals { get; init; }
    /// <summary>The line recognised as the headline (txt/md without a title field), "| Site" suffix included; it stays in the text.</summary>
    public string? TitleLine { get; init; }
    /// <summary>The date of a bare date line removed from the header.</summary>
    public DateTime? HeaderDate { get; init; }
}

/// <summary>
/// Boilerplate removal on one article's paragraphs. Rules are conservative: when a paragraph could be the
/// article's own, it stays (a lost sentence is worse than a kept link line); every removal is returned.
/// </summary>
internal static partial class Boilerplate
{
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "related news", "related", "related articles", "related stories", "related posts", "related content", "related coverage",
        "related topics", "read more", "read also", "also read", "see also", "more to read", "similar posts", "similar articles",
        "similar stories", "most popular", "most popular articles", "most popular stories", "most read", "most viewed",
        "you may also like", "you might also like", "you may like", "recommended", "recommended for you", "recommended articles",
        "recommended stories", "more stories", "more news", "more on this story", "latest news", "latest stories", "trending",
        "trending now", "popular posts", "popular articles", "top stories", "don't miss", "don’t miss", "also on",
    };

    public static CleanedArticle Clean(List<Paragraph> paragraphs, bool titleFromFirstLine, string? knownTitle, string? knownSource,
        CorpusOptions options)
    {
        var rules = options.Boilerplate;
        var removals = new List<Removal>();
        var paras = new List<Paragraph>(paragraphs.Where(p => p.Text.Length > 0));
        DateTime? headerDate = null;

        if (rules.HeaderNoise) RemoveHeader(paras, knownSource, removals, ref headerDate);

        // The headline stays in the text (it is the article's own, and where framing is strongest); it is also
        // copied to the title. A known title (manifest) is looked for among the first lines, so that header lines
        // left in place (rule off, or a header not recognised) are not taken for the headline.
        string? titleLine = null;
        int titleAt = 0;
        if (titleFromFirstLine && knownTitle is not null)
        {
            int found = paras.Take(5).ToList().FindIndex(p => SameTitle(p.Text, knownTitle));
            if (found > 0) titleAt = found;
        }
        if (titleFromFirstLine && paras.Count > titleAt + 1 && paras[titleAt].Text.Length <= options.MaxTitleLength && !paras[titleAt].Bulleted)
        {
            titleLine = paras[titleAt].Text;
            // "Headline | Site": the site name glued to the headline is header noise (and would make the outlet's
            // name a term of its own articles).
            int bar = titleLine.LastIndexOf(" | ", StringComparison.Ordinal);
            if (rules.HeaderNoise && SplitTitleSite(titleLine).Site is not null)
            {
                removals.Add(new Removal("title-site", titleLine[bar..]));
                paras[titleAt] = paras[titleAt] with { Text = titleLine[..bar].TrimEnd() };
            }
        }

        int headAt = titleLine is not null ? titleAt
            : knownTitle is not null && paras.Count > 0 && SameTitle(paras[0].Text, knownTitle) ? 0 : -1;
        if (rules.RepeatedTitle && headAt >= 0)
        {
            while (paras.Count > headAt + 2 && SameTitle(paras[headAt + 1].Text, paras[headAt].Text))
            {
                removals.Add(new Removal("repeated-title", paras[headAt + 1].Text));
                paras.RemoveAt(headAt + 1);
            }
        }

        if (rules.RelatedLinks) RemoveLinkBlocks(paras, removals);

        if (rules.ShareLines || rules.Filler)
        {
            for (int i = 0; i < paras.Count; i++)
            {
                string rule = rules.ShareLines && IsShareLine(paras[i].Text) ? "share-line"
                    : rules.Filler && IsFiller(paras[i].Text) ? "filler" : "";
                if (rule.Length == 0) continue;
                removals.Add(new Removal(rule, paras[i].Text));
                paras.RemoveAt(i--);
            }
        }

        return new CleanedArticle
        {
            Paragraphs = paras.Select(p => p.Text).ToList(),
            Removals = removals,
            TitleLine = titleLine,
            HeaderDate = headerDate,
        };
    }

    /// <summary>Splits "Headline | Site" into the headline and the site, when the part after the last bar is short.</summary>
    public static (string Title, string? Site) SplitTitleSite(string title)
    {
        int bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0) return (title, null);
        string site = title[(bar + 3)..].Trim();
        string head = title[..bar].Trim();
        if (site.Length == 0 || site.Length > 40 || site.Split(' ').Length > 5 || head.Length == 0) return (title, null);
        return (head, site);
    }

    private static void RemoveHeader(List<Paragraph> paras, string? knownSource, List<Removal> removals, ref DateTime? headerDate)
    {
        while (paras.Count > 1)
        {
            string text = paras[0].Text;
            string rule;
            if (Weather().IsMatch(text)) rule = "header-weather";
            else if (text.Length <= 40 && NewsDate.TryParse(text, out var date))
            {
                rule = "header-date";
                headerDate ??= date;
            }
            else if ((knownSource is not null && NormalizedEquals(text, knownSource))
                     || (SplitTitleSite(paras[1].Text).Site is { } site && NormalizedEquals(text, site)))
                rule = "header-site";
            else break;
            removals.Add(new Removal(rule, text));
            paras.RemoveAt(0);
        }
    }

    /// <summary>
    /// Markers are handled from the last to the first, so that a block at the end is judged on what really
    /// follows it. After a marker, the run of headline lines goes with it; if everything left after that is
    /// list material (headlines, bullets, indented teasers, filler), the block is a recirculation tail and goes whole.
    /// </summary>
    private static void RemoveLinkBlocks(List<Paragraph> paras, List<Removal> removals)
    {
        var found = new List<Removal>();
        for (int i = paras.Count - 1; i >= 0; i--)
        {
            string text = paras[i].Text;
            if (InlineMarker().IsMatch(text) && text.Length <= 200)
            {
                found.Add(new Removal("related-links", text));
                paras.RemoveAt(i);
                continue;
            }
            if (!IsMarker(text)) continue;
            int end = i + 1;
            while (end < paras.Count && IsHeadline(paras[end]) && !IsMarker(paras[end].Text)) end++;
            bool tail = true;
            for (int j = end; j < paras.Count && tail; j++)
                tail = paras[j].Indented || paras[j].Bulleted || IsHeadline(paras[j]) || IsFiller(paras[j].Text);
            if (tail) end = paras.Count;
            found.Add(new Removal(tail ? "recirculation" : "related-links", string.Join("\n\n", paras.Skip(i).Take(end - i).Select(p => p.Text))));
            paras.RemoveRange(i, end - i);
        }
        found.Reverse();
        removals.AddRange(found);
    }

    internal static bool IsMarker(string text)
    {
        if (text.Length > 40) return false;
        string t = text.Trim().TrimEnd(':', '：').Trim().ToLowerInvariant();
        return Markers.Contains(t) || (t.StartsWith("more from ", StringComparison.Ordinal) && t.Length <= 30);
    }

    /// <summary>A line that reads like a linked headline: short, and not ending as a sentence does.</summary>
    internal static bool IsHeadline(Paragraph p)
    {
        string t = p.Text.TrimEnd('"', '”', '’', '\'', ')', ']', ' ');
        if (t.Length == 0 || p.Text.Length > 150) return false;
        return !".!?;…".Contains(t[^1]) && t.Any(char.IsLetter);
    }

    internal static bool IsShareLine(string text) => text.Length <= 100 && ShareLine().IsMatch(text);

    internal static bool IsFiller(string text)
    {
        string t = text.TrimStart('•', '·', '-', '*', ' ');
        if (t.Length == 0) return false;
        // A paragraph is filler when removing every filler phrase leaves nothing, so its first non-blank character
        // must begin one: without a phrase there, only a blank paragraph qualifies. Checking the start first spares
        // every ordinary paragraph a scan and a copy (the replacement ran on each paragraph of every loaded file).
        if (!FillerAtStart().IsMatch(t)) return t.Trim().Length == 0;
        return FillerSentence().Replace(t, "").Trim().Length == 0;
    }

    private static bool SameTitle(string a, string b) =>
        NormalizedEquals(a, b) || NormalizedEquals(SplitTitleSite(a).Title, SplitTitleSite(b).Title);

    /// <summary>
    /// <c>Normalize(a) == Normalize(b)</c>, read off both strings side by side without building either: it runs on the
    /// first paragraphs of every article against its title and source.
    /// </summary>
    internal static bool NormalizedEquals(string a, string b)
    {
        var x = new NormalizedReader(a);
        var y = new NormalizedReader(b);
        while (true)
        {
            int c = x.Next();
            if (c != y.Next()) return false;
            if (c < 0) return true;
        }
    }

    /// <summary>The characters of <see cref="Normalize"/> one at a time; -1 at the end.</summary>
    private struct NormalizedReader(string text)
    {
        private int at;
        private bool started, spacePending;

        public int Next()
        {
            while (at < text.Length)
            {
                char c = text[at];
                if (char.IsLetterOrDigit(c))
                {
                    // A run of other characters between two kept ones reads as one space (none before the first kept
                    // character, none after the last: Normalize trims).
                    if (spacePending)
                    {
                        spacePending = false;
                        return ' ';
                    }
                    at++;
                    started = true;
                    return char.ToLowerInvariant(c);
                }
                at++;
                if (started) spacePending = true;
            }
            return -1;
        }
    }

    /// <summary>Letters and digits, lower-cased, with every run of anything else as one space; trimmed.</summary>
    internal static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"^-?\d{1,3}(?:[.,]\d{1,2})?\s?°?\s?[CF]$", RegexOptions.CultureInvariant)]
    private static partial Regex Weather();

    [GeneratedRegex(@"^(?:also read|read more|read also|related|related news|related article|see also)\s*[:：]\s*\S.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"^(?:share(?: this(?: article| story| post| page)?)?(?: (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email))?(?:\s*[,/|]\s*(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email))*|follow us(?: on [\w ,&/]+)?|subscribe(?: (?:to|for) [\w ’'’,&/-]+)?|sign up (?:for|to) [\w ’'’,&/-]+|click here to [\w ’'’,&/-]+|join (?:us|our [\w ]+) on [\w ,&/]+|(?:facebook|twitter|whatsapp|linkedin|telegram|email)(?:(?:\s*[,/|]\s*|\s+)(?:facebook|twitter|x|whatsapp|linkedin|telegram|email))+)\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLine();

    private const string FillerPattern = @"(?:this (?:article|story|post|page) (?:will be|is being) (?:expanded|updated)(?: soon| shortly)?(?: with (?:more|further) (?:detailed )?(?:information|details)(?: soon| shortly)?)?|(?:this is a )?developing story(?:[,;] (?:check|please check) back (?:soon|later)(?: for (?:more|updates))?)?|more to follow|stay tuned(?: for (?:more|updates|further updates))?)\s*[.!]?";

    [GeneratedRegex(FillerPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerSentence();

    /// <summary>A filler phrase at the start of the text (after blanks): every filler paragraph has one.</summary>
    [GeneratedRegex(@"^\s*(?:" + FillerPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerAtStart();
}
