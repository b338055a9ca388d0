using System.Text.Json.Nodes;

namespace NewsFrames.Notebooks;

/// <summary>How to run a notebook.</summary>
public sealed record RunOptions
{
    /// <summary>papermill-style overrides, injected after the <c>parameters</c> cell (see <see cref="Notebooks.Parameters"/>).</summary>
    public IReadOnlyDictionary<string, object> Parameters { get; init; } = new Dictionary<string, object>();

    /// <summary>Stop at the first failing cell; by default every cell runs and failures are collected.</summary>
    public bool StopOnError { get; init; }

    /// <summary>Session settings; <see cref="SessionOptions.BaseDirectory"/> is set to the notebook's folder.</summary>
    public SessionOptions Session { get; init; } = new();

    /// <summary>Called before and after each code cell (for progress on a console).</summary>
    public Action<CellProgress>? Progress { get; init; }
}

/// <summary>Progress of one code cell: <paramref name="Result"/> is null before it runs.</summary>
public sealed record CellProgress(int CellNumber, int CellCount, NotebookCell Cell, CellResult? Result);

/// <summary>A cell that failed: its number (1-based, counting every cell) and the error it gave.</summary>
public sealed record CellFailure(int CellNumber, string CellId, string ErrorName, string Message);

/// <summary>The outcome of a run; the notebook itself now holds the outputs and execution counts.</summary>
public sealed record NotebookRunResult(Notebook Notebook, int CellsRun, IReadOnlyList<CellFailure> Failures)
{
    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>
/// Runs a notebook top to bottom in one fresh <see cref="CSharpSession"/>, as "Restart and run all" would:
/// old outputs are cleared, markdown passes through, every code cell gets its outputs and execution count.
/// </summary>
/// <example>
/// <code>
/// var notebook = Notebook.Load("notebooks/01-corpus.ipynb");
/// var result = await NotebookRunner.RunAsync(notebook, new RunOptions { Parameters = Parameters.Parse(["corpusPath=../seeds"]) });
/// notebook.Save("out/01-corpus.ipynb");
/// File.WriteAllText("out/01-corpus.html", HtmlExporter.Export(notebook));
/// </code>
/// </example>
public static class NotebookRunner
{
    // The working directory is process-wide; runs in one process take turns so each sees its notebook's folder.
    private static readonly SemaphoreSlim WorkingDirectoryGate = new(1, 1);

    /// <summary>Runs <paramref name="notebook"/> in place (its cells get the new outputs). Cells run with the notebook's folder as working directory.</summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new RunOptions();
        Parameters.Inject(notebook, options.Parameters);
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }
        var session = new CSharpSession(options.Session with { BaseDirectory = notebook.Directory });
        var failures = new List<CellFailure>();
        int run = 0;
        await WorkingDirectoryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        string previousDirectory = Environment.CurrentDirectory;
        // One document per run: plotly.js is inlined with the first chart only, chart ids are numbered 1, 2, ...
        using var document = DisplayDocument.Begin();
        try
        {
            Environment.CurrentDirectory = notebook.Directory;
            for (int i = 0; i < notebook.Cells.Count; i++)
            {
                var cell = notebook.Cells[i];
                if (!cell.IsCode) continue;
                if (options.StopOnError && failures.Count > 0) break;
                int number = i + 1;
                options.Progress?.Invoke(new CellProgress(number, notebook.Cells.Count, cell, null));
                string label = $"cell {number}";
                CellResult result = Directives.CSharpKernels.Contains(cell.KernelName)
                    ? await session.SubmitAsync(cell.Source, label, cancellationToken).ConfigureAwait(false)
                    : NotCSharp(cell, label);
                run++;
                cell.ExecutionCount = result.ExecutionCount > 0 ? result.ExecutionCount : null;
                cell.Outputs.AddRange(result.Outputs);
                foreach (var error in result.Outputs.Where(o => (string?)o["output_type"] == "error"))
                    failures.Add(new CellFailure(number, cell.Id, (string?)error["ename"] ?? "Error", (string?)error["evalue"] ?? ""));
                options.Progress?.Invoke(new CellProgress(number, notebook.Cells.Count, cell, result));
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            WorkingDirectoryGate.Release();
        }
        return new NotebookRunResult(notebook, run, failures);
    }

    private static CellResult NotCSharp(NotebookCell cell, string label)
    {
        var error = new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = "UnsupportedKernel",
            ["evalue"] = $"{label}: the cell is for the \"{cell.KernelName}\" kernel; this engine runs C# cells only. The cell was not run.",
            ["traceback"] = new JsonArray(),
        };
        error["traceback"]!.AsArray().Add((string?)error["evalue"]);
        return new CellResult([error], false, 0);
    }
}
