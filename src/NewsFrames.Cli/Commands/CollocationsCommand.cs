using System.CommandLine;
using Microsoft.Data.Analysis;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes collocations &lt;corpus&gt; [--size 2|3|0] [--min-count N] [--top N] [--by source]`: collocations scored
/// by quanteda's λ and z. Columns: collocation, length, count, lambda, z (source first with --by source).
/// </summary>
internal static class CollocationsCommand
{
    public static Command Create()
    {
        var corpus = TermCommandOptions.CorpusArgument();
        var size = new Option<int>("--size") { Description = "2 (bigrams, default), 3 (trigrams) or 0 (both).", DefaultValueFactory = _ => 2 };
        var minCount = new Option<int>("--min-count") { Description = "Leave out candidates seen fewer times (default 2, as quanteda).", DefaultValueFactory = _ => 2 };
        var top = TermCommandOptions.Top("collocations (of each source)");
        var by = new Option<string?>("--by") { Description = "'source': collocations of each source separately." };
        var stopFile = TermCommandOptions.StopWordsFile();
        var keepStop = TermCommandOptions.KeepStopWords();
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("collocations", "Bigram/trigram collocations with counts, λ and z (quanteda textstat_collocations).");
        command.Arguments.Add(corpus);
        command.Options.Add(size);
        command.Options.Add(minCount);
        command.Options.Add(top);
        command.Options.Add(by);
        command.Options.Add(stopFile);
        command.Options.Add(keepStop);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpus)!, c =>
        {
            var stop = TermCommandOptions.StopWords(parse, stopFile, keepStop);
            int n = parse.GetValue(top), s = parse.GetValue(size), min = parse.GetValue(minCount);
            CollocationResult Limit(CollocationResult r) => n > 0 ? r.Top(n) : r;
            string? byValue = parse.GetValue(by);
            if (byValue is null)
            {
                Output.Write(Limit(c.Collocations(s, min, stop)).ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Collocations (λ, z)");
                return;
            }
            if (!string.Equals(byValue, "source", StringComparison.OrdinalIgnoreCase)) throw new ArgumentException($"--by {byValue}: collocations can only be run --by source.");
            DataFrame? all = null;
            foreach (var source in c.Sources)
            {
                var subset = new Corpus(c.Where(d => d.SourceOrUnknown == source), c.Report, c.Root);
                var frame = Limit(subset.Collocations(s, min, stop)).ToDataFrame();
                frame.Columns.Insert(0, new StringDataFrameColumn("source", Enumerable.Repeat(source, (int)frame.Rows.Count)));
                all = all is null ? frame : all.Append(frame.Rows, inPlace: false);
            }
            Output.Write(all ?? new DataFrame(), parse.GetValue(format), parse.GetValue(output), "Collocations by source (λ, z)");
        }));
        return command;
    }
}
