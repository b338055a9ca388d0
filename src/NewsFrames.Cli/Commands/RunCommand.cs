using System.CommandLine;
using NewsFrames.Notebooks;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes run &lt;notebook|folder&gt;`: runs notebooks top to bottom through the engine and writes the executed
/// .ipynb and a self-contained HTML page. The source notebook is left as it is unless --in-place.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("notebook") { Description = "A .ipynb file, or a folder whose *.ipynb files run in name order." };
        var outOption = new Option<string?>("--out", "-o")
        {
            Description = "Where to write: a folder (default ./out/notebooks), or a file ending in .ipynb for one notebook.",
        };
        var html = new Option<string?>("--html") { Description = "Write the HTML page to this file (one notebook only)." };
        var format = new Option<string>("--format") { Description = "What to write: ipynb, html or both (ipynb,html).", DefaultValueFactory = _ => "ipynb,html" };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "Override a parameter, papermill style: -p name=value (True/False, numbers and strings are typed as papermill does).",
            AllowMultipleArgumentsPerToken = false,
        };
        var corpus = new Option<string?>("--corpus") { Description = "Shortcut for -p corpusPath=<path> (resolved to a full path)." };
        var noCode = new Option<bool>("--no-code") { Description = "Hide code cells in the HTML page." };
        var inPlace = new Option<bool>("--in-place") { Description = "Write the executed notebook over the source notebook." };
        var stopOnError = new Option<bool>("--stop-on-error") { Description = "Stop a notebook at its first failing cell." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one cell may run.", DefaultValueFactory = _ => 600 };

        var command = new Command("run", "Run notebooks through the NewsFrames engine; write the executed .ipynb and an offline HTML page.")
        {
            target, outOption, html, format, parameters, corpus, noCode, inPlace, stopOnError, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Settings(
                parse.GetValue(target)!, parse.GetValue(outOption), parse.GetValue(html), parse.GetValue(format)!,
                parse.GetValue(parameters) ?? [], parse.GetValue(corpus), parse.GetValue(noCode), parse.GetValue(inPlace),
                parse.GetValue(stopOnError), parse.GetValue(timeout));
            return await RunAsync(settings, cancellationToken);
        });
        return command;
    }

    private sealed record Settings(
        string Target, string? Out, string? Html, string Format, string[] Parameters, string? Corpus,
        bool NoCode, bool InPlace, bool StopOnError, int TimeoutSeconds);

    private static async Task<int> RunAsync(Settings s, CancellationToken cancellationToken)
    {
        List<string> notebooks;
        if (Directory.Exists(s.Target))
            notebooks = Directory.EnumerateFiles(s.Target, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        else if (File.Exists(s.Target))
            notebooks = [s.Target];
        else
        {
            Console.Error.WriteLine($"error: {s.Target} does not exist.");
            return 2;
        }
        if (notebooks.Count == 0)
        {
            Console.Error.WriteLine($"error: no .ipynb file in {s.Target}.");
            return 2;
        }
        var formats = s.Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToHashSet();
        if (formats.Count == 0 || formats.Except(["ipynb", "html"]).Any())
        {
            Console.Error.WriteLine($"error: --format takes ipynb, html or ipynb,html, not \"{s.Format}\".");
            return 2;
        }
        bool singleFileOut = s.Out is not null && s.Out.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase);
        if (notebooks.Count > 1 && (singleFileOut || s.Html is not null))
        {
            Console.Error.WriteLine("error: --out <file.ipynb> and --html <file> name one notebook's outputs; for a folder give --out <folder>.");
            return 2;
        }
        IReadOnlyDictionary<string, object> parameters;
        try
        {
            var pairs = s.Parameters.ToList();
            if (s.Corpus is not null) pairs.Insert(0, "corpusPath=" + Path.GetFullPath(s.Corpus));
            parameters = NewsFrames.Notebooks.Parameters.Parse(pairs);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }

        int failed = 0;
        foreach (var path in notebooks)
        {
            Notebook notebook;
            try
            {
                notebook = Notebook.Load(path);
            }
            catch (Exception e) when (e is NotebookFormatException or IOException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                failed++;
                continue;
            }
            Console.Error.WriteLine($"Running {path}");
            var result = await NotebookRunner.RunAsync(notebook, new RunOptions
            {
                Parameters = parameters,
                StopOnError = s.StopOnError,
                Session = new SessionOptions { CellTimeout = TimeSpan.FromSeconds(Math.Max(1, s.TimeoutSeconds)) },
                Progress = ReportProgress,
            }, cancellationToken);
            string name = Path.GetFileNameWithoutExtension(path);
            string folder = s.Out is null ? Path.Combine("out", "notebooks") : singleFileOut ? Path.GetDirectoryName(Path.GetFullPath(s.Out))! : s.Out;
            if (formats.Contains("ipynb") || s.InPlace || singleFileOut)
            {
                string ipynb = s.InPlace ? path : singleFileOut ? s.Out! : Path.Combine(folder, name + ".ipynb");
                notebook.Save(ipynb);
                Console.Error.WriteLine($"  wrote {Path.GetFullPath(ipynb)}");
            }
            if (formats.Contains("html") || s.Html is not null)
            {
                string htmlPath = s.Html ?? Path.Combine(folder, name + ".html");
                AtomicFile.WriteAllText(htmlPath, HtmlExporter.Export(notebook, new HtmlExportOptions { HideCode = s.NoCode }));
                Console.Error.WriteLine($"  wrote {Path.GetFullPath(htmlPath)}");
            }
            if (!result.Succeeded)
            {
                failed++;
                foreach (var f in result.Failures) Console.Error.WriteLine($"  FAILED {f.Message}");
            }
        }
        Console.Error.WriteLine(failed == 0 ? $"{notebooks.Count} notebook(s) ran without errors." : $"{failed} of {notebooks.Count} notebook(s) had failing cells.");
        return failed == 0 ? 0 : 1;
    }

    private static void ReportProgress(CellProgress p)
    {
        if (p.Result is null) return;
        string status = p.Result.Succeeded ? "ok" : "FAILED";
        string first = p.Cell.Source.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        if (first.Length > 60) first = first[..57] + "...";
        Console.Error.WriteLine($"  [{p.CellNumber}/{p.CellCount}] {status,-6} {first}");
    }
}
