namespace NewsFrames;

/// <summary>The Snowball English (Porter2) stemmer.</summary>
/// <example><code>EnglishStemmer.Stem("partnerships") // "partnership"</code></example>
public static partial class EnglishStemmer
{
    /// <summary>The stem of a lower-case English word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // Interim: replaced by the full Porter2 implementation (issue 3).
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "i";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }
}
