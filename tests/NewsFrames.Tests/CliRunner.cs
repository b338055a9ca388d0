using NewsFrames.Cli;

namespace NewsFrames.Tests;

/// <summary>Runs the `newsframes` command in-process, capturing what it writes to standard error.</summary>
internal static class CliRunner
{
    /// <summary>The exit code and the standard-error text of one run. Callers belong to <see cref="ConsoleCollection"/>.</summary>
    public static async Task<(int Code, string Error)> Run(params string[] args)
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            return (await NewsFramesCommand.RunAsync(args), error.ToString());
        }
        finally { Console.SetError(saved); }
    }
}
