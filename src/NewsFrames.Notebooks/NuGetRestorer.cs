using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace NewsFrames.Notebooks;

/// <summary>
/// Restores <c>#r "nuget: Name, Version"</c> packages the way the .NET Interactive kernel did: a generated project
/// with one PackageReference per package, <c>dotnet restore</c> against the configured sources plus the
/// <c>#i</c> ones, then the runtime assemblies read from project.assets.json. A restore is cached by its inputs,
/// so the second run of a notebook does not touch the network.
/// </summary>
internal sealed class NuGetRestorer(string cacheRoot, string? packagesPath, TimeSpan timeout)
{
    /// <summary>Restores the packages (all of them together, so shared dependencies agree) and returns the runtime dll paths.</summary>
    public IReadOnlyList<string> Restore(IReadOnlyList<(string Name, string? Version)> packages, IReadOnlyList<string> sources)
    {
        var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", "net" + Environment.Version.ToString(2)),
                new XElement("ManagePackageVersionsCentrally", "false"),
                new XElement("ImportDirectoryBuildProps", "false"),
                new XElement("ImportDirectoryBuildTargets", "false"),
                new XElement("ImportDirectoryPackagesProps", "false"),
                sources.Count > 0 ? new XElement("RestoreAdditionalProjectSources", string.Join(';', sources)) : null,
                packagesPath is not null ? new XElement("RestorePackagesPath", packagesPath) : null),
            new XElement("ItemGroup", packages.Select(p => new XElement("PackageReference",
                new XAttribute("Include", p.Name), new XAttribute("Version", p.Version ?? "*")))));
        string text = project.ToString();
        string folder = Path.Combine(cacheRoot, Hash(text));
        string assets = Path.Combine(folder, "obj", "project.assets.json");
        // A floating version ("*") must be resolved again; a pinned one is cached for good.
        bool cached = File.Exists(assets) && packages.All(p => p.Version is not null);
        if (!cached)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "restore.csproj"), text);
            RunRestore(folder, packages);
        }
        return RuntimeAssemblies(assets);
    }

    private void RunRestore(string folder, IReadOnlyList<(string Name, string? Version)> packages)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["restore", "restore.csproj", "--nologo", "-v", "quiet"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet restore");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet restore of {Describe(packages)} took longer than {timeout.TotalSeconds:0} s and was stopped.");
        }
        if (process.ExitCode != 0)
        {
            string output = (stdout.Result + "\n" + stderr.Result).Trim();
            var errors = output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct().Take(5);
            throw new InvalidOperationException($"dotnet restore of {Describe(packages)} failed (exit {process.ExitCode}): " + string.Join(" | ", errors.DefaultIfEmpty(output)));
        }
    }

    private static string Describe(IEnumerable<(string Name, string? Version)> packages) =>
        string.Join(", ", packages.Select(p => p.Version is null ? p.Name : $"{p.Name} {p.Version}"));

    /// <summary>The runtime assemblies of every package in the restore graph (placeholders "_._" skipped).</summary>
    internal static IReadOnlyList<string> RuntimeAssemblies(string assetsPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var root = document.RootElement;
        string packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject().First().Value;
        var paths = new List<string>();
        foreach (var entry in target.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Value.GetProperty("type").GetString() != "package") continue;
            if (!entry.Value.TryGetProperty("runtime", out var runtime)) continue;
            string libraryPath = libraries.GetProperty(entry.Name).GetProperty("path").GetString()!;
            foreach (var file in runtime.EnumerateObject())
            {
                if (file.Name.EndsWith("_._", StringComparison.Ordinal)) continue;
                paths.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file.Name)));
            }
        }
        return paths;
    }

    private static string DotnetHost()
    {
        // Under `dotnet test` / `dotnet run` the SDK says which host it is; otherwise the process itself may be it.
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        return "dotnet";
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
