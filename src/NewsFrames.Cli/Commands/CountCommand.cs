using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes count &lt;corpus&gt; [--unit lower|surface|stem] [--top N] [--format table|csv|json] [--out file]`:
/// term counts over a folder of any size, streamed (files read on all cores, nothing but the counts kept). Columns:
/// term, count, documents. Every token counts, stop words and numbers included; `terms` filters and adds rates and TF-IDF.
/// </summary>
internal static class CountCommand
{
    public static Command Create()
    {
        var corpus = TermCommandOptions.CorpusArgument();
        var unit = new Option<TallyUnit>("--unit") { Description = "lower (default), form (case kept) or stem.", DefaultValueFactory = _ => TallyUnit.Lower };
        var top = TermCommandOptions.Top("terms");
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("count", "Term counts streamed over a corpus of any size: every token, nothing else kept in memory.");
        command.Arguments.Add(corpus);
        command.Options.Add(unit);
        command.Options.Add(top);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Stream(parse.GetValue(corpus)!, documents =>
        {
            // Skipped or partly read files are reported, one line each, and the count goes on.
            var counts = documents.CountTerms(parse.GetValue(unit));
            var frame = counts.ToDataFrame();
            int n = parse.GetValue(top);
            if (n > 0 && frame.Rows.Count > n) frame = frame.Head(n);
            Output.Write(frame, parse.GetValue(format), parse.GetValue(output),
                $"Term counts ({counts.DocumentCount:N0} documents, {counts.TokenCount:N0} tokens)");
        }));
        return command;
    }
}
