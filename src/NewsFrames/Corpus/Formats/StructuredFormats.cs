using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsFrames;

/// <summary>Readers for JSON (one object, an array, or an object holding an array), JSON Lines and CSV/TSV.</summary>
internal static class StructuredFormats
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static List<RawArticle> ReadJson(string text, FieldMap map, List<string> warnings)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(text, JsonOptions); }
        catch (JsonException e) { throw new MalformedInputException((int?)e.LineNumber + 1, "malformed JSON: " + FirstSentence(e.Message)); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var fields = FieldRecord.FromJson(root);
                if (FieldRecord.First(fields, map.Text) is null && ArrayProperty(root) is { } array) root = array;
                else return FieldRecord.ToArticle(fields, map, null, 1, "object", warnings) is { } one ? [one] : [];
            }
            if (root.ValueKind != JsonValueKind.Array)
                throw new MalformedInputException(1, $"JSON root is a {root.ValueKind.ToString().ToLowerInvariant()}, not an object or an array of objects");
            var lines = ItemLines(text);
            var articles = new List<RawArticle>();
            int index = 0;
            foreach (var item in root.EnumerateArray())
            {
                index++;
                int? line = index - 1 < lines.Count ? lines[index - 1] : null;
                string where = line is int l ? $"line {l} (item {index})" : $"item {index}";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    warnings.Add($"{where}: not an object; skipped");
                    continue;
                }
                if (FieldRecord.ToArticle(FieldRecord.FromJson(item), map, "#" + index.ToString(CultureInfo.InvariantCulture), line, where, warnings) is { } a)
                    articles.Add(a);
            }
            return articles;
        }
    }

    public static List<RawArticle> ReadJsonLines(string text, FieldMap map, List<string> warnings)
    {
        var articles = new List<RawArticle>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int bad = 0, firstBad = 0, records = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            records++;
            int line = i + 1;
            try
            {
                using var json = JsonDocument.Parse(lines[i], JsonOptions);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    warnings.Add($"line {line}: not a JSON object; skipped");
                    continue;
                }
                if (FieldRecord.ToArticle(FieldRecord.FromJson(json.RootElement), map, "#" + line.ToString(CultureInfo.InvariantCulture), line, $"line {line}", warnings) is { } a)
                    articles.Add(a);
            }
            catch (JsonException e)
            {
                if (bad++ == 0) firstBad = line;
                warnings.Add($"line {line}: malformed JSON ({FirstSentence(e.Message)}); skipped");
            }
        }
        if (records > 0 && bad == records) throw new MalformedInputException(firstBad, "malformed JSON Lines: no line is a valid JSON object");
        return articles;
    }

    public static List<RawArticle> ReadCsv(string text, char delimiter, FieldMap map, List<string> warnings)
    {
        var records = CsvTable.Parse(text, delimiter);
        if (records.Count == 0) return [];
        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (FieldRecord.First(header.ToDictionary(h => h, h => h, StringComparer.OrdinalIgnoreCase), map.Text) is null)
            throw new MalformedInputException(1, $"CSV header has no text column (looked for {string.Join(", ", map.Text)})");
        var articles = new List<RawArticle>();
        for (int r = 1; r < records.Count; r++)
        {
            var record = records[r];
            string where = $"line {record.Line} (row {r})";
            if (record.Fields.Length != header.Length)
            {
                warnings.Add($"{where}: {record.Fields.Length} fields, the header has {header.Length}; skipped");
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int c = 0; c < header.Length; c++) fields.TryAdd(header[c], record.Fields[c]);
            if (FieldRecord.ToArticle(fields, map, "#" + r.ToString(CultureInfo.InvariantCulture), record.Line, where, warnings) is { } a)
                articles.Add(a);
        }
        return articles;
    }

    private static JsonElement? ArrayProperty(JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0 && p.Value[0].ValueKind == JsonValueKind.Object)
                return p.Value;
        return null;
    }

    /// <summary>The line each item of the root array (or of the first array of objects) starts on.</summary>
    private static List<int> ItemLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var starts = new List<long>();
        int arrayDepth = -1;
        while (reader.Read())
        {
            if (arrayDepth < 0 && reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth <= 1) arrayDepth = reader.CurrentDepth + 1;
            else if (reader.CurrentDepth == arrayDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String
                     or JsonTokenType.Number or JsonTokenType.StartArray or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                starts.Add(reader.TokenStartIndex);
            else if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == arrayDepth - 1) break;
        }
        var lines = new List<int>(starts.Count);
        int line = 1;
        long position = 0;
        foreach (var start in starts)
        {
            for (; position < start; position++) if (bytes[position] == (byte)'\n') line++;
            lines.Add(line);
        }
        return lines;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
