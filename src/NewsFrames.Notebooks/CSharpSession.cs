using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NewsFrames.Notebooks;

/// <summary>Settings of a <see cref="CSharpSession"/>.</summary>
public sealed record SessionOptions
{
    /// <summary>The folder that <c>#r "relative.dll"</c> is resolved against (the notebook's folder).</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>How long one cell may run; past it the cell fails and the session stops.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Where generated restore projects are cached (default: ~/.cache/newsframes/nuget).</summary>
    public string NuGetCacheFolder { get; init; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "newsframes", "nuget");

    /// <summary>The NuGet packages folder to restore into; null means NuGet's own global folder (~/.nuget/packages).</summary>
    public string? NuGetPackagesFolder { get; init; }

    /// <summary>How long a <c>dotnet restore</c> for <c>#r "nuget: ..."</c> may take.</summary>
    public TimeSpan RestoreTimeout { get; init; } = TimeSpan.FromMinutes(5);
}

/// <summary>What one submitted cell produced.</summary>
/// <param name="Outputs">nbformat outputs: stream, display_data, execute_result, error — in the order they happened.</param>
/// <param name="Succeeded">False when the cell did not compile, threw, timed out or was not C#.</param>
/// <param name="ExecutionCount">The cell's execution count (1, 2, ... per session).</param>
public sealed record CellResult(IReadOnlyList<JsonObject> Outputs, bool Succeeded, int ExecutionCount);

