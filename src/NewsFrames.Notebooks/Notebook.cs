using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFrames.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4, written as 4.5). The JSON is kept as a tree so that metadata this model
/// does not know (widgets, VS Code, papermill, Polyglot) survives a read and a write unchanged.
/// </summary>
/// <example>
/// <code>
/// var notebook = Notebook.Load("notebooks/01-corpus.ipynb");
/// foreach (var cell in notebook.Cells) Console.WriteLine(cell.CellType + ": " + cell.Source);
/// notebook.Save("out/01-corpus.ipynb");
/// </code>
/// </example>
public sealed class Notebook
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // Notebooks are read by people in diffs: keep non-ASCII text and HTML characters as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject root;

    private Notebook(JsonObject root, string? path)
    {
        this.root = root;
        Path = path;
        var cells = root["cells"] as JsonArray ?? throw new NotebookFormatException(path, "the notebook has no \"cells\" array");
        Cells = cells.Select((c, i) => new NotebookCell(c as JsonObject
            ?? throw new NotebookFormatException(path, $"cell {i + 1} is not a JSON object"))).ToList();
        root.Remove("cells");
    }

    /// <summary>The file the notebook was read from, or null for one built in memory.</summary>
    public string? Path { get; }

    /// <summary>The folder relative paths in cells are resolved against (the notebook's folder, else the current one).</summary>
    public string Directory => Path is null ? Environment.CurrentDirectory : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>The notebook-level metadata (kernelspec, language_info, polyglot_notebook and anything else).</summary>
    public JsonObject Metadata => root["metadata"] as JsonObject ?? (JsonObject)(root["metadata"] = new JsonObject());

    /// <summary>The cells, in order. Insert or remove to change the notebook.</summary>
    public List<NotebookCell> Cells { get; }

    /// <summary>Reads a notebook file; a malformed file raises <see cref="NotebookFormatException"/> naming it.</summary>
    public static Notebook Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = File.ReadAllText(path);
        try
        {
            return Parse(text, path);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"invalid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> only names the source in errors and anchors relative paths.</summary>
    public static Notebook Parse(string json, string? path = null)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        if (node is not JsonObject obj) throw new NotebookFormatException(path, "the top level is not a JSON object");
        int major = obj["nbformat"]?.GetValueKind() == JsonValueKind.Number ? obj["nbformat"]!.GetValue<int>() : 0;
        if (major != 4) throw new NotebookFormatException(path, $"nbformat {major} is not supported (only nbformat 4)");
        var notebook = new Notebook(obj, path);
        notebook.Upgrade();
        return notebook;
    }

    /// <summary>An empty C# notebook with the Polyglot metadata VS Code needs to pick the .NET kernel.</summary>
    public static Notebook CreateCSharp()
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var notebook = new Notebook(root, null);
        notebook.EnsurePolyglotMetadata();
        return notebook;
    }

    /// <summary>Sets the kernelspec, language_info and polyglot_notebook metadata, keeping what is already there.</summary>
    public void EnsurePolyglotMetadata()
    {
        var metadata = Metadata;
        // VS Code's Polyglot extension claims a notebook only when kernelspec.name starts with ".net-".
        metadata["kernelspec"] ??= new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        };
        metadata["language_info"] ??= new JsonObject
        {
            ["name"] = "C#",
            ["file_extension"] = ".cs",
            ["mimetype"] = "text/x-csharp",
            ["pygments_lexer"] = "csharp",
        };
        metadata["polyglot_notebook"] ??= new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        };
    }

    /// <summary>The notebook as nbformat 4.5 JSON (two-space indentation, trailing newline).</summary>
    public string ToJson()
    {
        var copy = (JsonObject)root.DeepClone();
        var cells = new JsonArray();
        foreach (var cell in Cells) cells.Add(cell.ToJson());
        // nbformat writes "cells" first; keep that order so diffs against Jupyter-written files stay small.
        var ordered = new JsonObject { ["cells"] = cells };
        foreach (var (key, value) in copy) ordered[key] = value?.DeepClone();
        return ordered.ToJsonString(WriteOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Writes the notebook atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private void Upgrade()
    {
        // Cell ids became required in 4.5; older 4.x files get fresh, unique ones.
        root["nbformat_minor"] = Math.Max(5, root["nbformat_minor"]?.GetValueKind() == JsonValueKind.Number ? root["nbformat_minor"]!.GetValue<int>() : 5);
        root["metadata"] ??= new JsonObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            if (string.IsNullOrEmpty(cell.Id) || !NotebookCell.IsValidId(cell.Id) || !seen.Add(cell.Id))
            {
                cell.Id = NotebookCell.NewId();
                seen.Add(cell.Id);
            }
        }
    }
}

/// <summary>A notebook file that is not valid nbformat 4; the message names the file.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotebookFormatException(string? path, string message, Exception? inner = null)
        : base($"{path ?? "notebook"}: {message}", inner) => FilePath = path;

    /// <summary>The file that failed to parse, when known.</summary>
    public string? FilePath { get; }
}

/// <summary>Helpers for nbformat's "multiline string" (a string or an array of lines).</summary>
internal static class MultilineString
{
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Splits into lines that keep their "\n", as Jupyter writes them.</summary>
    public static JsonArray Write(string text)
    {
        var array = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            array.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) array.Add(text[start..]);
        return array;
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Lines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines) sb.Append(line).Append('\n');
        return sb.ToString();
    }
}
