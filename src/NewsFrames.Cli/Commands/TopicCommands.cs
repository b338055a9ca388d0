namespace NewsFrames.Cli.Commands;

/// <summary>What the similarity, topics and clusters commands share: loading the corpus and reporting bad input.</summary>
internal static class TopicCommands
{
    /// <summary>Loads <paramref name="path"/> and runs <paramref name="analyse"/>; a bad path or bad option is one line on standard error and exit code 1.</summary>
    public static int Run(string path, Action<Corpus> analyse)
    {
        try
        {
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
