using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace NewsFrames;

/// <summary>Assembles one report section's HTML; every text argument is escaped here, so sections never build markup from strings.</summary>
internal sealed class SectionBuilder
{
    private readonly StringBuilder html = new();
    private readonly List<(string Id, string Title)> subsections = [];
    private readonly string sectionId;

    public SectionBuilder(string sectionId) => this.sectionId = sectionId;

    public IReadOnlyList<(string Id, string Title)> Subsections => subsections;

    public string Content => html.ToString();

    public SectionBuilder Heading(string slug, string title)
    {
        string id = sectionId + "-" + slug;
        subsections.Add((id, title));
        html.Append("<h3 id=\"").Append(Html.Escape(id)).Append("\">");
        Html.AppendEscaped(html, title).Append("</h3>\n");
        return this;
    }

    /// <summary>A paragraph of class note, caption or error (a fixed set: the class is never built from data).</summary>
    public SectionBuilder Classed(ParagraphKind kind, string text)
    {
        html.Append("<p class=\"").Append(kind switch { ParagraphKind.Note => "note", ParagraphKind.Caption => "caption", _ => "error" }).Append("\">");
        Html.AppendEscaped(html, text).Append("</p>\n");
        return this;
    }

    /// <summary>A paragraph from parts: plain strings are escaped; <see cref="Strong"/> parts are bold.</summary>
    public SectionBuilder Paragraph(params object[] parts)
    {
        html.Append("<p>");
        foreach (var part in parts)
        {
            if (part is Strong s) Html.AppendEscaped(html.Append("<strong>"), s.Text).Append("</strong>");
            else Html.AppendEscaped(html, Convert.ToString(part, CultureInfo.InvariantCulture));
        }
        html.Append("</p>\n");
        return this;
    }

    public SectionBuilder Note(string text) => Classed(ParagraphKind.Note, text);

    public SectionBuilder Table(DataFrame frame, int maxRows, string? caption = null, params string[] rightAligned)
    {
        if (caption is not null) Html.AppendEscaped(html.Append("<p class=\"caption\">"), caption).Append("</p>\n");
        DataFrameDisplay.AppendHtml(html, frame, new TableDisplayOptions { MaxRows = maxRows, MaxCellLength = 400, RightAligned = rightAligned.ToHashSet(StringComparer.Ordinal) });
        html.Append('\n');
        return this;
    }

    public SectionBuilder Chart(GenericChart chart)
    {
        html.Append("<div class=\"chart\">").Append(ChartDisplay.ToHtml(chart)).Append("</div>\n");
        return this;
    }

    public SectionBuilder Figures(params (string Label, string Value)[] figures)
    {
        html.Append("<div class=\"figures\">");
        foreach (var (label, value) in figures)
        {
            html.Append("<div class=\"figure\"><div class=\"value\">");
            Html.AppendEscaped(html, value).Append("</div><div class=\"label\">");
            Html.AppendEscaped(html, label).Append("</div></div>");
        }
        html.Append("</div>\n");
        return this;
    }

    /// <summary>A collapsible block; <paramref name="body"/> writes into this builder.</summary>
    public SectionBuilder Details(string summary, Action<SectionBuilder> body, bool open = false)
    {
        html.Append(open ? "<details open>" : "<details>").Append("<summary>");
        Html.AppendEscaped(html, summary).Append("</summary>\n");
        body(this);
        html.Append("</details>\n");
        return this;
    }

    /// <summary>A quoted sentence with the spans [start, end) highlighted (offsets into <paramref name="text"/>).</summary>
    public SectionBuilder Evidence(string text, IEnumerable<(int Start, int End)> highlights, string attribution)
    {
        html.Append("<blockquote class=\"evidence\">");
        int at = 0;
        foreach (var (start, end) in highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.Start < h.End).OrderBy(h => h.Start))
        {
            if (start < at) continue; // overlapping highlight: the first one wins
            Html.AppendEscaped(html, text[at..start]);
            Html.AppendEscaped(html.Append("<mark>"), text[start..end]).Append("</mark>");
            at = end;
        }
        Html.AppendEscaped(html, text[at..]);
        Html.AppendEscaped(html.Append("<cite>"), attribution).Append("</cite></blockquote>\n");
        return this;
    }

    /// <summary>Small blocks side by side (one per source, say), each with a heading.</summary>
    public SectionBuilder Grid<T>(IEnumerable<T> items, Func<T, string> title, Action<SectionBuilder, T> body)
    {
        html.Append("<div class=\"grid\">\n");
        foreach (var item in items)
        {
            html.Append("<div class=\"cell\"><h4>");
            Html.AppendEscaped(html, title(item)).Append("</h4>\n");
            body(this, item);
            html.Append("</div>\n");
        }
        html.Append("</div>\n");
        return this;
    }

    /// <summary>A sub-heading inside a section that does not go into the table of contents.</summary>
    public SectionBuilder Minor(string title, string? detail = null)
    {
        Html.AppendEscaped(html.Append("<h4>"), title);
        if (detail is not null) Html.AppendEscaped(html.Append(" <span class=\"detail\">"), detail).Append("</span>");
        html.Append("</h4>\n");
        return this;
    }

    public SectionBuilder Raw(string trustedHtml)
    {
        html.Append(trustedHtml);
        return this;
    }

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double d, string format = "0.#") => d.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A p-value as people read it: three decimals, or "&lt;0.001".</summary>
    public static string PValue(double p) => double.IsNaN(p) ? "" : p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>The styled kinds of paragraph.</summary>
internal enum ParagraphKind { Note, Caption, Error }

/// <summary>Marks a paragraph part as bold.</summary>
internal sealed record Strong(string Text);
