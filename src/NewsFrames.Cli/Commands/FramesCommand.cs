using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes frames &lt;corpus&gt; [--lexicon file] [--by source|document] [--hits] [--format …] [--out file]` and
/// `newsframes frames lint &lt;lexicon&gt; [--corpus path]`.
/// </summary>
internal static class FramesCommand
{
    public static Command Create()
    {
        var corpusArgument = new Argument<string>("corpus") { Description = "A folder of articles (recursive) or one file." };
        var lexiconOption = new Option<string?>("--lexicon", "-l")
        {
            Description = "A frame lexicon (YAML) instead of the embedded default; start it with 'extends: default' to add to the default frames.",
        };
        var by = new Option<FrameGrouping>("--by")
        {
            Description = "source: source, frame, label, documents, documents_with_frame, share, share_low, share_high, hits, tokens, rate_per_1000, rate_low, rate_high; "
                + "document: document, file, source, date, frame, label, hits, tokens, rate_per_1000, rate_low, rate_high.",
            DefaultValueFactory = _ => FrameGrouping.Source,
        };
        var hits = new Option<bool>("--hits")
        {
            Description = "One row per hit instead: document, file, source, date, frame, pattern, matched, sentence, start, end.",
        };
        var skipDuplicates = new Option<bool>("--skip-duplicates") { Description = "Leave out documents marked as duplicates of an earlier one." };
        var format = Output.FormatOption();
        var output = Output.OutOption();

        var command = new Command("frames", "Frames by source (rates per 1,000 tokens and shares of documents) or every hit with its evidence.");
        command.Arguments.Add(corpusArgument);
        command.Options.Add(lexiconOption);
        command.Options.Add(by);
        command.Options.Add(hits);
        command.Options.Add(skipDuplicates);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            if (!TryLoadLexicon(parse.GetValue(lexiconOption), out var lexicon)) return 1;
            return CorpusRunner.Run(parse.GetValue(corpusArgument)!, corpus =>
            {
                var analysis = corpus.Frames(lexicon, parse.GetValue(skipDuplicates));
                if (parse.GetValue(hits))
                    Output.Write(analysis.Hits.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Frame hits");
                else if (parse.GetValue(by) == FrameGrouping.Document)
                    Output.Write(analysis.ByDocument().ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Frames by document");
                else
                    Output.Write(analysis.BySource().ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Frames by source");
            });
        });
        command.Subcommands.Add(CreateLint());
        return command;
    }

    private static Command CreateLint()
    {
        var lexiconArgument = new Argument<string>("lexicon") { Description = "The lexicon file (YAML) to check." };
        var corpusOption = new Option<string?>("--corpus", "-c") { Description = "Also report patterns and frames without hits in this corpus." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("lint", "Check a frame lexicon: syntax errors with line and column, duplicates, patterns that can never match, and (with --corpus) patterns and frames without hits. "
            + "Columns: severity, code, file, line, column, frame, pattern, message. Exit code 1 when there are errors.");
        command.Arguments.Add(lexiconArgument);
        command.Options.Add(corpusOption);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(lexiconArgument)!;
            string? corpusPath = parse.GetValue(corpusOption);
            LexiconLint? lint = null;
            if (corpusPath is null) lint = FrameLexicon.Lint(path);
            else if (CorpusRunner.Run(corpusPath, corpus => lint = FrameLexicon.Lint(path, corpus)) != 0) return 1;
            Output.Write(lint!.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Lexicon lint");
            foreach (var d in lint.Diagnostics.Where(d => d.Severity == LexiconSeverity.Error)) Console.Error.WriteLine(d.ToString());
            if (lint.Diagnostics.Count == 0) Console.Error.WriteLine($"{path}: no findings.");
            return lint.IsValid ? 0 : 1;
        });
        return command;
    }

    private static bool TryLoadLexicon(string? path, out FrameLexicon lexicon)
    {
        lexicon = FrameLexicon.Default;
        if (path is null) return true;
        try
        {
            lexicon = FrameLexicon.Load(path);
            return true;
        }
        catch (LexiconException e)
        {
            Console.Error.WriteLine($"newsframes: {e.Message}");
            return false;
        }
    }
}
