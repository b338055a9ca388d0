using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsFrames;

/// <summary>Reads and writes the gazetteer YAML, reporting every problem with its file and line.</summary>
internal static class GazetteerYaml
{
    private static readonly HashSet<string> RootKeys = ["extends", "titles", "entities"];
    private static readonly HashSet<string> EntityKeys = ["name", "type", "aliases", "demonyms", "capitals", "roles", "note", "notes", "source"];

    public static Gazetteer Parse(string text, string origin, Gazetteer? baseGazetteer, bool resolveExtends = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new GazetteerException(origin, Line(e.Start), "invalid YAML: " + e.Message, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            throw new GazetteerException(origin, 1, "the file is empty; expected a mapping with an 'entities' list.");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new GazetteerException(origin, Line(stream.Documents[0].RootNode.Start), "expected a mapping with 'entities' (and optionally 'titles', 'extends').");

        bool extendsDefault = false;
        var titles = new List<string>();
        var entities = new List<GazetteerEntity>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = Scalar(origin, keyNode, "a key");
            switch (key)
            {
                case "extends":
                    string what = Scalar(origin, value, "'extends'");
                    if (!string.Equals(what, "default", StringComparison.OrdinalIgnoreCase))
                        throw new GazetteerException(origin, Line(value.Start), $"'extends' must be 'default', not '{what}'.");
                    if (!resolveExtends) break;
                    if (baseGazetteer is null)
                        throw new GazetteerException(origin, Line(value.Start), "the default gazetteer cannot extend itself.");
                    extendsDefault = true;
                    break;
                case "titles":
                    titles.AddRange(StringList(origin, value, "titles"));
                    break;
                case "entities":
                    if (value is not YamlSequenceNode list)
                        throw new GazetteerException(origin, Line(value.Start), "'entities' must be a list of entities.");
                    foreach (var item in list) entities.Add(Entity(origin, item));
                    break;
                default:
                    throw new GazetteerException(origin, Line(keyNode.Start), $"unknown key '{key}' (expected one of: {string.Join(", ", RootKeys)}).");
            }
        }
        CheckUnique(origin, entities);
        var gazetteer = new Gazetteer(entities, titles, origin);
        return extendsDefault ? baseGazetteer!.Extend(gazetteer) : gazetteer;
    }

    private static GazetteerEntity Entity(string origin, YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw new GazetteerException(origin, Line(node.Start), "an entity must be a mapping with at least 'name' and 'type'.");
        string? name = null;
        EntityType? type = null;
        IReadOnlyList<string>? aliases = null, demonyms = null, capitals = null, roles = null;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = Scalar(origin, keyNode, "a key");
            switch (key)
            {
                case "name": name = Scalar(origin, value, "'name'"); break;
                case "type":
                    string t = Scalar(origin, value, "'type'");
                    if (!EntityTypeNames.TryParse(t, out var parsed))
                        throw new GazetteerException(origin, Line(value.Start), $"unknown type '{t}' (expected one of: {EntityTypeNames.AllNames}).");
                    type = parsed;
                    break;
                case "aliases": aliases = StringList(origin, value, key); break;
                case "demonyms": demonyms = StringList(origin, value, key); break;
                case "capitals": capitals = StringList(origin, value, key); break;
                case "roles": roles = StringList(origin, value, key); break;
                case "note" or "notes" or "source": break;
                default:
                    throw new GazetteerException(origin, Line(keyNode.Start), $"unknown entity key '{key}' (expected one of: {string.Join(", ", EntityKeys)}).");
            }
        }
        int line = Line(map.Start);
        if (string.IsNullOrWhiteSpace(name)) throw new GazetteerException(origin, line, "an entity has no 'name'.");
        if (type is null) throw new GazetteerException(origin, line, $"entity '{name}' has no 'type' (expected one of: {EntityTypeNames.AllNames}).");
        return new GazetteerEntity(name.Trim(), type.Value, aliases, demonyms, capitals, roles) { Line = line };
    }

    /// <summary>A surface form may name one entity only: otherwise a mention would be counted twice or at random.</summary>
    private static void CheckUnique(string origin, List<GazetteerEntity> entities)
    {
        var owner = new Dictionary<string, GazetteerEntity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            if (entities.Any(e => !ReferenceEquals(e, entity) && string.Equals(e.Name, entity.Name, StringComparison.OrdinalIgnoreCase) && e.Line < entity.Line))
                throw new GazetteerException(origin, entity.Line, $"entity '{entity.Name}' is defined twice.");
            foreach (var (surface, _) in entity.SurfaceForms())
            {
                if (string.IsNullOrWhiteSpace(surface))
                    throw new GazetteerException(origin, entity.Line, $"entity '{entity.Name}' has an empty surface form.");
                if (owner.TryGetValue(surface, out var other) && !ReferenceEquals(other, entity))
                    throw new GazetteerException(origin, entity.Line,
                        $"'{surface}' of entity '{entity.Name}' already names '{other.Name}' (line {other.Line}); a surface form may name one entity only.");
                owner[surface] = entity;
            }
        }
    }

    private static string Scalar(string origin, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : throw new GazetteerException(origin, Line(node.Start), $"{what} must be a single value.");

    private static List<string> StringList(string origin, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is YamlScalarNode scalar) return [scalar.Value!.Trim()];
        if (node is not YamlSequenceNode list)
            throw new GazetteerException(origin, Line(node.Start), $"'{what}' must be a list of strings.");
        var result = new List<string>();
        foreach (var item in list)
        {
            string s = Scalar(origin, item, $"an item of '{what}'").Trim();
            if (s.Length == 0) throw new GazetteerException(origin, Line(item.Start), $"'{what}' has an empty item.");
            result.Add(s);
        }
        return result;
    }

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    public static string Write(Gazetteer gazetteer, bool extendsDefault)
    {
        var sb = new StringBuilder();
        sb.Append("# NewsFrames gazetteer (see the README: Entities). Types: ").Append(EntityTypeNames.AllNames).Append('\n');
        if (extendsDefault) sb.Append("extends: default\n");
        if (gazetteer.Titles.Count > 0) sb.Append("titles: ").Append(List(gazetteer.Titles)).Append('\n');
        sb.Append("entities:\n");
        foreach (var e in gazetteer.Entities)
        {
            sb.Append("  - name: ").Append(Quote(e.Name)).Append('\n');
            sb.Append("    type: ").Append(e.Type.ToName()).Append('\n');
            if (e.Aliases is { Count: > 0 }) sb.Append("    aliases: ").Append(List(e.Aliases)).Append('\n');
            if (e.Demonyms is { Count: > 0 }) sb.Append("    demonyms: ").Append(List(e.Demonyms)).Append('\n');
            if (e.Capitals is { Count: > 0 }) sb.Append("    capitals: ").Append(List(e.Capitals)).Append('\n');
            if (e.Roles is { Count: > 0 }) sb.Append("    roles: ").Append(List(e.Roles)).Append('\n');
        }
        return sb.ToString();
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
