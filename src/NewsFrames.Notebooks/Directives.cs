using System.Text.RegularExpressions;

namespace NewsFrames.Notebooks;

/// <summary>The kind of a line that the engine handles itself before Roslyn sees the cell.</summary>
internal enum DirectiveKind { ReferenceFile, ReferencePackage, PackageSource, Kernel }

/// <summary>One directive line: <c>#r "x.dll"</c>, <c>#r "nuget: Name, 1.0"</c>, <c>#i "nuget: source"</c>, <c>#!kernel</c>.</summary>
internal sealed record Directive(DirectiveKind Kind, int Line, string Value, string? Version = null);

/// <summary>
/// Splits a cell into its directives and the C# that Roslyn compiles. Directive lines become empty lines, so the
/// line numbers in compiler errors stay those of the cell.
/// </summary>
internal static partial class Directives
{
    /// <summary>Kernel names that mean this engine's C#.</summary>
    public static readonly IReadOnlySet<string> CSharpKernels =
        new HashSet<string>(["csharp", "c#", "C#", "cs"], StringComparer.OrdinalIgnoreCase);

    public static (List<Directive> Directives, string Code, string? Error) Parse(string source)
    {
        var directives = new List<Directive>();
        var lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            string trimmed = line.TrimStart();
            int lineNumber = i + 1;
            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                string kernel = trimmed[2..].Trim();
                directives.Add(new Directive(DirectiveKind.Kernel, lineNumber, kernel));
                lines[i] = "";
                continue;
            }
            var match = QuotedDirective().Match(trimmed);
            if (!match.Success) continue;
            string verb = match.Groups["verb"].Value;
            string value = match.Groups["value"].Value.Trim();
            bool nuget = value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase);
            string rest = nuget ? value["nuget:".Length..].Trim() : value;
            if (verb == "i")
            {
                if (!nuget) return (directives, "", $"line {lineNumber}: #i accepts only \"nuget: <source>\" (a package source folder or URL).");
                directives.Add(new Directive(DirectiveKind.PackageSource, lineNumber, rest));
            }
            else if (nuget)
            {
                string[] parts = rest.Split(',', 2, StringSplitOptions.TrimEntries);
                if (parts[0].Length == 0) return (directives, "", $"line {lineNumber}: #r \"nuget: ...\" needs a package name: #r \"nuget: Name, Version\".");
                directives.Add(new Directive(DirectiveKind.ReferencePackage, lineNumber, parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
            }
            else
            {
                directives.Add(new Directive(DirectiveKind.ReferenceFile, lineNumber, rest));
            }
            lines[i] = "";
        }
        return (directives, string.Join('\n', lines), null);
    }

    [GeneratedRegex("""^#(?<verb>[ri])\s+"(?<value>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex QuotedDirective();
}
