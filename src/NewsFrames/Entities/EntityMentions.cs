using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// Every gazetteer mention in a corpus, in document and text order, with the tokens they came from (for evidence).
/// </summary>
/// <example>
/// <code>
/// var mentions = Corpus.Load("seeds").Entities();
/// mentions.ToDataFrame();                 // one row per mention, with its sentence as evidence
/// mentions.Counts(bySource: true);        // mentions and documents per entity and source
/// mentions.Cooccurrence();                // pairs within a sentence, with association measures
/// </code>
/// </example>
public sealed class EntityMentions : IReadOnlyList<EntityMention>, ITabularResult
{
    // One of the two: records (in memory), or a compact table that builds records on access (streaming, where the
    // mentions outlive the text and their size is what the run keeps).
    private readonly EntityMention[]? mentions;
    private readonly MentionTable? table;

    internal EntityMentions(TokenizedCorpus tokens, Gazetteer gazetteer, EntityMatchOptions options, EntityMention[] mentions)
    {
        Tokens = tokens;
        Gazetteer = gazetteer;
        Options = options;
        this.mentions = mentions;
    }

    internal EntityMentions(TokenizedCorpus tokens, Gazetteer gazetteer, EntityMatchOptions options, MentionTable table)
    {
        Tokens = tokens;
        Gazetteer = gazetteer;
        Options = options;
        this.table = table;
    }

    /// <summary>The tokenized corpus the mentions point into.</summary>
    public TokenizedCorpus Tokens { get; }

    /// <summary>The gazetteer that was matched.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The options used.</summary>
    public EntityMatchOptions Options { get; }

    /// <inheritdoc/>
    public int Count => mentions?.Length ?? table!.Count;

    /// <inheritdoc/>
    public EntityMention this[int index] => mentions is not null ? mentions[index] : table!.Get(index, Tokens);

    /// <inheritdoc/>
    public IEnumerator<EntityMention> GetEnumerator() =>
        mentions is not null ? ((IEnumerable<EntityMention>)mentions).GetEnumerator() : FromTable().GetEnumerator();

    private IEnumerable<EntityMention> FromTable()
    {
        for (int i = 0; i < table!.Count; i++) yield return table.Get(i, Tokens);
    }

    /// <summary>What counting reads of mention <paramref name="index"/>, without building a record from the table.</summary>
    internal MentionCore CoreAt(int index)
    {
        if (table is not null) return table.CoreAt(index);
        var m = mentions![index];
        return new MentionCore(m.DocumentIndex, m.Entity, m.Type, m.Sentence, m.Paragraph, m.FirstToken, m.TokenCount);
    }

