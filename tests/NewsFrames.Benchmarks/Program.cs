using System.Globalization;
using BenchmarkDotNet.Running;
using NewsFrames.Benchmarks.Harness;

namespace NewsFrames.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsFrames.Benchmarks -- harness</c>: the end-to-end table.
/// <c>dotnet run -c Release --project tests/NewsFrames.Benchmarks -- stages [BenchmarkDotNet arguments]</c>: per-stage micro-benchmarks.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "help";
        var options = Options(args.Skip(1).ToArray());
        string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
        int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        switch (mode)
        {
            case "harness":
            {
                string? data = options.TryGetValue("data", out var d) ? d : DataLocator.Reuters();
                if (data is null || !Directory.Exists(data))
                {
                    Console.Error.WriteLine("Reuters-21578 not found: pass --data <folder with reut2-*.sgm> (expected ../shared/data/reuters21578).");
                    return 2;
                }
                int[] cores = Get("cores", $"1,{Environment.ProcessorCount}").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Distinct().ToArray();
                return EndToEnd.Execute(Path.GetFullPath(data), GetInt("replicate", 8), cores, !options.ContainsKey("no-peer"),
                    Get("python", "/usr/bin/python3"), options.TryGetValue("out", out var o) ? o : null,
                    options.TryGetValue("stages", out var st) ? st.Split(',').ToHashSet(StringComparer.Ordinal) : null, options.ContainsKey("quick"));
            }
            case "measure":
                return Child.Run(Get("stage", ""), GetInt("cores", 1), GetInt("replicate", 1), Get("data", DataLocator.Reuters() ?? ""), GetInt("repeat", 1), GetInt("patterns", 0));
            case "checksum":
                return Profile.Checksum(Get("data", DataLocator.Reuters() ?? ""), options.GetValueOrDefault("corpus"));
            case "frames-ratio":
                return Profile.FramesRatio(Get("data", DataLocator.Reuters() ?? ""), GetInt("rounds", 15));
            case "allocations":
                return Profile.Allocations(Get("data", DataLocator.Reuters() ?? ""), GetInt("replicate", 1), GetInt("cores", 1), options.ContainsKey("generic"));
            case "hits-digest":
                return Profile.HitsDigest(Get("data", DataLocator.Reuters() ?? ""));
            case "scan-parts":
                return ScanParts.Run(Get("data", DataLocator.Reuters() ?? ""), GetInt("rounds", 10));
            case "parts":
                return Profile.Parts(Get("data", DataLocator.Reuters() ?? ""), GetInt("rounds", 4));
            case "profile":
                return Profile.Run(Get("data", DataLocator.Reuters() ?? ""), GetInt("rounds", 5));
            case "stages":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            default:
                Console.WriteLine("""
                    NewsFrames benchmarks
                      harness [--data DIR] [--replicate 8] [--cores 1,2] [--stages load,frames,...] [--quick] [--no-peer] [--python /usr/bin/python3] [--out FILE.md]
                          the end-to-end table (every stage in a fresh process pinned to N cores) and the scikit-learn ratio
                      stages [BenchmarkDotNet arguments, e.g. --filter *Tokenize*]
                          per-stage BenchmarkDotNet runs
                    """);
                return mode == "help" ? 0 : 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            string name = args[i][2..];
            options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
        }
        return options;
    }
}

/// <summary>Finds ../shared/data/reuters21578 from the working directory or the build output.</summary>
internal static class DataLocator
{
    public static string? Reuters()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "reuters21578");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
