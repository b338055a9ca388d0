using System.Globalization;
using System.Text.Json;

namespace NewsFrames;

/// <summary>Turns a structured record (JSON object, CSV row, front matter) into a raw article via the field map.</summary>
internal static class FieldRecord
{
    /// <summary>The first field of <paramref name="names"/> present with a non-empty value.</summary>
    public static string? First(IReadOnlyDictionary<string, string> fields, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
        return null;
    }

    /// <summary>
    /// Builds the article, or returns null (with a warning) when the record has no text. <paramref name="where"/>
    /// says where the record is ("line 4", "item 2") for messages.
    /// </summary>
    public static RawArticle? ToArticle(IReadOnlyDictionary<string, string> fields, FieldMap map, string? idSuffix, int? line,
        string where, List<string> warnings, bool titleFromFirstLine = false, string? body = null)
    {
        string? text = body ?? First(fields, map.Text);
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Add($"{where}: no text (looked for {string.Join(", ", map.Text)}); skipped");
            return null;
        }
        var articleWarnings = new List<string>();
        string? dateText = First(fields, map.Date);
        DateTime? date = NewsDate.Parse(dateText);
        if (dateText is not null && date is null) articleWarnings.Add($"{where}: date \"{dateText}\" not recognised; left empty");
        string? title = First(fields, map.Title);
        return new RawArticle
        {
            IdSuffix = idSuffix,
            Line = line,
            Title = title,
            Source = First(fields, map.Source),
            Date = date,
            Url = First(fields, map.Url),
            Paragraphs = Paragraphs.FromText(text),
            TitleFromFirstLine = titleFromFirstLine && title is null,
            Warnings = articleWarnings,
        };
    }

    /// <summary>A JSON object's fields as strings: objects give their "name" (NewsAPI's source), arrays of strings are joined.</summary>
    public static Dictionary<string, string> FromJson(JsonElement obj)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in obj.EnumerateObject())
        {
            string? value = Scalar(property.Value);
            if (value is null && property.Value.ValueKind == JsonValueKind.Object)
                foreach (var inner in property.Value.EnumerateObject())
                    if (inner.Name.Equals("name", StringComparison.OrdinalIgnoreCase)) value = Scalar(inner.Value);
            if (value is null && property.Value.ValueKind == JsonValueKind.Array)
            {
                var parts = property.Value.EnumerateArray().Select(Scalar).Where(s => s is not null).ToArray();
                if (parts.Length > 0) value = string.Join("\n\n", parts);
            }
            if (value is not null) fields.TryAdd(property.Name, value);
        }
        return fields;
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>A YAML front-matter value as text (scalars; lists joined by ", ").</summary>
    public static string? FromYaml(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary<object, object> d => d.TryGetValue("name", out var n) ? FromYaml(n) : null,
        IEnumerable<object> list => string.Join(", ", list.Select(FromYaml).Where(s => s is not null)),
        _ => value.ToString(),
    };
}
