using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFrames;

/// <summary>
/// One story of the Reuters-21578 collection (Lewis, Distribution 1.0), as its SGML gives it: the
/// categories, the title, dateline and body (entities decoded, control characters dropped).
/// </summary>
/// <param name="NewId">The NEWID attribute (1–21578), the collection's identifier.</param>
/// <param name="OldId">The OLDID attribute.</param>
/// <param name="File">The .sgm file name.</param>
/// <param name="Line">The 1-based line of the story's &lt;REUTERS&gt; tag.</param>
/// <param name="Date">The DATE element, or null when it does not parse.</param>
/// <param name="TextType">The TEXT element's TYPE: "NORM", "BRIEF" (title only) or "UNPROC" (no TITLE/BODY markup).</param>
/// <param name="Title">The TITLE element, or null.</param>
/// <param name="Dateline">The DATELINE element (e.g. "SALVADOR, Feb 26 -"), or null.</param>
/// <param name="Body">The BODY element; for UNPROC stories the whole unmarked text; empty when there is none.</param>
/// <param name="Topics">TOPICS categories.</param>
/// <param name="Places">PLACES categories (e.g. "iran", "ussr").</param>
/// <param name="People">PEOPLE categories.</param>
/// <param name="Orgs">ORGS categories (e.g. "opec").</param>
/// <param name="Exchanges">EXCHANGES categories.</param>
/// <param name="LewisSplit">The LEWISSPLIT attribute (TRAIN, TEST, NOT-USED).</param>
public sealed record ReutersStory(
    int NewId, int OldId, string File, int Line, DateTime? Date, string TextType, string? Title, string? Dateline, string Body,
    IReadOnlyList<string> Topics, IReadOnlyList<string> Places, IReadOnlyList<string> People,
    IReadOnlyList<string> Orgs, IReadOnlyList<string> Exchanges, string LewisSplit)
{
    /// <summary>Title and body joined by a newline (what throughput benchmarks measure).</summary>
    public string TitleAndBody => Title is null ? Body : Body.Length == 0 ? Title : Title + "\n" + Body;

    /// <summary>
    /// The story as a <see cref="Document"/>: source "Reuters", id "<c>reut2-000#1</c>" (file and NEWID), the body's
    /// hard-wrapped lines joined into paragraphs (a new paragraph starts at an indented line), and the closing
    /// "Reuter" sign-off removed and recorded.
    /// </summary>
    public Document ToDocument(string? file = null)
    {
        file ??= File;
        var (paragraphs, removals) = BodyParagraphs();
        return new Document
        {
            Id = Path.ChangeExtension(file, null) + "#" + NewId.ToString(CultureInfo.InvariantCulture),
            File = file,
            Source = "Reuters",
            Title = Title,
            Date = Date,
            Text = string.Join("\n\n", paragraphs),
            Removals = removals,
        };
    }

    /// <summary>The body's paragraphs (wrapped lines joined; an indented line starts a paragraph) without the "Reuter" sign-off.</summary>
    internal (List<string> Paragraphs, List<Removal> Removals) BodyParagraphs()
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in Body.Split('\n'))
        {
            bool indented = rawLine.Length > 0 && char.IsWhiteSpace(rawLine[0]);
            string line = rawLine.Trim();
            if ((indented || line.Length == 0) && current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
            if (line.Length == 0) continue;
            if (current.Length > 0) current.Append(' ');
            current.Append(line);
        }
        if (current.Length > 0) paragraphs.Add(current.ToString());
        var removals = new List<Removal>();
        if (paragraphs.Count > 0 && paragraphs[^1] is "Reuter" or "REUTER")
        {
            removals.Add(new Removal("sign-off", paragraphs[^1]));
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        return (paragraphs, removals);
    }
}

