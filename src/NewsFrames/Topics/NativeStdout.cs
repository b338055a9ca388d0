using System.Runtime.InteropServices;

namespace NewsFrames;

/// <summary>
/// Silences the process's standard output (file descriptor 1) around a call into native code that prints to it:
/// ML.NET's LDA (LdaNative) writes progress with printf, which would corrupt CSV or JSON written to stdout.
/// </summary>
/// <remarks>
/// On Linux and macOS the descriptor is pointed at /dev/null with dup/dup2 and restored afterwards, after flushing
/// the C library's buffers so that nothing printed during the call appears later. Elsewhere the call runs as is.
/// Anything else written to stdout by another thread during the call is lost, so it is used only around training.
/// </remarks>
internal static partial class NativeStdout
{
    private const int StdoutFd = 1;
    private const int WriteOnly = 1;

    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int from, int to);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "fflush")]
    private static extern int Fflush(IntPtr stream);

    [DllImport("libc", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Open(string path, int flags);

    private static readonly Lock Gate = new();

    public static T Silence<T>(Func<T> action)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return action();
        lock (Gate)
        {
            int saved;
            try
            {
                // Console.Out is not flushed here: .NET's stdout writer autoflushes, and a notebook session may have
                // replaced it with a capturing writer that another thread is using.
                Fflush(IntPtr.Zero);
                saved = Dup(StdoutFd);
                int devNull = Open("/dev/null", WriteOnly);
                if (saved < 0 || devNull < 0)
                {
                    if (saved >= 0) Close(saved);
                    return action();
                }
                Dup2(devNull, StdoutFd);
                Close(devNull);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return action();
            }
            try
            {
                return action();
            }
            finally
            {
                Fflush(IntPtr.Zero);
                Dup2(saved, StdoutFd);
                Close(saved);
            }
        }
    }
}
