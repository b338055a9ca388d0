namespace NewsFrames.Tests;

/// <summary>
/// Tests that swap <see cref="Console.Out"/>/<see cref="Console.Error"/> (CLI commands) or route them (notebook
/// sessions) share process-wide state, so they run one at a time, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name, for <c>[Collection(ConsoleCollection.Name)]</c>.</summary>
    public const string Name = "Console";
}
