using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using RawMatch = NewsFrames.FrameMatcher.RawMatch;

namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

/// <summary>
/// The matcher's raw matches against <see cref="ReferenceMatcher"/>, a brute-force matcher that shares nothing with it
/// but the pattern parser, the glob test and the tokenizer: the trie, the bit filters, the backward candidate pass, the
/// lazily checked punctuation and the symbol cache are all optimizations whose only job is to give the same answer.
/// Lexicons are drawn at random (seeded) from the text they are matched on, so that most patterns do match.
/// </summary>
public class FrameMatcherReferenceTests(ITestOutputHelper output)
{
    private static readonly Lazy<TokenizedCorpus> Seeds = new(() => Corpus.Load(SharedData.Seeds).Tokenize());

    [Fact]
    public void Seeds_RandomLexicons_MatcherEqualsReference()
    {
        var docs = Seeds.Value.ToArray();
        var tally = new Tally();
        foreach (int seed in new[] { 1, 2, 3, 4, 5, 6, 7, 8 })
            Compare(RandomLexicon(seed, docs, patterns: 60), docs, tally, $"seed {seed}");
        Report("seeds, 8 random lexicons", docs, tally);
        Assert.True(tally.Matches >= 1000, $"only {tally.Matches} reference matches: the comparison is nearly vacuous");
        tally.AssertEveryFeatureMatched();
    }

    [Fact]
    public void Seeds_DefaultLexicon_MatcherEqualsReference()
    {
        var docs = Seeds.Value.ToArray();
        var tally = new Tally();
        Compare(FrameLexicon.Default, docs, tally, "default lexicon");
        Report("seeds, default lexicon", docs, tally);
        // The default lexicon's patterns were each justified by a seed sentence.
        Assert.True(tally.Matches >= 80, $"only {tally.Matches} reference matches of the default lexicon on the seeds");
    }

    [SkippableFact]
    public void Bbc_RandomLexiconsAndDefault_MatcherEqualsReference()
    {
        var corpus = Corpus.Load(SharedData.Data("bbc"));
        // Every seventh article: all five sections, about 320 documents.
        var docs = new Corpus(corpus.Where((_, i) => i % 7 == 0)).Tokenize().ToArray();
        var tally = new Tally();
        foreach (int seed in new[] { 11, 12, 13, 14, 15 })
            Compare(RandomLexicon(seed, docs, patterns: 100), docs, tally, $"seed {seed}");
        Compare(FrameLexicon.Default, docs, tally, "default lexicon");
        Report($"BBC ({docs.Length} articles), 5 random lexicons and the default", docs, tally);
        Assert.True(tally.Matches >= 10_000, $"only {tally.Matches} reference matches: the comparison is nearly vacuous");
        tally.AssertEveryFeatureMatched();
    }

    /// <summary>Hand-made sentences for the rules that random lexicons meet only by chance.</summary>
    private const string EdgeText =
        "Iran-Russia ties deepened. Iran–Russia relations are Russia’s partnership and Russia's partnership. "
        + "The U.S. and the US faltered, Mr. Putin said. Ties were upgraded to a “strategic” level with strategic partners. "
        + "Sanctions, pressure; sanctions \"pressure\" grew. Countering, as ever, the West. We counter it. West wins. "
        + "A fresh 20-year pact, backed by Iran-Russia-China trade, was signed; both nations’ roles grew. "
        + "Iran-Russia’s partnership grew. "
        + "Talks began at dawn, went on through the morning, the long afternoon, the evening and most of the night, with breaks "
        + "for tea, for prayers, for calls to the two capitals and for a short walk outside, and ended at last in a deal on grain. "
        + "It was the end of the alliance";

    private const string LongSentence = "began at dawn, went on through the morning, the long afternoon, the evening and most of the night, with breaks "
        + "for tea, for prayers, for calls to the two capitals and for a short walk outside, and ended";

