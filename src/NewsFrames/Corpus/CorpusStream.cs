namespace NewsFrames;

/// <summary>
/// A corpus read from disk one file at a time, for folders too large to hold in memory: the same documents,
/// in the same order and with the same ids as <see cref="Corpus.Load(string, CorpusOptions?)"/>, without keeping them all.
/// </summary>
/// <remarks>
/// Combine with <see cref="OrderedParallel.SelectOrdered{TSource, TResult}"/> to process on all cores while
/// the next files are read, and with <see cref="TermTally"/> to count terms as documents go by.
/// </remarks>
/// <example>
/// <code>
/// var vocabulary = new Vocabulary();
/// var tally = new TermTally(vocabulary, TallyUnit.Stem);
/// foreach (var doc in CorpusStream.Read("articles").TokenizeStream(vocabulary)) tally.Add(doc);
/// tally.ToDataFrame();
/// </code>
/// </example>
public static class CorpusStream
{
    /// <summary>
    /// The documents of a folder (recursively) or of one file, loaded file by file. Only a few files' documents
    /// (about two per core) are held at a time.
    /// </summary>
    /// <param name="path">A folder or one file.</param>
    /// <param name="maxDegreeOfParallelism">Threads that read and clean files ahead of the consumer (-1: all cores); the order stays the load order.</param>
    /// <param name="remark">
    /// Told, in load order, of every file that was skipped (malformed, binary, empty, unsupported: the entry names the
    /// file and, where there is one, the line) or read with warnings, as <c>corpus.Report</c> lists them for
    /// <see cref="Corpus.Load(string, CorpusOptions?)"/>. Null: such files are passed over.
    /// </param>
    /// <example><code>long characters = CorpusStream.Read("articles", remark: e => Console.Error.WriteLine($"{e.File}: {e.Message}")).Sum(d => (long)d.Text.Length);</code></example>
    public static IEnumerable<Document> Read(string path, int maxDegreeOfParallelism = -1, Action<LoadEntry>? remark = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string root = Path.GetFullPath(path);
        if (!Directory.Exists(root) && !File.Exists(root)) throw new FileNotFoundException($"{path}: no such file or folder.", path);
        // The loader's own file-by-file path: every format, the manifest, the same skips (README/PROVENANCE files,
        // binaries, malformed files) and the same cleaning as Corpus.Load; only duplicate marking needs the whole corpus.
        return Corpus.Stream(root, maxDegreeOfParallelism: maxDegreeOfParallelism, remark: remark);
    }

    /// <summary>
    /// Term counts (occurrences and document frequency) over a stream of documents, on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads (-1: all cores): the tokenizer's scan with each token counted
    /// as it is found, nothing else kept (<see cref="TermTally.Add(Document)"/>). The same counts as tokenizing
    /// every document and adding it to a <see cref="TermTally"/>, for the cost of the scan alone.
    /// </summary>
    /// <param name="documents">The documents, e.g. <see cref="Read"/> or a loaded <see cref="Corpus"/>.</param>
    /// <param name="unit">The form counted: lower-case (default), surface or stem (only stems cost stemming).</param>
    /// <param name="maxDegreeOfParallelism">Threads (-1: all cores); each keeps its own tally, added together at the end.</param>
    /// <param name="vocabulary">The vocabulary the counted ids go into; null for a new one.</param>
    /// <example>
    /// <code>
    /// TermTally counts = CorpusStream.Read("articles").CountTerms();
    /// counts.ToDataFrame();   // term, count, documents
    /// </code>
    /// </example>
    public static TermTally CountTerms(this IEnumerable<Document> documents, TallyUnit unit = TallyUnit.Lower, int maxDegreeOfParallelism = -1,
        Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        vocabulary ??= new Vocabulary();
        var total = new TermTally(vocabulary, unit);
        int degree = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        if (degree == 1)
        {
            foreach (var document in documents) total.Add(document);
            return total;
        }
        // Counts do not depend on order: each thread keeps its own tally, and the tallies are added at the end.
        var gate = new Lock();
        try
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = degree }, () => new TermTally(vocabulary, unit),
                (document, _, local) =>
                {
                    local.Add(document);
                    return local;
                },
                local =>
                {
                    lock (gate) total.Merge(local);
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A reader's own error (a malformed file, named) rather than a wrapper around it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return total;
    }

    /// <summary>
    /// Tokenizes a stream of documents on up to <paramref name="maxDegreeOfParallelism"/> threads (-1: all cores),
    /// yielding them in input order; at most three batches of <paramref name="batchSize"/> documents are in memory.
    /// </summary>
    /// <example><code>foreach (var doc in CorpusStream.Read("articles").TokenizeStream(new Vocabulary())) { }</code></example>
    public static IEnumerable<TokenizedDocument> TokenizeStream(this IEnumerable<Document> documents, Vocabulary vocabulary,
        int maxDegreeOfParallelism = -1, int batchSize = OrderedParallel.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return documents.SelectOrdered(d => Tokenizer.Tokenize(d, vocabulary), maxDegreeOfParallelism, batchSize);
    }
}
