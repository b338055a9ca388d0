using System.CommandLine;
using Spectre.Console;

namespace NewsFrames.Cli;

/// <summary>
/// <c>newsframes corpus &lt;path&gt;</c>: loads a folder or file and prints the load report and the documents table.
/// CSV/JSON columns: id, file, source, title, date, url, words, sentences, characters, removed_characters,
/// duplicate_of, text. <c>--show report|removals|duplicates</c> outputs that table instead.
/// </summary>
internal static class CorpusCommand
{
    private enum Show { Documents, Report, Removals, Duplicates }

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder (read recursively) or one file." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var show = new Option<Show>("--show")
        {
            Description = "Which table to output: documents (default), report (every file seen), removals (boilerplate removed), duplicates.",
            DefaultValueFactory = _ => Show.Documents,
        };
        var noBoilerplate = new Option<bool>("--no-boilerplate") { Description = "Keep the text as read (no boilerplate removal)." };
        var noDuplicates = new Option<bool>("--no-duplicates") { Description = "Do not detect duplicates." };
        var fields = new Option<string[]>("--field")
        {
            Description = "Map a field for JSON/CSV/front matter, e.g. --field text=story --field date=pub_date (title, text, source, date, url).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("corpus", "Load articles (txt, md, html, json, jsonl, csv, Reuters sgm) and show what was read, cleaned and skipped.")
        {
            path, format, output, show, noBoilerplate, noDuplicates, fields,
        };
        command.SetAction(parse =>
        {
            var options = CorpusOptions.Default with
            {
                Boilerplate = parse.GetValue(noBoilerplate) ? BoilerplateOptions.None : BoilerplateOptions.Default,
                Duplicates = parse.GetValue(noDuplicates) ? null : DuplicateOptions.Default,
            };
            try
            {
                options = options with { Fields = MapFields(parse.GetValue(fields) ?? []) };
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("newsframes corpus: " + e.Message);
                return 2;
            }
            Corpus corpus;
            try
            {
                corpus = LoadWithProgress(parse.GetValue(path)!, options);
            }
            catch (CorpusLoadException e)
            {
                Console.Error.WriteLine("newsframes corpus: " + e.Message);
                return 1;
            }
            var chosen = parse.GetValue(show);
            var fmt = parse.GetValue(format);
            var outFile = parse.GetValue(output);
            var report = corpus.Report;
            var frame = chosen switch
            {
                Show.Report => report.ToDataFrame(),
                Show.Removals => report.RemovalsToDataFrame(),
                Show.Duplicates => report.DuplicatesToDataFrame(),
                _ => corpus.ToDataFrame(includeText: fmt != OutputFormat.Table || outFile is not null),
            };
            if (fmt == OutputFormat.Table && outFile is null)
            {
                AnsiConsole.MarkupLine("[bold]Load report[/]: " + Markup.Escape(report.ToString()));
                var remarks = report.Entries.Where(e => e.Status != LoadStatus.Loaded).ToList();
                if (chosen == Show.Documents && remarks.Count > 0)
                    Output.Write(new LoadReport(remarks).ToDataFrame(), OutputFormat.Table, null, "Skipped files and warnings");
                // On screen the file and url columns repeat the id or run long; CSV/JSON keep every column.
                if (chosen == Show.Documents)
                    frame = new Microsoft.Data.Analysis.DataFrame(frame.Columns.Where(c => c.Name is not ("file" or "url")).Select(c => c.Clone()));
                Output.Write(frame, fmt, null, chosen.ToString());
            }
            else
            {
                Console.Error.WriteLine("Load report: " + report);
                foreach (var e in report.Entries.Where(e => e.Status != LoadStatus.Loaded))
                    Console.Error.WriteLine($"  {e.File}: {LoadReport.StatusName(e.Status)}: {e.Message}");
                Output.Write(frame, fmt, outFile);
            }
            return 0;
        });
        return command;
    }

    private static FieldMap MapFields(string[] mappings)
    {
        var map = FieldMap.Default;
        foreach (var mapping in mappings)
        {
            var parts = mapping.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0) throw new ArgumentException($"--field expects name=column, got \"{mapping}\"");
            string[] columns = [parts[1]];
            map = parts[0].ToLowerInvariant() switch
            {
                "title" => map with { Title = [.. columns, .. map.Title] },
                "text" => map with { Text = [.. columns, .. map.Text] },
                "source" => map with { Source = [.. columns, .. map.Source] },
                "date" => map with { Date = [.. columns, .. map.Date] },
                "url" => map with { Url = [.. columns, .. map.Url] },
                _ => throw new ArgumentException($"--field: unknown field \"{parts[0]}\" (title, text, source, date, url)"),
            };
        }
        return map;
    }

    /// <summary>Draws a progress bar on standard error when there are many files and a terminal to draw on.</summary>
    private static Corpus LoadWithProgress(string path, CorpusOptions options)
    {
        bool many = Directory.Exists(path)
            && Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Skip(200).Any();
        if (!many || Console.IsErrorRedirected) return Corpus.Load(path, options);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        Corpus? corpus = null;
        console.Progress().Start(context =>
        {
            var task = context.AddTask("Loading " + path);
            var progress = new Progress(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
            });
            corpus = Corpus.Load(path, options with { Progress = progress });
            task.Value = task.MaxValue;
        });
        return corpus!;
    }

    /// <summary>Reports synchronously (System.Progress would post to the thread pool and update after the load ends).</summary>
    private sealed class Progress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        private readonly object gate = new();

        public void Report(LoadProgress value)
        {
            lock (gate) report(value);
        }
    }
}
