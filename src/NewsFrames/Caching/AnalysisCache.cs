using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace NewsFrames;

/// <summary>
/// A local store of per-document analysis results, keyed by a hash of each document's content, so that a rerun
/// over a corpus that grew by one article processes only that article. One LiteDB file; the whole store is
/// invalidated (emptied) when it is opened with a different configuration fingerprint (options, lexicon,
/// gazetteer, library build).
/// </summary>
/// <remarks>
/// Why LiteDB rather than a file per document: a rerun writes only what changed, in one transaction, to one file
/// (no 20,000 small files, no fsync per entry), and an interrupted run leaves the store consistent (LiteDB's
/// journal). The store is opened exclusively by one process at a time.
/// </remarks>
/// <example>
/// <code>
/// using var cache = AnalysisCache.Open(".newsframes-cache.db", fingerprint: "frames:" + FrameLexicon.Default.Fingerprint);
/// if (!cache.TryGet(AnalysisCache.KeyOf(doc), out var payload)) { /* compute, then */ cache.Put(AnalysisCache.KeyOf(doc), bytes); }
/// </code>
/// </example>
public sealed class AnalysisCache : IDisposable
{
    private const string EntriesName = "entries";
    private const string MetaName = "meta";
    private const string FingerprintKey = "fingerprint";

    private readonly LiteDatabase database;
    private readonly ILiteCollection<BsonDocument> entries;

    private AnalysisCache(string path, string fingerprint)
    {
        Path = path;
        Fingerprint = fingerprint;
        database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        entries = database.GetCollection(EntriesName);
        var meta = database.GetCollection(MetaName);
        var stored = meta.FindById(FingerprintKey);
        string? previous = stored?["value"].AsString;
        if (previous != fingerprint)
        {
            // Results computed under other options, another lexicon or gazetteer, or another build are all stale.
            Invalidated = previous is not null;
            database.BeginTrans();
            entries.DeleteAll();
            meta.Upsert(new BsonDocument { ["_id"] = FingerprintKey, ["value"] = fingerprint });
            database.Commit();
        }
    }

    /// <summary>Opens (or creates) the store at <paramref name="path"/> for results computed under <paramref name="fingerprint"/>.</summary>
    /// <example><code>using var cache = AnalysisCache.Open("cache.db", "v1");</code></example>
    public static AnalysisCache Open(string path, string fingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        string full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        try
        {
            return new AnalysisCache(full, fingerprint);
        }
        catch (LiteException e)
        {
            throw new IOException($"{full}: the analysis cache cannot be opened ({e.Message}). Delete the file to start afresh.", e);
        }
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>The configuration the stored results belong to.</summary>
    public string Fingerprint { get; }

    /// <summary>True when the store held results of another configuration, which were discarded on opening.</summary>
    public bool Invalidated { get; }

    /// <summary>Entries in the store.</summary>
    public int Count => entries.Count();

    /// <summary>The stored payload for <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out byte[] payload)
    {
        var found = entries.FindById(key);
        payload = found?["payload"].AsBinary ?? [];
        return found is not null;
    }

    /// <summary>Stores payloads in one transaction (all or none).</summary>
    public void PutMany(IEnumerable<(string Key, byte[] Payload)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        database.BeginTrans();
        try
        {
            foreach (var (key, payload) in items)
                entries.Upsert(new BsonDocument { ["_id"] = key, ["payload"] = payload });
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }

    /// <summary>Stores one payload.</summary>
    public void Put(string key, byte[] payload) => PutMany([(key, payload)]);

    /// <summary>
    /// The content key of a document: SHA-256 over everything a per-document result depends on (id, file, source,
    /// title, date, url and text), so an edited article, or the same text under another name, is a new key.
    /// </summary>
    /// <example><code>string key = AnalysisCache.KeyOf(corpus[0]);</code></example>
    public static string KeyOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in new[]
                 {
                     document.Id, document.File, document.Source, document.Title,
                     document.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), document.Url, document.DuplicateOf, document.Text,
                 })
        {
            // Length-prefixed, so that ("ab", "c") and ("a", "bc") differ; -1 marks a missing field.
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, field?.Length ?? -1);
            hash.AppendData(length);
            if (field is not null) hash.AppendData(Encoding.UTF8.GetBytes(field));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A SHA-256 fingerprint of configuration parts (in order), for <see cref="Open"/>.</summary>
    /// <example><code>string fingerprint = AnalysisCache.FingerprintOf("unit=stem", FrameLexicon.Default.Fingerprint);</code></example>
    public static string FingerprintOf(params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = string.Join("\u001F", parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Closes the store.</summary>
    public void Dispose() => database.Dispose();
}
