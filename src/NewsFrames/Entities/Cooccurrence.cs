using System.Collections;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>The context within which two mentions co-occur.</summary>
public enum CooccurrenceScope
{
    /// <summary>The same sentence (the default).</summary>
    Sentence,
    /// <summary>The same paragraph.</summary>
    Paragraph,
    /// <summary>The same document.</summary>
    Document,
    /// <summary>Within ±<see cref="CooccurrenceOptions.Window"/> tokens of a mention.</summary>
    Window,
}

/// <summary>How co-occurrence is counted.</summary>
/// <example>
/// <code>
/// var pairs = corpus.Entities().Cooccurrence(new CooccurrenceOptions { Scope = CooccurrenceScope.Window, Window = 10, BySource = true });
/// var pairs2 = corpus.Entities().Cooccurrence(CooccurrenceOptions.Parse("paragraph") with { MinCount = 2 });
/// </code>
/// </example>
public sealed record CooccurrenceOptions
{
    /// <summary>Sentence (default), paragraph, document, or a ±N-token window.</summary>
    public CooccurrenceScope Scope { get; init; } = CooccurrenceScope.Sentence;

    /// <summary>N for <see cref="CooccurrenceScope.Window"/>: mentions at most N tokens apart co-occur. Default 10.</summary>
    public int Window { get; init; } = 10;

    /// <summary>Count per source (every source's own contexts and measures) instead of over the whole corpus.</summary>
    public bool BySource { get; init; }

    /// <summary>Pairs seen together fewer times than this are left out. Default 1.</summary>
    public int MinCount { get; init; } = 1;

    /// <summary>Only entities of these types take part; null for all.</summary>
    public IReadOnlySet<EntityType>? Types { get; init; }

    /// <summary>Parses "sentence", "paragraph", "document" or a number N (a ±N-token window).</summary>
    public static CooccurrenceOptions Parse(string window)
    {
        ArgumentNullException.ThrowIfNull(window);
        string w = window.Trim().ToLowerInvariant();
        return w switch
        {
            "sentence" => new CooccurrenceOptions(),
            "paragraph" => new CooccurrenceOptions { Scope = CooccurrenceScope.Paragraph },
            "document" => new CooccurrenceOptions { Scope = CooccurrenceScope.Document },
            _ when int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 =>
                new CooccurrenceOptions { Scope = CooccurrenceScope.Window, Window = n },
            _ => throw new ArgumentException($"Unknown window '{window}': expected sentence, paragraph, document or a positive number of tokens.", nameof(window)),
        };
    }

    /// <summary>"sentence", "paragraph", "document" or "±N tokens".</summary>
    public string Describe() => Scope == CooccurrenceScope.Window ? $"±{Window} tokens" : Scope.ToString().ToLowerInvariant();
}

/// <summary>
/// One pair of entities seen in the same context, with association measures over the contexts of its source.
/// </summary>
/// <param name="Source">The source, or "(all)" for the whole corpus.</param>
/// <param name="Entity1">The first entity (ordinal order).</param>
/// <param name="Entity2">The second entity.</param>
/// <param name="Type1">Type of the first entity.</param>
/// <param name="Type2">Type of the second entity.</param>
/// <param name="Count">Contexts with both (a). For a window: mentions of either that have the other within ±N tokens.</param>
/// <param name="Documents">Documents in which the two share at least one context.</param>
/// <param name="Count1">Contexts with the first entity (a + b).</param>
/// <param name="Count2">Contexts with the second entity (a + c).</param>
/// <param name="Contexts">All contexts of the source (N): sentences, paragraphs, documents, or mentions for a window.</param>
/// <param name="Jaccard">a / (a + b + c).</param>
/// <param name="Pmi">ln(a / E).</param>
/// <param name="Npmi">PMI / −ln(a / N).</param>
/// <param name="G2">Signed log-likelihood G², no correction.</param>
public sealed record EntityPair(
    string Source, string Entity1, string Entity2, EntityType Type1, EntityType Type2,
    int Count, int Documents, int Count1, int Count2, int Contexts,
    double Jaccard, double Pmi, double Npmi, double G2);

