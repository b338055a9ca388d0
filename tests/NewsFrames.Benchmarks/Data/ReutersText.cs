using System.Globalization;
using System.Text;

namespace NewsFrames.Benchmarks.Data;

/// <summary>
/// Reads Reuters-21578 SGML (reut2-NNN.sgm) into documents: TITLE + BODY, entities decoded, control characters
/// dropped. A minimal reader for the benchmarks only; the library's corpus loader has the full one.
/// </summary>
internal static class ReutersText
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>The story files of the distribution, in name order.</summary>
    public static string[] Files(string folder) =>
        Directory.GetFiles(folder, "reut2-*.sgm").Order(StringComparer.Ordinal).ToArray();

    /// <summary>All stories of one file. <paramref name="copy"/> &gt; 0 makes the ids distinct for a replicated corpus.</summary>
    public static IEnumerable<Document> Read(string file, int copy = 0)
    {
        string sgml = File.ReadAllText(file, Latin1);
        string name = Path.GetFileName(file);
        string suffix = copy > 0 ? "~" + copy.ToString(CultureInfo.InvariantCulture) : "";
        int at = 0;
        while (true)
        {
            int start = sgml.IndexOf("<REUTERS", at, StringComparison.Ordinal);
            if (start < 0) yield break;
            int end = sgml.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            if (end < 0) yield break;
            var record = sgml.AsSpan(start, end - start);
            at = end + 10;
            string id = Attribute(record, "NEWID=\"");
            string? title = Element(record, "TITLE");
            string? body = Element(record, "BODY");
            if (title is null && body is null) continue;
            string text = title is null ? body! : body is null ? title : title + "\n\n" + body;
            yield return new Document
            {
                Id = name + "#" + id + suffix,
                File = name,
                Source = "Reuters",
                Title = title,
                Text = text,
            };
        }
    }

    /// <summary>Every story of every file, <paramref name="replicate"/> times (copies get distinct ids).</summary>
    public static IEnumerable<Document> ReadAll(string folder, int replicate = 1)
    {
        for (int copy = 0; copy < replicate; copy++)
            foreach (var file in Files(folder))
                foreach (var doc in Read(file, copy))
                    yield return doc;
    }

    private static string Attribute(ReadOnlySpan<char> record, string name)
    {
        int i = record.IndexOf(name, StringComparison.Ordinal);
        if (i < 0) return "?";
        var rest = record[(i + name.Length)..];
        return rest[..rest.IndexOf('"')].ToString();
    }

    private static string? Element(ReadOnlySpan<char> record, string tag)
    {
        int i = record.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        if (i < 0) return null;
        var rest = record[(i + tag.Length + 2)..];
        int j = rest.IndexOf("</" + tag + ">", StringComparison.Ordinal);
        if (j < 0) return null;
        return Decode(rest[..j]).Trim();
    }

    private static string Decode(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '&')
            {
                int semi = s[i..].IndexOf(';');
                if (semi > 1 && semi < 8)
                {
                    var entity = s.Slice(i + 1, semi - 1);
                    char? decoded = entity switch
                    {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "quot" => '"',
                        _ when entity[0] == '#' && int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) => (char)n,
                        _ => null,
                    };
                    if (decoded is char d)
                    {
                        if (d >= ' ' || d == '\n') sb.Append(d);
                        i += semi;
                        continue;
                    }
                }
            }
            if (c >= ' ' || c == '\n') sb.Append(c);
        }
        return sb.ToString();
    }
}
