using System.CommandLine;
using NewsFrames.Cli.Commands;

namespace NewsFrames.Cli;

/// <summary>The `newsframes` root command; each subcommand lives in its own file under Commands/.</summary>
internal static class NewsFramesCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NewsFrames: how different news sources frame the same story.");
        foreach (var command in Commands()) root.Subcommands.Add(command);
        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        yield return CorpusCommand.Create();
        yield return NewsFrames.Cli.Commands.SimilarityCommand.Create();
        yield return ReportCommand.Create();
        yield return RunCommand.Create();
        yield return EntitiesCommand.Create();
        yield return CooccurrenceCommand.Create();
        yield return TermsCommand.Create();
        yield return NewsFrames.Cli.Commands.CountCommand.Create();
        yield return KeynessCommand.Create();
        yield return CollocationsCommand.Create();
        yield return KwicCommand.Create();
        yield return NewsFrames.Cli.Commands.ClustersCommand.Create();
        yield return FramesCommand.Create();
        yield return NewsFrames.Cli.Commands.TopicsCommand.Create();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        return await parse.InvokeAsync();
    }
}