    private static readonly string[] EdgePatterns =
    [
        "iran russia", "russia relations", "russia-china", "iran-russia-china trade", "russia partnership", "russia's partnership",
        "nations", "nations role", "us", "u.s. falter*", "the us", "mr. putin", "mr putin", "strategic level", "strategic partner*",
        "\"partners\"", "sanctions pressure", "sanctions [0-2] pressure", "counter* [0-3] west*", "counter* [0-20] west*",
        "west", "alliance", "the alliance", "of (the) alliance", "{end|start} of [0-1] alliance", "20 year pact", "\"20-year\"",
        "year [0-1] backed", "trade [1-2] signed", "pact [0-12] roles", "iran [0-2] trade", "russia [0-2] china [0-1] trade",
        // Two gaps from one trie node ("china"), whose targets the walk reaches at the same positions.
        "russia [0-2] china [0-2] trade", "russia [0-2] china [0-3] was",
        "began [0-20] ended", "began [0-20] (never) [0-20] ended", "talks [0-20] (never) [0-20] (ever) [0-20] in",
        "talks [0-20] (never) [0-20] (ever) [0-20] deal",
    ];

    [Fact]
    public void EdgeSentences_MatcherEqualsReference()
    {
        var doc = PatternSyntaxTests.Doc(EdgeText);
        var lexicon = ThreeFrames(EdgePatterns);
        var tally = new Tally();
        Compare(lexicon, [doc], tally, "edge sentences");
        Assert.True(tally.Matches >= 30, $"only {tally.Matches} reference matches on the edge sentences");
    }

