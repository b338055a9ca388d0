namespace NewsFrames;

public sealed partial class Corpus
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".sgm", ".sgml",
    };

    // Files that describe a data set rather than hold an article (the BBC folder has README.TXT and PROVENANCE.txt).
    private static readonly string[] DocumentationNames =
    [
        "README", "PROVENANCE", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "MANIFEST", "CONTRIBUTING", "NOTICE",
        "AUTHORS", "CITATION", "INSTALL",
    ];

    /// <summary>
    /// Loads a folder (recursively) or one file into a corpus: reads every supported format, applies the sidecar
    /// manifest, removes boilerplate, marks duplicates, and reports every file it saw.
    /// </summary>
    /// <remarks>
    /// <para>Formats: <c>.txt</c> (first line = title when it is a headline), <c>.md</c> (optional YAML front matter),
    /// <c>.html</c>/<c>.htm</c> (article text; title, site name, published time and canonical URL from meta tags),
    /// <c>.json</c> (one object, an array, or an object holding an array of objects), <c>.jsonl</c>, <c>.csv</c>/<c>.tsv</c>
    /// (one article per row), <c>.sgm</c> (Reuters-21578, see <see cref="ReutersSgml"/>).</para>
    /// <para>One bad file never stops a load: it is skipped and reported (empty, binary, unsupported extension,
    /// unreadable, malformed with its line). README/PROVENANCE/LICENSE-type files in a folder are skipped as not
    /// articles; hidden files and folders (names starting with ".") are not read.</para>
    /// <para>Document ids are the path relative to the folder without its extension, plus "#n" for multi-article
    /// files (item, row, JSON Lines line or Reuters NEWID).</para>
    /// </remarks>
    /// <param name="path">A folder or one file.</param>
    /// <param name="options">Rules, field names and duplicate detection; <see cref="CorpusOptions.Default"/> when null.</param>
    /// <exception cref="CorpusLoadException">The path does not exist, or no readable article was found.</exception>
    /// <example>
    /// <code>
    /// var corpus = Corpus.Load("seeds");
    /// corpus.ToDataFrame();                 // id, file, source, title, date, url, words, sentences, ...
    /// corpus.Report.ToDataFrame();          // every file seen: loaded, skipped, warnings
    /// var raw = Corpus.Load("seeds", CorpusOptions.Default with { Boilerplate = BoilerplateOptions.None });
    /// </code>
    /// </example>
    public static Corpus Load(string path, CorpusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CorpusOptions.Default;
        var (full, files, manifests, manifestEntries, single) = Discover(path, options);
        string root = single ? Path.GetDirectoryName(full)! : full;
        string Relative(string f) => Path.GetRelativePath(root, f).Replace('\\', '/');

        int done = 0;
        var results = files.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(Environment.ProcessorCount, 1, 8))
            .Select(f =>
            {
                var row = Manifest.Merge(manifests.Select(m => m.For(f)));
                var result = LoadFile(f, Relative(f), row, options, single);
                options.Progress?.Report(new LoadProgress(Interlocked.Increment(ref done), files.Count));
                return result;
            })
            .ToList();

        // Manifest rows that name no file are reported on the manifest, not silently dropped.
        var seen = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            foreach (var (file, row) in manifest.Rows)
                if (!seen.Contains(Path.GetFullPath(Path.Combine(manifest.Folder, file))))
                    manifest.Warnings.Add($"line {row.Line}: \"{file}\" not found");
            int used = manifest.Rows.Count(r => seen.Contains(Path.GetFullPath(Path.Combine(manifest.Folder, r.Key))));
            manifestEntries[manifest.File] = new LoadEntry(manifest.File,
                manifest.Warnings.Count > 0 ? LoadStatus.LoadedWithWarnings : LoadStatus.Loaded, 0,
                $"manifest: {used} of {manifest.Rows.Count} rows applied" + (manifest.Warnings.Count > 0 ? "; " + string.Join("; ", manifest.Warnings) : ""));
        }

        var documents = UniqueIds(results.SelectMany(r => r.Documents).ToList());
        var duplicates = new List<DuplicateEntry>();
        if (options.Duplicates is { } duplicateOptions)
        {
            var marked = Duplicates.Mark(documents, duplicateOptions);
            documents = marked.Documents;
            duplicates = marked.Entries;
        }
        var entries = results.Select(r => r.Entry).Concat(manifestEntries.Values).OrderBy(e => e.File, StringComparer.Ordinal).ToList();
        var removals = documents.SelectMany(d => d.Removals.Select(r => new RemovalEntry(d.Id, d.File, r.Rule, r.Text)));
        var report = new LoadReport(entries, removals, duplicates);
        if (documents.Length == 0)
        {
            var reasons = entries.Where(e => e.Status == LoadStatus.Skipped).Take(3).Select(e => $"{e.File}: {e.Message}");
            throw new CorpusLoadException(path, null,
                $"no readable article ({entries.Count} files seen, {entries.Count(e => e.Status == LoadStatus.Skipped)} skipped" +
                (reasons.Any() ? "; " + string.Join("; ", reasons) : "") + ")");
        }
        return new Corpus(documents, report, full);
    }

    /// <summary>
    /// The documents of a folder or file, read file by file in load order, with the same ids, cleaning and manifest
    /// as <see cref="Load(string, CorpusOptions?)"/>; skipped files are passed over (no report), and duplicates are
    /// not marked (that needs the whole corpus). For folders too large to hold in memory.
    /// </summary>
    internal static IEnumerable<Document> Stream(string path, CorpusOptions? options = null, int maxDegreeOfParallelism = -1,
        Action<LoadEntry>? remark = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CorpusOptions.Default;
        var (full, files, manifests, _, single) = Discover(path, options);
        string root = single ? Path.GetDirectoryName(full)! : full;
        int degree = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        // Reading, decoding and cleaning a file is most of a streamed run's serial work: files are loaded on all
        // cores, a few at a time (two files per core in flight: a file can hold a thousand stories, as Reuters' do).
        var loaded = files.SelectOrdered(f => LoadFile(f, Path.GetRelativePath(root, f).Replace('\\', '/'),
            Manifest.Merge(manifests.Select(m => m.For(f))), options, single), degree, batchSize: 1);
        foreach (var file in loaded)
        {
            // A skipped or partly read file is told, in load order, rather than passed over in silence.
            if (file.Entry.Status != LoadStatus.Loaded) remark?.Invoke(file.Entry);
            foreach (var document in file.Documents)
                yield return document;
        }
    }

    private static (string Full, List<string> Files, List<Manifest> Manifests, Dictionary<string, LoadEntry> ManifestEntries, bool Single)
        Discover(string path, CorpusOptions options)
    {
        string full = Path.GetFullPath(path);
        string root;
        List<string> files;
        bool single = false;
        if (Directory.Exists(full))
        {
            root = full;
            files = EnumerateFiles(root);
        }
        else if (File.Exists(full))
        {
            root = Path.GetDirectoryName(full)!;
            files = [full];
            single = true;
        }
        else throw new CorpusLoadException(path, null, "no such file or folder");

        string Relative(string f) => Path.GetRelativePath(root, f).Replace('\\', '/');

        // Manifests first: their rows feed the cleaning (a known title or site name is recognised in the text).
        var manifests = new List<Manifest>();
        var manifestEntries = new Dictionary<string, LoadEntry>(StringComparer.Ordinal);
        var candidates = single
            ? options.ManifestNames.Select(n => Path.Combine(root, n)).Where(f => f != full && File.Exists(f))
            : files.Where(f => options.ManifestNames.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase));
        foreach (var candidate in candidates.ToList())
        {
            string rel = Relative(candidate);
            try
            {
                var bytes = File.ReadAllBytes(candidate);
                var manifest = Manifest.TryRead(candidate, rel, TextDecoder.Decode(bytes).Text, options.Fields);
                if (manifest is null) continue;
                manifests.Add(manifest);
                files.Remove(candidate);
            }
            catch (MalformedInputException e)
            {
                files.Remove(candidate);
                manifestEntries[rel] = new LoadEntry(rel, LoadStatus.Skipped, 0, $"manifest: line {e.Line}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files.Remove(candidate);
                manifestEntries[rel] = new LoadEntry(rel, LoadStatus.Skipped, 0, "manifest: unreadable: " + e.Message);
            }
        }
        manifests.Sort((a, b) => a.Folder.Length.CompareTo(b.Folder.Length));
        return (full, files, manifests, manifestEntries, single);
    }

    private sealed record FileResult(LoadEntry Entry, List<Document> Documents);

    private static List<string> EnumerateFiles(string root)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (var f in Directory.EnumerateFiles(folder)) files.Add(f);
            foreach (var d in Directory.EnumerateDirectories(folder))
                if (!Path.GetFileName(d).StartsWith('.')) pending.Push(d);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static FileResult LoadFile(string full, string rel, ManifestRow? row, CorpusOptions options, bool single)
    {
        FileResult Skip(string message) => new(new LoadEntry(rel, LoadStatus.Skipped, 0, message), []);
        string name = Path.GetFileName(full);
        string ext = Path.GetExtension(full).ToLowerInvariant();
        if (!single && name.StartsWith('.')) return Skip("hidden file; not read");
        if (!single && IsDocumentation(name)) return Skip("not an article: data-set documentation (README, PROVENANCE, LICENSE, ...)");
        if (!SupportedExtensions.Contains(ext)) return Skip(ext.Length == 0 ? "unsupported file type (no extension)" : $"unsupported extension {ext}");
        byte[] rented;
        int length;
        try { rented = PooledFile.Read(full, out length); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Skip("unreadable: " + e.Message); }
        catch (CorpusLoadException e) { return Skip(e.Reason); }
        try
        {
            return LoadBytes(rented.AsSpan(0, length), rel, ext, row, options);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary><see cref="LoadFile"/> once the file's bytes are read (none of them is kept).</summary>
    private static FileResult LoadBytes(ReadOnlySpan<byte> bytes, string rel, string ext, ManifestRow? row, CorpusOptions options)
    {
        FileResult Skip(string message) => new(new LoadEntry(rel, LoadStatus.Skipped, 0, message), []);
        if (bytes.Length == 0) return Skip("empty file");
        if (TextDecoder.LooksBinary(bytes)) return Skip("binary content (NUL bytes); not a text file");
        // A Reuters file is read a story at a time from its bytes: the whole file as one string (2.6 MB for 1.3 MB of
        // SGML) and every story's body as another were most of what loading a Reuters folder allocated.
        bool storiesFromBytes = ext is ".sgm" or ".sgml" && ReutersSgml.CanReadArticles(bytes);
        var decoded = storiesFromBytes ? null : TextDecoder.Decode(bytes);
        if (decoded is not null && string.IsNullOrWhiteSpace(decoded.Text)) return Skip("empty file (white space only)");
        string? decodeWarning = decoded is null ? TextDecoder.FallbackWarning(bytes) : decoded.Warning;

        var fileWarnings = new List<string>();
        if (decodeWarning is not null) fileWarnings.Add(decodeWarning);
        List<RawArticle> raws;
        try
        {
            raws = ext switch
            {
                _ when storiesFromBytes => ReutersSgml.ReadArticles(bytes, rel, fileWarnings),
                ".md" or ".markdown" => [DocumentFormats.ReadMarkdown(decoded!.Text, options.Fields)],
                ".html" or ".htm" or ".xhtml" => [DocumentFormats.ReadHtml(decoded!.Text)],
                ".json" => StructuredFormats.ReadJson(decoded!.Text, options.Fields, fileWarnings),
                ".jsonl" or ".ndjson" => StructuredFormats.ReadJsonLines(decoded!.Text, options.Fields, fileWarnings),
                ".csv" => StructuredFormats.ReadCsv(decoded!.Text, ',', options.Fields, fileWarnings),
                ".tsv" => StructuredFormats.ReadCsv(decoded!.Text, '\t', options.Fields, fileWarnings),
                ".sgm" or ".sgml" => ReutersSgml.ReadArticles(decoded!.Text, rel, fileWarnings),
                _ => [DocumentFormats.ReadText(decoded!.Text)],
            };
        }
        catch (MalformedInputException e) { return Skip(e.Line is int l ? $"line {l}: {e.Message}" : e.Message); }
        catch (CorpusLoadException e) { return Skip(e.Line is int l ? $"line {l}: {e.Reason}" : e.Reason); }

        string baseId = Path.ChangeExtension(rel, null);
        var documents = new List<Document>();
        foreach (var raw in raws)
        {
            var document = Build(raw, baseId + raw.IdSuffix, rel, row, options, decodeWarning);
            string where = raw.IdSuffix is null ? "file" : raw.Line is int l ? $"line {l}" : raw.IdSuffix;
            fileWarnings.AddRange(raw.Warnings.Where(w => !fileWarnings.Contains(w)));
            if (document.Text.Length == 0) fileWarnings.Add($"{where}: no article text after cleaning; skipped");
            else documents.Add(document);
        }
        if (documents.Count == 0)
            return Skip(fileWarnings.Count > 0 ? string.Join("; ", fileWarnings) : "no article in the file");
        return new FileResult(new LoadEntry(rel, fileWarnings.Count > 0 ? LoadStatus.LoadedWithWarnings : LoadStatus.Loaded,
            documents.Count, string.Join("; ", fileWarnings)), documents);
    }

    private static Document Build(RawArticle raw, string id, string rel, ManifestRow? row, CorpusOptions options, string? decodeWarning)
    {
        string? knownTitle = row?.Title ?? raw.Title;
        string? knownSource = row?.Source ?? raw.Source;
        var cleaned = Boilerplate.Clean(raw.Paragraphs, raw.TitleFromFirstLine && raw.Title is null, knownTitle, knownSource, options);
        string? inferredTitle = raw.Title ?? cleaned.TitleLine;
        var (title, site) = inferredTitle is null ? (null, null) : Boilerplate.SplitTitleSite(inferredTitle);
        var warnings = new List<string>();
        if (decodeWarning is not null) warnings.Add(decodeWarning);
        warnings.AddRange(raw.Warnings);
        return new Document
        {
            Id = id,
            File = rel,
            Title = row?.Title ?? title,
            Source = row?.Source ?? raw.Source ?? site,
            Date = row?.Date ?? raw.Date ?? cleaned.HeaderDate,
            Url = row?.Url ?? raw.Url,
            Text = string.Join("\n\n", cleaned.Paragraphs),
            Removals = [.. raw.Removals, .. cleaned.Removals],
            Warnings = warnings,
        };
    }

    private static bool IsDocumentation(string fileName)
    {
        string stem = fileName.Split('.')[0];
        return DocumentationNames.Any(n => stem.Equals(n, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Ids must be unique: "a.txt" and "a.md" in one folder both give "a", so such ids keep their extension.</summary>
    private static Document[] UniqueIds(List<Document> documents)
    {
        var clashes = documents.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Select(d => d.File).Distinct().Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return documents.Select(d => clashes.Contains(d.Id) ? d with { Id = d.File + d.Id[Path.ChangeExtension(d.File, null).Length..] } : d).ToArray();
    }
}
