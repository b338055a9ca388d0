using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsFrames.Notebooks;
using NJsonSchema;

namespace NewsFrames.Tests.Notebooks;

/// <summary>Checks shared by the notebook tests: nbformat schema validity, outputs, offline HTML.</summary>
internal static partial class NotebookAssert
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "nbformat", "nbformat.v4.5.schema.json"));
        // NJsonSchema resolves "#/definitions/name" but not the schema's nested "#/definitions/misc/name":
        // lift the "misc" group one level up (same schemas, flatter names) before loading.
        var root = JsonNode.Parse(text)!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (name, schema) in misc.ToList())
        {
            misc.Remove(name);
            definitions["misc_" + name] = schema;
        }
        string flat = root.ToJsonString().Replace("#/definitions/misc/", "#/definitions/misc_", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(flat).GetAwaiter().GetResult();
    });

    /// <summary>Fails with every schema error when <paramref name="json"/> is not a valid nbformat 4.5 notebook.</summary>
    public static void ValidNbformat(string json, string what)
    {
        var errors = Schema.Value.Validate(json);
        Assert.True(errors.Count == 0, $"{what} is not valid nbformat 4.5: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    public static IEnumerable<JsonObject> Errors(Notebook notebook) =>
        notebook.Cells.SelectMany(c => c.Outputs).Where(o => (string?)o["output_type"] == "error");

    /// <summary>
    /// Nothing on the page may be fetched from the network: no script src, link href, img/iframe src, CSS url() or
    /// @import pointing at http(s) or a protocol-relative host. (Plain anchors in plotly.js's attribution strings,
    /// such as its logo link, are not fetches and are allowed.)
    /// </summary>
    public static void Offline(string html, string what)
    {
        var hits = ExternalReference().Matches(html).Select(m => m.Value).Distinct().Take(5).ToList();
        Assert.True(hits.Count == 0, $"{what} refers to the network: " + string.Join(" | ", hits));
    }

    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    [GeneratedRegex("""<(?:script|img|iframe|embed|source|audio|video)\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*|<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*|url\(\s*["']?\s*(?:https?:)?//[^)]*\)|@import\s+(?:url\()?["']?(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