    /// <summary>The reference on the edge sentences, against matches written by hand: it must not be wrong the same way.</summary>
    [Theory]
    // "Iran–Russia" (en dash) is two words with punctuation between; the last part of "Iran-Russia’s" ends with the token.
    [InlineData("iran russia", new[] { "Iran-Russia", "Iran-Russia", "Iran-Russia’s" })]
    [InlineData("russia relations", new[] { "Russia relations" })]
    [InlineData("iran-russia-china trade", new[] { "Iran-Russia-China trade" })]
    [InlineData("russia partnership", new[] { "Russia’s partnership", "Russia's partnership", "Russia’s partnership" })]
    [InlineData("nations role", new[] { "nations’ roles" })]
    [InlineData("u.s. falter*", new[] { "US faltered" })] // "U.S." is followed by "and"; "US" is the same word
    [InlineData("the us", new[] { "The U.S.", "the US" })]
    [InlineData("mr. putin", new[] { "Mr. Putin" })]
    [InlineData("strategic level", new[] { "strategic” level" })]
    [InlineData("\"partners\"", new[] { "partners" })]
    [InlineData("sanctions pressure", new[] { "sanctions \"pressure" })]
    [InlineData("sanctions [0-2] pressure", new[] { "Sanctions, pressure", "Sanctions, pressure; sanctions \"pressure", "sanctions \"pressure" })]
    [InlineData("counter* [0-3] west*", new[] { "Countering, as ever, the West" })] // not across "it. West"
    [InlineData("alliance", new[] { "alliance" })] // the text's last word, no final period
    [InlineData("{end|start} of [0-1] alliance", new[] { "end of the alliance" })]
    [InlineData("20 year pact", new[] { "20-year pact" })]
    [InlineData("year [0-1] backed", new[] { "year pact, backed" })]
    [InlineData("russia [0-2] china [0-1] trade", new[] { "Russia-China trade" })]
    // 36 words between "began" and "ended": beyond one gap, within two merged ones (an absent optional between them).
    [InlineData("began [0-20] ended", new string[0])]
    [InlineData("began [0-20] (never) [0-20] ended", new[] { LongSentence })]
    // Three merged gaps reach 40 words, not 60: 40 words lie between "Talks" and "in", 42 between "Talks" and "deal".
    [InlineData("talks [0-20] (never) [0-20] (ever) [0-20] in", new[] { "Talks " + LongSentence + " at last in" })]
    [InlineData("talks [0-20] (never) [0-20] (ever) [0-20] deal", new string[0])]
    public void Reference_EdgeSentences_FindsTheHandWrittenMatches(string pattern, string[] expected)
    {
        var doc = PatternSyntaxTests.Doc(EdgeText);
        var found = ReferenceMatcher.Match(doc, [pattern]).OrderBy(m => m.Start).ThenBy(m => m.End)
            .Select(m => doc.Document.Text[m.Start..m.End]).ToArray();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Reference_MergesGapsAsTheMatcherDocuments()
    {
        // An absent optional between two gaps: they add up, capped at twice the widest gap; gaps at either end are dropped.
        Assert.Equal(["~a [1-40] ~c"], ReferenceMatcher.Expansions("a [1-20] (b) [0-20] (d) [0-20] c").Select(Describe).Where(d => !d.Contains('b') && !d.Contains('d')));
        Assert.Equal(["~a", "~b"], ReferenceMatcher.Expansions("[0-2] {a|b} [1]").Select(Describe));
        Assert.Equal(["~a ~c", "~a ~b ~c", "~x"], ReferenceMatcher.Expansions("a (b) c|x").Select(Describe));

        static string Describe(IReadOnlyList<ReferenceMatcher.Slot> slots) =>
            string.Join(' ', slots.Select(s => s.Word is { } w ? (w.Kind == WordKind.Stem ? "~" : "") + w.Key : $"[{s.Min}-{s.Max}]"));
    }

    // ---- comparing ----

    /// <summary>Every document's raw matches, the matcher's against the reference's, as sets; fails with the first differences.</summary>
    private static void Compare(FrameLexicon lexicon, IReadOnlyList<TokenizedDocument> docs, Tally tally, string what)
    {
        var patterns = lexicon.Frames.SelectMany(f => f.Patterns).Select(p => p.Text).ToArray();
        var raw = new List<RawMatch>();
        var differences = new List<string>();
        int total = 0;
        foreach (var doc in docs)
        {
            raw.Clear();
            lexicon.Matcher.MatchRaw(doc, raw);
            var actual = raw.ToHashSet();
            var expected = ReferenceMatcher.Match(doc, patterns);
            total += expected.Count;
            tally.Add(patterns, expected);
            if (actual.SetEquals(expected)) continue;
            foreach (var m in expected.Except(actual).Take(5)) differences.Add("missed by the matcher: " + Describe(doc, patterns, m));
            foreach (var m in actual.Except(expected).Take(5)) differences.Add("not in the reference: " + Describe(doc, patterns, m));
            if (differences.Count >= 10) break;
        }
        tally.Patterns += patterns.Length;
        tally.Lexicons++;
        Assert.True(differences.Count == 0, $"{what}: the matcher and the reference differ ({total} reference matches so far):\n"
            + string.Join('\n', differences.Take(10)) + "\nlexicon:\n" + string.Join('\n', patterns));
    }

    private static string Describe(TokenizedDocument doc, string[] patterns, RawMatch m)
    {
        string text = doc.Document.Text;
        string sentence = doc.SentenceText(doc.Sentences[m.Sentence]);
        return $"pattern {m.Pattern} '{patterns[m.Pattern]}' in {doc.Document.Id}, sentence {m.Sentence}, [{m.Start}, {m.End}) "
               + $"\"{text[m.Start..m.End]}\" in \"{(sentence.Length > 300 ? sentence[..300] + "…" : sentence)}\"";
    }

    private void Report(string what, IReadOnlyList<TokenizedDocument> docs, Tally tally) =>
        output.WriteLine($"{what}: {tally.Lexicons} lexicons, {tally.Patterns} patterns, {docs.Count} documents, "
                         + $"{docs.Sum(d => d.Sentences.Count)} sentences, {tally.Matches} matches compared; per feature: {tally.Features()}");

    /// <summary>How many reference matches were compared, and how many of them came from patterns with each feature.</summary>
    private sealed class Tally
    {
        private static readonly string[] FeatureNames =
            ["single word", "stem", "exact", "prefix glob", "suffix glob", "other glob", "short gap", "long gap", "two gaps", "optional", "alternatives"];

        private readonly long[] byFeature = new long[FeatureNames.Length];
        private readonly Dictionary<string, bool[]> features = new(StringComparer.Ordinal);

        public long Matches { get; private set; }

        public int Patterns { get; set; }

        public int Lexicons { get; set; }

        public void Add(string[] patterns, HashSet<RawMatch> matches)
        {
            Matches += matches.Count;
            foreach (var m in matches)
            {
                string pattern = patterns[m.Pattern];
                if (!features.TryGetValue(pattern, out var has)) features[pattern] = has = FeaturesOf(pattern);
                for (int f = 0; f < has.Length; f++) if (has[f]) byFeature[f]++;
            }
        }

        public string Features() => string.Join(", ", FeatureNames.Select((name, f) => $"{name} {byFeature[f]}"));

        public void AssertEveryFeatureMatched()
        {
            var missing = FeatureNames.Where((_, f) => byFeature[f] == 0).ToArray();
            Assert.True(missing.Length == 0, "no reference match from patterns with: " + string.Join(", ", missing));
        }

        private static bool[] FeaturesOf(string pattern)
        {
            var parsed = PatternParser.Parse(pattern);
            var words = new List<WordNode>();
            var gaps = new List<GapNode>();
            bool optional = false, alternatives = parsed.Count > 1;
            Walk(parsed);
            var expansions = ReferenceMatcher.Expansions(pattern);
            return
            [
                expansions.All(e => e.Count == 1),
                words.Any(w => w.Kind == WordKind.Stem),
                words.Any(w => w.Kind == WordKind.Exact),
                words.Any(w => w.Kind == WordKind.Glob && IsPrefixGlob(w.Key)),
                words.Any(w => w.Kind == WordKind.Glob && IsPrefixGlob(new string(w.Key.Reverse().ToArray()))),
                words.Any(w => w.Kind == WordKind.Glob && !IsPrefixGlob(w.Key) && !IsPrefixGlob(new string(w.Key.Reverse().ToArray()))),
                gaps.Any(g => g.Max <= 3),
                gaps.Any(g => g.Max > 3),
                expansions.Any(e => e.Count(s => s.Word is null) >= 2),
                optional,
                alternatives,
            ];

            static bool IsPrefixGlob(string glob) => glob.Length > 1 && glob.IndexOf('*', StringComparison.Ordinal) == glob.Length - 1 && !glob.Contains('?', StringComparison.Ordinal);

            void Walk(IReadOnlyList<IReadOnlyList<PatternNode>> alts)
            {
                foreach (var node in alts.SelectMany(a => a))
                {
                    if (node is WordNode w) words.Add(w);
                    else if (node is GapNode g) gaps.Add(g);
                    else if (node is GroupNode group)
                    {
                        optional |= group.Optional;
                        alternatives |= group.Alternatives.Count > 1;
                        Walk(group.Alternatives);
                    }
                }
            }
        }
    }

    // ---- random lexicons ----

    private static FrameLexicon ThreeFrames(IReadOnlyList<string> patterns) =>
        Frames(patterns.Select((p, i) => (Frame: i % 3, Pattern: p)));

    private static FrameLexicon Frames(IEnumerable<(int Frame, string Pattern)> patterns)
    {
        var yaml = new StringBuilder("frames:\n");
        foreach (var frame in patterns.GroupBy(p => p.Frame).OrderBy(g => g.Key))
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: f{frame.Key}\n    label: F{frame.Key}\n    patterns:\n");
            foreach (var (_, pattern) in frame) yaml.Append("      - '").Append(pattern.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
        }
        return FrameLexicon.Parse(yaml.ToString(), "random.yaml");
    }

    /// <summary>
    /// Four frames of patterns drawn from the documents: single words weighted by frequency, and phrases taken from
    /// the text itself (so that they match) with words turned into globs, exact words or optional elements, words
    /// skipped by gaps (that may or may not reach far enough) and alternatives; some patterns are in two frames.
    /// </summary>
    private static FrameLexicon RandomLexicon(int seed, IReadOnlyList<TokenizedDocument> docs, int patterns)
    {
        var random = new Random(seed);
        var sentences = docs.SelectMany(d => d.Sentences.Select(s => ReferenceMatcher.Positions(d, s).Select(p => p.Lower).ToArray()))
            .Where(s => s.Length > 0).ToArray();
        var counts = sentences.SelectMany(s => s).Where(IsPatternWord).CountBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToArray();
        string[] frequent = counts[..Math.Min(60, counts.Length)];
        string[] middle = counts[Math.Min(60, counts.Length)..Math.Min(1500, counts.Length)];

        var list = new List<(int Frame, string Pattern)>();
        var siblings = new List<string>();
        while (list.Count < patterns)
        {
            string? pattern = random.Next(10) switch
            {
                0 => Render(Word()),
                1 => Phrase(random.Next(2, 5)),
                2 => ShortGap(),
                3 => LongGap(),
                4 => TwoGaps(),
                5 => WithOptional(),
                6 => WithAlternative(),
                7 => QuotedPhrase(),
                8 => Hyphenated(),
                _ => Phrase(2),
            };
            if (pattern is null) continue;
            siblings.Add(pattern);
            foreach (string p in siblings)
            {
                int frame = random.Next(4);
                list.Add((frame, p));
                if (random.Next(8) == 0) list.Add(((frame + 1 + random.Next(3)) % 4, p));
            }
            siblings.Clear();
        }
        return Frames(list);


        string Word() => random.Next(3) == 0 ? frequent[random.Next(frequent.Length)] : middle[random.Next(middle.Length)];

        // A run of words of one sentence: the start index and the sentence, or null when the sentence is too short.
        (string[] Sentence, int Start)? Run(int length)
        {
            var s = sentences[random.Next(sentences.Length)];
            if (s.Length < length) return null;
            int start = random.Next(s.Length - length + 1);
            for (int k = start; k < start + length; k++) if (!IsPatternWord(s[k])) return null;
            return (s, start);
        }

        string? Phrase(int length) => Run(length) is { } r ? string.Join(' ', r.Sentence[r.Start..(r.Start + length)].Select(Render)) : null;

        string? QuotedPhrase() => Run(2) is { } r && r.Sentence[r.Start..(r.Start + 2)].All(w => !IsAbbreviation(w)) ? $"\"{r.Sentence[r.Start]} {r.Sentence[r.Start + 1]}\"" : null;

        // Two words of one sentence with d words between them, and a gap that reaches over d words most of the time.
        string? Gapped(int skipMin, int skipMax, string[] gaps)
        {
            int skip = random.Next(skipMin, skipMax + 1);
            if (Run(skip + 2) is not { } r || !IsPatternWord(r.Sentence[r.Start]) || !IsPatternWord(r.Sentence[r.Start + skip + 1])) return null;
            return $"{Render(r.Sentence[r.Start])} {gaps[random.Next(gaps.Length)]} {Render(r.Sentence[r.Start + skip + 1])}";
        }

        string? ShortGap() => Gapped(0, 3, ["[0-1]", "[0-2]", "[1-2]", "[0-3]", "[1]"]);

        string? LongGap() => random.Next(3) == 0
            ? $"{Render(Word())} {(random.Next(2) == 0 ? "[2-12]" : "[0-20]")} {Render(Word())}"
            : Gapped(2, 20, ["[2-12]", "[0-20]", "[4-8]"]);

        string? TwoGaps()
        {
            int a = random.Next(0, 4), b = random.Next(0, 13), c = random.Next(0, 13);
            if (Run(a + b + 3) is not { } r) return null;
            var (s, k) = r;
            string prefix = $"{Render(s[k])} {(random.Next(2) == 0 ? "[0-3]" : "[1-2]")} {Render(s[k + a + 1])}";
            // A sibling with the same prefix and another second gap: two gaps from one trie node, whose targets a walk
            // reaches at the same positions.
            if (random.Next(2) == 0 && k + a + c + 2 < s.Length && IsPatternWord(s[k + a + c + 2])) siblings.Add($"{prefix} {SecondGap()} {Render(s[k + a + c + 2])}");
            return $"{prefix} {SecondGap()} {Render(s[k + a + b + 2])}";

            string SecondGap() => random.Next(3) switch { 0 => "[0-12]", 1 => "[2-20]", _ => "[1-6]" };
        }

        // "a (b) c" from "a b c" or "a c", and sometimes an optional element next to a gap.
        string? WithOptional()
        {
            if (Run(3) is not { } r) return null;
            var (s, k) = r;
            return random.Next(5) switch
            {
                0 => $"{Render(s[k])} ({Render(s[k + 1])}) {Render(s[k + 2])}",
                1 => $"{Render(s[k])} ({Render(Word())}) {Render(s[k + 1])}",
                2 => $"({Render(s[k])}) {Render(s[k + 1])} ({Render(s[k + 2])})",
                3 => $"{Render(s[k])} [0-1] ({Render(Word())}) [0-2] {Render(s[k + 2])}",
                _ => Gapped(13, 30, ["[0-12] (" + Render(Word()) + ") [1-20]", "[0-20] (" + Render(Word()) + ") [0-20]"]),
            };
        }

        string? WithAlternative()
        {
            if (Run(2) is not { } r) return null;
            var (s, k) = r;
            return random.Next(4) switch
            {
                // A node with a dozen edges.
                3 => $"{Render(s[k])} {{{string.Join('|', Enumerable.Range(0, 11).Select(_ => Render(Word())).Append(Render(s[k + 1])).OrderBy(_ => random.Next()))}}}",
                0 => $"{{{Render(s[k])}|{Render(Word())}}} {Render(s[k + 1])}",
                1 => $"{Render(s[k])} {{{Render(Word())} {Render(Word())}|{Render(s[k + 1])}}}",
                _ => $"{Render(s[k])} {Render(s[k + 1])}|{Render(Word())}",
            };
        }

        // A phrase around the parts of a hyphenated word of the text ("iran-russia", "russia relations").
        string? Hyphenated()
        {
            var doc = docs[random.Next(docs.Count)];
            var compounds = Enumerable.Range(0, doc.Tokens.Count).Where(t => doc.Tokens[t].PartCount > 1).ToArray();
            if (compounds.Length == 0) return null;
            int index = compounds[random.Next(compounds.Length)];
            var parts = doc.PartsOf(doc.Tokens[index]).Select(p => doc.Vocabulary[p.Lower]).ToArray();
            if (!parts.All(IsPatternWord)) return null;
            string? next = index + 1 < doc.Tokens.Count ? doc.Vocabulary[doc.Tokens[index + 1].Lower] : null;
            return random.Next(3) switch
            {
                0 => string.Join('-', parts),
                1 => string.Join(' ', parts.Select(Render)),
                _ => next is not null && IsPatternWord(next) ? $"{Render(parts[^1])} {Render(next)}" : null,
            };
        }

        // A word as a stem, an exact word, or a glob (prefix, suffix, '?' or an inner '*'); abbreviations stay words.
        string Render(string word)
        {
            if (IsAbbreviation(word)) return random.Next(2) == 0 ? word : $"\"{word}\"";
            int n = word.Length;
            return random.Next(20) switch
            {
                < 8 => word,
                < 11 => $"\"{word}\"",
                < 14 when n >= 4 => word[..random.Next(1, n)] + "*",
                < 16 when n >= 4 => "*" + word[random.Next(1, n)..],
                < 18 when n >= 2 => Question(word),
                < 20 when n >= 5 => word[..2] + "*" + word[^2..],
                _ => word,
            };
        }

        string Question(string word)
        {
            int at = random.Next(word.Length);
            string glob = word[..at] + "?" + word[(at + 1)..];
            return glob.Any(char.IsLetterOrDigit) ? glob : word;
        }
    }

    private static bool IsAbbreviation(string word) => PatternParser.IsAbbreviation(word);

    /// <summary>A word the pattern syntax can spell: letters and digits, or a dotted abbreviation.</summary>
    private static bool IsPatternWord(string word) => word.Length > 0 && (word.All(char.IsLetterOrDigit) || IsAbbreviation(word));
}

/// <summary>
/// The matcher's documented semantics, brute force: for every expansion of every pattern and every start position of
/// every sentence, try to match. Shares the parser, the glob test and the tokenizer with the matcher, nothing else.
/// </summary>
internal static class ReferenceMatcher
{
    /// <summary>A slot of an expanded pattern: a word, or (Word null) a gap of Min..Max positions.</summary>
    internal sealed record Slot(WordNode? Word, int Min, int Max);