/// <summary>
/// Entity co-occurrence: pairs of entities found in the same sentence (paragraph, document, window), per corpus or per
/// source, with count, documents, Jaccard, PMI, NPMI and G² (definitions in <see cref="Association"/>).
/// </summary>
/// <example>
/// <code>
/// var pairs = Corpus.Load("seeds").Entities().Cooccurrence();
/// pairs.Top(10).ToDataFrame();
/// pairs.Ego("Iran");               // the pairs of one entity
/// EntityCharts.Network(pairs);
/// </code>
/// </example>
public sealed class CooccurrenceResult : IReadOnlyList<EntityPair>, ITabularResult
{
    private readonly EntityPair[] pairs;

    internal CooccurrenceResult(EntityPair[] pairs, CooccurrenceOptions options, IReadOnlyDictionary<(string Source, string Entity), int> contextsPerEntity)
    {
        this.pairs = pairs;
        Options = options;
        EntityContexts = contextsPerEntity;
    }

    /// <summary>The options the pairs were counted with.</summary>
    public CooccurrenceOptions Options { get; }

    /// <summary>Contexts with each entity, per source: the node sizes of a network.</summary>
    public IReadOnlyDictionary<(string Source, string Entity), int> EntityContexts { get; }

    /// <summary>The sources present, "(all)" when not counted by source.</summary>
    public IReadOnlyList<string> Sources => pairs.Select(p => p.Source).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public int Count => pairs.Length;

    /// <inheritdoc/>
    public EntityPair this[int index] => pairs[index];

    /// <inheritdoc/>
    public IEnumerator<EntityPair> GetEnumerator() => ((IEnumerable<EntityPair>)pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The <paramref name="n"/> strongest pairs of each source (by count, then G², then names).</summary>
    public CooccurrenceResult Top(int n) => new(pairs.GroupBy(p => p.Source).SelectMany(g => g.Take(n)).ToArray(), Options, EntityContexts);

    /// <summary>The pairs that include <paramref name="entity"/> (an ego network).</summary>
    public CooccurrenceResult Ego(string entity) => new(pairs.Where(p => Involves(p, entity)).ToArray(), Options, EntityContexts);

    /// <summary>The pairs of one source.</summary>
    public CooccurrenceResult ForSource(string source) =>
        new(pairs.Where(p => string.Equals(p.Source, source, StringComparison.Ordinal)).ToArray(), Options, EntityContexts);

    /// <summary>The pair of two entities in a source (either order), or null.</summary>
    public EntityPair? Find(string entity1, string entity2, string source = EntityCounts.AllSources) =>
        pairs.FirstOrDefault(p => string.Equals(p.Source, source, StringComparison.Ordinal) && Involves(p, entity1) && Involves(p, entity2)
                                  && !string.Equals(entity1, entity2, StringComparison.OrdinalIgnoreCase));

    private static bool Involves(EntityPair p, string entity) =>
        string.Equals(p.Entity1, entity, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Entity2, entity, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Columns: source, entity1, entity2, count, documents, jaccard, pmi, npmi, g2, then type1, type2, count1, count2,
    /// contexts and window (the context used).
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("source", pairs.Select(p => p.Source)),
        new StringDataFrameColumn("entity1", pairs.Select(p => p.Entity1)),
        new StringDataFrameColumn("entity2", pairs.Select(p => p.Entity2)),
        new Int32DataFrameColumn("count", pairs.Select(p => p.Count)),
        new Int32DataFrameColumn("documents", pairs.Select(p => p.Documents)),
        new DoubleDataFrameColumn("jaccard", pairs.Select(p => p.Jaccard)),
        new DoubleDataFrameColumn("pmi", pairs.Select(p => p.Pmi)),
        new DoubleDataFrameColumn("npmi", pairs.Select(p => p.Npmi)),
        new DoubleDataFrameColumn("g2", pairs.Select(p => p.G2)),
        new StringDataFrameColumn("type1", pairs.Select(p => p.Type1.ToName())),
        new StringDataFrameColumn("type2", pairs.Select(p => p.Type2.ToName())),
        new Int32DataFrameColumn("count1", pairs.Select(p => p.Count1)),
        new Int32DataFrameColumn("count2", pairs.Select(p => p.Count2)),
        new Int32DataFrameColumn("contexts", pairs.Select(p => p.Contexts)),
        new StringDataFrameColumn("window", pairs.Select(_ => Options.Describe())));
}

/// <summary>Counts co-occurrence contexts: <c>mentions.Cooccurrence()</c>.</summary>
public static class CooccurrenceExtensions
{
    /// <summary>A pair's counts; kept in the dictionary by value (a reference per pair was an allocation per new pair).</summary>
    private struct PairCount
    {
        public int Count, Documents;
        /// <summary>The last document counted, plus one (0: none yet).</summary>
        public int LastDocumentPlusOne;
    }

