using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFrames.Notebooks;

namespace NewsFrames.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class CSharpSessionTests
{
    private static string Plain(JsonObject output) => NotebookAssert.Text(output["data"]?["text/plain"]);

    private static JsonObject Single(CellResult result, string type) =>
        Assert.Single(result.Outputs, o => (string?)o["output_type"] == type);

    [Fact]
    public async Task Submit_TrailingExpression_IsTheExecuteResult()
    {
        var session = new CSharpSession();
        var result = await session.SubmitAsync("var x = 20;\nx + 22");
        Assert.True(result.Succeeded);
        var output = Assert.Single(result.Outputs);
        Assert.Equal("execute_result", (string?)output["output_type"]);
        Assert.Equal("42", Plain(output));
        Assert.Equal(1, (int?)output["execution_count"]);
    }

    [Fact]
    public async Task Submit_StatementOnly_HasNoOutput()
    {
        var result = await new CSharpSession().SubmitAsync("var x = 1;");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public async Task Submit_TrailingNull_ShowsNull()
    {
        // A trailing expression whose value is null is still a value (Roslyn's HasReturnValue), unlike a statement.
        var result = await new CSharpSession().SubmitAsync("string? s = null;\ns");
        Assert.Equal("<null>", Plain(Single(result, "execute_result")));
    }

    [Fact]
    public async Task Submit_StateAndDefaultImportsCarryOver()
    {
        var session = new CSharpSession();
        await session.SubmitAsync("var words = new List<string> { \"b\", \"a\", \"c\" };");
        var result = await session.SubmitAsync("string.Join(\",\", words.OrderBy(w => w))");
        Assert.Equal("a,b,c", Plain(Single(result, "execute_result")));
        Assert.Equal(2, result.ExecutionCount);
    }

    [Fact]
    public async Task Submit_ConsoleAndDisplay_KeepTheirOrder()
    {
        var result = await new CSharpSession().SubmitAsync(
            "Console.Write(\"one \");\nConsole.WriteLine(\"two\");\nConsole.Error.WriteLine(\"careful\");\ndisplay(new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.Int32DataFrameColumn(\"n\", new[] { 7, 8 })));\nConsole.WriteLine(\"three\");");
        Assert.True(result.Succeeded);
        Assert.Equal(["stream", "stream", "display_data", "stream"], result.Outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("one two\n", NotebookAssert.Text(result.Outputs[0]["text"]));
        Assert.Equal("stdout", (string?)result.Outputs[0]["name"]);
        Assert.Equal("careful\n", NotebookAssert.Text(result.Outputs[1]["text"]));
        Assert.Equal("stderr", (string?)result.Outputs[1]["name"]);
        string html = NotebookAssert.Text(result.Outputs[2]["data"]?["text/html"]);
        Assert.Contains("<table", html);
        Assert.Contains(">8</td>", html);
        Assert.Contains("8", Plain(result.Outputs[2]));
        Assert.Equal("three\n", NotebookAssert.Text(result.Outputs[3]["text"]));
    }

    [Fact]
    public async Task Submit_DisplayExtension_Works()
    {
        var result = await new CSharpSession().SubmitAsync("\"shown\".Display();");
        Assert.Equal("shown", Plain(Single(result, "display_data")));
    }

    [Fact]
    public async Task Submit_CompileError_NamesCellLineAndCode()
    {
        var result = await new CSharpSession().SubmitAsync("var z = 1;\nz = nope;", "cell 7");
        Assert.False(result.Succeeded);
        var error = Single(result, "error");
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.StartsWith("cell 7, line 2, column 5: error CS0103", (string?)error["evalue"]);
    }

    [Fact]
    public async Task Submit_Exception_NamesLine_AndSessionGoesOn()
    {
        var session = new CSharpSession();
        var result = await session.SubmitAsync("int y = 41;\n\nthrow new InvalidOperationException(\"boom\");", "cell 3");
        var error = Single(result, "error");
        Assert.Equal("InvalidOperationException", (string?)error["ename"]);
        Assert.Equal("cell 3, line 3: boom", (string?)error["evalue"]);
        Assert.Contains("System.InvalidOperationException: boom", NotebookAssert.Text(error["traceback"]?[0]));
        // Variables assigned before the throw survive, as in the .NET Interactive kernel.
        var next = await session.SubmitAsync("y + 1");
        Assert.Equal("42", Plain(Single(next, "execute_result")));
    }

    [Fact]
    public async Task Submit_DirectiveLines_DoNotShiftLineNumbers()
    {
        var result = await new CSharpSession().SubmitAsync("#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\n#!csharp\nvar q = ;", "cell 2");
        Assert.StartsWith("cell 2, line 3,", (string?)Single(result, "error")["evalue"]);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "#!fsharp")]
    [InlineData("#!pwsh\nGet-Date", "#!pwsh")]
    public async Task Submit_OtherKernel_ReportedNotDropped(string code, string magic)
    {
        var result = await new CSharpSession().SubmitAsync(code, "cell 4");
        var error = Single(result, "error");
        Assert.Equal("UnsupportedKernel", (string?)error["ename"]);
        Assert.Contains("cell 4, line 1: " + magic + " is not supported", (string?)error["evalue"]);
    }

    [Fact]
    public async Task Submit_NuGetPackageTheEngineCarries_ResolvesWithoutRestore()
    {
        using var temp = SharedData.TempFolder();
        var session = new CSharpSession(new SessionOptions { NuGetCacheFolder = temp.Path, NuGetPackagesFolder = temp.Path });
        var result = await session.SubmitAsync("#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\nusing Microsoft.Data.Analysis;\nnew DataFrame(new StringDataFrameColumn(\"s\", new[] { \"x\" })).Rows.Count");
        Assert.True(result.Succeeded, string.Join("\n", result.Outputs.Select(o => o.ToJsonString())));
        Assert.Equal("1", Plain(Single(result, "execute_result")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path)); // nothing was restored
    }

    [Fact]
    public async Task Submit_ReferenceDll_RelativeToBaseDirectory()
    {
        using var temp = SharedData.TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "lib"));
        CompileLibrary(Path.Combine(temp.Path, "lib", "GreeterLib.dll"), "GreeterLib",
            "namespace GreeterLib; public static class Greeter { public static string Hello(string name) => \"hello \" + name; }");
        var session = new CSharpSession(new SessionOptions { BaseDirectory = temp.Path });
        var result = await session.SubmitAsync("#r \"lib/GreeterLib.dll\"\nGreeterLib.Greeter.Hello(\"notebook\")");
        Assert.True(result.Succeeded, string.Join("\n", result.Outputs.Select(o => o.ToJsonString())));
        Assert.Equal("hello notebook", Plain(Single(result, "execute_result")));
    }

    [Fact]
    public async Task Submit_ReferenceMissingDll_ErrorNamesFullPath()
    {
        using var temp = SharedData.TempFolder();
        var result = await new CSharpSession(new SessionOptions { BaseDirectory = temp.Path }).SubmitAsync("#r \"nothere/Missing.dll\"\n1", "cell 1");
        var error = Single(result, "error");
        Assert.Equal("ReferenceError", (string?)error["ename"]);
        Assert.Contains("cell 1: line 1: #r \"nothere/Missing.dll\": " + Path.Combine(temp.Path, "nothere", "Missing.dll") + " does not exist", (string?)error["evalue"]);
    }

    [Fact]
    public async Task Submit_NuGetFromLocalSource_RestoresAndLoads()
    {
        // A tiny package in a local folder feed (#i), restored into a temporary packages folder: nothing is
        // downloaded and nothing is left in ~/.nuget.
        using var temp = SharedData.TempFolder();
        string feed = Path.Combine(temp.Path, "feed");
        Directory.CreateDirectory(feed);
        string dll = Path.Combine(temp.Path, "build", "NewsFramesTinyPackage.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        CompileLibrary(dll, "NewsFramesTinyPackage", "namespace Tiny; public static class Answer { public static int Value => 42; }");
        WritePackage(Path.Combine(feed, "NewsFramesTinyPackage.1.0.0.nupkg"), "NewsFramesTinyPackage", "1.0.0", dll);
        var session = new CSharpSession(new SessionOptions
        {
            BaseDirectory = temp.Path,
            NuGetCacheFolder = Path.Combine(temp.Path, "cache"),
            NuGetPackagesFolder = Path.Combine(temp.Path, "packages"),
        });
        var result = await session.SubmitAsync("#i \"nuget: feed\"\n#r \"nuget: NewsFramesTinyPackage, 1.0.0\"\nTiny.Answer.Value");
        Assert.True(result.Succeeded, string.Join("\n", result.Outputs.Select(o => o.ToJsonString())));
        Assert.Equal("42", Plain(Single(result, "execute_result")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "packages", "newsframestinypackage", "1.0.0", "lib", "netstandard2.0", "NewsFramesTinyPackage.dll")));
    }

    [Fact]
    public async Task Submit_CellPastTimeout_FailsAndStopsTheSession()
    {
        var session = new CSharpSession(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(200) });
        var slow = await session.SubmitAsync("System.Threading.Thread.Sleep(3000);", "cell 1");
        Assert.Equal("CellTimeout", (string?)Single(slow, "error")["ename"]);
        var next = await session.SubmitAsync("1 + 1", "cell 2");
        var error = Single(next, "error");
        Assert.Equal("SessionStopped", (string?)error["ename"]);
        Assert.StartsWith("cell 2 was not run: cell 1 did not finish", (string?)error["evalue"]);
    }

    internal static void CompileLibrary(string path, string name, string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emit = compilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
    }

    private static void WritePackage(string nupkg, string id, string version, string dll)
    {
        using var zip = System.IO.Compression.ZipFile.Open(nupkg, System.IO.Compression.ZipArchiveMode.Create);
        var nuspec = zip.CreateEntry(id + ".nuspec");
        using (var writer = new StreamWriter(nuspec.Open()))
            writer.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata><id>{id}</id><version>{version}</version><authors>tests</authors><description>test package</description></metadata>
                </package>
                """);
        var lib = zip.CreateEntry($"lib/netstandard2.0/{Path.GetFileName(dll)}");
        using var target = lib.Open();
        using var bytes = File.OpenRead(dll);
        bytes.CopyTo(target);
    }
}
