using System.Collections;

namespace NewsFrames;

/// <summary>
/// A loaded collection of articles and the report of how they were loaded.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");          // a folder (recursive) or one file
/// corpus.ToDataFrame();                       // one row per document
/// corpus.Report.ToDataFrame();                // one row per file seen: loaded, skipped, warnings
/// </code>
/// </example>
public sealed partial class Corpus : IReadOnlyList<Document>
{
    private readonly Document[] documents;

    /// <summary>Creates a corpus from documents already in memory (tests, notebooks, other loaders).</summary>
    public Corpus(IEnumerable<Document> documents, LoadReport? report = null, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        this.documents = documents.ToArray();
        Report = report ?? LoadReport.Empty;
        Root = root;
    }

    /// <summary>The folder or file the corpus was loaded from, or null for an in-memory corpus.</summary>
    public string? Root { get; }

    /// <summary>What was read, skipped and warned about while loading.</summary>
    public LoadReport Report { get; }

    /// <summary>The documents, in load order (sorted by file path, then by position within the file).</summary>
    public IReadOnlyList<Document> Documents => documents;

    /// <inheritdoc/>
    public int Count => documents.Length;

    /// <inheritdoc/>
    public Document this[int index] => documents[index];

    /// <inheritdoc/>
    public IEnumerator<Document> GetEnumerator() => ((IEnumerable<Document>)documents).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The distinct sources, sorted ordinally, with "(unknown)" for documents without one.</summary>
    public IReadOnlyList<string> Sources =>
        documents.Select(d => d.SourceOrUnknown).Distinct().Order(StringComparer.Ordinal).ToArray();
}