    /// <summary>The counts of one source (or of all): entities by dense id, pairs by the two ids packed in a long.</summary>
    private sealed class Group
    {
        public int Contexts;
        public int[] EntityContexts = new int[64];
        /// <summary>Entity ids in the order of their first context: the order the result's dictionary keeps.</summary>
        public readonly List<int> EntitiesInOrder = [];
        public readonly Dictionary<long, PairCount> Pairs = [];

        public void CountEntity(int id)
        {
            if (id >= EntityContexts.Length) Array.Resize(ref EntityContexts, Math.Max(id + 1, EntityContexts.Length * 2));
            if (EntityContexts[id]++ == 0) EntitiesInOrder.Add(id);
        }
    }

    /// <summary>Entity pairs that share a context, with association measures.</summary>
    /// <example><code>var pairs = corpus.Entities().Cooccurrence(new CooccurrenceOptions { BySource = true, MinCount = 2 });</code></example>
    public static CooccurrenceResult Cooccurrence(this EntityMentions mentions, CooccurrenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        options ??= new CooccurrenceOptions();
        if (options.Scope == CooccurrenceScope.Window && options.Window < 1) throw new ArgumentOutOfRangeException(nameof(options), "Window must be at least 1 token.");

        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var types = new List<EntityType>();
        var groups = new SortedDictionary<string, Group>(StringComparer.Ordinal);
        // Mentions come in document order (every producer makes them so): each document's mentions are the next run,
        // and nothing is copied or grouped per corpus. A lookup stays as the fallback for any other order.
        bool inDocumentOrder = true;
        for (int i = 1; i < mentions.Count && inDocumentOrder; i++) inDocumentOrder = mentions.DocumentIndexAt(i - 1) <= mentions.DocumentIndexAt(i);
        var byDocument = inDocumentOrder ? null : Enumerable.Range(0, mentions.Count).Select(mentions.CoreAt).ToLookup(m => m.DocumentIndex);
        var docMentions = new List<MentionCore>();
        var contextKeys = new List<int>();
        var ids = new List<int>();
        // Read in order, as the few numbers and names counting needs: a streamed result's mentions are rows, and
        // building a record for each (45 MB on 8× Reuters) cost more than the counting.
        int next = 0;

        string? lastLabel = null;
        Group group = null!;
        for (int d = 0; d < mentions.Tokens.Count; d++)
        {
            var doc = mentions.Tokens[d];
            string label = options.BySource ? doc.Document.SourceOrUnknown : EntityCounts.AllSources;
            // Documents of one source usually come together: the sorted lookup only when the source changes.
            if (!string.Equals(label, lastLabel, StringComparison.Ordinal))
            {
                if (!groups.TryGetValue(label, out group!)) groups[label] = group = new Group();
                lastLabel = label;
            }
            docMentions.Clear();
            if (byDocument is null)
            {
                while (next < mentions.Count && mentions.DocumentIndexAt(next) < d) next++;
                for (; next < mentions.Count; next++)
                {
                    var mention = mentions.CoreAt(next);
                    if (mention.DocumentIndex != d) break;
                    if (Included(mention)) docMentions.Add(mention);
                }
            }
            else docMentions.AddRange(byDocument[d].Where(m => Included(m)));

            switch (options.Scope)
            {
                case CooccurrenceScope.Sentence:
                    group.Contexts += doc.SentenceCount;
                    AddContexts(group, d, byParagraph: false);
                    break;
                case CooccurrenceScope.Paragraph:
                    group.Contexts += doc.ParagraphCount;
                    AddContexts(group, d, byParagraph: true);
                    break;
                case CooccurrenceScope.Document:
                    group.Contexts += 1;
                    ids.Clear();
                    foreach (var m in docMentions) ids.Add(Id(m));
                    Add(group, d, ids);
                    break;
                case CooccurrenceScope.Window:
                    group.Contexts += docMentions.Count;
                    int n = options.Window;
                    foreach (var m in docMentions)
                    {
                        // Token distance between spans: 0 when they touch or overlap (parts of one compound).
                        ids.Clear();
                        foreach (var o in docMentions)
                            if (o.FirstToken <= m.EndToken - 1 + n && o.EndToken - 1 >= m.FirstToken - n) ids.Add(Id(o));
                        Add(group, d, ids);
                    }
                    break;
            }
        }

        bool Included(in MentionCore m) => options.Types is null || options.Types.Contains(m.Type);

        int Id(in MentionCore m)
        {
            if (!entityIds.TryGetValue(m.Entity, out int id))
            {
                entityIds[m.Entity] = id = names.Count;
                names.Add(m.Entity);
                types.Add(m.Type);
            }
            return id;
        }

        // The sentences (paragraphs) of one document's mentions, in order of first mention; entity ids are given in that
        // order too.
        void AddContexts(Group group, int document, bool byParagraph)
        {
            contextKeys.Clear();
            foreach (var m in docMentions)
            {
                int key = byParagraph ? m.Paragraph : m.Sentence;
                if (!contextKeys.Contains(key)) contextKeys.Add(key);
            }
            foreach (int key in contextKeys)
            {
                ids.Clear();
                foreach (var m in docMentions)
                    if ((byParagraph ? m.Paragraph : m.Sentence) == key) ids.Add(Id(m));
                Add(group, document, ids);
            }
        }

        var rows = new List<EntityPair>();
        var contexts = new Dictionary<(string, string), int>();
        foreach (var (label, counts) in groups)
        {
            foreach (int id in counts.EntitiesInOrder) contexts[(label, names[id])] = counts.EntityContexts[id];
            foreach (var (key, counter) in counts.Pairs)
            {
                if (counter.Count < options.MinCount) continue;
                int x = (int)(key >> 32), y = (int)(uint)key;
                int a = counter.Count, n1 = counts.EntityContexts[x], n2 = counts.EntityContexts[y], total = counts.Contexts;
                var (jaccard, pmi, npmi, g2) = Association.Measures(a, n1 - a, n2 - a, total - n1 - n2 + a);
                bool swap = string.CompareOrdinal(names[x], names[y]) > 0;
                rows.Add(new EntityPair(label,
                    swap ? names[y] : names[x], swap ? names[x] : names[y],
                    swap ? types[y] : types[x], swap ? types[x] : types[y],
                    a, counter.Documents, swap ? n2 : n1, swap ? n1 : n2, total, jaccard, pmi, npmi, g2));
            }
        }
        var ordered = rows
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ThenByDescending(p => p.Count).ThenByDescending(p => p.G2)
            .ThenBy(p => p.Entity1, StringComparer.Ordinal).ThenBy(p => p.Entity2, StringComparer.Ordinal)
            .ToArray();
        return new CooccurrenceResult(ordered, options, contexts);
    }

    /// <summary>Counts one context holding the entities <paramref name="ids"/> (sorted and made distinct here).</summary>
    private static void Add(Group group, int document, List<int> ids)
    {
        if (ids.Count == 0) return;
        ids.Sort();
        int count = 1;
        for (int i = 1; i < ids.Count; i++)
            if (ids[i] != ids[count - 1]) ids[count++] = ids[i];
        var distinct = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids)[..count];
        foreach (int id in distinct) group.CountEntity(id);
        for (int i = 0; i < distinct.Length; i++)
        {
            for (int j = i + 1; j < distinct.Length; j++)
            {
                ref var counter = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                    group.Pairs, ((long)distinct[i] << 32) | (uint)distinct[j], out _);
                counter.Count++;
                if (counter.LastDocumentPlusOne != document + 1)
                {
                    counter.LastDocumentPlusOne = document + 1;
                    counter.Documents++;
                }
            }
        }
    }
}
