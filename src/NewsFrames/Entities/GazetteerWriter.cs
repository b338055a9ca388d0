namespace NewsFrames;

/// <summary>Writes chosen discovery candidates as a gazetteer file that extends the default.</summary>
public static class GazetteerWriter
{
    /// <summary>
    /// Writes <paramref name="entities"/> to <paramref name="path"/> (atomically) as a gazetteer with
    /// <c>extends: default</c>, so that <c>Gazetteer.Load(path)</c> gives the default plus these. When the file
    /// exists and is a gazetteer, its entities are kept and the new ones added (an entity of the same name is replaced).
    /// </summary>
    /// <example>
    /// <code>
    /// var candidates = corpus.DiscoverEntities();
    /// GazetteerWriter.Write("my-gazetteer.yaml", candidates.Choose(EntityType.Person, "Youssef Joe Rajji", "Sam Nujoma"));
    /// </code>
    /// </example>
    public static void Write(string path, IEnumerable<GazetteerEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(entities);
        var added = new Gazetteer(entities, null, "(added)");
        Gazetteer result = added;
        if (File.Exists(path))
        {
            var existing = GazetteerYaml.Parse(File.ReadAllText(path), Path.GetFullPath(path), baseGazetteer: null, resolveExtends: false);
            result = existing.Extend(added);
        }
        AtomicFile.WriteAllText(path, GazetteerYaml.Write(result, extendsDefault: true));
    }
}
