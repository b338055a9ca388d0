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
/// lock (the table is open-addressed, each slot published by one volatile write, and replaced whole when it grows).
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
        public int Lower;      // id of the lower-case form (apostrophes normalised), or Unknown
        public int LowerStem;  // id of the stem of that lower-case form, or Unknown
        public int SelfStem;   // id of the stem of this exact text (StemOf), or Unknown
    }

    /// <summary>
    /// One place of the open-addressing table. It carries the first eight characters, the length and some hash
    /// bits, and the ids a token needs, so that finding a word of up to eight characters (nine tokens in ten) reads
    /// this one slot: a chained table read a bucket, an entry and the string, three cache misses for every word
    /// outside the few thousand most frequent ones.
    /// </summary>
    private struct Slot
    {
        public ulong Key0, Key1;  // the first eight UTF-16 characters, zero-padded
        public int Id;            // id + 1; 0 marks an empty slot (written last, so a reader never sees half a slot)
        public int Check;         // high 16 bits of the hash | length (capped at 0xFFFF)
        public int Lower;         // as in Entry; written when known
        public int LowerStem;
    }

    /// <summary>One generation of the table; readers keep using an old one safely while a writer replaces it.</summary>
    private sealed class Table(int slots)
    {
        public readonly Slot[] Slots = new Slot[slots];
        public readonly Entry[] Entries = new Entry[slots / 4 * 3]; // at most three slots in four used
        public int Count;
    }

    // Seeded per process, so that crafted input cannot aim for one slot.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private volatile Table table = new(2048);
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
        int hash = Hash(text, out ulong key0, out ulong key1);
        var t = table;
        int slot = Find(t, text, hash, key0, key1);
        return slot >= 0 ? t.Slots[slot].Id - 1 : Add(text, hash);
    }

    /// <summary>The id of <paramref name="text"/> if it was interned.</summary>
    public bool TryGetId(ReadOnlySpan<char> text, out int id)
    {
        var t = table;
        int hash = Hash(text, out ulong key0, out ulong key1);
        int slot = Find(t, text, hash, key0, key1);
        id = slot >= 0 ? t.Slots[slot].Id - 1 : -1;
        return slot >= 0;
    }

    /// <summary>
    /// The id of the English (Snowball/Porter2) stem of the lowercase word with id <paramref name="lowerId"/>;
    /// computed once per vocabulary entry.
    /// </summary>
    public int StemOf(int lowerId)
    {
        var t = table;
        if ((uint)lowerId >= (uint)Volatile.Read(ref t.Count)) throw new ArgumentOutOfRangeException(nameof(lowerId), lowerId, $"No string has id {lowerId}.");
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
        int hash = Hash(form, out ulong key0, out ulong key1);
        var t = table;
        int slotIndex = Find(t, form, hash, key0, key1);
        int formId;
        if (slotIndex >= 0)
        {
            ref var slot = ref t.Slots[slotIndex];
            formId = slot.Id - 1;
            lowerId = Volatile.Read(ref slot.Lower);
            if (lowerId >= 0)
            {
                if (!stem)
                {
                    stemId = lowerId;
                    return formId;
                }
                stemId = Volatile.Read(ref slot.LowerStem);
                if (stemId >= 0) return formId;
            }
        }
        else
        {
            formId = Add(form, hash);
        }
        return WordSlow(form, hash, formId, stem, out lowerId, out stemId);
    }

    private int WordSlow(ReadOnlySpan<char> form, int hash, int formId, bool stem, out int lowerId, out int stemId)
    {
        Span<char> lower = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        // One form for the apostrophe, so that "Iran’s" and "Iran's" count as one word.
        lower.Replace('\u2019', '\'');
        lowerId = lower.SequenceEqual(form) ? formId : GetOrAdd(lower);
        stemId = stem ? StemOf(lowerId) : lowerId;
        lock (gate)
        {
            var t = table;
            ref var entry = ref t.Entries[formId];
            entry.Lower = lowerId;
            if (stem) entry.LowerStem = stemId;
            // The slot in the current generation (a reader of an older one sees Unknown and comes here again).
            ref var slot = ref t.Slots[Find(t, form, hash)];
            Volatile.Write(ref slot.Lower, lowerId);
            if (stem) Volatile.Write(ref slot.LowerStem, stemId);
        }
        return formId;
    }

    /// <summary>The slot holding <paramref name="text"/>, or -1.</summary>
    private static int Find(Table t, ReadOnlySpan<char> text, int hash)
    {
        Pack(text, out ulong key0, out ulong key1);
        return Find(t, text, hash, key0, key1);
    }

    private static int Find(Table t, ReadOnlySpan<char> text, int hash, ulong key0, ulong key1)
    {
        int check = Check(hash, text.Length);
        var slots = t.Slots;
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            int id = Volatile.Read(ref slot.Id);
            if (id == 0) return -1;
            if (slot.Check == check && slot.Key0 == key0 && slot.Key1 == key1
                && (text.Length <= 8 || text.SequenceEqual(t.Entries[id - 1].Text)))
                return i;
        }
    }

    private int Add(ReadOnlySpan<char> text, int hash)
    {
        lock (gate)
        {
            var t = table;
            int existing = Find(t, text, hash);
            if (existing >= 0) return t.Slots[existing].Id - 1;
            if (t.Count == t.Entries.Length) t = Grow(t);
            int id = t.Count;
            t.Entries[id] = new Entry { Text = text.ToString(), Hash = hash, Lower = Unknown, LowerStem = Unknown, SelfStem = Unknown };
            // The count first, then the slot: a reader that finds the id in the table must also find it below the
            // count (the indexer and StemOf check it). The other way round, a tokenizer on another core found a word
            // and asked for its stem a moment before the count said it existed.
            Volatile.Write(ref t.Count, id + 1);
            Place(t, id, text, hash, Unknown, Unknown);
            return id;
        }
    }

    /// <summary>Writes an entry's slot; the id goes in last, so that a reader sees either an empty slot or a whole one.</summary>
    private static void Place(Table t, int id, ReadOnlySpan<char> text, int hash, int lower, int lowerStem)
    {
        var slots = t.Slots;
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i].Id != 0) i = (i + 1) & mask;
        ref var slot = ref slots[i];
        Pack(text, out slot.Key0, out slot.Key1);
        slot.Check = Check(hash, text.Length);
        slot.Lower = lower;
        slot.LowerStem = lowerStem;
        Volatile.Write(ref slot.Id, id + 1);
    }

    private Table Grow(Table old)
    {
        var t = new Table(old.Slots.Length * 2);
        Array.Copy(old.Entries, t.Entries, old.Count);
        for (int i = 0; i < old.Count; i++)
        {
            ref var entry = ref t.Entries[i];
            Place(t, i, entry.Text, entry.Hash, entry.Lower, entry.LowerStem);
        }
        t.Count = old.Count;
        table = t;
        return t;
    }

    private static int Check(int hash, int length) => (int)((uint)hash & 0xFFFF0000u) | Math.Min(length, 0xFFFF);

    /// <summary>The first eight characters as two integers, zero-padded (the key a slot compares first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pack(ReadOnlySpan<char> text, out ulong key0, out ulong key1)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        if (bytes.Length >= 16)
        {
            key0 = MemoryMarshal.Read<ulong>(bytes);
            key1 = MemoryMarshal.Read<ulong>(bytes[8..]);
        }
        else if (bytes.Length >= 8)
        {
            key0 = MemoryMarshal.Read<ulong>(bytes);
            key1 = Partial(bytes[8..]);
        }
        else
        {
            key0 = Partial(bytes);
            key1 = 0;
        }

        // Fewer than eight bytes, an even number of them.
        static ulong Partial(ReadOnlySpan<byte> b) => b.Length switch
        {
            0 => 0,
            2 => MemoryMarshal.Read<ushort>(b),
            4 => MemoryMarshal.Read<uint>(b),
            _ => MemoryMarshal.Read<uint>(b) | ((ulong)MemoryMarshal.Read<ushort>(b[4..]) << 32),
        };
    }

    /// <summary>
    /// A fast multiplicative hash (tokens are short; a cryptographic hash is not needed), computed from the slot key
    /// (the first eight characters, <see cref="Pack"/>) and then the rest 8 bytes at a time, so that the characters a
    /// lookup compares are read once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text, out ulong key0, out ulong key1)
    {
        const ulong K = 0x9E3779B97F4A7C15UL;
        Pack(text, out key0, out key1);
        ulong h = Seed ^ ((ulong)text.Length * K);
        h = (h ^ key0) * K;
        h ^= h >> 32;
        h = (h ^ key1) * K;
        h ^= h >> 32;
        if (text.Length > 8)
        {
            var bytes = MemoryMarshal.AsBytes(text)[16..];
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
        }
        h ^= h >> 29;
        h *= K;
        return (int)(h >> 32);
    }

    private static int Hash(ReadOnlySpan<char> text) => Hash(text, out _, out _);
}
