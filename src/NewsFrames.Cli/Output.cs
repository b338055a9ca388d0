using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Analysis;
using Spectre.Console;

namespace NewsFrames.Cli;

/// <summary>Output formats every analysis command offers.</summary>
internal enum OutputFormat { Table, Csv, Json }

/// <summary>
/// The `--format table|csv|json` and `--out file` pattern shared by every command, and the one writer that
/// turns a result's DataFrame into that output. CSV follows RFC 4180; numbers and dates use the invariant
/// culture (dates as ISO 8601); JSON is an array of objects keyed by column name; null is empty / null.
/// </summary>
internal static class Output
{
    public static Option<OutputFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: table (for people), csv or json (for scripts).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<FileInfo?> OutOption() => new("--out", "-o")
    {
        Description = "Write the result to this file (atomically) instead of standard output.",
    };

    /// <summary>Writes <paramref name="frame"/> in <paramref name="format"/> to <paramref name="outPath"/>, or to the console.</summary>
    public static void Write(DataFrame frame, OutputFormat format, FileInfo? outPath, string? title = null)
    {
        if (format == OutputFormat.Table && outPath is null)
        {
            WriteTable(frame, title);
            return;
        }
        string text = format switch
        {
            OutputFormat.Json => ToJson(frame),
            _ => ToCsv(frame),
        };
        if (outPath is null) Console.Out.Write(text);
        else
        {
            AtomicFile.WriteAllText(outPath.FullName, text);
            Console.Error.WriteLine($"Wrote {frame.Rows.Count} rows to {outPath.FullName}");
        }
    }

    public static string ToCsv(DataFrame frame)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', frame.Columns.Select(c => CsvField(c.Name))).Append('\n');
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            for (int c = 0; c < frame.Columns.Count; c++)
            {
                if (c > 0) sb.Append(',');
                sb.Append(CsvField(FormatValue(frame.Columns[c][r])));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string ToJson(DataFrame frame)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            for (long r = 0; r < frame.Rows.Count; r++)
            {
                json.WriteStartObject();
                foreach (var column in frame.Columns)
                {
                    json.WritePropertyName(column.Name);
                    WriteJsonValue(json, column[r]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float or double: json.WriteNullValue(); break;
            case DateTime dt: json.WriteStringValue(FormatValue(dt)); break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public static string FormatValue(object? value) => value switch
    {
        null => "",
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvField(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static void WriteTable(DataFrame frame, string? title)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null) table.Title(Markup.Escape(title));
        foreach (var column in frame.Columns) table.AddColumn(Markup.Escape(column.Name));
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            table.AddRow(frame.Columns.Select(c =>
            {
                string cell = c[r] is double d ? d.ToString("G6", CultureInfo.InvariantCulture) : FormatValue(c[r]);
                if (cell.Length > 120) cell = cell[..117] + "...";
                return Markup.Escape(cell.ReplaceLineEndings(" "));
            }).ToArray());
        }
        AnsiConsole.Write(table);
    }
}