/// <summary>
/// Reads the Reuters-21578 SGML files (<c>reut2-000.sgm</c> … <c>reut2-021.sgm</c>, 21,578 stories).
/// <c>Corpus.Load</c> recognises <c>.sgm</c> files with this reader too.
/// </summary>
/// <example>
/// <code>
/// var stories = ReutersSgml.Read("../shared/data/reuters21578");   // 21,578 stories
/// var iran = stories.Where(s => s.Places.Contains("iran"));
/// Corpus corpus = ReutersSgml.Load("../shared/data/reuters21578/reut2-000.sgm");
/// </code>
/// </example>
public static partial class ReutersSgml
{
    /// <summary>Reads one .sgm file, or every .sgm file of a folder in name order.</summary>
    /// <exception cref="CorpusLoadException">The path is missing, or a file is malformed (file and line named).</exception>
    public static IReadOnlyList<ReutersStory> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stories = new List<ReutersStory>();
        foreach (var file in Files(path))
        {
            var bytes = System.IO.File.ReadAllBytes(file);
            stories.AddRange(Parse(TextDecoder.Decode(bytes).Text, Path.GetFileName(file)));
        }
        return stories;
    }

    /// <summary>Reads like <see cref="Read"/> and returns the stories as a corpus (see <see cref="ReutersStory.ToDocument"/>).</summary>
    public static Corpus Load(string path)
    {
        var stories = Read(path);
        var report = new LoadReport(stories.GroupBy(s => s.File).Select(g => new LoadEntry(g.Key, LoadStatus.Loaded, g.Count(), "")));
        return new Corpus(stories.Select(s => s.ToDocument()), report, Path.GetFullPath(path));
    }

    /// <summary>Parses the text of one .sgm file; <paramref name="file"/> names it in stories and errors.</summary>
    /// <exception cref="CorpusLoadException">A &lt;REUTERS&gt; element is not closed, or has no NEWID.</exception>
    public static IReadOnlyList<ReutersStory> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stories = new List<ReutersStory>();
        int position = 0, line = 1, lineCountedTo = 0;
        while (true)
        {
            int start = text.IndexOf("<REUTERS", position, StringComparison.Ordinal);
            if (start < 0) break;
            line += CountNewlines(text, lineCountedTo, start);
            lineCountedTo = start;
            int end = text.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            int nextStart = text.IndexOf("<REUTERS", start + 8, StringComparison.Ordinal);
            if (end < 0 || (nextStart >= 0 && nextStart < end))
                throw new CorpusLoadException(file, line, "<REUTERS> element is not closed by </REUTERS>");
            stories.Add(ParseStory(text.AsSpan(start, end - start).ToString(), file, line));
            position = end + 10;
        }
        return stories;
    }

    private static ReutersStory ParseStory(string element, string file, int line)
    {
        var head = OpenTag().Match(element);
        int newId = IntAttribute(head.Value, "NEWID") ?? throw new CorpusLoadException(file, line, "<REUTERS> has no NEWID attribute");
        int oldId = IntAttribute(head.Value, "OLDID") ?? 0;
        string split = Attribute(head.Value, "LEWISSPLIT") ?? "";
        string? dateText = Element(element, "DATE");
        DateTime? date = null;
        if (dateText is not null && DateTime.TryParseExact(dateText.Trim(), ["d-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            date = parsed;

        var textMatch = TextElement().Match(element);
        string textType = "NORM", title = "", dateline = "", body = "";
        bool hasTitle = false, hasDateline = false;
        if (textMatch.Success)
        {
            textType = Attribute(textMatch.Groups[1].Value, "TYPE") ?? "NORM";
            string inner = textMatch.Groups[2].Value;
            string? t = Element(inner, "TITLE"), d = Element(inner, "DATELINE"), b = Element(inner, "BODY");
            hasTitle = t is not null;
            hasDateline = d is not null;
            title = Clean(t ?? "");
            dateline = Clean(d ?? "");
            body = b is not null ? Clean(b) : textType == "UNPROC" ? Clean(inner) : "";
        }
        return new ReutersStory(newId, oldId, file, line, date, textType,
            hasTitle && title.Length > 0 ? title : null, hasDateline && dateline.Length > 0 ? dateline : null, body,
            Categories(element, "TOPICS"), Categories(element, "PLACES"), Categories(element, "PEOPLE"),
            Categories(element, "ORGS"), Categories(element, "EXCHANGES"), split);
    }

    private static IEnumerable<string> Files(string path)
    {
        if (System.IO.File.Exists(path)) return [path];
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.sgm", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        throw new CorpusLoadException(path, null, "no such file or folder");
    }

    private static string? Element(string text, string name)
    {
        int open = text.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0) return null;
        int from = open + name.Length + 2;
        int close = text.IndexOf("</" + name + ">", from, StringComparison.Ordinal);
        return close < 0 ? text[from..] : text[from..close];
    }

    private static string[] Categories(string element, string name) =>
        Element(element, name) is { } inner ? [.. CategoryItem().Matches(inner).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))] : [];

    /// <summary>Decodes entities (&amp;lt; &amp;amp; &amp;#N;), drops the control characters the wire format carries, trims line ends.</summary>
    private static string Clean(string raw)
    {
        string decoded = WebUtility.HtmlDecode(MarkupTag().Replace(raw, ""));
        var sb = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
            if (c == '\n' || c == '\t' || !char.IsControl(c)) sb.Append(c);
        var lines = sb.ToString().Replace("\r", "").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n', ' ');
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, name + "=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static int? IntAttribute(string tag, string name) =>
        int.TryParse(Attribute(tag, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static int CountNewlines(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n');

    [GeneratedRegex("^<REUTERS[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex OpenTag();

    [GeneratedRegex("<TEXT([^>]*)>(.*?)</TEXT>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextElement();

    [GeneratedRegex("<D>(.*?)</D>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CategoryItem();

    [GeneratedRegex("</?(TITLE|DATELINE|BODY|AUTHOR)>", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupTag();
}
