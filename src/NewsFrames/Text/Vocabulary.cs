using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsFrames;

/// <summary>
/// Interns strings to dense integer ids, so that documents hold arrays of ids, not millions of strings.
/// Ids are assigned in first-seen order; the same text always maps to the same id within one vocabulary.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Lookups take no lock: a tokenizer on every core reads the table concurrently, and only a new string takes the
/// lock (the table is an open hash with chains published by one volatile write, replaced whole when it grows).
/// Each entry also remembers its lower-case form and that form's stem, so a token whose surface form has been
/// seen before costs one hash lookup for all three ids.
/// </remarks>
/// <example>
/// <code>
/// var vocabulary = new Vocabulary();
/// int id = vocabulary.GetOrAdd("iran");
/// string text = vocabulary[id];            // "iran"
/// string stem = vocabulary[vocabulary.StemOf(vocabulary.GetOrAdd("partnerships"))]; // "partnership"
/// </code>
/// </example>
public sealed class Vocabulary
{
    private const int Unknown = -1;

    private struct Entry
    {
        public string Text;
        public int Hash;
        public int Next;       // index + 1 of the next entry in the chain; 0 ends it
        public int Lower;      // id of the lower-case form (apostrophes normalised), or Unknown
        public int LowerStem;  // id of the stem of that lower-case form, or Unknown
        public int SelfStem;   // id of the stem of this exact text (StemOf), or Unknown
    }

    /// <summary>One generation of the table; readers keep using an old one safely while a writer replaces it.</summary>
    private sealed class Table(int capacity)
    {
        public readonly int[] Buckets = new int[capacity * 2]; // index + 1 of the first entry; 0 is empty
        public readonly Entry[] Entries = new Entry[capacity];
        public int Count;
    }

    // Seeded per process, so that crafted input cannot aim for one bucket.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private volatile Table table = new(1024);
    private readonly Lock gate = new();

    /// <summary>The number of distinct strings interned.</summary>
    public int Count => Volatile.Read(ref table.Count);

    /// <summary>The string with this id.</summary>
    public string this[int id]
    {
        get
        {
            var t = table;
            if ((uint)id >= (uint)Volatile.Read(ref t.Count)) throw new ArgumentOutOfRangeException(nameof(id), id, $"No string has id {id} (the vocabulary has {t.Count}).");
            return t.Entries[id].Text;
        }
    }

    /// <summary>The id of <paramref name="text"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        int hash = Hash(text);
        int id = Find(table, text, hash);
        return id >= 0 ? id : Add(text, hash);
    }

    /// <summary>The id of <paramref name="text"/> if it was interned.</summary>
    public bool TryGetId(ReadOnlySpan<char> text, out int id)
    {
        id = Find(table, text, Hash(text));
        return id >= 0;
    }

    /// <summary>
    /// The id of the English (Snowball/Porter2) stem of the lowercase word with id <paramref name="lowerId"/>;
    /// computed once per vocabulary entry.
    /// </summary>
    public int StemOf(int lowerId)
    {
        var t = table;
        if ((uint)lowerId >= (uint)t.Count) throw new ArgumentOutOfRangeException(nameof(lowerId), lowerId, $"No string has id {lowerId}.");
        int cached = Volatile.Read(ref t.Entries[lowerId].SelfStem);
        if (cached >= 0) return cached;
        int stemId = GetOrAdd(EnglishStemmer.Stem(t.Entries[lowerId].Text));
        lock (gate) table.Entries[lowerId].SelfStem = stemId;
        return stemId;
    }

    /// <summary>
    /// The ids of a token's surface form, its lower-case form and (when <paramref name="stem"/>) that form's stem;
    /// without <paramref name="stem"/> the stem id is the lower-case id. One lookup once the form has been seen.
    /// </summary>
    internal int Word(ReadOnlySpan<char> form, bool stem, out int lowerId, out int stemId)
    {
        int hash = Hash(form);
        var t = table;
        int formId = Find(t, form, hash);
        if (formId >= 0)
        {
            ref var entry = ref t.Entries[formId];
            lowerId = Volatile.Read(ref entry.Lower);
            if (lowerId >= 0)
            {
                if (!stem)
                {
                    stemId = lowerId;
                    return formId;
                }
                stemId = Volatile.Read(ref entry.LowerStem);
                if (stemId >= 0) return formId;
            }
        }
        else
        {
            formId = Add(form, hash);
        }
        return WordSlow(form, formId, stem, out lowerId, out stemId);
    }

    private int WordSlow(ReadOnlySpan<char> form, int formId, bool stem, out int lowerId, out int stemId)
    {
        Span<char> lower = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        // One form for the apostrophe, so that "Iran’s" and "Iran's" count as one word.
        lower.Replace('\u2019', '\'');
        lowerId = lower.SequenceEqual(form) ? formId : GetOrAdd(lower);
        stemId = stem ? StemOf(lowerId) : lowerId;
        lock (gate)
        {
            ref var entry = ref table.Entries[formId];
            entry.Lower = lowerId;
            if (stem) entry.LowerStem = stemId;
        }
        return formId;
    }

    private static int Find(Table t, ReadOnlySpan<char> text, int hash)
    {
        var entries = t.Entries;
        var buckets = t.Buckets;
        int i = Volatile.Read(ref buckets[hash & (buckets.Length - 1)]) - 1;
        while ((uint)i < (uint)entries.Length)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && text.SequenceEqual(entry.Text)) return i;
            i = entry.Next - 1;
        }
        return -1;
    }

    private int Add(ReadOnlySpan<char> text, int hash)
    {
        lock (gate)
        {
            var t = table;
            int existing = Find(t, text, hash);
            if (existing >= 0) return existing;
            if (t.Count == t.Entries.Length) t = Grow(t);
            int id = t.Count;
            int bucket = hash & (t.Buckets.Length - 1);
            t.Entries[id] = new Entry
            {
                Text = text.ToString(), Hash = hash, Next = t.Buckets[bucket],
                Lower = Unknown, LowerStem = Unknown, SelfStem = Unknown,
            };
            // The entry is complete before the bucket points at it, and the count moves last: a reader never sees half an entry.
            Volatile.Write(ref t.Buckets[bucket], id + 1);
            Volatile.Write(ref t.Count, id + 1);
            return id;
        }
    }

    private Table Grow(Table old)
    {
        var t = new Table(old.Entries.Length * 2);
        Array.Copy(old.Entries, t.Entries, old.Count);
        int mask = t.Buckets.Length - 1;
        for (int i = 0; i < old.Count; i++)
        {
            ref var entry = ref t.Entries[i];
            int bucket = entry.Hash & mask;
            entry.Next = t.Buckets[bucket];
            t.Buckets[bucket] = i + 1;
        }
        t.Count = old.Count;
        table = t;
        return t;
    }

    /// <summary>A fast multiplicative hash over 8 bytes at a time (tokens are short; a cryptographic hash is not needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        const ulong K = 0x9E3779B97F4A7C15UL;
        ulong h = Seed ^ ((ulong)text.Length * K);
        var bytes = MemoryMarshal.AsBytes(text);
        while (bytes.Length >= 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * K;
            h ^= h >> 32;
            bytes = bytes[8..];
        }
        if (bytes.Length >= 4)
        {
            h = (h ^ MemoryMarshal.Read<uint>(bytes)) * K;
            h ^= h >> 32;
            bytes = bytes[4..];
        }
        if (bytes.Length >= 2) h = (h ^ MemoryMarshal.Read<ushort>(bytes)) * K;
        h ^= h >> 29;
        h *= K;
        return (int)(h >> 32);
    }
}
