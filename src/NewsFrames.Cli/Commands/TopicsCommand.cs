using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>What `newsframes topics` prints.</summary>
internal enum TopicsView
{
    /// <summary>topic, label, rank, term, score.</summary>
    Terms,
    /// <summary>document, file, source, topic, label, share.</summary>
    Documents,
    /// <summary>source, topic, label, share.</summary>
    Sources,
}

/// <summary>
/// `newsframes topics &lt;corpus&gt; [--k N] [--seed N] [--iterations N] [--view terms|documents|sources]`: LDA topics (ML.NET).
/// The native LDA trainer prints progress to stdout; the library silences it during training, so CSV/JSON on stdout stays clean.
/// </summary>
internal static class TopicsCommand
{
    public static Command Create()
    {
        var corpusArgument = new Argument<string>("corpus") { Description = "A folder of articles (recursive) or one file." };
        var k = new Option<int>("--k") { Description = "Number of topics.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same topics).", DefaultValueFactory = _ => 0 };
        var iterations = new Option<int>("--iterations") { Description = "Gibbs-sampling iterations.", DefaultValueFactory = _ => 200 };
        var view = new Option<TopicsView>("--view")
        {
            Description = "terms (topic, label, rank, term, score); documents (document, file, source, topic, label, share); sources (source, topic, label, share).",
            DefaultValueFactory = _ => TopicsView.Terms,
        };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("topics", "LDA topics: top terms per topic, document-topic mixture, topic share per source.");
        command.Arguments.Add(corpusArgument);
        command.Options.Add(k);
        command.Options.Add(seed);
        command.Options.Add(iterations);
        command.Options.Add(view);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpusArgument)!, corpus =>
        {
            var topics = corpus.Vectors().Topics(new TopicOptions { K = parse.GetValue(k), Seed = parse.GetValue(seed), Iterations = parse.GetValue(iterations) });
            var frame = parse.GetValue(view) switch
            {
                TopicsView.Documents => topics.ToDataFrame(),
                TopicsView.Sources => topics.BySource(),
                _ => topics.TermsDataFrame(),
            };
            Output.Write(frame, parse.GetValue(format), parse.GetValue(output), "Topics");
        }));
        return command;
    }
}
