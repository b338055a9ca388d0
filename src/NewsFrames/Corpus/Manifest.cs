namespace NewsFrames;

/// <summary>One manifest row: what it says about a file. Empty cells are null and override nothing.</summary>
internal sealed record ManifestRow(int Line, string? Title, string? Source, DateTime? Date, string? Url);

/// <summary>
/// A sidecar manifest (<c>sources.csv</c> or <c>manifest.csv</c>): a CSV with a <c>file</c> column (paths relative to
/// the manifest's folder) and any of title, source, date, url (names as in <see cref="FieldMap"/>). Its values
/// override what was inferred from the files.
/// </summary>
internal sealed class Manifest
{
    private static readonly string[] FileColumns = ["file", "path", "filename", "file_name"];

    private Manifest(string folder, string file) { Folder = folder; File = file; }

    /// <summary>The folder the manifest's paths are relative to (full path).</summary>
    public string Folder { get; }

    /// <summary>The manifest's path relative to the corpus root.</summary>
    public string File { get; }

    public Dictionary<string, ManifestRow> Rows { get; } = new(StringComparer.Ordinal);

    public List<string> Warnings { get; } = [];

    /// <summary>Reads a manifest, or returns null when the CSV has no file column (then it is an ordinary article CSV).</summary>
    /// <exception cref="MalformedInputException">Malformed CSV.</exception>
    public static Manifest? TryRead(string fullPath, string relativePath, string text, FieldMap map)
    {
        var records = CsvTable.Parse(text);
        if (records.Count == 0) return null;
        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        int fileColumn = Array.FindIndex(header, h => FileColumns.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (fileColumn < 0) return null;
        var manifest = new Manifest(Path.GetDirectoryName(fullPath)!, relativePath);
        for (int r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Fields.Length != header.Length)
            {
                manifest.Warnings.Add($"line {record.Line}: {record.Fields.Length} fields, the header has {header.Length}; row ignored");
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int c = 0; c < header.Length; c++) fields.TryAdd(header[c], record.Fields[c]);
            string file = record.Fields[fileColumn].Trim().Replace('\\', '/');
            if (file.StartsWith("./", StringComparison.Ordinal)) file = file[2..];
            if (file.Length == 0) continue;
            string? dateText = FieldRecord.First(fields, map.Date);
            DateTime? date = NewsDate.Parse(dateText);
            if (dateText is not null && date is null) manifest.Warnings.Add($"line {record.Line}: date \"{dateText}\" not recognised; left empty");
            if (!manifest.Rows.TryAdd(file, new ManifestRow(record.Line, FieldRecord.First(fields, map.Title), FieldRecord.First(fields, map.Source), date, FieldRecord.First(fields, map.Url))))
                manifest.Warnings.Add($"line {record.Line}: \"{file}\" is listed twice; the first row is used");
        }
        return manifest;
    }

    /// <summary>The row for a file (full path), or null.</summary>
    public ManifestRow? For(string fullPath)
    {
        string relative = Path.GetRelativePath(Folder, fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? null : Rows.GetValueOrDefault(relative);
    }

    /// <summary>Merges rows from outer to inner manifests: an inner manifest's non-empty cells win.</summary>
    public static ManifestRow? Merge(IEnumerable<ManifestRow?> rows)
    {
        ManifestRow? merged = null;
        foreach (var row in rows)
        {
            if (row is null) continue;
            merged = merged is null ? row : new ManifestRow(row.Line, row.Title ?? merged.Title, row.Source ?? merged.Source, row.Date ?? merged.Date, row.Url ?? merged.Url);
        }
        return merged;
    }
}
