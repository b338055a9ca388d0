namespace NewsFrames.Cli.Commands;

/// <summary>What every analysis command does around its work: load the corpus, and turn bad input into one line.</summary>
internal static class CorpusRunner
{
    /// <summary>
    /// Runs <paramref name="prepare"/> (loading a lexicon or gazetteer, so that its errors come first), loads
    /// <paramref name="path"/> and runs <paramref name="analyse"/>. A missing path, bad option or malformed input is
    /// one line on standard error ("newsframes: …", naming the file) and exit code 1.
    /// </summary>
    public static int Run(string path, Action<Corpus> analyse, Action? prepare = null)
    {
        try
        {
            prepare?.Invoke();
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"newsframes: {path}: no such file or folder.");
                return 1;
            }
            analyse(Corpus.Load(path));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsframes: {e.Message}");
            return 1;
        }
    }
}
