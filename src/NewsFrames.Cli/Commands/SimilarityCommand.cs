using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>What `newsframes similarity` prints.</summary>
internal enum SimilarityView
{
    /// <summary>The k nearest neighbours of every document.</summary>
    Neighbours,
    /// <summary>Every ordered pair of documents with its cosine similarity.</summary>
    Matrix,
    /// <summary>Mean cosine similarity between and within sources.</summary>
    Sources,
    /// <summary>Passages shared across sources, side by side.</summary>
    Reuse,
    /// <summary>Pairs of documents that share content across sources.</summary>
    Pairs,
}

/// <summary>
/// `newsframes similarity &lt;corpus&gt; [--view neighbours|matrix|sources|reuse|pairs] [--k N] [--min-tokens N]`:
/// TF-IDF cosine similarity and content reuse across sources.
/// </summary>
internal static class SimilarityCommand
{
    public static Command Create()
    {
        var corpusArgument = new Argument<string>("corpus") { Description = "A folder of articles (recursive) or one file." };
        var view = new Option<SimilarityView>("--view")
        {
            Description = "neighbours (document, file, source, rank, neighbour, neighbour_file, neighbour_source, cosine); "
                + "matrix (document_a, source_a, document_b, source_b, cosine); sources (source_a, source_b, mean_cosine, pairs); "
                + "reuse (one row per shared passage); pairs (one row per pair of documents sharing content).",
            DefaultValueFactory = _ => SimilarityView.Neighbours,
        };
        var k = new Option<int>("--k") { Description = "Neighbours per document.", DefaultValueFactory = _ => 5 };
        var minTokens = new Option<int>("--min-tokens") { Description = "Shortest shared passage, in tokens (reuse, pairs).", DefaultValueFactory = _ => 8 };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("similarity", "Document similarity (TF-IDF cosine) and content reuse across sources.");
        command.Arguments.Add(corpusArgument);
        command.Options.Add(view);
        command.Options.Add(k);
        command.Options.Add(minTokens);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpusArgument)!, corpus =>
        {
            var vectors = corpus.Vectors();
            var frame = parse.GetValue(view) switch
            {
                SimilarityView.Matrix => vectors.Similarity().ToDataFrame(),
                SimilarityView.Sources => vectors.Similarity().BySource(),
                SimilarityView.Reuse => vectors.ContentReuse(new ReuseOptions { MinPassageTokens = parse.GetValue(minTokens) }).ToDataFrame(),
                SimilarityView.Pairs => vectors.ContentReuse(new ReuseOptions { MinPassageTokens = parse.GetValue(minTokens) }).PairsDataFrame(),
                _ => vectors.Neighbours(parse.GetValue(k)).ToDataFrame(),
            };
            Output.Write(frame, parse.GetValue(format), parse.GetValue(output), "Similarity");
        }));
        return command;
    }
}
