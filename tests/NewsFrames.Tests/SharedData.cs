namespace NewsFrames.Tests;

/// <summary>
/// Locates the repository and the `shared/` folder that sits beside it (`../shared` from the repository root;
/// CI clones the repository with `shared/` as a sibling). Tests that need real data skip when it is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<string?> SharedRootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(RepoRoot); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
        }
        return null;
    });

    /// <summary>The repository root (the folder holding Analysis.sln).</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>The repository's seeds folder.</summary>
    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    /// <summary>The path of a file or folder under shared/data; skips the test when shared/ is absent.</summary>
    public static string Data(string relative)
    {
        Skip.If(SharedRootLazy.Value is null, "../shared is absent: this test needs the real data in ../shared/data.");
        string path = Path.Combine(SharedRootLazy.Value!, "data", relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{path} is absent.");
        return path;
    }

    /// <summary>A fresh temporary folder, deleted when the returned scope is disposed.</summary>
    public static TempFolder TempFolder() => new();
}

/// <summary>A temporary folder for one test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsframes-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Write(string relative, byte[] content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
