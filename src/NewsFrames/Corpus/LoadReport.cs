using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>What happened to one file during loading.</summary>
public enum LoadStatus
{
    /// <summary>Read without any remark.</summary>
    Loaded,
    /// <summary>Read, with warnings (e.g. an encoding fallback, a row that was skipped).</summary>
    LoadedWithWarnings,
    /// <summary>Not read; <see cref="LoadEntry.Message"/> says why.</summary>
    Skipped,
}

/// <summary>One file seen by the loader.</summary>
/// <param name="File">Path relative to the corpus root.</param>
/// <param name="Status">Loaded, loaded with warnings, or skipped.</param>
/// <param name="Documents">How many documents the file gave.</param>
/// <param name="Message">Why it was skipped or what the warnings were (file and line where there is one); empty when loaded cleanly.</param>
public sealed record LoadEntry(string File, LoadStatus Status, int Documents, string Message);

/// <summary>One piece of text a cleaning rule removed from a document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="File">The document's file.</param>
/// <param name="Rule">The rule (see <see cref="BoilerplateOptions"/>).</param>
/// <param name="Text">The exact text removed.</param>
public sealed record RemovalEntry(string Id, string File, string Rule, string Text);

/// <summary>A document marked as a duplicate of an earlier one.</summary>
/// <param name="Id">The later document, marked.</param>
/// <param name="DuplicateOf">The earlier document, kept.</param>
/// <param name="Kind">"exact" (same normalised text) or "near" (shingle Jaccard at or above the threshold).</param>
/// <param name="Similarity">Jaccard similarity of the two documents' word shingles (1 for exact duplicates).</param>
public sealed record DuplicateEntry(string Id, string DuplicateOf, string Kind, double Similarity);

/// <summary>The load report: every file seen and what became of it, every removal, every duplicate.</summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// corpus.Report.ToDataFrame();            // file, status, documents, message
/// corpus.Report.RemovalsToDataFrame();    // id, file, rule, characters, text
/// Console.WriteLine(corpus.Report);       // "6 files: 5 loaded, 0 with warnings, 0 skipped; 5 documents; …"
/// </code>
/// </example>
public sealed partial class LoadReport : ITabularResult
{
    /// <summary>Creates a report from its entries, removals and duplicates.</summary>
    public LoadReport(IEnumerable<LoadEntry> entries, IEnumerable<RemovalEntry>? removals = null, IEnumerable<DuplicateEntry>? duplicates = null)
    {
        Entries = entries.ToArray();
        Removals = removals?.ToArray() ?? [];
        Duplicates = duplicates?.ToArray() ?? [];
    }

    /// <summary>A report with no entries (for in-memory corpora).</summary>
    public static LoadReport Empty { get; } = new([]);

    /// <summary>Every file seen, in path order.</summary>
    public IReadOnlyList<LoadEntry> Entries { get; }

    /// <summary>Every piece of text removed by cleaning, by document in load order.</summary>
    public IReadOnlyList<RemovalEntry> Removals { get; }

    /// <summary>Documents marked as duplicates.</summary>
    public IReadOnlyList<DuplicateEntry> Duplicates { get; }

    /// <summary>Files that were skipped.</summary>
    public IEnumerable<LoadEntry> Skipped => Entries.Where(e => e.Status == LoadStatus.Skipped);

    /// <summary>Files loaded with warnings.</summary>
    public IEnumerable<LoadEntry> Warnings => Entries.Where(e => e.Status == LoadStatus.LoadedWithWarnings);

    /// <summary>Documents read from all files.</summary>
    public int DocumentCount => Entries.Sum(e => e.Documents);

    /// <summary>One row per file: file, status (loaded / loaded-with-warnings / skipped), documents, message.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("file", Entries.Select(e => e.File)),
        new StringDataFrameColumn("status", Entries.Select(e => StatusName(e.Status))),
        new Int32DataFrameColumn("documents", Entries.Select(e => e.Documents)),
        new StringDataFrameColumn("message", Entries.Select(e => e.Message)));

    /// <summary>One row per removal: id, file, rule, characters, text.</summary>
    public DataFrame RemovalsToDataFrame() => new(
        new StringDataFrameColumn("id", Removals.Select(r => r.Id)),
        new StringDataFrameColumn("file", Removals.Select(r => r.File)),
        new StringDataFrameColumn("rule", Removals.Select(r => r.Rule)),
        new Int32DataFrameColumn("characters", Removals.Select(r => r.Text.Length)),
        new StringDataFrameColumn("text", Removals.Select(r => r.Text)));

    /// <summary>One row per duplicate: id, duplicate_of, kind, similarity.</summary>
    public DataFrame DuplicatesToDataFrame() => new(
        new StringDataFrameColumn("id", Duplicates.Select(d => d.Id)),
        new StringDataFrameColumn("duplicate_of", Duplicates.Select(d => d.DuplicateOf)),
        new StringDataFrameColumn("kind", Duplicates.Select(d => d.Kind)),
        new DoubleDataFrameColumn("similarity", Duplicates.Select(d => d.Similarity)));

    /// <summary>The status as written in tables: "loaded", "loaded-with-warnings", "skipped".</summary>
    public static string StatusName(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.LoadedWithWarnings => "loaded-with-warnings",
        _ => "skipped",
    };

    /// <summary>A one-line summary.</summary>
    public override string ToString() =>
        $"{Entries.Count} files: {Entries.Count(e => e.Status == LoadStatus.Loaded)} loaded, {Warnings.Count()} with warnings, " +
        $"{Skipped.Count()} skipped; {DocumentCount} documents; {Removals.Count} removals ({Removals.Sum(r => r.Text.Length)} characters); " +
        $"{Duplicates.Count} duplicates";
}
