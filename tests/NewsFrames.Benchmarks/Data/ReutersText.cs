using System.Globalization;

namespace NewsFrames.Benchmarks.Data;

/// <summary>
/// The benchmark corpus: Reuters-21578 read with the library's <see cref="ReutersSgml"/> reader, one document per
/// story whose text is TITLE + BODY as the collection gives it (<see cref="ReutersStory.TitleAndBody"/>: 16.85 MB,
/// the text the calibration figures in REFERENCE.md and the scikit-learn peer use).
/// </summary>
internal static class ReutersText
{
    /// <summary>The story files of the distribution, in name order.</summary>
    public static string[] Files(string folder) =>
        Directory.GetFiles(folder, "reut2-*.sgm").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The stories of one file that have text. <paramref name="copy"/> &gt; 0 makes ids distinct in a replicated corpus.</summary>
    public static IEnumerable<Document> Read(string file, int copy = 0)
    {
        string suffix = copy > 0 ? "~" + copy.ToString(CultureInfo.InvariantCulture) : "";
        foreach (var story in ReutersSgml.Read(file))
        {
            string text = story.TitleAndBody;
            if (text.Length == 0) continue;
            yield return new Document
            {
                Id = Path.GetFileNameWithoutExtension(story.File) + "#" + story.NewId.ToString(CultureInfo.InvariantCulture) + suffix,
                File = story.File,
                Source = "Reuters",
                Title = story.Title,
                Date = story.Date,
                Text = text,
            };
        }
    }


    /// <summary>
    /// The library's own documents (paragraphs joined, sign-off removed: load + clean), file by file in order, with the
    /// TITLE + BODY bytes each story was read from (the volume every MB/s figure is measured against). Files are read
    /// and cleaned on <paramref name="degree"/> threads, a few ahead of the consumer, as <c>CorpusStream.Read</c> does.
    /// </summary>
    public static IEnumerable<(Document Document, long InputBytes)> ReadCleaned(string folder, int replicate = 1, int degree = 1)
    {
        var files = Enumerable.Range(0, replicate).SelectMany(copy => Files(folder).Select(file => (File: file, Copy: copy)));
        return files.SelectOrdered(item => Clean(item.File, item.Copy), degree, batchSize: 1).SelectMany(documents => documents);
    }

    private static List<(Document Document, long InputBytes)> Clean(string file, int copy)
    {
        string suffix = copy > 0 ? "~" + copy.ToString(CultureInfo.InvariantCulture) : "";
        var documents = ReutersSgml.ReadDocuments(file, suffix);
        documents.RemoveAll(d => d.TitleAndBodyBytes == 0);
        return documents;
    }

    /// <summary>Every story of every file, <paramref name="replicate"/> times (copies get distinct ids), read file by file.</summary>
    public static IEnumerable<Document> ReadAll(string folder, int replicate = 1)
    {
        for (int copy = 0; copy < replicate; copy++)
            foreach (var file in Files(folder))
                foreach (var doc in Read(file, copy))
                    yield return doc;
    }
}
