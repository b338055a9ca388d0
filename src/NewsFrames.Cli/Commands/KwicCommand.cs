using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes kwic &lt;corpus&gt; &lt;pattern&gt; [--window N] [--type glob|exact|stem|regex]`: keyword in context.
/// Columns: document, source, sentence, pre, keyword, post, context, start, end.
/// </summary>
internal static class KwicCommand
{
    public static Command Create()
    {
        var corpus = TermCommandOptions.CorpusArgument();
        var pattern = new Argument<string>("pattern") { Description = "A word, a phrase (words separated by spaces), or a glob such as \"sanction*\"." };
        var window = new Option<int>("--window", "-w") { Description = "Tokens of context on each side (default 5).", DefaultValueFactory = _ => 5 };
        var type = new Option<PatternType>("--type") { Description = "glob (default), exact, stem or regex.", DefaultValueFactory = _ => PatternType.Glob };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("kwic", "Keyword in context: every match with its surrounding words and sentence.");
        command.Arguments.Add(corpus);
        command.Arguments.Add(pattern);
        command.Options.Add(window);
        command.Options.Add(type);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpus)!, c =>
        {
            var hits = c.Kwic(parse.GetValue(pattern)!, parse.GetValue(window), parse.GetValue(type));
            Output.Write(hits.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), $"KWIC: {hits.Pattern} ({hits.Count} hits)");
        }));
        return command;
    }
}
