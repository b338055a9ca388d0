using System.Reflection;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// A curated list of entities with their aliases, demonyms, capitals and roles, plus the titles that may stand
/// before a person's name. The default is embedded (Resources/gazetteer.yaml); a user file replaces it, or extends
/// it when the file says <c>extends: default</c>. Immutable: <see cref="With"/> and <see cref="Extend"/> return new gazetteers.
/// </summary>
/// <remarks>
/// There is no NER model here on purpose: an analyst decides who counts as whom. The YAML format:
/// <code>
/// extends: default            # optional: add to / override the embedded gazetteer
/// titles: [President, Foreign Minister]
/// entities:
///   - name: Iran
///     type: country           # person, country, organisation, place, group, agreement, event
///     aliases: [Islamic Republic of Iran]
///     demonyms: [Iranian, Iranians]
///     capitals: [Tehran]
///     roles: []               # role phrases standing for a person ("Supreme Leader")
/// </code>
/// An entity of an extending file replaces the default entity of the same name, and its surface forms are taken
/// away from any other default entity that had them. Within one file a surface form may belong to one entity only.
/// </remarks>
/// <example>
/// <code>
/// var gazetteer = Gazetteer.Default;                                   // embedded
/// var mine = Gazetteer.Load("my-gazetteer.yaml");                      // replaces, or extends with `extends: default`
/// var more = Gazetteer.Default.With(new GazetteerEntity("Sputnik", EntityType.Organisation));
/// gazetteer.ToDataFrame();
/// </code>
/// </example>
public sealed class Gazetteer : ITabularResult
{
    internal const string DefaultResourceName = "NewsFrames.Resources.gazetteer.yaml";
    private static readonly Lazy<Gazetteer> DefaultLazy = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return GazetteerYaml.Parse(reader.ReadToEnd(), "gazetteer.yaml (embedded default)", baseGazetteer: null);
    });

    /// <summary>Creates a gazetteer from entities and titles (surface forms must be unique across entities).</summary>
    public Gazetteer(IEnumerable<GazetteerEntity> entities, IEnumerable<string>? titles = null, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Entities = entities.ToArray();
        Titles = (titles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        Origin = origin ?? "(in memory)";
    }

    /// <summary>The embedded default gazetteer (the entities the seed articles mention and the countries of the world).</summary>
    public static Gazetteer Default => DefaultLazy.Value;

    /// <summary>The entities, in file order.</summary>
    public IReadOnlyList<GazetteerEntity> Entities { get; }

    /// <summary>Titles absorbed into a following person mention ("Foreign Minister" in "Foreign Minister Sergey Lavrov").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Where the gazetteer came from (a file path, the embedded default, or "(in memory)").</summary>
    public string Origin { get; }

    /// <summary>The entity with this canonical name (case-insensitive), or null.</summary>
    public GazetteerEntity? Find(string name) =>
        Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads a gazetteer file. Without <c>extends: default</c> it replaces the default; with it, it extends it.
    /// Throws <see cref="GazetteerException"/> naming the file and line on bad YAML or a bad entry.
    /// </summary>
    /// <example><code>var g = Gazetteer.Load("gazetteer.yaml");</code></example>
    public static Gazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new FileNotFoundException($"Gazetteer file not found: {full}", full);
        return GazetteerYaml.Parse(File.ReadAllText(full), full, Default);
    }

    /// <summary>Parses gazetteer YAML; <paramref name="origin"/> names it in error messages.</summary>
    /// <example><code>var g = Gazetteer.Parse("entities:\n  - {name: Iran, type: country}\n");</code></example>
    public static Gazetteer Parse(string yaml, string origin = "(text)") => GazetteerYaml.Parse(yaml, origin, Default);

    /// <summary>
    /// This gazetteer with the entities and titles of <paramref name="extension"/> added; an entity of the same
    /// name is replaced, and surface forms the extension claims are removed from the other entities.
    /// </summary>
    public Gazetteer Extend(Gazetteer extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var claimed = new HashSet<string>(extension.Entities.SelectMany(e => e.SurfaceForms().Select(s => s.Surface)), StringComparer.OrdinalIgnoreCase);
        var replaced = new HashSet<string>(extension.Entities.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);
        var kept = Entities.Where(e => !replaced.Contains(e.Name)).Select(e => e with
        {
            Aliases = Without(e.Aliases, claimed),
            Demonyms = Without(e.Demonyms, claimed),
            Capitals = Without(e.Capitals, claimed),
            Roles = Without(e.Roles, claimed),
        }).Where(e => !claimed.Contains(e.Name) || e.SurfaceForms().Skip(1).Any());
        return new Gazetteer(kept.Concat(extension.Entities), Titles.Concat(extension.Titles), $"{Origin} + {extension.Origin}");
    }

    /// <summary>This gazetteer with more entities (same rules as <see cref="Extend"/>).</summary>
    public Gazetteer With(params GazetteerEntity[] entities) => Extend(new Gazetteer(entities, null, "(added)"));

    /// <summary>This gazetteer without the entities of these canonical names.</summary>
    public Gazetteer Without(params string[] names)
    {
        var drop = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        return new Gazetteer(Entities.Where(e => !drop.Contains(e.Name)), Titles, Origin);
    }

    /// <summary>Writes the gazetteer as YAML (atomically), in the format <see cref="Load"/> reads.</summary>
    /// <example><code>Gazetteer.Default.With(new GazetteerEntity("Sputnik", EntityType.Organisation)).Save("gazetteer.yaml");</code></example>
    public void Save(string path) => AtomicFile.WriteAllText(path, GazetteerYaml.Write(this, extendsDefault: false));

    /// <summary>One row per entity: name, type, aliases, demonyms, capitals, roles (lists joined by "; ").</summary>
    public DataFrame ToDataFrame()
    {
        static StringDataFrameColumn Col(string name, IEnumerable<string> values) => new(name, values);
        static string Join(IReadOnlyList<string>? list) => string.Join("; ", list ?? []);
        return new DataFrame(
            Col("name", Entities.Select(e => e.Name)),
            Col("type", Entities.Select(e => e.Type.ToName())),
            Col("aliases", Entities.Select(e => Join(e.Aliases))),
            Col("demonyms", Entities.Select(e => Join(e.Demonyms))),
            Col("capitals", Entities.Select(e => Join(e.Capitals))),
            Col("roles", Entities.Select(e => Join(e.Roles))));
    }

    private static IReadOnlyList<string>? Without(IReadOnlyList<string>? list, HashSet<string> claimed) =>
        list?.Where(s => !claimed.Contains(s)).ToArray();

    internal static Assembly ResourceAssembly => typeof(Gazetteer).Assembly;
}

/// <summary>A gazetteer file that cannot be used: the message names the file and the line.</summary>
public sealed class GazetteerException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public GazetteerException(string file, int line, string problem, Exception? inner = null)
        : base($"{file}, line {line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or origin) of the gazetteer.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The problem, without the location.</summary>
    public string Problem { get; }
}