    /// <summary>A position of a sentence: a token, or a part of a hyphenated token, with its lower-case form and stem.</summary>
    internal readonly record struct Position(int Start, int End, bool LaterPart, string Lower, string Stem);

    public static HashSet<RawMatch> Match(TokenizedDocument doc, IReadOnlyList<string> patterns)
    {
        var expansions = patterns.Select(Expansions).ToArray();
        var matches = new HashSet<RawMatch>();
        var ends = new List<int>();
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var positions = Positions(doc, doc.Sentences[s]);
            for (int p = 0; p < patterns.Count; p++)
                foreach (var slots in expansions[p])
                    for (int start = 0; start < positions.Count; start++)
                    {
                        ends.Clear();
                        Ends(slots, 0, start, afterGap: false, positions, doc.Document.Text, ends);
                        foreach (int end in ends) matches.Add(new RawMatch(p, s, positions[start].Start, positions[end - 1].End));
                    }
        }
        return matches;
    }

    /// <summary>Every position just past a match of <paramref name="slots"/>[<paramref name="i"/>..] that starts at <paramref name="pos"/>.</summary>
    private static void Ends(List<Slot> slots, int i, int pos, bool afterGap, List<Position> positions, string text, List<int> ends)
    {
        if (i == slots.Count)
        {
            ends.Add(pos);
            return;
        }
        var slot = slots[i];
        if (slot.Word is null)
        {
            for (int k = slot.Min; k <= slot.Max; k++) Ends(slots, i + 1, pos + k, afterGap: true, positions, text, ends);
            return;
        }
        if (pos >= positions.Count || !Matches(slot.Word, positions[pos])) return;
        // Consecutive words: no punctuation but quotes between them, except inside a hyphenated word. After a gap, anything.
        if (i > 0 && !afterGap && !positions[pos].LaterPart && Breaks(text, positions[pos - 1].End, positions[pos].Start)) return;
        Ends(slots, i + 1, pos + 1, afterGap: false, positions, text, ends);
    }

