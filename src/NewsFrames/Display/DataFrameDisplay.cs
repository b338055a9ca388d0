using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// Renders a <see cref="DataFrame"/> as a static HTML table or a plain-text table: the first rows, the row and
/// column count, numbers right-aligned, every value escaped and formatted in the invariant culture. No script.
/// </summary>
/// <example>
/// <code>
/// string html = DataFrameDisplay.ToHtml(corpus.ToDataFrame());
/// Console.WriteLine(DataFrameDisplay.ToText(corpus.ToDataFrame()));
/// </code>
/// </example>
public static class DataFrameDisplay
{
    private const string CellStyle = "padding:2px 8px;border-bottom:1px solid #ddd;vertical-align:top";

    /// <summary>The frame as an HTML table (a &lt;div class="nf-frame"&gt; holding the table and a row count).</summary>
    public static string ToHtml(DataFrame frame, TableDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= TableDisplayOptions.Default;
        var sb = new StringBuilder();
        AppendHtml(sb, frame, options);
        return sb.ToString();
    }

    internal static void AppendHtml(StringBuilder sb, DataFrame frame, TableDisplayOptions options)
    {
        long rows = frame.Rows.Count;
        long shown = Math.Min(rows, Math.Max(0, options.MaxRows));
        bool[] numeric = frame.Columns.Select(c => CellFormat.IsNumeric(c.DataType) || options.RightAligned.Contains(c.Name)).ToArray();

        sb.Append("<div class=\"nf-frame\" style=\"overflow-x:auto\">");
        sb.Append("<table class=\"nf-table\" style=\"border-collapse:collapse;font-variant-numeric:tabular-nums\">");
        sb.Append("<thead><tr>");
        for (int c = 0; c < frame.Columns.Count; c++)
        {
            var column = frame.Columns[c];
            sb.Append("<th title=\"").Append(Html.Escape(column.DataType.Name)).Append("\" style=\"")
              .Append(CellStyle).Append(";border-bottom:2px solid #999;text-align:")
              .Append(numeric[c] ? "right" : "left").Append("\">");
            Html.AppendEscaped(sb, column.Name).Append("</th>");
        }
        sb.Append("</tr></thead><tbody>");
        for (long r = 0; r < shown; r++)
        {
            sb.Append("<tr>");
            for (int c = 0; c < frame.Columns.Count; c++)
            {
                object? value = frame.Columns[c][r];
                sb.Append("<td style=\"").Append(CellStyle);
                if (numeric[c]) sb.Append(";text-align:right;white-space:nowrap");
                else if (value is DateTime or DateTimeOffset) sb.Append(";text-align:left;white-space:nowrap");
                else sb.Append(";text-align:left");
                sb.Append("\">");
                Html.AppendEscaped(sb, CellFormat.Truncate(CellFormat.Format(value), options.MaxCellLength));
                sb.Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        sb.Append("<p class=\"nf-frame-size\" style=\"margin:4px 0;color:#666;font-size:smaller\">");
        if (rows > shown)
            sb.Append(CultureInfo.InvariantCulture, $"{rows - shown:N0} more rows · ");
        sb.Append(CultureInfo.InvariantCulture, $"{rows:N0} {(rows == 1 ? "row" : "rows")} × {frame.Columns.Count:N0} {(frame.Columns.Count == 1 ? "column" : "columns")}");
        sb.Append("</p></div>");
    }

    /// <summary>The frame as a fixed-width plain-text table, with the same row limit and row count.</summary>
    public static string ToText(DataFrame frame, TableDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= TableDisplayOptions.Default;
        long rows = frame.Rows.Count;
        int shown = (int)Math.Min(rows, Math.Max(0, options.MaxRows));
        int columns = frame.Columns.Count;
        bool[] numeric = frame.Columns.Select(c => CellFormat.IsNumeric(c.DataType)).ToArray();
        var cells = new string[shown + 1, columns];
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            cells[0, c] = Flatten(frame.Columns[c].Name, options.MaxTextCellLength);
            for (int r = 0; r < shown; r++)
                cells[r + 1, c] = Flatten(CellFormat.Format(frame.Columns[c][r]), options.MaxTextCellLength);
            for (int r = 0; r <= shown; r++) widths[c] = Math.Max(widths[c], cells[r, c].Length);
        }
        var sb = new StringBuilder();
        for (int r = 0; r <= shown; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                if (c > 0) sb.Append("  ");
                string cell = cells[r, c];
                bool last = c == columns - 1;
                if (numeric[c]) sb.Append(cell.PadLeft(widths[c]));
                else sb.Append(last ? cell : cell.PadRight(widths[c]));
            }
            sb.Append('\n');
            if (r == 0)
            {
                for (int c = 0; c < columns; c++) sb.Append(c > 0 ? "  " : "").Append('-', widths[c]);
                sb.Append('\n');
            }
        }
        if (rows > shown) sb.Append(CultureInfo.InvariantCulture, $"… {rows - shown:N0} more rows\n");
        sb.Append(CultureInfo.InvariantCulture, $"({rows:N0} {(rows == 1 ? "row" : "rows")} × {columns:N0} {(columns == 1 ? "column" : "columns")})");
        return sb.ToString();
    }

    private static string Flatten(string text, int max) =>
        CellFormat.Truncate(text.ReplaceLineEndings(" ").Replace('\t', ' '), max);
}
