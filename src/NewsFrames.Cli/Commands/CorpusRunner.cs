namespace NewsFrames.Cli.Commands;

/// <summary>What every analysis command does around its work: load the corpus, and turn bad input into one line.</summary>
internal static class CorpusRunner
{
    /// <summary>
    /// Runs <paramref name="prepare"/> (loading a lexicon or gazetteer, so that its errors come first), loads
    /// <paramref name="path"/> and runs <paramref name="analyse"/>. A missing path, bad option or malformed input is
    /// one line on standard error ("newsframes: …", naming the file) and exit code 1.
    /// </summary>
    public static int Run(string path, Action<Corpus> analyse, Action? prepare = null) =>
        Guard(path, () => analyse(Corpus.Load(path)), prepare);

    /// <summary>
    /// As <see cref="Run"/>, for a command that streams the corpus instead of loading it: <paramref name="analyse"/>
    /// gets the documents as <see cref="CorpusStream.Read"/> reads them, and each file it skips or reads with warnings
    /// is one line on standard error while the work goes on.
    /// </summary>
    public static int Stream(string path, Action<IEnumerable<Document>> analyse) =>
        Guard(path, () => analyse(CorpusStream.Read(path, remark: e => Console.Error.WriteLine($"newsframes: {e.File}: {e.Status}: {e.Message}"))));

    private static int Guard(string path, Action work, Action? prepare = null)
    {
        try
        {
            prepare?.Invoke();
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"newsframes: {path}: no such file or folder.");
                return 1;
            }
            work();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException
                                      or UnauthorizedAccessException or CorpusLoadException)
        {
            Console.Error.WriteLine($"newsframes: {e.Message}");
            return 1;
        }
    }
}
