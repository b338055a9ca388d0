namespace NewsFrames;

/// <summary>
/// Interns strings to dense integer ids, so that documents hold arrays of ids, not millions of strings.
/// Ids are assigned in first-seen order; the same text always maps to the same id within one vocabulary.
/// Thread-safe.
/// </summary>
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
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly List<int> stems = [];
    private readonly Lock gate = new();

    /// <summary>The number of distinct strings interned.</summary>
    public int Count
    {
        get { lock (gate) return texts.Count; }
    }

    /// <summary>The string with this id.</summary>
    public string this[int id]
    {
        get { lock (gate) return texts[id]; }
    }

    /// <summary>The id of <paramref name="text"/>, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        lock (gate)
        {
            var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out int id)) return id;
            string s = text.ToString();
            id = texts.Count;
            ids.Add(s, id);
            texts.Add(s);
            stems.Add(-1);
            return id;
        }
    }

    /// <summary>The id of <paramref name="text"/> if it was interned.</summary>
    public bool TryGetId(ReadOnlySpan<char> text, out int id)
    {
        lock (gate) return ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out id);
    }

    /// <summary>
    /// The id of the English (Snowball/Porter2) stem of the lowercase word with id <paramref name="lowerId"/>;
    /// computed once per vocabulary entry.
    /// </summary>
    public int StemOf(int lowerId)
    {
        string word;
        lock (gate)
        {
            int cached = stems[lowerId];
            if (cached >= 0) return cached;
            word = texts[lowerId];
        }
        int stemId = GetOrAdd(EnglishStemmer.Stem(word));
        lock (gate) stems[lowerId] = stemId;
        return stemId;
    }
}
