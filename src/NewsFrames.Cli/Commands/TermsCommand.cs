using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>The options the term commands share (unit, stop words, numbers) and their error handling.</summary>
internal static class TermCommandOptions
{
    public static Argument<string> CorpusArgument() => new("corpus") { Description = "A folder of articles (recursive) or one file." };

    public static Option<TermUnit> Unit() => new("--unit")
    {
        Description = "Counting unit: surface (case kept), lower (default) or stem (shown by its commonest spelling).",
        DefaultValueFactory = _ => TermUnit.Lower,
    };

    public static Option<FileInfo?> StopWordsFile() => new("--stopwords")
    {
        Description = "A stop-word file (one word per line, '#' comments) replacing the built-in Snowball English list.",
    };

    public static Option<bool> KeepStopWords() => new("--keep-stopwords") { Description = "Count stop words too." };

    public static Option<bool> Numbers() => new("--numbers") { Description = "Count numbers (\"2026\", \"41.1\") as terms." };

    public static Option<int> Top(string what) => new("--top") { Description = $"Keep only the first N {what} (0: all).", DefaultValueFactory = _ => 0 };

    public static void AddTermOptions(Command command, Option<TermUnit> unit, Option<FileInfo?> stopFile, Option<bool> keepStop, Option<bool> numbers)
    {
        command.Options.Add(unit);
        command.Options.Add(stopFile);
        command.Options.Add(keepStop);
        command.Options.Add(numbers);
    }

    public static StopWords StopWords(ParseResult parse, Option<FileInfo?> stopFile, Option<bool> keepStop)
    {
        if (parse.GetValue(keepStop)) return NewsFrames.StopWords.Empty;
        var file = parse.GetValue(stopFile);
        return file is null ? NewsFrames.StopWords.English : NewsFrames.StopWords.Load(file.FullName);
    }

    public static TermOptions Options(ParseResult parse, Option<TermUnit> unit, Option<FileInfo?> stopFile, Option<bool> keepStop, Option<bool> numbers) =>
        TermOptions.Default with
        {
            Unit = parse.GetValue(unit),
            StopWords = StopWords(parse, stopFile, keepStop),
            IncludeNumbers = parse.GetValue(numbers),
        };
}

/// <summary>
/// `newsframes terms &lt;corpus&gt; [--by corpus|source|document] [--top N] [--unit lower|surface|stem] [--ngram 1|2|3]`:
/// term frequencies. Columns: term, count, rate_per_1000, documents, tfidf (source or document first with --by).
/// </summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var corpus = TermCommandOptions.CorpusArgument();
        var by = new Option<TermGrouping>("--by") { Description = "Rows per corpus (default), source or document.", DefaultValueFactory = _ => TermGrouping.Corpus };
        var top = TermCommandOptions.Top("terms (of each group)");
        var ngram = new Option<int>("--ngram") { Description = "Terms of 1 (default), 2 or 3 words; never starting or ending with a stop word.", DefaultValueFactory = _ => 1 };
        var unit = TermCommandOptions.Unit();
        var stopFile = TermCommandOptions.StopWordsFile();
        var keepStop = TermCommandOptions.KeepStopWords();
        var numbers = TermCommandOptions.Numbers();
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("terms", "Term frequencies: count, rate per 1,000 tokens, document frequency, TF-IDF (count × log10(N/df)).");
        command.Arguments.Add(corpus);
        command.Options.Add(by);
        command.Options.Add(top);
        command.Options.Add(ngram);
        TermCommandOptions.AddTermOptions(command, unit, stopFile, keepStop, numbers);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpus)!, c =>
        {
            var options = TermCommandOptions.Options(parse, unit, stopFile, keepStop, numbers) with { NGram = parse.GetValue(ngram) };
            var terms = c.Terms(parse.GetValue(by), options);
            int n = parse.GetValue(top);
            if (n > 0) terms = terms.Top(n);
            Output.Write(terms.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), $"Terms ({options})");
        }));
        return command;
    }
}