/// <summary>
/// One C# session, the way the .NET Interactive C# kernel ran cells: the first with <c>CSharpScript.RunAsync</c>,
/// each next one with <c>ScriptState.ContinueWithAsync</c>, so variables, usings and types carry over.
/// Directives (<c>#r</c>, <c>#i</c>, <c>#!</c>) are handled here before Roslyn compiles the cell.
/// </summary>
/// <example>
/// <code>
/// var session = new CSharpSession(new SessionOptions { BaseDirectory = "notebooks" });
/// var result = await session.SubmitAsync("var x = 20;\nx + 22");   // one execute_result: 42
/// </code>
/// </example>
public sealed class CSharpSession
{
    // The imports the .NET Interactive C# kernel gave every submission, plus display() and friends.
    private static readonly string[] DefaultImports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
        "NewsFrames.Notebooks.ScriptHelpers",
    ];

    private static readonly ConcurrentDictionary<string, string> ProbePaths = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> HostAssemblies = new(ReadHostAssemblies);
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly SessionOptions settings;
    private readonly SessionResolver resolver = new() { Locate = LocateAssembly };
    private readonly NuGetRestorer restorer;
    private readonly List<(string Name, string? Version)> packages = [];
    private readonly List<string> sources = [];
    private ScriptOptions scriptOptions;
    private ScriptState<object>? state;
    private string? stoppedBecause;

    static CSharpSession()
    {
        // Dependencies of #r'd files and restored packages load into the default context, beside the host's own.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is not null && ProbePaths.TryGetValue(name.Name, out var path) && File.Exists(path)
                ? context.LoadFromAssemblyPath(path)
                : null;
    }

    /// <summary>Opens a session; nothing is compiled until the first cell.</summary>
    public CSharpSession(SessionOptions? options = null)
    {
        settings = options ?? new SessionOptions();
        restorer = new NuGetRestorer(settings.NuGetCacheFolder, settings.NuGetPackagesFolder, settings.RestoreTimeout);
        RoutingWriter.Install();
        DisplayFormatters.Register();
        scriptOptions = ScriptOptions.Default
            .WithMetadataResolver(resolver)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(false)
            .AddImports(DefaultImports);
        foreach (var assembly in new[]
        {
            typeof(Enumerable).Assembly, typeof(IEnumerable<>).Assembly, typeof(Task<>).Assembly,
            typeof(Console).Assembly, typeof(System.Collections.ArrayList).Assembly,
            typeof(System.Text.RegularExpressions.Regex).Assembly,
            typeof(ScriptHelpers).Assembly, typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly,
            typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
        })
            AddReference(assembly);
    }

    /// <summary>How many cells have been submitted (the last execution count).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>
    /// Runs one cell. <paramref name="label"/> names it in error messages ("cell 4"); by default "submission N".
    /// Never throws for a bad cell: compile errors and exceptions come back as error outputs.
    /// </summary>
    public async Task<CellResult> SubmitAsync(string code, string? label = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        int count = ++ExecutionCount;
        label ??= $"submission {count}";
        var outputs = new CellOutputs();
        var previous = CellOutputs.Current;
        CellOutputs.Current = outputs;
        try
        {
            bool ok = await RunCellAsync(code, label, count, outputs, cancellationToken).ConfigureAwait(false);
            return new CellResult(outputs.Drain(), ok, count);
        }
        finally
        {
            CellOutputs.Current = previous;
        }
    }

    private async Task<bool> RunCellAsync(string source, string label, int count, CellOutputs outputs, CancellationToken cancellationToken)
    {
        if (stoppedBecause is not null)
        {
            outputs.Add(Error("SessionStopped", $"{label} was not run: {stoppedBecause}", []));
            return false;
        }
        var (directives, code, parseError) = Directives.Parse(MultilineString.Normalize(source));
        if (parseError is not null)
        {
            outputs.Add(Error("DirectiveError", $"{label}, {parseError}", []));
            return false;
        }
        foreach (var kernel in directives.Where(d => d.Kind == DirectiveKind.Kernel))
        {
            if (Directives.CSharpKernels.Contains(kernel.Value)) continue;
            outputs.Add(Error("UnsupportedKernel",
                $"{label}, line {kernel.Line}: #!{kernel.Value} is not supported: this engine runs C# cells only; the cell was not run.", []));
            return false;
        }
        try
        {
            ApplyReferences(directives, label);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or BadImageFormatException or FileLoadException)
        {
            outputs.Add(Error("ReferenceError", $"{label}: {e.Message}", []));
            return false;
        }
        if (code.Trim().Length == 0) return true;

        string file = $"{label.Replace(' ', '-')}.csx";
        var options = scriptOptions.WithFilePath(file);
        ScriptState<object> next;
        try
        {
            var run = state is null
                ? Task.Run(() => CSharpScript.Create(code, options).RunAsync(null, _ => true, cancellationToken), cancellationToken)
                : Task.Run(() => state.ContinueWithAsync(code, options, _ => true, cancellationToken), cancellationToken);
            next = await run.WaitAsync(settings.CellTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            var errors = e.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            var lines = errors.Select(d => $"{label}, {Where(d)}: error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
            outputs.Add(Error("CompilationError", lines.FirstOrDefault() ?? $"{label}: compilation failed", lines));
            return false;
        }
        catch (TimeoutException)
        {
            stoppedBecause = $"{label} did not finish within {settings.CellTimeout.TotalSeconds:0} s and the session was stopped";
            outputs.Add(Error("CellTimeout", stoppedBecause + ".", []));
            return false;
        }
        state = next;
        if (next.Exception is { } exception)
        {
            outputs.Add(RuntimeError(exception, label, file));
            return false;
        }
        if (HasReturnValue(next.Script, next.ReturnValue))
        {
            outputs.Add(new JsonObject
            {
                ["output_type"] = "execute_result",
                ["execution_count"] = count,
                ["data"] = CellOutputs.MimeBundle(next.ReturnValue),
                ["metadata"] = new JsonObject(),
            });
        }
        return true;
    }

    private void AddReference(Assembly assembly)
    {
        string name = assembly.GetName().Name!;
        if (resolver.Known.ContainsKey(name)) return;
        scriptOptions = scriptOptions.AddReferences(assembly);
        // Keep the very reference object: a missing-assembly lookup must return it, not a second copy (CS0121).
        resolver.Known[name] = scriptOptions.MetadataReferences[^1];
    }

    private void ApplyReferences(List<Directive> directives, string label)
    {
        foreach (var d in directives.Where(d => d.Kind == DirectiveKind.PackageSource))
        {
            string source = Directory.Exists(Path.Combine(settings.BaseDirectory, d.Value))
                ? Path.GetFullPath(Path.Combine(settings.BaseDirectory, d.Value))
                : d.Value;
            if (!sources.Contains(source)) sources.Add(source);
        }
        foreach (var d in directives.Where(d => d.Kind == DirectiveKind.ReferenceFile))
            ReferenceFile(d, label);
        var requested = directives.Where(d => d.Kind == DirectiveKind.ReferencePackage).ToList();
        var toRestore = new List<(string Name, string? Version)>();
        foreach (var d in requested)
        {
            if (HostAssemblies.Value.TryGetValue(d.Value, out var hostPath))
            {
                // The engine already carries this package (Plotly.NET, Microsoft.Data.Analysis, ...): use its copy,
                // so that types and formatter registrations are shared with the host.
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(hostPath));
                AddReference(assembly);
                string carried = assembly.GetName().Version?.ToString(3) ?? "?";
                if (d.Version is not null && !d.Version.StartsWith(carried, StringComparison.Ordinal))
                    Console.Error.WriteLine($"{label}, line {d.Line}: {d.Value} {d.Version} requested; the engine carries {carried} and uses it.");
                continue;
            }
            toRestore.Add((d.Value, d.Version));
        }
        if (toRestore.Count > 0)
        {
            foreach (var p in toRestore)
                if (!packages.Any(q => q.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))) packages.Add(p);
            var paths = restorer.Restore(packages, sources);
            foreach (var path in paths) ProbePaths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            foreach (var path in paths)
            {
                var assembly = LoadIntoDefault(path);
                if (assembly is not null) AddReference(assembly);
            }
        }
    }

    private void ReferenceFile(Directive d, string label)
    {
        string path = Path.GetFullPath(Path.Combine(settings.BaseDirectory, d.Value));
        string name = Path.GetFileNameWithoutExtension(path);
        bool exists = File.Exists(path);
        if (HostAssemblies.Value.TryGetValue(name, out var hostPath))
        {
            // Same assembly name as one the engine itself runs on (NewsFrames.dll): use the engine's copy, so there
            // is one NewsFrames, one Formatter and one set of display formatters in the process.
            if (!exists)
                Console.Error.WriteLine($"{label}, line {d.Line}: {path} does not exist; using the engine's own {name}.dll (build the project to refresh it).");
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(hostPath));
            AddReference(assembly);
            return;
        }
        if (!exists) throw new FileNotFoundException($"line {d.Line}: #r \"{d.Value}\": {path} does not exist.");
        // Its neighbours (dependencies copied beside it) are found by the Resolving handler.
        foreach (var sibling in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*.dll"))
            ProbePaths.TryAdd(Path.GetFileNameWithoutExtension(sibling), sibling);
        var loaded = LoadIntoDefault(path) ?? throw new InvalidOperationException($"line {d.Line}: {path} is not a .NET assembly.");
        AddReference(loaded);
    }

    private static string? LocateAssembly(string name) =>
        ProbePaths.TryGetValue(name, out var probed) ? probed
        : HostAssemblies.Value.TryGetValue(name, out var host) ? host
        : null;

    private static Assembly? LoadIntoDefault(string path)
    {
        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            return null; // native or resource-only file listed as a runtime asset
        }
        var already = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
        return already ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static IReadOnlyDictionary<string, string> ReadHostAssemblies()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string tpa)
            foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                map.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        foreach (var assembly in AssemblyLoadContext.Default.Assemblies)
            if (!assembly.IsDynamic && assembly.Location.Length > 0)
                map.TryAdd(assembly.GetName().Name!, assembly.Location);
        return map;
    }

    private static bool HasReturnValue(Script script, object? value)
    {
        // Roslyn knows whether the submission ends in an expression (`x + 1`) or a statement (`var x = 1;`), but only
        // internally; the .NET Interactive kernel read it the same way.
        if (HasReturnValueMethod?.Invoke(script, null) is bool b) return b;
        return value is not null;
    }

    private static string Where(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return span.IsValid ? $"line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}" : "line ?";
    }

    private static JsonObject RuntimeError(Exception exception, string label, string file)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is not null)
            exception = exception.InnerException!;
        int? line = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f.GetFileName()), file, StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            ?.GetFileLineNumber();
        string where = line is null ? label : $"{label}, line {line}";
        var traceback = new List<string> { $"{exception.GetType().FullName}: {exception.Message}", $"   in {where}" };
        traceback.AddRange((exception.StackTrace ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));
        return Error(exception.GetType().Name, $"{where}: {exception.Message}", traceback);
    }

    private static JsonObject Error(string name, string value, IEnumerable<string> traceback)
    {
        var lines = traceback.ToList();
        if (lines.Count == 0) lines.Add(value);
        return new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray(lines.Select(l => (JsonNode?)l).ToArray()),
        };
    }
}

/// <summary>
/// Resolves assemblies that a referenced assembly needs but no cell named (System.Runtime facades, the dependencies
/// of NewsFrames.dll). Each is resolved once per session and the same reference object returned every time:
/// Roslyn treats two reference objects for one file as two assemblies, and every call becomes ambiguous.
/// </summary>
internal sealed class SessionResolver : MetadataReferenceResolver
{
    public Dictionary<string, MetadataReference> Known { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Func<string, string?> Locate { get; init; } = _ => null;

    public override bool ResolveMissingAssemblies => true;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        ScriptMetadataResolver.Default.ResolveReference(reference, baseFilePath, properties);

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        lock (Known)
        {
            if (Known.TryGetValue(referenceIdentity.Name, out var known)) return known as PortableExecutableReference;
            string? path = Locate(referenceIdentity.Name);
            if (path is null || !File.Exists(path)) return null;
            var reference = MetadataReference.CreateFromFile(path);
            Known[referenceIdentity.Name] = reference;
            return reference;
        }
    }

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
