namespace NewsFrames;

public sealed partial class Corpus
{
    /// <summary>
    /// Loads a folder (recursively) or one file. Interim: plain .txt only, no cleaning (issue 2 replaces this).
    /// </summary>
    /// <example><code>var corpus = Corpus.Load("seeds");</code></example>
    public static Corpus Load(string path)
    {
        var root = Path.GetFullPath(path);
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [root];
        var docs = files.Select(f =>
        {
            string rel = Directory.Exists(root) ? Path.GetRelativePath(root, f).Replace('\\', '/') : Path.GetFileName(f);
            string text = File.ReadAllText(f).ReplaceLineEndings("\n");
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Document { Id = Path.ChangeExtension(rel, null), File = rel, Title = paragraphs.FirstOrDefault(), Text = string.Join("\n\n", paragraphs) };
        });
        return new Corpus(docs, null, root);
    }
}
