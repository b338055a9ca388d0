using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;

namespace NewsFrames.Notebooks;

/// <summary>Options of <see cref="HtmlExporter.Export"/>.</summary>
public sealed record HtmlExportOptions
{
    /// <summary>Leave the code cells out and show only narrative and outputs (a reader's view).</summary>
    public bool HideCode { get; init; }

    /// <summary>The page title; by default the notebook's first heading, else its file name.</summary>
    public string? Title { get; init; }
}

/// <summary>
/// Renders an executed notebook as one self-contained HTML page: no external script, style, font or image, and a
/// Content-Security-Policy that forbids fetching any. Only text/html outputs (written by the display formatters) are
/// inserted as HTML; code, text, streams and errors are escaped; markdown is rendered with raw HTML escaped.
/// </summary>
/// <example>
/// <code>
/// AtomicFile.WriteAllText("01-corpus.html", HtmlExporter.Export(notebook, new HtmlExportOptions { HideCode = true }));
/// </code>
/// </example>
public static partial class HtmlExporter
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseAutoIdentifiers().UseTaskLists().UseFootnotes()
        .DisableHtml()
        .Build();

    // Inline scripts and styles only (the charts' plotly.js is inline); nothing may be fetched, not even a font.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
        .cell { margin: 0.75rem 0; }
        .prompt { color: #57606a; font: 12px ui-monospace, monospace; margin-bottom: 2px; }
        pre { margin: 0; white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .code pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6rem 0.8rem; }
        .output { margin: 0.4rem 0 0 0; overflow-x: auto; }
        .output table { width: max-content; max-width: none; }
        .output td { max-width: 40em; }
        .output pre { padding: 0.2rem 0.8rem; }
        .stderr pre { background: #fff8e6; }
        .error pre { background: #ffebe9; color: #82071e; }
        .markdown table, .output table { border-collapse: collapse; margin: 0.5rem 0; font-size: 13px; }
        .markdown th, .markdown td, .output th, .output td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
        .markdown th, .output th { background: #f6f8fa; }
        img { max-width: 100%; }
        footer { color: #57606a; font-size: 12px; margin-top: 3rem; border-top: 1px solid #d0d7de; padding-top: 0.5rem; }
        """;

    /// <summary>The page as a string (UTF-8 when written).</summary>
    public static string Export(Notebook notebook, HtmlExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new HtmlExportOptions();
        string title = options.Title ?? FirstHeading(notebook) ?? Path.GetFileNameWithoutExtension(notebook.Path ?? "notebook");
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        foreach (var cell in notebook.Cells)
        {
            switch (cell.CellType)
            {
                case "markdown":
                    sb.Append("<section class=\"cell markdown\">\n").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                    break;
                case "code":
                    AppendCode(sb, cell, options);
                    break;
                default:
                    if (!options.HideCode) sb.Append("<section class=\"cell raw\"><pre>").Append(Escape(cell.Source)).Append("</pre></section>\n");
                    break;
            }
        }
        sb.Append("</main>\n<footer>").Append(Escape(Path.GetFileName(notebook.Path ?? "notebook")))
          .Append(" — rendered by NewsFrames; this page works offline.</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendCode(StringBuilder sb, NotebookCell cell, HtmlExportOptions options)
    {
        if (options.HideCode && cell.Outputs.Count == 0) return;
        sb.Append("<section class=\"cell code-cell\">\n");
        if (!options.HideCode)
        {
            string count = cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? " ";
            sb.Append("<div class=\"prompt\">In [").Append(count).Append("]:</div>\n<div class=\"code\"><pre><code class=\"language-csharp\">")
              .Append(Escape(cell.Source)).Append("</code></pre></div>\n");
        }
        foreach (var output in cell.Outputs) AppendOutput(sb, output);
        sb.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder sb, JsonObject output)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                string name = (string?)output["name"] == "stderr" ? "stderr" : "stdout";
                sb.Append("<div class=\"output ").Append(name).Append("\"><pre>").Append(Escape(StripAnsi(MultilineString.Read(output["text"])))).Append("</pre></div>\n");
                break;
            case "error":
                var lines = (output["traceback"] as JsonArray)?.Select(l => (string?)l ?? "").ToList() ?? [];
                string text = lines.Count > 0 ? string.Join('\n', lines) : $"{(string?)output["ename"]}: {(string?)output["evalue"]}";
                sb.Append("<div class=\"output error\"><pre>").Append(Escape(StripAnsi(text))).Append("</pre></div>\n");
                break;
            case "display_data" or "execute_result":
                if (output["data"] is JsonObject data) AppendMimeBundle(sb, data);
                break;
        }
    }

    private static void AppendMimeBundle(StringBuilder sb, JsonObject data)
    {
        sb.Append("<div class=\"output\">");
        if (data["text/html"] is { } html)
            sb.Append(MultilineString.Read(html));
        else if (data["image/svg+xml"] is { } svg)
            // As an <img>, an SVG cannot run script.
            sb.Append("<img alt=\"\" src=\"data:image/svg+xml;base64,").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(MultilineString.Read(svg)))).Append("\">");
        else if (data["image/png"] is { } png)
            sb.Append("<img alt=\"\" src=\"data:image/png;base64,").Append(Base64(MultilineString.Read(png))).Append("\">");
        else if (data["image/jpeg"] is { } jpeg)
            sb.Append("<img alt=\"\" src=\"data:image/jpeg;base64,").Append(Base64(MultilineString.Read(jpeg))).Append("\">");
        else if (data["text/markdown"] is { } markdown)
            sb.Append(Markdig.Markdown.ToHtml(MultilineString.Read(markdown), Markdown));
        else if (data["text/plain"] is { } plain)
            sb.Append("<pre>").Append(Escape(StripAnsi(MultilineString.Read(plain)))).Append("</pre>");
        sb.Append("</div>\n");
    }

    private static string Base64(string text) =>
        // Only base64 characters may reach the attribute.
        Base64Chars().Replace(text, "");

    private static string? FirstHeading(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.CellType == "markdown"))
        {
            var match = Heading().Match(cell.Source);
            if (match.Success) return match.Groups[1].Value.Trim();
        }
        return null;
    }

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string StripAnsi(string text) => Ansi().Replace(text, "");

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("[^A-Za-z0-9+/=]")]
    private static partial Regex Base64Chars();
}
