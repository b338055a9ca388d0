using System.Collections;

namespace NewsFrames;

/// <summary>A corpus after tokenization: one <see cref="TokenizedDocument"/> per document, one shared vocabulary.</summary>
/// <example>
/// <code>
/// TokenizedCorpus tokens = Corpus.Load("seeds").Tokenize();
/// int total = tokens.Sum(d => d.Tokens.Count);
/// </code>
/// </example>
public sealed class TokenizedCorpus : IReadOnlyList<TokenizedDocument>
{
    private readonly TokenizedDocument[] documents;

    internal TokenizedCorpus(Corpus corpus, Vocabulary vocabulary, TokenizedDocument[] documents)
    {
        Corpus = corpus;
        Vocabulary = vocabulary;
        this.documents = documents;
    }

    /// <summary>The corpus the tokens came from.</summary>
    public Corpus Corpus { get; }

    /// <summary>The vocabulary shared by every document.</summary>
    public Vocabulary Vocabulary { get; }

    /// <inheritdoc/>
    public int Count => documents.Length;

    /// <inheritdoc/>
    public TokenizedDocument this[int index] => documents[index];

    /// <inheritdoc/>
    public IEnumerator<TokenizedDocument> GetEnumerator() => ((IEnumerable<TokenizedDocument>)documents).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Tokenization entry points for notebooks: <c>corpus.Tokenize()</c>.</summary>
public static class TokenizeExtensions
{
    /// <summary>Tokenizes and sentence-splits every document of the corpus (in parallel; the result keeps corpus order).</summary>
    /// <example><code>var tokens = Corpus.Load("seeds").Tokenize();</code></example>
    public static TokenizedCorpus Tokenize(this Corpus corpus, Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var vocab = vocabulary ?? new Vocabulary();
        var docs = new TokenizedDocument[corpus.Count];
        Parallel.For(0, corpus.Count, i => docs[i] = Tokenizer.Tokenize(corpus[i], vocab));
        return new TokenizedCorpus(corpus, vocab, docs);
    }
}
