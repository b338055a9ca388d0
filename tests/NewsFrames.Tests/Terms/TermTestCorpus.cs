namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

/// <summary>Tiny in-memory corpora whose numbers are worked out by hand in the tests' comments.</summary>
internal static class TermTestCorpus
{
    public static Document Doc(string id, string source, string text, DateTime? date = null) =>
        new() { Id = id, File = id + ".txt", Source = source, Text = text, Date = date };

    /// <summary>
    /// d1 (A): Iran, and, Russia, Iran’s, partnership, grew — 6 tokens.
    /// d2 (A): Russia, cooperates, cooperation, grows, in, 2026 — 6 tokens.
    /// d3 (B): The, Iran-Russia, partnership, the, partnerships — 5 tokens. 17 in all.
    /// </summary>
    public static Corpus Small() => new([
        Doc("d1", "A", "Iran and Russia. Iran’s partnership grew."),
        Doc("d2", "A", "Russia cooperates; cooperation grows in 2026."),
        Doc("d3", "B", "The Iran-Russia partnership, the partnerships."),
    ]);
}