    private static bool Matches(WordNode word, Position at)
    {
        bool abbreviation = PatternParser.IsAbbreviation(at.Lower);
        string lower = abbreviation ? at.Lower.Replace(".", "", StringComparison.Ordinal) : at.Lower;
        return word.Kind switch
        {
            WordKind.Stem => word.Key == (abbreviation ? lower : at.Stem),
            WordKind.Exact => word.Key == lower,
            _ => Glob.IsMatch(word.Key, lower),
        };
    }

    private static bool Breaks(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && "\"'\u2018\u2019\u201C\u201D\u00AB\u00BB".IndexOf(text[i], StringComparison.Ordinal) < 0) return true;
        return false;
    }

    public static List<Position> Positions(TokenizedDocument doc, SentenceSpan sentence)
    {
        var positions = new List<Position>();
        var vocabulary = doc.Vocabulary;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = doc.Tokens[t];
            if (token.PartCount == 0)
            {
                positions.Add(new Position(token.Start, token.End, false, vocabulary[token.Lower], vocabulary[token.Stem]));
                continue;
            }
            var parts = doc.PartsOf(token).ToArray();
            for (int k = 0; k < parts.Length; k++)
                positions.Add(new Position(parts[k].Start, k == parts.Length - 1 ? token.End : parts[k].End, k > 0,
                    vocabulary[parts[k].Lower], vocabulary[parts[k].Stem]));
        }
        return positions;
    }

    /// <summary>The plain sequences a pattern stands for: alternatives and optional groups multiplied out, gaps merged.</summary>
    public static List<List<Slot>> Expansions(string pattern) =>
        Expand(PatternParser.Parse(pattern)).Select(MergeGaps).Where(s => s.Count > 0).ToList();

    private static IEnumerable<List<Slot>> Expand(IReadOnlyList<IReadOnlyList<PatternNode>> alternatives) =>
        alternatives.SelectMany(seq => Expand(seq, 0));

    private static IEnumerable<List<Slot>> Expand(IReadOnlyList<PatternNode> seq, int from)
    {
        if (from == seq.Count)
        {
            yield return [];
            yield break;
        }
        IEnumerable<List<Slot>> heads = seq[from] switch
        {
            WordNode w => [[new Slot(w, 0, 0)]],
            GapNode g => [[new Slot(null, g.Min, g.Max)]],
            GroupNode { Optional: true } group => Expand(group.Alternatives).Prepend([]),
            GroupNode group => Expand(group.Alternatives),
            _ => throw new InvalidOperationException(),
        };
        foreach (var head in heads)
            foreach (var tail in Expand(seq, from + 1))
                yield return [.. head, .. tail];
    }

    /// <summary>Adjacent gaps add up (at most twice the widest gap); a gap at either end is dropped.</summary>
    private static List<Slot> MergeGaps(List<Slot> slots)
    {
        var merged = new List<Slot>();
        foreach (var slot in slots)
        {
            if (slot.Word is null && merged.Count > 0 && merged[^1].Word is null)
                merged[^1] = new Slot(null, merged[^1].Min + slot.Min, Math.Min(merged[^1].Max + slot.Max, 2 * PatternParser.MaxGap));
            else merged.Add(slot);
        }
        int first = merged.FindIndex(s => s.Word is not null), last = merged.FindLastIndex(s => s.Word is not null);
        return first < 0 ? [] : merged[first..(last + 1)];
    }
}
