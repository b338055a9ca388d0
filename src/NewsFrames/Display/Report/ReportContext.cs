namespace NewsFrames;

/// <summary>What the report's sections share: the corpus, the options, and results computed once (tokens, ...).</summary>
internal sealed class ReportContext
{
    private readonly Lazy<TokenizedCorpus> tokens;

    public ReportContext(Corpus corpus, ReportOptions options)
    {
        Corpus = corpus;
        Options = options;
        tokens = new Lazy<TokenizedCorpus>(() => corpus.Tokenize());
    }

    public Corpus Corpus { get; }

    public ReportOptions Options { get; }

    public TokenizedCorpus Tokens => tokens.Value;

    /// <summary>The documents that are not duplicates of an earlier one: what the statistics count.</summary>
    public IEnumerable<int> Originals => Enumerable.Range(0, Corpus.Count).Where(i => Corpus[i].DuplicateOf is null);
}
