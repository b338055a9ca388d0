using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// A frame lexicon: frames with their patterns, read from YAML. The default lexicon is embedded
/// (<see cref="Default"/>); a user file replaces it, or extends it with <c>extends: default</c>.
/// The file format and the pattern syntax are documented in the default lexicon's header
/// (<see cref="DefaultYaml"/>) and in the README.
/// </summary>
/// <example>
/// <code>
/// var lexicon = FrameLexicon.Load("my-frames.yaml");   // throws LexiconException naming file:line:column
/// var frames = Corpus.Load("seeds").Frames(lexicon);
/// </code>
/// </example>
public sealed class FrameLexicon : ITabularResult
{
    /// <summary>The name used in messages for the embedded default lexicon.</summary>
    public const string DefaultName = "(default)";

    private static readonly Lazy<string> DefaultYamlLazy = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsFrames.Resources.frames.yaml")
            ?? throw new InvalidOperationException("The embedded default frame lexicon is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<FrameLexicon> DefaultLazy = new(() => Parse(DefaultYamlLazy.Value, DefaultName));

    private readonly Lazy<FrameMatcher> matcher;

    internal FrameLexicon(IReadOnlyList<Frame> frames, string source, string fingerprint)
    {
        Frames = frames;
        Source = source;
        Fingerprint = fingerprint;
        matcher = new Lazy<FrameMatcher>(() => new FrameMatcher(this));
    }

    /// <summary>The embedded default lexicon (frames drawn from the seed articles).</summary>
    public static FrameLexicon Default => DefaultLazy.Value;

    /// <summary>The YAML text of the embedded default lexicon, a starting point for your own file.</summary>
    public static string DefaultYaml => DefaultYamlLazy.Value;

    /// <summary>The frames, in lexicon order.</summary>
    public IReadOnlyList<Frame> Frames { get; }

    /// <summary>Where the lexicon came from: a file path, or "(default)".</summary>
    public string Source { get; }

    /// <summary>A SHA-256 of the lexicon's text (and the default's, when extended): changes whenever the lexicon does; used to invalidate caches.</summary>
    public string Fingerprint { get; }

    /// <summary>The compiled matcher (compiled once, on first use; thread-safe).</summary>
    public FrameMatcher Matcher => matcher.Value;

    /// <summary>Reads a lexicon file; throws <see cref="LexiconException"/> (file, line, column) on the first error.</summary>
    /// <example><code>var lexicon = FrameLexicon.Load("frames.yaml");</code></example>
    public static FrameLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = ReadFile(path, out var error);
        if (error is not null) throw new LexiconException(error);
        return Parse(text, path);
    }

    /// <summary>Parses lexicon YAML; <paramref name="name"/> is used in messages. Throws <see cref="LexiconException"/> on the first error.</summary>
    /// <example><code>var lexicon = FrameLexicon.Parse("frames:\n  - id: trade\n    label: Trade\n    patterns: [trade]\n");</code></example>
    public static FrameLexicon Parse(string yaml, string name = "(inline)")
    {
        var (lexicon, diagnostics) = LexiconReader.Read(yaml, name);
        var firstError = diagnostics.FirstOrDefault(d => d.Severity == LexiconSeverity.Error);
        if (firstError is not null || lexicon is null)
            throw new LexiconException(firstError ?? new LexiconDiagnostic(LexiconSeverity.Error, "schema", name, 0, 0, "the lexicon has no frames"));
        return lexicon;
    }

    /// <summary>
    /// Checks a lexicon file: YAML and pattern syntax errors with line and column, duplicate patterns, patterns
    /// that can never match or match almost everything, and — with a corpus — patterns and frames without hits.
    /// Never throws for a bad lexicon: every problem is a finding.
    /// </summary>
    /// <example><code>FrameLexicon.Lint("frames.yaml", Corpus.Load("seeds")).ToDataFrame()</code></example>
    public static LexiconLint Lint(string path, Corpus? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = ReadFile(path, out var error);
        if (error is not null) return new LexiconLint([error]);
        return LintText(text, path, corpus);
    }

    /// <summary>Lints lexicon YAML given as text (see <see cref="Lint(string, Corpus?)"/>).</summary>
    public static LexiconLint LintText(string yaml, string name, Corpus? corpus = null)
    {
        var (lexicon, diagnostics) = LexiconReader.Read(yaml, name);
        var all = new List<LexiconDiagnostic>(diagnostics);
        if (lexicon is not null && corpus is not null && diagnostics.All(d => d.Severity != LexiconSeverity.Error))
            all.AddRange(LexiconReader.CoverageFindings(lexicon, corpus));
        return new LexiconLint(all);
    }

    private static string ReadFile(string path, out LexiconDiagnostic? error)
    {
        error = null;
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = new LexiconDiagnostic(LexiconSeverity.Error, "file", path, 0, 0, $"cannot read the lexicon: {e.Message}");
            return "";
        }
    }

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>One row per pattern. Columns: frame, label, description, pattern, file, line, column.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = Frames.SelectMany(f => f.Patterns.Select(p => (f, p))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("frame", rows.Select(r => r.f.Id)),
            new StringDataFrameColumn("label", rows.Select(r => r.f.Label)),
            new StringDataFrameColumn("description", rows.Select(r => r.f.Description)),
            new StringDataFrameColumn("pattern", rows.Select(r => r.p.Text)),
            new StringDataFrameColumn("file", rows.Select(r => r.p.File)),
            new Int32DataFrameColumn("line", rows.Select(r => r.p.Line)),
            new Int32DataFrameColumn("column", rows.Select(r => r.p.Column)));
    }
}