    /// <summary>The document index of mention <paramref name="index"/> (without building a record from the table).</summary>
    internal int DocumentIndexAt(int index) => mentions is not null ? mentions[index].DocumentIndex : table!.DocumentIndexAt(index);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The mentions of one entity (canonical name, case-insensitive).</summary>
    public IEnumerable<EntityMention> Of(string entity) =>
        this.Where(m => string.Equals(m.Entity, entity, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sentence a mention is in: its evidence.</summary>
    public string Evidence(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var doc = Tokens[mention.DocumentIndex];
        return doc.SentenceText(doc.Sentences[mention.Sentence]).ReplaceLineEndings(" ");
    }

    /// <summary>
    /// Mentions and documents per entity (and per source when <paramref name="bySource"/>), most mentioned first.
    /// </summary>
    /// <example><code>corpus.Entities().Counts(bySource: true).ToDataFrame();</code></example>
    public EntityCounts Counts(bool bySource = false) => EntityCounts.From(this, bySource);

    /// <summary>
    /// Columns: document, file, source, entity, type, surface, sentence (index), start, end (character offsets),
    /// paragraph (index), match (name, alias, demonym, capital, role), evidence (the sentence text).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var all = mentions ?? [.. this];
        return new(
            new StringDataFrameColumn("document", all.Select(m => m.Document)),
            new StringDataFrameColumn("file", all.Select(m => m.File)),
            new StringDataFrameColumn("source", all.Select(m => m.Source)),
            new StringDataFrameColumn("entity", all.Select(m => m.Entity)),
            new StringDataFrameColumn("type", all.Select(m => m.Type.ToName())),
            new StringDataFrameColumn("surface", all.Select(m => m.Surface)),
            new Int32DataFrameColumn("sentence", all.Select(m => m.Sentence)),
            new Int32DataFrameColumn("start", all.Select(m => m.Start)),
            new Int32DataFrameColumn("end", all.Select(m => m.End)),
            new Int32DataFrameColumn("paragraph", all.Select(m => m.Paragraph)),
            new StringDataFrameColumn("match", all.Select(m => m.Match.ToName())),
            new StringDataFrameColumn("evidence", all.Select(Evidence)));
    }
}

/// <summary>One row of <see cref="EntityCounts"/>.</summary>
/// <param name="Source">The source, or "(all)".</param>
/// <param name="Entity">The entity's canonical name.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="Documents">Number of documents with at least one mention.</param>
/// <param name="DocumentShare">Documents with a mention divided by the documents of the source (or corpus).</param>
public sealed record EntityCount(string Source, string Entity, EntityType Type, int Mentions, int Documents, double DocumentShare);

/// <summary>Mentions and documents per entity (and source).</summary>
/// <example><code>var top = corpus.Entities().Counts(bySource: true).Top(5);</code></example>
public sealed class EntityCounts : IReadOnlyList<EntityCount>, ITabularResult
{
    /// <summary>The label of the whole corpus in the source column.</summary>
    public const string AllSources = "(all)";

    private readonly EntityCount[] rows;

    private EntityCounts(EntityCount[] rows, bool bySource)
    {
        this.rows = rows;
        BySource = bySource;
    }

    /// <summary>True when counted per source.</summary>
    public bool BySource { get; }

    internal static EntityCounts From(EntityMentions mentions, bool bySource)
    {
        var corpus = mentions.Tokens.Corpus;
        var docsPerSource = corpus.GroupBy(d => bySource ? d.SourceOrUnknown : AllSources).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = mentions
            .GroupBy(m => (Source: bySource ? m.Source : AllSources, m.Entity, m.Type))
            .Select(g =>
            {
                int documents = g.Select(m => m.DocumentIndex).Distinct().Count();
                return new EntityCount(g.Key.Source, g.Key.Entity, g.Key.Type, g.Count(), documents, (double)documents / docsPerSource[g.Key.Source]);
            })
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenByDescending(r => r.Mentions).ThenBy(r => r.Entity, StringComparer.Ordinal)
            .ToArray();
        return new EntityCounts(rows, bySource);
    }

    /// <summary>The <paramref name="n"/> most mentioned entities of each source (ties by name).</summary>
    public EntityCounts Top(int n) => new(rows.GroupBy(r => r.Source).SelectMany(g => g.Take(n)).ToArray(), BySource);

    /// <inheritdoc/>
    public int Count => rows.Length;

    /// <inheritdoc/>
    public EntityCount this[int index] => rows[index];

    /// <inheritdoc/>
    public IEnumerator<EntityCount> GetEnumerator() => ((IEnumerable<EntityCount>)rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Columns: source, entity, type, mentions, documents, document_share.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("source", rows.Select(r => r.Source)),
        new StringDataFrameColumn("entity", rows.Select(r => r.Entity)),
        new StringDataFrameColumn("type", rows.Select(r => r.Type.ToName())),
        new Int32DataFrameColumn("mentions", rows.Select(r => r.Mentions)),
        new Int32DataFrameColumn("documents", rows.Select(r => r.Documents)),
        new DoubleDataFrameColumn("document_share", rows.Select(r => r.DocumentShare)));
}

/// <summary>The numbers and names of a mention that co-occurrence counts (see <see cref="EntityMentions.CoreAt"/>).</summary>
internal readonly record struct MentionCore(int DocumentIndex, string Entity, EntityType Type, int Sentence, int Paragraph, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
