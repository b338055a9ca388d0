using System.CommandLine;
using Microsoft.Data.Analysis;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes keyness &lt;corpus&gt; --target &lt;source&gt; [--reference &lt;source&gt;...] [--correction ...] [--measure ...] [--top N]`
/// or `--by source` (every source against the rest). Columns: term, target_count, reference_count, target_total,
/// reference_total, chi2, g2, pmi, log_ratio, p, correction (source first with --by source).
/// </summary>
internal static class KeynessCommand
{
    public static Command Create()
    {
        var corpus = TermCommandOptions.CorpusArgument();
        var target = new Option<string?>("--target", "-t") { Description = "The target source (as in the corpus metadata)." };
        var reference = new Option<string[]>("--reference", "-r")
        {
            Description = "Reference source(s); default: every other source.",
            AllowMultipleArgumentsPerToken = true,
        };
        var by = new Option<string?>("--by") { Description = "'source': every source in turn against all the others (instead of --target)." };
        var correction = new Option<KeynessCorrection>("--correction")
        {
            Description = "quanteda (default: conditional Yates, as textstat_keyness), none, yates (R's chisq.test) or williams (G² only).",
            DefaultValueFactory = _ => KeynessCorrection.Quanteda,
        };
        var measure = new Option<KeynessMeasure>("--measure") { Description = "Sort by chi2 (default), g2, pmi or logratio.", DefaultValueFactory = _ => KeynessMeasure.Chi2 };
        var top = TermCommandOptions.Top("terms at each end (most key to the target, then to the reference)");
        var unit = TermCommandOptions.Unit();
        var stopFile = TermCommandOptions.StopWordsFile();
        var keepStop = TermCommandOptions.KeepStopWords();
        var numbers = TermCommandOptions.Numbers();
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("keyness", "Keyness of a target source against the others: chi², G², PMI, log ratio, p (quanteda textstat_keyness).");
        command.Arguments.Add(corpus);
        command.Options.Add(target);
        command.Options.Add(reference);
        command.Options.Add(by);
        command.Options.Add(correction);
        command.Options.Add(measure);
        command.Options.Add(top);
        TermCommandOptions.AddTermOptions(command, unit, stopFile, keepStop, numbers);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CorpusRunner.Run(parse.GetValue(corpus)!, c =>
        {
            var options = TermCommandOptions.Options(parse, unit, stopFile, keepStop, numbers);
            string? targetSource = parse.GetValue(target);
            string? byValue = parse.GetValue(by);
            if (byValue is not null && !string.Equals(byValue, "source", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"--by {byValue}: keyness can only be run --by source.");
            if (targetSource is null && byValue is null) throw new ArgumentException("Give --target <source>, or --by source for every source against the rest.");
            var tokens = c.Tokenize();
            var corr = parse.GetValue(correction);
            var meas = parse.GetValue(measure);
            int n = parse.GetValue(top);
            KeynessResult Limit(KeynessResult k) => n > 0 ? k.BothEnds(n) : k;

            if (targetSource is not null)
            {
                var references = parse.GetValue(reference) ?? [];
                var result = references.Length == 0
                    ? tokens.Keyness(targetSource, options, corr, meas)
                    : CompareWith(tokens, targetSource, references, options, corr, meas);
                Output.Write(ForTable(Limit(result).ToDataFrame(), parse, format, output), parse.GetValue(format), parse.GetValue(output),
                    $"Keyness: {result.Target} vs {result.Reference} ({KeynessResult.CorrectionName(corr)})");
                return;
            }

            DataFrame? all = null;
            foreach (var (source, result) in tokens.KeynessBySource(options, corr, meas))
            {
                var frame = Limit(result).ToDataFrame();
                frame.Columns.Insert(0, new StringDataFrameColumn("source", Enumerable.Repeat(source, (int)frame.Rows.Count)));
                all = all is null ? frame : all.Append(frame.Rows, inPlace: false);
            }
            Output.Write(ForTable(all ?? new DataFrame(), parse, format, output), parse.GetValue(format), parse.GetValue(output), $"Keyness by source ({KeynessResult.CorrectionName(corr)})");
        }));
        return command;
    }

    // On screen the correction is in the title; its column would only squeeze the numbers.
    private static DataFrame ForTable(DataFrame frame, ParseResult parse, Option<OutputFormat> format, Option<FileInfo?> output)
    {
        if (parse.GetValue(format) != OutputFormat.Table || parse.GetValue(output) is not null) return frame;
        var columns = frame.Columns.Where(c => c.Name != "correction").ToArray();
        return columns.Length == frame.Columns.Count ? frame : new DataFrame(columns);
    }

    private static KeynessResult CompareWith(TokenizedCorpus tokens, string target, string[] references, TermOptions options,
        KeynessCorrection correction, KeynessMeasure measure)
    {
        var sources = tokens.Corpus.Sources;
        foreach (var s in references.Append(target))
            if (!sources.Contains(s)) throw new ArgumentException($"No documents have the source \"{s}\". Sources: {string.Join(", ", sources.Select(x => "\"" + x + "\""))}.");
        var set = references.ToHashSet(StringComparer.Ordinal);
        return tokens.Keyness(d => d.SourceOrUnknown == target, d => set.Contains(d.SourceOrUnknown), target, string.Join(", ", references), options, correction, measure);
    }
}
