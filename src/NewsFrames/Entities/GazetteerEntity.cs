namespace NewsFrames;

/// <summary>
/// One entity of a <see cref="Gazetteer"/>: its canonical name, its type and the surface forms that mention it.
/// </summary>
/// <param name="Name">The canonical name, used in every result ("United States").</param>
/// <param name="Type">Person, country, organisation, place, group, agreement or event.</param>
/// <param name="Aliases">Other names ("US", "U.S.", "America"); always matched.</param>
/// <param name="Demonyms">Adjective and people forms ("American", "Americans"); matched when <see cref="EntityMatchOptions.Demonyms"/> is on.</param>
/// <param name="Capitals">Capitals standing for the government ("Washington"); matched when <see cref="EntityMatchOptions.Capitals"/> is on.</param>
/// <param name="Roles">Role phrases standing for a person ("Supreme Leader"); matched when <see cref="EntityMatchOptions.Roles"/> is on.</param>
/// <example>
/// <code>
/// var pm = new GazetteerEntity("Mohammed Shia al-Sudani", EntityType.Person, ["al-Sudani", "Sudani"]);
/// var gazetteer = Gazetteer.Default.With(pm);
/// </code>
/// </example>
public sealed record GazetteerEntity(
    string Name,
    EntityType Type,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? Demonyms = null,
    IReadOnlyList<string>? Capitals = null,
    IReadOnlyList<string>? Roles = null)
{
    /// <summary>Every surface form with its class, the canonical name first.</summary>
    public IEnumerable<(string Surface, AliasKind Kind)> SurfaceForms()
    {
        yield return (Name, AliasKind.Name);
        foreach (var a in Aliases ?? []) yield return (a, AliasKind.Alias);
        foreach (var a in Demonyms ?? []) yield return (a, AliasKind.Demonym);
        foreach (var a in Capitals ?? []) yield return (a, AliasKind.Capital);
        foreach (var a in Roles ?? []) yield return (a, AliasKind.Role);
    }

    /// <summary>The line of the gazetteer file the entity was read from (0 when built in code).</summary>
    public int Line { get; init; }
}
