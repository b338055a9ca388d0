using System.Collections;
using System.Collections.Frozen;

namespace NewsFrames;

/// <summary>
/// An immutable stop-word list. Matching ignores case and treats the curly apostrophe (’) as a straight one, so
/// "Don’t" matches "don't". The default, <see cref="English"/>, is the Snowball English stop list (Porter and
/// Boulton, snowballstem.org; 174 words), embedded as <c>Resources/stopwords-en.txt</c>; a file in the same
/// format replaces it (<see cref="Load"/>), and <see cref="With"/> / <see cref="Without"/> adjust any list.
/// </summary>
/// <remarks>
/// File format: one word per line; '#' (or Snowball's '|') starts a comment; blank lines are ignored; a line
/// with two words separated by white space is an error naming the file and line (a phrase is not a stop word).
/// </remarks>
/// <example>
/// <code>
/// var stop = StopWords.English.With("said", "says");      // news prose: reporting verbs are noise too
/// bool b = stop.Contains("The");                          // true
/// var mine = StopWords.Load("my-stopwords.txt");          // replaces the default list
/// </code>
/// </example>
public sealed class StopWords : IReadOnlyCollection<string>
{
    private const string EnglishResource = "NewsFrames.Resources.stopwords-en.txt";
    private static readonly Lazy<StopWords> EnglishLazy = new(LoadEnglish);

    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private StopWords(IEnumerable<string> normalizedWords, string origin)
    {
        words = normalizedWords.ToFrozenSet(StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Origin = origin;
    }

    /// <summary>The Snowball English stop list (174 words), embedded in the library.</summary>
    public static StopWords English => EnglishLazy.Value;

    /// <summary>No stop words at all (keep every token).</summary>
    public static StopWords Empty { get; } = new([], "none");

    /// <summary>Where the list came from: "snowball-english", a file path, "custom", or a combination after <see cref="With"/>.</summary>
    public string Origin { get; }

    /// <inheritdoc/>
    public int Count => words.Count;

    /// <summary>A list made of <paramref name="words"/> (normalized: lower case, straight apostrophes).</summary>
    /// <example><code>var stop = StopWords.FromWords(["the", "a", "said"]);</code></example>
    public static StopWords FromWords(IEnumerable<string> words, string origin = "custom")
    {
        ArgumentNullException.ThrowIfNull(words);
        return new StopWords(words.Select(w => Normalize(w.Trim())).Where(w => w.Length > 0), origin);
    }

    /// <summary>Reads a stop-word file (format in the remarks); throws <see cref="FormatException"/> naming the file and line of a bad entry.</summary>
    /// <example><code>var stop = StopWords.Load("stopwords.txt");</code></example>
    public static StopWords Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Stop-word file not found: {path}", path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses stop words from text in the file format; <paramref name="origin"/> names it in error messages.</summary>
    /// <example><code>var stop = StopWords.Parse(new StringReader("the\na # articles"), "inline");</code></example>
    public static StopWords Parse(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<string>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            int comment = line.AsSpan().IndexOfAny('#', '|');
            var entry = (comment >= 0 ? line.AsSpan(0, comment) : line.AsSpan()).Trim();
            if (entry.IsEmpty) continue;
            if (entry.IndexOfAny(" \t\u00A0") >= 0)
                throw new FormatException($"{origin}, line {lineNumber}: \"{entry}\" has more than one word; put one stop word per line.");
            list.Add(Normalize(entry.ToString()));
        }
        return new StopWords(list, origin);
    }

    /// <summary>This list plus <paramref name="extra"/>.</summary>
    public StopWords With(params IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new StopWords(words.Concat(extra.Select(w => Normalize(w.Trim())).Where(w => w.Length > 0)), Origin + "+custom");
    }

    /// <summary>This list without <paramref name="removed"/>.</summary>
    public StopWords Without(params IEnumerable<string> removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        var drop = removed.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return new StopWords(words.Where(w => !drop.Contains(w)), Origin + "-custom");
    }

    /// <summary>True when <paramref name="word"/> is on the list (case-insensitive, either apostrophe).</summary>
    public bool Contains(string word) => word is not null && Contains(word.AsSpan());

    /// <summary>True when <paramref name="word"/> is on the list (case-insensitive, either apostrophe).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 64) return false;
        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        return lookup.Contains(buffer);
    }

    /// <summary>
    /// For every id of <paramref name="vocabulary"/> (as it is now), whether that string is a stop word; index it
    /// with <see cref="Token.Lower"/>. Ids added later are outside the array and count as not stop words.
    /// </summary>
    public bool[] Mask(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var mask = new bool[vocabulary.Count];
        if (words.Count == 0) return mask;
        for (int id = 0; id < mask.Length; id++) mask[id] = Contains(vocabulary[id]);
        return mask;
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => words.Order(StringComparer.Ordinal).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"StopWords({Origin}, {Count} words)";

    private static string Normalize(string word) => word.ToLowerInvariant().Replace('\u2019', '\'');

    private static StopWords LoadEnglish()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"Embedded resource {EnglishResource} is missing from the NewsFrames assembly.");
        using var reader = new StreamReader(stream);
        var list = Parse(reader, "snowball-english");
        return list;
    }
}
