namespace NewsFrames;

/// <summary>
/// The Snowball English stemmer ("Porter2"), as defined by the Snowball project's <c>english.sbl</c>
/// (https://snowballstem.org/algorithms/english/stemmer.html, Snowball 3 revision: region prefixes
/// gener/commun/arsen/past/univers/later/emerg/organ/inter, "-ogist", the "-ing" exceptions handled in step 1b).
/// Verified against the project's reference vocabulary (42,649 words of snowball-data's <c>english/voc.txt</c>).
/// </summary>
/// <remarks>
/// The input is expected in lower case (as <see cref="Token.Lower"/> is). Letters other than a–z are treated
/// as non-vowels, as the reference implementation does; words shorter than three characters are returned unchanged.
/// </remarks>
/// <example>
/// <code>
/// EnglishStemmer.Stem("partnerships");   // "partnership"
/// EnglishStemmer.Stem("generously");     // "generous"
/// EnglishStemmer.Stem("cooperation");    // "cooper"
/// </code>
/// </example>
public static partial class EnglishStemmer
{
    /// <summary>The stem of a lower-case English word.</summary>
    /// <example><code>EnglishStemmer.Stem("relations") // "relat"</code></example>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return word;
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int length = Stem(word, buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>
    /// Stems <paramref name="word"/> into <paramref name="destination"/> (at least as long as the word: a stem is
    /// never longer than its word) and returns the stem's length. Allocates nothing.
    /// </summary>
    /// <example>
    /// <code>
    /// Span&lt;char&gt; buffer = stackalloc char[word.Length];
    /// var stem = buffer[..EnglishStemmer.Stem(word, buffer)];
    /// </code>
    /// </example>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
            throw new ArgumentException($"The destination ({destination.Length}) is shorter than the word ({word.Length}).", nameof(destination));
        word.CopyTo(destination);
        if (TryException(word, destination, out int length)) return length;
        if (word.Length < 3) return word.Length;
        var w = new Porter2Word(destination, word.Length);
        w.Run();
        return w.Length;
    }

    /// <summary>Snowball's <c>exception1</c>: whole words with a fixed stem.</summary>
    private static bool TryException(ReadOnlySpan<char> word, Span<char> destination, out int length)
    {
        string? stem = word switch
        {
            "skis" => "ski",
            "skies" => "sky",
            "idly" => "idl",
            "gently" => "gentl",
            "ugly" => "ugli",
            "early" => "earli",
            "only" => "onli",
            "singly" => "singl",
            _ => null,
        };
        if (word is "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes")
        {
            length = word.Length; // invariant forms: already copied
            return true;
        }
        if (stem is null)
        {
            length = 0;
            return false;
        }
        stem.CopyTo(destination);
        length = stem.Length;
        return true;
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
