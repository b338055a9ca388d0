namespace NewsFrames;

/// <summary>
/// Input that cannot be loaded: a missing path, a folder with no readable article, or (when reading one file
/// directly) malformed content. The message names the file and, where there is one, the line.
/// </summary>
/// <example>
/// <code>
/// try { Corpus.Load("no-such-folder"); }
/// catch (CorpusLoadException e) { Console.WriteLine($"{e.File}:{e.Line}: {e.Reason}"); }
/// </code>
/// </example>
public sealed class CorpusLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/>, 1-based, when known).</summary>
    public CorpusLoadException(string file, int? line, string reason, Exception? inner = null)
        : base(Format(file, line, reason), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file or folder the problem is in.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, or null when it is not about one line.</summary>
    public int? Line { get; }

    /// <summary>The problem, without the file and line.</summary>
    public string Reason { get; }

    private static string Format(string file, int? line, string reason) =>
        line is int l ? $"{file}:{l}: {reason}" : $"{file}: {reason}";
}
