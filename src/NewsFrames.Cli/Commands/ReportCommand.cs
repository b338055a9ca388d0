using System.CommandLine;
using System.Globalization;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes report &lt;corpus&gt;`: one self-contained HTML page with the corpus overview and load report, terms
/// and keyness by source, frames by source with evidence, entities and co-occurrence (see <see cref="HtmlReport"/>).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "A folder of articles (read recursively) or one file." };
        var outOption = new Option<FileInfo>("--out", "-o")
        {
            Description = "The HTML file to write (atomically).",
            DefaultValueFactory = _ => new FileInfo("report.html"),
        };
        var lexicon = new Option<FileInfo?>("--lexicon") { Description = "A frame lexicon (YAML) to use instead of the built-in one." };
        var gazetteer = new Option<FileInfo?>("--gazetteer") { Description = "A gazetteer (YAML) to use instead of the built-in one." };
        var title = new Option<string?>("--title") { Description = "The page title (default: \"NewsFrames report: <folder>\")." };
        var topTerms = new Option<int>("--top") { Description = "Terms listed per source.", DefaultValueFactory = _ => 15 };

        var command = new Command("report", "Write one self-contained HTML report of a corpus: overview, load report, terms, keyness, frames, entities.")
        {
            corpus, outOption, lexicon, gazetteer, title, topTerms,
        };
        command.SetAction(parse => Run(
            parse.GetValue(corpus)!, parse.GetValue(outOption)!, parse.GetValue(lexicon), parse.GetValue(gazetteer),
            parse.GetValue(title), parse.GetValue(topTerms)));
        return command;
    }

    private static int Run(string corpusPath, FileInfo output, FileInfo? lexicon, FileInfo? gazetteer, string? title, int topTerms)
    {
        foreach (var file in new[] { lexicon, gazetteer })
        {
            if (file is not null && !file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName} does not exist.");
                return 2;
            }
        }
        if (topTerms < 1)
        {
            Console.Error.WriteLine("error: --top must be at least 1.");
            return 2;
        }

        Corpus loaded;
        try
        {
            Console.Error.WriteLine($"Loading {corpusPath} ...");
            loaded = Corpus.Load(corpusPath);
        }
        catch (Exception e) when (e is CorpusLoadException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }

        FrameLexicon? frameLexicon = null;
        Gazetteer? entityGazetteer = null;
        try
        {
            if (lexicon is not null) frameLexicon = FrameLexicon.Load(lexicon.FullName);
            if (gazetteer is not null) entityGazetteer = Gazetteer.Load(gazetteer.FullName);
        }
        catch (Exception e) when (e is LexiconException or GazetteerException or IOException or UnauthorizedAccessException)
        {
            // The exceptions' messages name the file and line.
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }

        var options = new ReportOptions
        {
            Title = title,
            Lexicon = frameLexicon,
            Gazetteer = entityGazetteer,
            TopTerms = topTerms,
            Progress = new Progress(),
        };
        var report = HtmlReport.Build(loaded, options);
        report.Save(output.FullName);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024:N0} KB): {loaded.Count} articles, {loaded.Sources.Count} sources, {report.Sections.Count} sections."));
        foreach (var problem in report.Problems) Console.Error.WriteLine("warning: section failed: " + problem);
        return report.Problems.Count == 0 ? 0 : 1;
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool and would print out of order.
    private sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"  {value} ...");
    }
}
