using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFrames.Notebooks;

/// <summary>
/// One notebook cell. Fields this model does not name (attachments, unknown metadata) are kept as they were read.
/// </summary>
/// <example>
/// <code>
/// var cell = NotebookCell.Code("var corpus = Corpus.Load(corpusPath);");
/// cell.Tags.Add("parameters");
/// </code>
/// </example>
public sealed partial class NotebookCell
{
    private readonly JsonObject json;

    internal NotebookCell(JsonObject json)
    {
        this.json = json;
        Source = MultilineString.Normalize(MultilineString.Read(json["source"]));
        var outputs = json["outputs"] as JsonArray;
        Outputs = outputs?.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone()).ToList() ?? [];
        if (json["metadata"] is not JsonObject) json["metadata"] = new JsonObject();
        ExecutionCount = json["execution_count"] is JsonValue count && count.GetValueKind() == JsonValueKind.Number ? count.GetValue<int>() : null;
    }

    /// <summary>A new code cell with the Polyglot kernel name set to C#.</summary>
    public static NotebookCell Code(string source)
    {
        var cell = new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["id"] = NewId(),
            ["metadata"] = new JsonObject(),
            ["source"] = "",
            ["outputs"] = new JsonArray(),
            ["execution_count"] = null,
        }) { Source = source };
        cell.Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
        return cell;
    }

    /// <summary>A new markdown cell.</summary>
    public static NotebookCell Markdown(string source) => new(new JsonObject
    {
        ["cell_type"] = "markdown",
        ["id"] = NewId(),
        ["metadata"] = new JsonObject(),
        ["source"] = "",
    }) { Source = source };

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => json["cell_type"]?.GetValue<string>() ?? "raw";

    /// <summary>True for a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell id (nbformat 4.5: 1–64 characters of letters, digits, '-' and '_').</summary>
    public string Id
    {
        get => json["id"]?.GetValueKind() == JsonValueKind.String ? json["id"]!.GetValue<string>() : "";
        set => json["id"] = value;
    }

    /// <summary>The cell's text, with "\n" line ends.</summary>
    public string Source { get; set; }

    /// <summary>The cell metadata (tags, polyglot_notebook, papermill, and anything else).</summary>
    public JsonObject Metadata => (JsonObject)json["metadata"]!;

    /// <summary>The tags in metadata.tags (created on first use).</summary>
    public IList<string> Tags => new TagList(Metadata);

    /// <summary>The kernel the cell is meant for: polyglot_notebook.kernelName, else "csharp".</summary>
    public string KernelName =>
        (Metadata["polyglot_notebook"] as JsonObject)?["kernelName"]?.GetValue<string>()
        ?? (Metadata["dotnet_interactive"] as JsonObject)?["language"]?.GetValue<string>()
        ?? "csharp";

    /// <summary>The outputs of a code cell (nbformat output objects).</summary>
    public List<JsonObject> Outputs { get; }

    /// <summary>The execution count of a code cell, or null when it has not run.</summary>
    public int? ExecutionCount { get; set; }

    internal static bool IsValidId(string id) => IdPattern().IsMatch(id);

    internal static string NewId() => Guid.NewGuid().ToString("N")[..12];

    internal JsonObject ToJson()
    {
        var copy = (JsonObject)json.DeepClone();
        copy["source"] = MultilineString.Write(Source);
        if (IsCode)
        {
            var outputs = new JsonArray();
            foreach (var output in Outputs) outputs.Add(output.DeepClone());
            copy["outputs"] = outputs;
            copy["execution_count"] = ExecutionCount;
        }
        else
        {
            // Only code cells may carry outputs and execution counts (the schema forbids them elsewhere).
            copy.Remove("outputs");
            copy.Remove("execution_count");
        }
        return copy;
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex IdPattern();

    private sealed class TagList(JsonObject metadata) : System.Collections.ObjectModel.Collection<string>(Read(metadata))
    {
        private static List<string> Read(JsonObject metadata) =>
            (metadata["tags"] as JsonArray)?.Select(t => t?.GetValue<string>() ?? "").ToList() ?? [];

        protected override void InsertItem(int index, string item) { base.InsertItem(index, item); Write(); }
        protected override void RemoveItem(int index) { base.RemoveItem(index); Write(); }
        protected override void SetItem(int index, string item) { base.SetItem(index, item); Write(); }
        protected override void ClearItems() { base.ClearItems(); Write(); }

        private void Write() => metadata["tags"] = new JsonArray(this.Select(t => (JsonNode?)t).ToArray());
    }
}
