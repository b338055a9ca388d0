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

/// <summary>The load report: every file seen, and what became of it.</summary>
public sealed partial class LoadReport
{
    /// <summary>Creates a report from its entries.</summary>
    public LoadReport(IEnumerable<LoadEntry> entries) => Entries = entries.ToArray();

    /// <summary>A report with no entries (for in-memory corpora).</summary>
    public static LoadReport Empty { get; } = new([]);

    /// <summary>Every file seen, in path order.</summary>
    public IReadOnlyList<LoadEntry> Entries { get; }

    /// <summary>Files that were skipped.</summary>
    public IEnumerable<LoadEntry> Skipped => Entries.Where(e => e.Status == LoadStatus.Skipped);

    /// <summary>Files loaded with warnings.</summary>
    public IEnumerable<LoadEntry> Warnings => Entries.Where(e => e.Status == LoadStatus.LoadedWithWarnings);
}
