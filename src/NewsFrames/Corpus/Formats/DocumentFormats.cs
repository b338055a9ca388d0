using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NewsFrames;

/// <summary>Readers for one-article files: plain text, Markdown with YAML front matter, HTML.</summary>
internal static class DocumentFormats
{
    public static RawArticle ReadText(string text) => new()
    {
        Paragraphs = Paragraphs.FromText(text),
        TitleFromFirstLine = true,
        Line = 1,
    };

    public static RawArticle ReadMarkdown(string text, FieldMap map)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string body = text;
        int bodyLine = 1;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > 1 && lines[0].TrimEnd() == "---")
        {
            int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0) throw new MalformedInputException(1, "front matter opened with --- is never closed");
            string yaml = string.Join('\n', lines[1..close]);
            try
            {
                var values = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);
                if (values is not null)
                    foreach (var (key, value) in values)
                        if (FieldRecord.FromYaml(value) is { } s) fields.TryAdd(key, s);
            }
            catch (YamlException e)
            {
                // YamlDotNet counts lines from the start of the YAML text, which begins on the file's line 2.
                throw new MalformedInputException((int)e.Start.Line + 1, "malformed YAML front matter: " + e.Message);
            }
            body = string.Join('\n', lines[(close + 1)..]);
            bodyLine = close + 2;
        }

        var paragraphs = new List<Paragraph>();
        var document = Markdown.Parse(body);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock)) continue;
            string content = InlineText(block.Inline);
            if (content.Length == 0) continue;
            bool inList = block.Parent is ListItemBlock;
            paragraphs.Add(new Paragraph(content, inList, inList));
        }
        string? title = FieldRecord.First(fields, map.Title);
        string? dateText = FieldRecord.First(fields, map.Date);
        DateTime? date = NewsDate.Parse(dateText);
        var articleWarnings = new List<string>();
        if (dateText is not null && date is null) articleWarnings.Add($"front matter: date \"{dateText}\" not recognised; left empty");
        return new RawArticle
        {
            Title = title,
            Source = FieldRecord.First(fields, map.Source),
            Date = date,
            Url = FieldRecord.First(fields, map.Url),
            Line = bodyLine,
            Paragraphs = paragraphs,
            TitleFromFirstLine = title is null,
            Warnings = articleWarnings,
        };
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case LineBreakInline: sb.Append(' '); break;
                case CodeInline code: sb.Append(code.Content); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline link: sb.Append(link.Url); break;
            }
        }
        return CollapseWhitespace(sb.ToString());
    }

    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg",
        "figure", "select", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "div", "section", "article", "main",
        "table", "tr", "td", "th", "dl", "dt", "dd", "figcaption", "address", "hr", "body",
    };

    /// <summary>
    /// HTML: metadata from meta tags (Open Graph, article:published_time, Dublin Core, …), JSON-LD NewsArticle as a
    /// fallback; the text from the article element (itemprop=articleBody, the &lt;article&gt; with most paragraph
    /// text, &lt;main&gt;, or the body), without navigation, headers, footers, asides, forms and scripts.
    /// </summary>
    public static RawArticle ReadHtml(string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var ld = JsonLd(document);
        string? title = Meta(document, "og:title", "twitter:title", "dc.title") ?? ld.GetValueOrDefault("headline")
            ?? NullIfEmpty(document.Title) ?? NullIfEmpty(document.QuerySelector("h1")?.TextContent);
        string? site = Meta(document, "og:site_name", "application-name", "dc.publisher", "publisher") ?? ld.GetValueOrDefault("publisher");
        string? dateText = Meta(document, "article:published_time", "og:published_time", "published_time", "datepublished", "date",
                "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date")
            ?? ld.GetValueOrDefault("datePublished");
        if (dateText is null && document.QuerySelector("[itemprop=datePublished]") is { } published)
            dateText = published.GetAttribute("content") ?? published.GetAttribute("datetime");
        dateText ??= document.QuerySelector("article time[datetime], time[pubdate]")?.GetAttribute("datetime");
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url") ?? ld.GetValueOrDefault("url");
        DateTime? date = NewsDate.Parse(dateText);
        var articleWarnings = new List<string>();
        if (dateText is not null && date is null) articleWarnings.Add($"published date \"{dateText}\" not recognised; left empty");

        var container = document.QuerySelector("[itemprop=articleBody]")
            ?? document.QuerySelectorAll("article").OrderByDescending(a => a.QuerySelectorAll("p").Sum(p => p.TextContent.Length)).FirstOrDefault()
            ?? document.QuerySelector("main") ?? (IElement?)document.Body;
        var paragraphs = new List<Paragraph>();
        if (container is not null)
        {
            var inline = new StringBuilder();
            Walk(container, inline, paragraphs, inList: false);
            Flush(inline, paragraphs, false);
        }
        return new RawArticle
        {
            Title = title is null ? null : CollapseWhitespace(title),
            Source = site is null ? null : CollapseWhitespace(site),
            Date = date,
            Url = url,
            Line = 1,
            Paragraphs = paragraphs,
            TitleFromFirstLine = title is null,
            Warnings = articleWarnings,
        };
    }

    private static void Walk(INode node, StringBuilder inline, List<Paragraph> output, bool inList)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) inline.Append(t.Data);
            else if (child is IElement e)
            {
                string name = e.LocalName;
                if (SkippedElements.Contains(name)) continue;
                if (name == "br") inline.Append(' ');
                else if (BlockElements.Contains(name))
                {
                    Flush(inline, output, inList);
                    bool item = inList || name == "li";
                    Walk(e, inline, output, item);
                    Flush(inline, output, item);
                }
                else Walk(e, inline, output, inList);
            }
        }
    }

    private static void Flush(StringBuilder inline, List<Paragraph> output, bool inList)
    {
        string text = CollapseWhitespace(inline.ToString());
        inline.Clear();
        if (text.Length > 0) output.Add(new Paragraph(text, inList, inList));
    }

    private static string? Meta(IDocument document, params string[] keys)
    {
        foreach (var key in keys)
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                string? name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase) && NullIfEmpty(meta.GetAttribute("content")) is { } v)
                    return v.Trim();
            }
        return null;
    }

    /// <summary>headline, datePublished, publisher name and url of the first JSON-LD article object.</summary>
    private static Dictionary<string, string> JsonLd(IDocument document)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var obj in Objects(json.RootElement))
                {
                    if (!obj.TryGetProperty("@type", out var type) || !(type.ToString().Contains("Article", StringComparison.Ordinal) || type.ToString().Contains("Posting", StringComparison.Ordinal)))
                        continue;
                    var fields = FieldRecord.FromJson(obj);
                    foreach (var key in new[] { "headline", "datePublished", "publisher", "url" })
                        if (fields.TryGetValue(key, out var v)) result.TryAdd(key, v);
                    return result;
                }
            }
            catch (JsonException) { /* a broken JSON-LD block is ignored: the meta tags and the page still give the article */ }
        }
        return result;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array) { foreach (var x in e.EnumerateArray()) foreach (var o in Objects(x)) yield return o; }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph)) foreach (var o in Objects(graph)) yield return o;
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    internal static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
