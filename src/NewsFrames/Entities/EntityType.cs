namespace NewsFrames;

/// <summary>What kind of thing a gazetteer entity is.</summary>
public enum EntityType
{
    /// <summary>A person: "Vladimir Putin".</summary>
    Person,
    /// <summary>A country (or a state that existed): "Iran", "Soviet Union".</summary>
    Country,
    /// <summary>An organisation or institution: "NATO", "State Duma", "Kremlin".</summary>
    Organisation,
    /// <summary>A place that is not a country: a region, city, territory or site: "Middle East", "Bushehr Nuclear Power Plant".</summary>
    Place,
    /// <summary>A group of countries or people, or a movement: "the West", "Taliban".</summary>
    Group,
    /// <summary>An agreement, treaty or joint project: "JCPOA", "North-South Transport Corridor".</summary>
    Agreement,
    /// <summary>An event: a summit, a war, an election.</summary>
    Event,
}

/// <summary>Which class of surface form a mention was found by; every class but names and aliases can be switched off.</summary>
public enum AliasKind
{
    /// <summary>The canonical name.</summary>
    Name,
    /// <summary>Another name of the same entity ("US" for United States).</summary>
    Alias,
    /// <summary>An adjective or people form ("Iranian" for Iran).</summary>
    Demonym,
    /// <summary>A capital standing for its government ("Washington" for United States).</summary>
    Capital,
    /// <summary>A role phrase standing for a person ("Supreme Leader" for Ali Khamenei): an analyst's choice.</summary>
    Role,
}

/// <summary>The lower-case names used in files, tables and the CLI ("person", "organisation", …).</summary>
/// <example><code>EntityTypeNames.TryParse("organization", out var t); // t == EntityType.Organisation</code></example>
public static class EntityTypeNames
{
    /// <summary>The name of a type: "person", "country", "organisation", "place", "group", "agreement", "event".</summary>
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Country => "country",
        EntityType.Organisation => "organisation",
        EntityType.Place => "place",
        EntityType.Group => "group",
        EntityType.Agreement => "agreement",
        EntityType.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The name of a surface-form class: "name", "alias", "demonym", "capital", "role".</summary>
    public static string ToName(this AliasKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Every type name, comma-separated, for messages.</summary>
    public static readonly string AllNames = "person, country, organisation, place, group, agreement, event";

    /// <summary>Parses a type name; "organization" and "agreement/event" spellings are accepted.</summary>
    public static bool TryParse(string text, out EntityType type)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "person": case "people": type = EntityType.Person; return true;
            case "country": type = EntityType.Country; return true;
            case "organisation": case "organization": case "org": type = EntityType.Organisation; return true;
            case "place": case "location": case "region": case "city": type = EntityType.Place; return true;
            case "group": type = EntityType.Group; return true;
            case "agreement": case "treaty": case "project": type = EntityType.Agreement; return true;
            case "event": type = EntityType.Event; return true;
            default: type = default; return false;
        }
    }
}
