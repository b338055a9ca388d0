using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

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
        return BuildDocument(Path.ChangeExtension(file, null) + "#" + NewId.ToString(CultureInfo.InvariantCulture), file, Title, Date, Body);
    }

    /// <summary><see cref="ToDocument"/> from a story's parts: <paramref name="body"/> is the cleaned BODY text (<see cref="Body"/>).</summary>
    internal static Document BuildDocument(string id, string file, string? title, DateTime? date, ReadOnlySpan<char> body)
    {
        // The joined text is never longer than the body (every join replaces at least the newline it joins over).
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            int length = JoinParagraphs(body, buffer, null, out int lastStart);
            var text = buffer.AsSpan(0, length);
            IReadOnlyList<Removal> removals = [];
            if (lastStart >= 0 && SignOff(text[lastStart..]) is { } signOff)
            {
                removals = [new Removal("sign-off", signOff)];
                text = text[..Math.Max(0, lastStart - 2)];
            }
            return new Document
            {
                Id = id,
                File = file,
                Source = "Reuters",
                Title = title,
                Date = date,
                Text = text.IsEmpty ? "" : text.ToString(),
                Removals = removals,
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The body's paragraphs (wrapped lines joined; an indented line starts a paragraph) without the "Reuter" sign-off.</summary>
    internal (List<string> Paragraphs, List<Removal> Removals) BodyParagraphs() => ParagraphsOf(Body);

    /// <summary><see cref="BodyParagraphs"/> of a cleaned BODY text.</summary>
    internal static (List<string> Paragraphs, List<Removal> Removals) ParagraphsOf(ReadOnlySpan<char> body)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var bounds = new List<(int Start, int End)>();
            JoinParagraphs(body, buffer, bounds, out _);
            var removals = new List<Removal>();
            if (bounds.Count > 0 && SignOff(buffer.AsSpan(bounds[^1].Start..bounds[^1].End)) is { } signOff)
            {
                removals.Add(new Removal("sign-off", signOff));
                bounds.RemoveAt(bounds.Count - 1);
            }
            return (bounds.ConvertAll(b => new string(buffer, b.Start, b.End - b.Start)), removals);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string? SignOff(ReadOnlySpan<char> paragraph) =>
        paragraph.SequenceEqual("Reuter") ? "Reuter" : paragraph.SequenceEqual("REUTER") ? "REUTER" : null;

    /// <summary>
    /// Writes the paragraphs of <paramref name="body"/> into <paramref name="destination"/> joined by a blank line: each
    /// line trimmed, the lines of a paragraph joined by a space, a paragraph ended by an empty line or an indented one.
    /// Returns the length written; <paramref name="lastStart"/> is where the last paragraph starts (-1: none).
    /// </summary>
    private static int JoinParagraphs(ReadOnlySpan<char> body, Span<char> destination, List<(int Start, int End)>? bounds, out int lastStart)
    {
        int written = 0, start = -1;
        lastStart = -1;
        while (true)
        {
            int newline = body.IndexOf('\n');
            var rawLine = newline < 0 ? body : body[..newline];
            bool indented = rawLine.Length > 0 && char.IsWhiteSpace(rawLine[0]);
            var line = rawLine.Trim();
            if ((indented || line.IsEmpty) && start >= 0)
            {
                bounds?.Add((start, written));
                start = -1;
            }
            if (!line.IsEmpty)
            {
                if (start >= 0) destination[written++] = ' ';
                else
                {
                    if (written > 0)
                    {
                        destination[written++] = '\n';
                        destination[written++] = '\n';
                    }
                    start = lastStart = written;
                }
                line.CopyTo(destination[written..]);
                written += line.Length;
            }
            if (newline < 0) break;
            body = body[(newline + 1)..];
        }
        if (start >= 0) bounds?.Add((start, written));
        return written;
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
public static class ReutersSgml
{
    private static readonly string[] DateFormats = ["d-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss"];

    /// <summary>Reads one .sgm file, or every .sgm file of a folder in name order.</summary>
    /// <exception cref="CorpusLoadException">The path is missing, or a file is malformed (file and line named).</exception>
    public static IReadOnlyList<ReutersStory> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stories = new List<ReutersStory>();
        foreach (var file in Files(path))
        {
            var reader = new StoryReader(Path.GetFileName(file));
            ReadFile(file, reader.File, (element, line) => stories.Add(reader.Story(element, line)));
        }
        return stories;
    }

    /// <summary>
    /// Reads like <see cref="Read"/> straight into documents, each the story's <see cref="ReutersStory.ToDocument"/>
    /// (<paramref name="idSuffix"/> appended to its id), without the story records: the cleaned body goes from a
    /// scratch buffer to the joined text, one string per story instead of two. With each document, the UTF-8 size of
    /// the story's <see cref="ReutersStory.TitleAndBody"/> (the text the benchmarks measure throughput against).
    /// </summary>
    /// <exception cref="CorpusLoadException">The path is missing, or a file is malformed (file and line named).</exception>
    internal static List<(Document Document, long TitleAndBodyBytes)> ReadDocuments(string path, string idSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        var documents = new List<(Document, long)>();
        foreach (var file in Files(path))
        {
            var reader = new StoryReader(Path.GetFileName(file));
            ReadFile(file, reader.File, (element, line) => documents.Add(reader.Document(element, line, idSuffix)));
        }
        return documents;
    }

    /// <summary>
    /// True when <see cref="ReadArticles(ReadOnlySpan{byte}, string, List{string})"/> should read a file's bytes: they
    /// hold a &lt;REUTERS&gt; element as ASCII bytes, so the encoding gives ASCII byte for character (UTF-8, with or
    /// without a byte-order mark, or the Windows-1252 fallback; never UTF-16 or UTF-32).
    /// </summary>
    internal static bool CanReadArticles(ReadOnlySpan<byte> bytes) => bytes.IndexOf("<REUTERS"u8) >= 0;

    /// <summary>
    /// The generic loader's articles of one .sgm file, read from its bytes a story at a time (see
    /// <see cref="CanReadArticles"/>): what parsing the decoded text and taking each story's title and
    /// <see cref="ReutersStory.BodyParagraphs"/> gives, without the file's text, the stories or their bodies as strings.
    /// A story with neither title nor text is left out with a warning naming its line and NEWID.
    /// </summary>
    /// <exception cref="CorpusLoadException">A &lt;REUTERS&gt; element is not closed, or has no NEWID.</exception>
    internal static List<RawArticle> ReadArticles(ReadOnlySpan<byte> bytes, string file, List<string> warnings)
    {
        var articles = new List<RawArticle>();
        ForEachElement(bytes, file, CollectArticles(file, articles, warnings));
        return articles;
    }

    /// <summary><see cref="ReadArticles(ReadOnlySpan{byte}, string, List{string})"/> of a file's decoded text (UTF-16 and UTF-32 files).</summary>
    internal static List<RawArticle> ReadArticles(string text, string file, List<string> warnings)
    {
        var articles = new List<RawArticle>();
        ForEachElement(text.AsSpan(), file, CollectArticles(file, articles, warnings));
        return articles;
    }

    private static ElementAction CollectArticles(string file, List<RawArticle> articles, List<string> warnings)
    {
        var reader = new StoryReader(file);
        return (element, line) =>
        {
            if (reader.Article(element, line, warnings) is { } article) articles.Add(article);
        };
    }

    /// <summary>Reads like <see cref="Read"/> and returns the stories as a corpus (see <see cref="ReutersStory.ToDocument"/>).</summary>
    public static Corpus Load(string path)
    {
        var documents = ReadDocuments(path);
        var report = new LoadReport(documents.GroupBy(d => d.Document.File).Select(g => new LoadEntry(g.Key!, LoadStatus.Loaded, g.Count(), "")));
        return new Corpus(documents.Select(d => d.Document), report, Path.GetFullPath(path));
    }

    /// <summary>Parses the text of one .sgm file; <paramref name="file"/> names it in stories and errors.</summary>
    /// <exception cref="CorpusLoadException">A &lt;REUTERS&gt; element is not closed, or has no NEWID.</exception>
    public static IReadOnlyList<ReutersStory> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stories = new List<ReutersStory>();
        var reader = new StoryReader(file);
        ForEachElement(text.AsSpan(), file, (element, line) => stories.Add(reader.Story(element, line)));
        return stories;
    }

    /// <summary>What is done with each &lt;REUTERS&gt; element (its text, valid only during the call) and the line it starts on.</summary>
    private delegate void ElementAction(ReadOnlySpan<char> element, int line);

    /// <summary>Hands each &lt;REUTERS&gt; element of one file's bytes to <paramref name="action"/>.</summary>
    private static void ReadFile(string path, string file, ElementAction action)
    {
        byte[] bytes = PooledFile.Read(path, out int length);
        try
        {
            // Only one story at a time is decoded to text.
            ForEachElement(bytes.AsSpan(0, length), file, action);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Finds the elements of a file's bytes as <see cref="TextDecoder"/> would decode them. Markup is ASCII, which UTF-8
    /// and Windows-1252 give byte for character, so the stories are found in the bytes and decoded one at a time; other
    /// encodings (UTF-16, UTF-32) are decoded whole first.
    /// </summary>
    private static void ForEachElement(ReadOnlySpan<byte> bytes, string file, ElementAction action)
    {
        if (TextDecoder.AsciiCompatible(bytes, out int bomLength) is { } encoding)
        {
            ForEachElement(bytes[bomLength..], file, "<REUTERS"u8, "</REUTERS>"u8, (byte)'\n', encoding, action);
            return;
        }
        char[] text = TextDecoder.DecodePooled(bytes, out int length);
        try
        {
            ForEachElement(text.AsSpan(0, length), file, action);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>Hands each &lt;REUTERS&gt; element of a file's text to <paramref name="action"/>.</summary>
    private static void ForEachElement(ReadOnlySpan<char> text, string file, ElementAction action) =>
        ForEachElement(text, file, "<REUTERS", "</REUTERS>", '\n', null, action);

    /// <summary>
    /// Finds the &lt;REUTERS&gt; elements of a file's characters, or of its bytes when <paramref name="encoding"/> says
    /// how to decode them (an element at a time), and hands each to <paramref name="action"/>; line numbers count
    /// newlines before the element.
    /// </summary>
    private static void ForEachElement<T>(ReadOnlySpan<T> text, string file, ReadOnlySpan<T> open, ReadOnlySpan<T> close, T newline,
        System.Text.Encoding? encoding, ElementAction action) where T : unmanaged, IEquatable<T>
    {
        char[] decoded = encoding is null ? [] : new char[8192];
        int position = 0, line = 1, lineCountedTo = 0;
        while (true)
        {
            int start = IndexOf(text, open, position);
            if (start < 0) break;
            line += text[lineCountedTo..start].Count(newline);
            lineCountedTo = start;
            int end = IndexOf(text, close, start);
            int nextStart = IndexOf(text, open, start + open.Length);
            if (end < 0 || (nextStart >= 0 && nextStart < end))
                throw new CorpusLoadException(file, line, "<REUTERS> element is not closed by </REUTERS>");
            ReadOnlySpan<char> element;
            if (encoding is null) element = MemoryMarshal.Cast<T, char>(text[start..end]);
            else
            {
                var elementBytes = MemoryMarshal.Cast<T, byte>(text[start..end]);
                int most = encoding.GetMaxCharCount(elementBytes.Length);
                if (decoded.Length < most) decoded = new char[Math.Max(most, decoded.Length * 2)];
                element = decoded.AsSpan(0, encoding.GetChars(elementBytes, decoded));
            }
            action(element, line);
            position = end + close.Length;
        }
    }

    /// <summary>Index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> value, int from) where T : IEquatable<T>
    {
        int i = text[from..].IndexOf(value);
        return i < 0 ? -1 : from + i;
    }

    private static IEnumerable<string> Files(string path)
    {
        if (System.IO.File.Exists(path)) return [path];
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.sgm", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        throw new CorpusLoadException(path, null, "no such file or folder");
    }

    /// <summary>
    /// Reads the stories of one file: every field straight from the file's text by span, one string per field, and
    /// the short repeated values (categories, TYPE, LEWISSPLIT) shared within the file.
    /// </summary>
    private sealed class StoryReader(string file)
    {
        private readonly HashSet<string> shared = new(StringComparer.Ordinal);
        private readonly List<string> items = [];
        private readonly string idPrefix = Path.ChangeExtension(file, null) + "#";
        private char[] scratch = new char[4096];

        public string File => file;

        public ReutersStory Story(ReadOnlySpan<char> element, int line)
        {
            var head = Head(element);
            int newId = NewId(head, line);
            int oldId = IntAttribute(head, "OLDID") ?? 0;
            string split = Attribute(head, "LEWISSPLIT", out var s) ? Shared(s) : "";
            DateTime? date = Date(element);

            string textType = "NORM", title = "", dateline = "", body = "";
            bool hasTitle = false, hasDateline = false;
            if (TextElement(element, out var attributes, out var inner))
            {
                textType = Attribute(attributes, "TYPE", out var type) ? Shared(type) : "NORM";
                hasTitle = Element(inner, "TITLE", out var t);
                hasDateline = Element(inner, "DATELINE", out var d);
                title = SgmlText.Clean(t, ref scratch);
                dateline = SgmlText.Clean(d, ref scratch);
                body = RawBody(attributes, inner, out var b) ? SgmlText.Clean(b, ref scratch) : "";
            }
            return new ReutersStory(newId, oldId, file, line, date, textType,
                hasTitle && title.Length > 0 ? title : null, hasDateline && dateline.Length > 0 ? dateline : null, body,
                Categories(element, "TOPICS"), Categories(element, "PLACES"), Categories(element, "PEOPLE"),
                Categories(element, "ORGS"), Categories(element, "EXCHANGES"), split);
        }

        /// <summary>What <see cref="ReutersStory.ToDocument"/> of <see cref="Story"/> gives, read without the story (see <see cref="ReadDocuments"/>).</summary>
        public (Document Document, long TitleAndBodyBytes) Document(ReadOnlySpan<char> element, int line, string idSuffix)
        {
            int newId = NewId(Head(element), line);
            DateTime? date = Date(element);
            string? title = null;
            ReadOnlySpan<char> body = default;
            if (TextElement(element, out var attributes, out var inner))
            {
                title = Title(inner);
                // Cleaned in the scratch buffer, which nothing else uses until the document is built.
                if (RawBody(attributes, inner, out var b)) body = SgmlText.CleanInPlace(b, ref scratch);
            }
            var utf8 = System.Text.Encoding.UTF8;
            long bytes = title is null ? utf8.GetByteCount(body)
                : body.IsEmpty ? utf8.GetByteCount(title) : utf8.GetByteCount(title) + 1 + utf8.GetByteCount(body);
            string id = string.Concat(idPrefix, newId.ToString(CultureInfo.InvariantCulture), idSuffix);
            return (ReutersStory.BuildDocument(id, file, title, date, body), bytes);
        }

        /// <summary>The generic loader's article for one story (see <see cref="ReadArticles(ReadOnlySpan{byte}, string, List{string})"/>), or null with a warning.</summary>
        public RawArticle? Article(ReadOnlySpan<char> element, int line, List<string> warnings)
        {
            int newId = NewId(Head(element), line);
            DateTime? date = Date(element);
            string? title = null;
            List<string> paragraphs = [];
            List<Removal> removals = [];
            if (TextElement(element, out var attributes, out var inner))
            {
                title = Title(inner);
                if (RawBody(attributes, inner, out var b))
                    (paragraphs, removals) = ReutersStory.ParagraphsOf(SgmlText.CleanInPlace(b, ref scratch));
            }
            if (paragraphs.Count == 0 && title is null)
            {
                warnings.Add($"line {line} (NEWID {newId.ToString(CultureInfo.InvariantCulture)}): no title and no text; skipped");
                return null;
            }
            return new RawArticle
            {
                IdSuffix = "#" + newId.ToString(CultureInfo.InvariantCulture),
                Line = line,
                Title = title,
                Source = "Reuters",
                Date = date,
                // A BRIEF story is its headline: the title is its text.
                Paragraphs = (paragraphs.Count > 0 ? paragraphs : [title!]).ConvertAll(p => new Paragraph(p, false, false)),
                Removals = removals,
            };
        }

        /// <summary>The cleaned TITLE of a TEXT element, or null when there is none or it is empty.</summary>
        private string? Title(ReadOnlySpan<char> inner) =>
            Element(inner, "TITLE", out var title) && SgmlText.Clean(title, ref scratch) is { Length: > 0 } cleaned ? cleaned : null;

        private static ReadOnlySpan<char> Head(ReadOnlySpan<char> element)
        {
            int headEnd = element.IndexOf('>');
            return headEnd < 0 ? [] : element[..(headEnd + 1)];
        }

        private int NewId(ReadOnlySpan<char> head, int line) =>
            IntAttribute(head, "NEWID") ?? throw new CorpusLoadException(file, line, "<REUTERS> has no NEWID attribute");

        private static DateTime? Date(ReadOnlySpan<char> element) =>
            Element(element, "DATE", out var dateText) && DateTime.TryParseExact(dateText.Trim(), DateFormats,
                CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed) ? parsed : null;

        /// <summary>The BODY element's content; for an UNPROC story (no TITLE/BODY markup) the whole TEXT. False when there is none.</summary>
        private static bool RawBody(ReadOnlySpan<char> attributes, ReadOnlySpan<char> inner, out ReadOnlySpan<char> body)
        {
            if (Element(inner, "BODY", out body)) return true;
            body = inner;
            return Attribute(attributes, "TYPE", out var type) && type.SequenceEqual("UNPROC");
        }

        private string Shared(ReadOnlySpan<char> value)
        {
            var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var existing)) return existing;
            string created = value.ToString();
            shared.Add(created);
            return created;
        }

        /// <summary>The &lt;D&gt; items of a category element, entities decoded.</summary>
        private string[] Categories(ReadOnlySpan<char> element, string name)
        {
            if (!Element(element, name, out var inner)) return [];
            items.Clear();
            while (true)
            {
                int open = inner.IndexOf("<D>", StringComparison.Ordinal);
                if (open < 0) break;
                inner = inner[(open + 3)..];
                int close = inner.IndexOf("</D>", StringComparison.Ordinal);
                if (close < 0) break;
                items.Add(Shared(SgmlText.Decode(inner[..close], ref scratch)));
                inner = inner[(close + 4)..];
            }
            return items.Count == 0 ? [] : [.. items];
        }
    }

    /// <summary>The first &lt;TEXT ...&gt;...&lt;/TEXT&gt;: its attributes and content. False when there is none.</summary>
    private static bool TextElement(ReadOnlySpan<char> element, out ReadOnlySpan<char> attributes, out ReadOnlySpan<char> inner)
    {
        attributes = inner = default;
        int open = element.IndexOf("<TEXT", StringComparison.Ordinal);
        if (open < 0) return false;
        var rest = element[(open + 5)..];
        int tagEnd = rest.IndexOf('>');
        if (tagEnd < 0) return false;
        int close = rest[(tagEnd + 1)..].IndexOf("</TEXT>", StringComparison.Ordinal);
        if (close < 0) return false;
        attributes = rest[..tagEnd];
        inner = rest.Slice(tagEnd + 1, close);
        return true;
    }

    /// <summary>The content of the first &lt;name&gt; element (to the end of the text when it is not closed).</summary>
    private static bool Element(ReadOnlySpan<char> text, string name, out ReadOnlySpan<char> content)
    {
        content = default;
        Span<char> tag = stackalloc char[name.Length + 3];
        tag[0] = '<';
        name.CopyTo(tag[1..]);
        tag[name.Length + 1] = '>';
        int open = text.IndexOf(tag[..(name.Length + 2)], StringComparison.Ordinal);
        if (open < 0) return false;
        content = text[(open + name.Length + 2)..];
        tag[0] = '<';
        tag[1] = '/';
        name.CopyTo(tag[2..]);
        tag[name.Length + 2] = '>';
        int close = content.IndexOf(tag, StringComparison.Ordinal);
        if (close >= 0) content = content[..close];
        return true;
    }

    /// <summary>The value of the first <c>name="..."</c> in a tag; false when there is none (or it is not closed).</summary>
    private static bool Attribute(ReadOnlySpan<char> tag, string name, out ReadOnlySpan<char> value)
    {
        value = default;
        Span<char> key = stackalloc char[name.Length + 2];
        name.CopyTo(key);
        key[^2] = '=';
        key[^1] = '"';
        int at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return false;
        var rest = tag[(at + key.Length)..];
        int close = rest.IndexOf('"');
        if (close < 0) return false;
        value = rest[..close];
        return true;
    }

    private static int? IntAttribute(ReadOnlySpan<char> tag, string name) =>
        Attribute(tag, name, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;
}
