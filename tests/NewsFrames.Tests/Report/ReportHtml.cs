using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsFrames.Tests.Report;

/// <summary>Checks on a written page, made by parsing it as a browser would (AngleSharp), not by searching strings.</summary>
internal static class ReportHtml
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The page's markup with every script element's content removed.</summary>
    public static string WithoutScripts(IDocument page)
    {
        var copy = (IDocument)page.Clone(deep: true);
        foreach (var script in copy.QuerySelectorAll("script").ToArray()) script.TextContent = "";
        return copy.DocumentElement.OuterHtml;
    }

    /// <summary>Every element and attribute that would make a browser fetch or navigate to the network.</summary>
    public static List<string> NetworkReferences(IDocument page)
    {
        var found = new List<string>();
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                string value = attribute.Value.Trim();
                if (value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ||
                    value.StartsWith("//", StringComparison.Ordinal) || value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                    found.Add($"<{element.LocalName} {attribute.Name}=\"{value}\">");
            }
            if (element.LocalName is "link" or "iframe" or "img" or "object" or "embed" or "base")
                found.Add($"<{element.LocalName}> element");
            if (element.LocalName == "script" && element.HasAttribute("src"))
                found.Add("<script src>");
        }
        foreach (var style in page.QuerySelectorAll("style"))
            if (style.TextContent.Contains("url(", StringComparison.OrdinalIgnoreCase) || style.TextContent.Contains("@import", StringComparison.OrdinalIgnoreCase) ||
                style.TextContent.Contains("@font-face", StringComparison.OrdinalIgnoreCase))
                found.Add("<style> with url(), @import or @font-face");
        return found;
    }

    /// <summary>Scripts the page runs that NewsFrames did not write: anything but the plotly.js bundle (and its guards) and chart drawing code.</summary>
    public static List<string> ForeignScripts(IDocument page) =>
        page.QuerySelectorAll("script")
            .Where(s => !(s.HasAttribute("data-nf-plotly") || s.HasAttribute("data-nf-plotly-begin") || s.HasAttribute("data-nf-plotly-end")
                          || s.TextContent.Contains("Plotly.newPlot('nf-chart-", StringComparison.Ordinal)))
            .Select(s => s.OuterHtml.Length > 200 ? s.OuterHtml[..200] : s.OuterHtml)
            .ToList();

    /// <summary>Event-handler attributes (onerror=, onload=, ...) anywhere in the page.</summary>
    public static List<string> EventHandlers(IDocument page) =>
        page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>")).ToList();
}
