namespace NewsFrames;

/// <summary>What the report's sections share: the corpus, the options, and results computed once (tokens, ...).</summary>
internal sealed class ReportContext
{
    private readonly Lazy<TokenizedCorpus> tokens;
    private readonly Lazy<TokenizedCorpus> analysed;

    public ReportContext(Corpus corpus, ReportOptions options)
    {
        Corpus = corpus;
        Options = options;
        tokens = new Lazy<TokenizedCorpus>(() => corpus.Tokenize());
        // Duplicates stay listed in the overview but are left out of every statistic, so a story syndicated twice counts once.
        analysed = new Lazy<TokenizedCorpus>(() => corpus.Any(d => d.DuplicateOf is not null)
            ? new Corpus(corpus.Where(d => d.DuplicateOf is null), corpus.Report, corpus.Root).Tokenize()
            : Tokens);
    }

    public Corpus Corpus { get; }

    public ReportOptions Options { get; }

    /// <summary>Every document, tokenized (for the overview).</summary>
    public TokenizedCorpus Tokens => tokens.Value;

    /// <summary>The documents the statistics count (duplicates left out), tokenized.</summary>
    public TokenizedCorpus Analysed => analysed.Value;

    /// <summary>The sources of the analysed documents, most articles first (ties by name), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> SourcesBySize(int max = int.MaxValue) => Analysed
        .GroupBy(d => d.Document.SourceOrUnknown, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key).Take(max).ToArray();

    /// <summary>Sources shown side by side at most; beyond this the report names how many were left out.</summary>
    public const int MaxSourcesShown = 24;

    /// <summary>The documents that are not duplicates of an earlier one: what the statistics count.</summary>
    public IEnumerable<int> Originals => Enumerable.Range(0, Corpus.Count).Where(i => Corpus[i].DuplicateOf is null);
}
