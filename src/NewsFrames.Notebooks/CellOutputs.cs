using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFrames.Notebooks;

/// <summary>
/// Collects the outputs of the cell that is running, in the order they happen. The current cell flows with the
/// async context, so several sessions (tests in parallel) never mix their outputs.
/// </summary>
internal sealed class CellOutputs
{
    private static readonly AsyncLocal<CellOutputs?> CurrentCell = new();
    private readonly List<JsonObject> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingStream;
    private readonly object gate = new();

    public static CellOutputs? Current
    {
        get => CurrentCell.Value;
        set => CurrentCell.Value = value;
    }

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream != stream) FlushStream();
            pendingStream = stream;
            pending.Append(text);
        }
    }

    public void Add(JsonObject output)
    {
        lock (gate)
        {
            FlushStream();
            outputs.Add(output);
        }
    }

    public List<JsonObject> Drain()
    {
        lock (gate)
        {
            FlushStream();
            var result = outputs.ToList();
            outputs.Clear();
            return result;
        }
    }

    private void FlushStream()
    {
        if (pendingStream is null || pending.Length == 0) return;
        outputs.Add(new JsonObject
        {
            ["output_type"] = "stream",
            ["name"] = pendingStream,
            ["text"] = MultilineString.Write(pending.ToString()),
        });
        pending.Clear();
        pendingStream = null;
    }

    /// <summary>
    /// The mime bundle of a value: text/html (when a formatter gives one) and always text/plain, as
    /// .NET Interactive showed values. Strings are shown as plain text only.
    /// </summary>
    public static JsonObject MimeBundle(object? value)
    {
        var data = new JsonObject();
        switch (value)
        {
            case null:
                data["text/plain"] = "<null>";
                break;
            case string s:
                data["text/plain"] = MultilineString.Write(s);
                break;
            case bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
                or DateTime or DateTimeOffset or TimeSpan or Guid or Enum:
                // Scalars read best as text; the default HTML for them is a <pre> plus a large style sheet.
                data["text/plain"] = MultilineString.Write(Formatter.ToDisplayString(value, PlainTextFormatter.MimeType));
                break;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
                    data["text/html"] = MultilineString.Write(writer.ToString());
                }
                data["text/plain"] = MultilineString.Write(Formatter.ToDisplayString(value, PlainTextFormatter.MimeType));
                break;
            default:
                data["text/html"] = MultilineString.Write(Formatter.ToDisplayString(value, HtmlFormatter.MimeType));
                data["text/plain"] = MultilineString.Write(Formatter.ToDisplayString(value, PlainTextFormatter.MimeType));
                break;
        }
        return data;
    }
}

/// <summary>
/// Sends Console.Out / Console.Error text to the running cell, and anywhere else when no cell is running.
/// Installed once per process.
/// </summary>
internal sealed class RoutingWriter : TextWriter
{
    private static readonly object InstallGate = new();
    private static bool installed;
    private readonly TextWriter fallback;
    private readonly string stream;

    private RoutingWriter(TextWriter fallback, string stream)
    {
        this.fallback = fallback;
        this.stream = stream;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public static void Install()
    {
        lock (InstallGate)
        {
            if (installed) return;
            Console.SetOut(new RoutingWriter(Console.Out, "stdout"));
            Console.SetError(new RoutingWriter(Console.Error, "stderr"));
            installed = true;
        }
    }

    public override void Write(char value)
    {
        if (CellOutputs.Current is { } cell) cell.Write(stream, value.ToString());
        else fallback.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (CellOutputs.Current is { } cell) cell.Write(stream, value);
        else fallback.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write(value + "\n");

    public override void WriteLine() => Write("\n");

    public override void Flush()
    {
        if (CellOutputs.Current is null) fallback.Flush();
    }
}
