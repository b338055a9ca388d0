namespace NewsFrames;

/// <summary>What counts as "the same term".</summary>
public enum TermUnit
{
    /// <summary>The surface form, case kept ("Iran", "IRAN" and "iran" differ); a possessive "’s" is dropped.</summary>
    Surface,
    /// <summary>Another name for <see cref="Surface"/> (the token's <see cref="Token.Form"/>), used by the vector options.</summary>
    Form = Surface,
    /// <summary>The lower-case form (the default).</summary>
    Lower,
    /// <summary>The Snowball English stem, displayed by its most frequent lower-case form ("cooperation" for cooper).</summary>
    Stem,
}

/// <summary>How rows of a term table are grouped.</summary>
public enum TermGrouping
{
    /// <summary>One row per term for the whole corpus.</summary>
    Corpus,
    /// <summary>One row per source and term.</summary>
    Source,
    /// <summary>One row per document and term.</summary>
    Document,
}

/// <summary>
/// Which tokens become terms, shared by frequencies, keyness, collocations and n-grams. Immutable; change it with
/// <c>with</c>: <c>TermOptions.Default with { Unit = TermUnit.Stem }</c>.
/// </summary>
/// <example>
/// <code>
/// var stems = TermOptions.Default with { Unit = TermUnit.Stem };
/// var bigrams = TermOptions.Default with { NGram = 2 };
/// var everything = TermOptions.Default with { StopWords = StopWords.Empty, IncludeNumbers = true };
/// </code>
/// </example>
public sealed record TermOptions
{
    /// <summary>Lower-case words, Snowball English stop words removed, numbers and web addresses left out, single words.</summary>
    public static TermOptions Default { get; } = new();

    /// <summary>The counting unit: surface form, lower case (default) or stem.</summary>
    public TermUnit Unit { get; init; } = TermUnit.Lower;

    /// <summary>
    /// Stop words: a single word on the list is not counted; an n-gram may not start or end with one (it may contain
    /// one inside: "balance of power"). Checked on the lower-case form whatever the unit. <see cref="NewsFrames.StopWords.Empty"/> keeps everything.
    /// </summary>
    public StopWords StopWords { get; init; } = StopWords.English;

    /// <summary>Count numbers ("2026", "41.1") as terms. Off by default.</summary>
    public bool IncludeNumbers { get; init; }

    /// <summary>Count web addresses and e-mail addresses as terms. Off by default.</summary>
    public bool IncludeAddresses { get; init; }

    /// <summary>Terms of 1 (default), 2 or 3 consecutive tokens; n-grams never cross punctuation or a sentence break.</summary>
    public int NGram { get; init; } = 1;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (NGram is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(NGram), NGram, "NGram must be 1, 2 or 3.");
        ArgumentNullException.ThrowIfNull(StopWords);
    }

    /// <summary>A short description for output titles and logs ("lower, stop words snowball-english, 1-grams").</summary>
    public override string ToString() =>
        $"{UnitName(Unit)}, stop words {StopWords.Origin}, {NGram}-grams" +
        (IncludeNumbers ? ", numbers" : "") + (IncludeAddresses ? ", addresses" : "");

    /// <summary>"surface", "lower" or "stem" (Enum.ToString is ambiguous for Surface/Form).</summary>
    public static string UnitName(TermUnit unit) => unit switch
    {
        TermUnit.Stem => "stem",
        TermUnit.Lower => "lower",
        _ => "surface",
    };
}
