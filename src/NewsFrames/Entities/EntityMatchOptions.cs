namespace NewsFrames;

/// <summary>Which surface-form classes of a gazetteer are matched, and whether titles are absorbed into person mentions.</summary>
/// <example>
/// <code>
/// var strict = new EntityMatchOptions { Demonyms = false, Capitals = false, Roles = false };
/// var mentions = corpus.Entities(options: strict);   // names and aliases only
/// </code>
/// </example>
public sealed record EntityMatchOptions
{
    /// <summary>Match demonyms ("Iranian" → Iran). Default on.</summary>
    public bool Demonyms { get; init; } = true;

    /// <summary>Match capitals standing for their government ("Washington" → United States). Default on.</summary>
    public bool Capitals { get; init; } = true;

    /// <summary>Match role phrases ("Supreme Leader" → Ali Khamenei). Default on; a role holds only for a period.</summary>
    public bool Roles { get; init; } = true;

    /// <summary>
    /// Absorb titles (and a demonym before them) into the person mention that follows, so that
    /// "Russian President Vladimir Putin" is one mention of Putin rather than also one of Russia. Default on.
    /// </summary>
    public bool AbsorbTitles { get; init; } = true;

    /// <summary>The defaults: every class on, titles absorbed.</summary>
    public static EntityMatchOptions Default { get; } = new();

    internal bool Includes(AliasKind kind) => kind switch
    {
        AliasKind.Demonym => Demonyms,
        AliasKind.Capital => Capitals,
        AliasKind.Role => Roles,
        _ => true,
    };
}
