namespace NewsFrames;

// TermUnit (Stem, Lower, Surface/Form) is shared with the term statistics: src/NewsFrames/Terms/TermOptions.cs.

/// <summary>
/// Which tokens become terms of the document vectors used by similarity, topics and clusters. The defaults
/// (stems of words, stop words removed, numbers and URLs left out) match the term statistics' defaults so that
/// every view of a corpus counts the same things.
/// </summary>
/// <example>
/// <code>
/// var vectors = corpus.Vectors(new VectorOptions { Unit = TermUnit.Lower, MinDocumentFrequency = 2 });
/// </code>
/// </example>
public sealed record VectorOptions
{
    /// <summary>The defaults: stems, stop words removed, terms of two or more characters, every document frequency.</summary>
    public static VectorOptions Default { get; } = new();

    /// <summary>The counting unit (shared with the term statistics' <see cref="TermOptions"/>); <see cref="TermUnit.Stem"/> by default: topics are about stems.</summary>
    public TermUnit Unit { get; init; } = TermUnit.Stem;

    /// <summary>
    /// Words dropped before counting (tested on the lower-case word, before stemming): the Snowball English list
    /// (<see cref="StopWords.English"/>) by default; <see cref="StopWords.Empty"/> keeps every word.
    /// </summary>
    public StopWords StopWords { get; init; } = StopWords.English;

    /// <summary>Keep numbers ("2026", "41.1") as terms. False by default: they rarely say what a text is about.</summary>
    public bool IncludeNumbers { get; init; }

    /// <summary>Shortest term kept, in characters of the lower-case word (2 by default, as scikit-learn's token pattern).</summary>
    public int MinTermLength { get; init; } = 2;

    /// <summary>Terms found in fewer documents are dropped (1 = keep all).</summary>
    public int MinDocumentFrequency { get; init; } = 1;

    /// <summary>Terms found in a larger share of the documents are dropped (1.0 = keep all).</summary>
    public double MaxDocumentShare { get; init; } = 1.0;

    internal void Validate()
    {
        if (MinTermLength < 1) throw new ArgumentOutOfRangeException(nameof(MinTermLength), MinTermLength, "must be at least 1");
        if (MinDocumentFrequency < 1) throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "must be at least 1");
        if (!(MaxDocumentShare > 0 && MaxDocumentShare <= 1)) throw new ArgumentOutOfRangeException(nameof(MaxDocumentShare), MaxDocumentShare, "must be in (0, 1]");
    }
}
