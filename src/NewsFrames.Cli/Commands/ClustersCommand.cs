using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes clusters &lt;corpus&gt; [--k N] [--seed N] [--summary]`: k-means clusters of the documents (ML.NET),
/// one row per document (document, file, source, cluster, label, x, y, title) or, with --summary, one per cluster.
/// </summary>
internal static class ClustersCommand
{
    public static Command Create()
    {
        var corpusArgument = new Argument<string>("corpus") { Description = "A folder of articles (recursive) or one file." };
        var k = new Option<int>("--k") { Description = "Number of clusters.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same clusters).", DefaultValueFactory = _ => 0 };
        var summary = new Option<bool>("--summary") { Description = "One row per cluster: cluster, documents, label." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("clusters", "k-means clusters of the documents' TF-IDF vectors, labelled by their top terms, with a 2-D PCA projection.");
        command.Arguments.Add(corpusArgument);
        command.Options.Add(k);
        command.Options.Add(seed);
        command.Options.Add(summary);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpusArgument)!, corpus =>
        {
            var clusters = corpus.Vectors().Clusters(new ClusterOptions { K = parse.GetValue(k), Seed = parse.GetValue(seed) });
            var frame = parse.GetValue(summary) ? clusters.Summary() : clusters.ToDataFrame();
            Output.Write(frame, parse.GetValue(format), parse.GetValue(output), "Clusters");
        }));
        return command;
    }
}
