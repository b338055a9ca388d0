using System.Text;

namespace NewsFrames;

/// <summary>The page around the sections: head, inline style, table of contents, footer. No external resource.</summary>
internal static class ReportWriter
{
    public static string Page(string title, string subtitle, IReadOnlyList<ReportSection> sections, bool includePlotly, string version)
    {
        var sb = new StringBuilder(1 << 16);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"NewsFrames ").Append(Html.Escape(version)).Append("\">\n");
        sb.Append("<title>").Append(Html.Escape(title)).Append("</title>\n");
        sb.Append("<style>\n").Append(Style).Append("</style>\n");
        if (includePlotly) ChartDisplay.AppendPlotlyScript(sb);
        sb.Append("</head>\n<body>\n");

        sb.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var section in sections)
        {
            sb.Append("<li><a href=\"#").Append(Html.Escape(section.Id)).Append("\">").Append(Html.Escape(section.Title)).Append("</a>");
            if (section.Subsections.Count > 0)
            {
                sb.Append("\n<ol>");
                foreach (var (id, heading) in section.Subsections)
                    sb.Append("<li><a href=\"#").Append(Html.Escape(id)).Append("\">").Append(Html.Escape(heading)).Append("</a></li>");
                sb.Append("</ol>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</nav>\n");

        sb.Append("<main>\n<header>\n<h1>").Append(Html.Escape(title)).Append("</h1>\n");
        sb.Append("<p class=\"subtitle\">").Append(Html.Escape(subtitle)).Append("</p>\n</header>\n");
        foreach (var section in sections)
        {
            sb.Append("<section id=\"").Append(Html.Escape(section.Id)).Append("\"")
              .Append(section.Error is null ? "" : " class=\"failed\"").Append(">\n<h2>")
              .Append(Html.Escape(section.Title)).Append("</h2>\n").Append(section.Html).Append("</section>\n");
        }
        sb.Append("<footer>Made with NewsFrames ").Append(Html.Escape(version))
          .Append(". This page is self-contained: it needs no network connection")
          .Append(includePlotly ? $" (charts by plotly.js {ChartDisplay.PlotlyJsVersion}, inlined)." : ".")
          .Append("</footer>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // System fonts only: a web font would be a network request.
    private const string Style = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2b5fab; --soft: #f4f6fa; --mark: #fff1a8; }
        * { box-sizing: border-box; }
        html { scroll-behavior: smooth; }
        body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        nav.toc { position: fixed; top: 0; left: 0; bottom: 0; width: 260px; overflow-y: auto; padding: 20px 16px; background: var(--soft); border-right: 1px solid var(--line); font-size: 14px; }
        nav.toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
        nav.toc ol { list-style: none; margin: 0; padding: 0; }
        nav.toc > ol > li { margin: 6px 0; font-weight: 600; }
        nav.toc ol ol { padding-left: 12px; font-weight: 400; }
        nav.toc ol ol li { margin: 2px 0; }
        nav.toc a { color: var(--ink); text-decoration: none; }
        nav.toc a:hover { color: var(--accent); text-decoration: underline; }
        main { margin-left: 260px; padding: 24px 40px 48px; max-width: 1240px; }
        header h1 { margin: 0 0 4px; font-size: 28px; }
        .subtitle { margin: 0 0 8px; color: var(--muted); font-size: 17px; }
        section { border-top: 1px solid var(--line); margin-top: 28px; padding-top: 8px; }
        h2 { font-size: 22px; margin: 12px 0 8px; }
        h3 { font-size: 17px; margin: 22px 0 6px; }
        p { margin: 6px 0 10px; max-width: 80ch; }
        p.note, p.caption { color: var(--muted); font-size: 13px; }
        p.error { color: #9b1c1c; background: #fdecec; border: 1px solid #f3b4b4; padding: 8px 12px; border-radius: 4px; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 16px; }
        .figure { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
        .figure .value { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .figure .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
        .nf-frame { margin: 6px 0 14px; }
        .nf-table { font-size: 13.5px; }
        .nf-table th { background: var(--soft); position: sticky; top: 0; }
        .nf-table tbody tr:nth-child(even) { background: #fafbfd; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 8px 24px; align-items: start; }
        h4 { margin: 14px 0 4px; font-size: 15px; }
        h4 .detail { color: var(--muted); font-weight: 400; font-size: 13px; margin-left: 6px; }
        .chart { margin: 8px 0 16px; overflow-x: auto; }
        details { margin: 6px 0 12px; }
        summary { cursor: pointer; color: var(--accent); }
        blockquote.evidence { margin: 6px 0 10px; padding: 6px 12px; border-left: 3px solid var(--accent); background: var(--soft); max-width: 90ch; }
        blockquote.evidence cite { display: block; color: var(--muted); font-size: 12.5px; font-style: normal; margin-top: 2px; }
        mark { background: var(--mark); padding: 0 1px; }
        footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
        @media (max-width: 1000px) {
          nav.toc { position: static; width: auto; border-right: none; border-bottom: 1px solid var(--line); }
          main { margin-left: 0; padding: 16px; }
        }
        @media print {
          nav.toc { display: none; }
          main { margin-left: 0; }
          details { display: block; }
        }

        """;
}
