namespace NewsFrames;

/// <summary>
/// Entity mentions kept as rows of numbers for results that outlive their documents' text (streaming): the entity
/// and the surface form are indexes into tables of distinct values, and the document's id, file and source are read
/// from the document the row points to. A row is 40 bytes where an <see cref="EntityMention"/> record with its own
/// surface string is about 140; <see cref="Get"/> gives the record back, equal to the one that was added.
/// </summary>
internal sealed class MentionTable
{
    private readonly record struct Row(
        int DocumentIndex, int Entity, int Surface, AliasKind Match, int Sentence, int Paragraph, int Start, int End, int FirstToken, int TokenCount);

    // 2,048 rows of 40 bytes: each chunk stays under the large-object threshold, and nothing is copied as the table grows.
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private readonly List<Row[]> chunks = [];
    private readonly List<(string Name, EntityType Type)> entities = [];
    private readonly Dictionary<(string, EntityType), int> entityIds = [];
    private readonly List<string> surfaces = [];
    private readonly Dictionary<string, int> surfaceIds = new(StringComparer.Ordinal);

    /// <summary>The number of mentions.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a mention of the document at <paramref name="documentIndex"/> (its own index is not used).</summary>
    public void Add(EntityMention mention, int documentIndex)
    {
        if (!entityIds.TryGetValue((mention.Entity, mention.Type), out int entity))
        {
            entityIds[(mention.Entity, mention.Type)] = entity = entities.Count;
            entities.Add((mention.Entity, mention.Type));
        }
        if (!surfaceIds.TryGetValue(mention.Surface, out int surface))
        {
            surfaceIds[mention.Surface] = surface = surfaces.Count;
            surfaces.Add(mention.Surface);
        }
        if ((Count & (ChunkSize - 1)) == 0) chunks.Add(new Row[ChunkSize]);
        chunks[^1][Count & (ChunkSize - 1)] = new Row(documentIndex, entity, surface, mention.Match, mention.Sentence, mention.Paragraph,
            mention.Start, mention.End, mention.FirstToken, mention.TokenCount);
        Count++;
    }

    /// <summary>The document index of mention <paramref name="index"/>, without building the record.</summary>
    public int DocumentIndexAt(int index) => RowAt(index).DocumentIndex;

    public MentionCore CoreAt(int index)
    {
        ref readonly var row = ref RowAt(index);
        var (name, type) = entities[row.Entity];
        return new MentionCore(row.DocumentIndex, name, type, row.Sentence, row.Paragraph, row.FirstToken, row.TokenCount);
    }

    /// <summary>Mention <paramref name="index"/> as a record; id, file and source come from its document in <paramref name="tokens"/>.</summary>
    public EntityMention Get(int index, TokenizedCorpus tokens)
    {
        var row = RowAt(index);
        var document = tokens[row.DocumentIndex].Document;
        var (name, type) = entities[row.Entity];
        return new EntityMention(row.DocumentIndex, document.Id, document.File, document.SourceOrUnknown, name, type, row.Match,
            surfaces[row.Surface], row.Sentence, row.Paragraph, row.Start, row.End, row.FirstToken, row.TokenCount);
    }

    private ref readonly Row RowAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return ref chunks[index >> ChunkShift][index & (ChunkSize - 1)];
    }
}
