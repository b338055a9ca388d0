using System.Text.RegularExpressions;

namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

public class FrameLexiconTests
{
    [Fact]
    public void Default_HasTheNineFramesOfTheIssue_EachWithLabelDescriptionAndPatterns()
    {
        var lexicon = FrameLexicon.Default;
        Assert.Equal(["counterbalance", "partnership", "multipolarity", "sanctions", "milestone", "security", "economy", "nuclear", "tensions"],
            lexicon.Frames.Select(f => f.Id).ToArray());
        Assert.All(lexicon.Frames, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.False(string.IsNullOrWhiteSpace(f.Description));
            Assert.DoesNotContain('\n', f.Description);
            Assert.NotEmpty(f.Patterns);
        });
        Assert.Equal(FrameLexicon.DefaultName, lexicon.Source);
    }

    [Fact]
    public void Default_LintsWithoutErrorsOrWarnings()
    {
        var lint = FrameLexicon.LintText(FrameLexicon.DefaultYaml, "frames.yaml");
        Assert.DoesNotContain(lint.Diagnostics, d => d.Severity != LexiconSeverity.Info);
    }

    /// <summary>Every pattern is justified by a comment above it quoting a seed sentence; the quotes must really be in the seeds.</summary>
    [Fact]
    public void Default_EveryPatternIsPrecededByACitationThatOccursInTheSeeds()
    {
        string seeds = string.Join("\n", Directory.GetFiles(SharedData.Seeds, "*.txt").Select(File.ReadAllText));
        string[] lines = FrameLexicon.DefaultYaml.Split('\n');
        bool inPatterns = false, cited = false;
        var uncited = new List<string>();
        var missing = new List<string>();
        foreach (string line in lines)
        {
            string t = line.Trim();
            if (t.StartsWith("patterns:", StringComparison.Ordinal)) { inPatterns = true; cited = false; continue; }
            if (t.StartsWith("- id:", StringComparison.Ordinal)) { inPatterns = false; continue; }
            if (!inPatterns) continue;
            if (t.StartsWith('#'))
            {
                foreach (Match m in Regex.Matches(t, "\"([^\"]+)\""))
                {
                    cited = true;
                    if (!seeds.Contains(m.Groups[1].Value, StringComparison.Ordinal)) missing.Add(m.Groups[1].Value);
                }
            }
            else if (t.StartsWith("- ", StringComparison.Ordinal) && !cited) uncited.Add(t);
        }
        Assert.Empty(missing);
        // Consecutive patterns may share the comment above them; the first pattern of every frame must have one.
        Assert.Empty(uncited);
    }

    [Fact]
    public void Parse_ReadsFramesPatternsAndTheirLocations()
    {
        var lexicon = FrameLexicon.Parse("""
            version: 1
            frames:
              - id: trade
                label: Trade
                description: Trade and commerce.
                patterns:
                  - trade
                  - '{free|bilateral} trade'
            """, "my.yaml");
        var frame = Assert.Single(lexicon.Frames);
        Assert.Equal(("trade", "Trade", "Trade and commerce."), (frame.Id, frame.Label, frame.Description));
        Assert.Equal(["trade", "{free|bilateral} trade"], frame.Patterns.Select(p => p.Text).ToArray());
        Assert.Equal("my.yaml:7:9", frame.Patterns[0].Location);
        Assert.Equal("my.yaml:8:9", frame.Patterns[1].Location);
    }

    [Fact]
    public void ExtendsDefault_ReplacesFramesWithTheSameIdAndAddsNewOnes()
    {
        var lexicon = FrameLexicon.Parse("""
            extends: default
            frames:
              - id: nuclear
                label: Nuclear only
                patterns: [nuclear]
              - id: energy
                label: Energy
                patterns: [energy, oil, gas]
            """, "mine.yaml");
        var ids = lexicon.Frames.Select(f => f.Id).ToArray();
        Assert.Equal(FrameLexicon.Default.Frames.Select(f => f.Id).Append("energy").ToArray(), ids);
        var nuclear = lexicon.Frames.Single(f => f.Id == "nuclear");
        Assert.Equal("Nuclear only", nuclear.Label);
        Assert.Equal(["nuclear"], nuclear.Patterns.Select(p => p.Text).ToArray());
        Assert.NotEqual(FrameLexicon.Default.Fingerprint, lexicon.Fingerprint);
    }

    [Fact]
    public void Fingerprint_ChangesWhenThePatternsChange()
    {
        const string A = "frames:\n  - id: a\n    label: A\n    patterns: [trade]\n";
        Assert.Equal(FrameLexicon.Parse(A).Fingerprint, FrameLexicon.Parse(A).Fingerprint);
        Assert.NotEqual(FrameLexicon.Parse(A).Fingerprint, FrameLexicon.Parse(A.Replace("trade", "trades", StringComparison.Ordinal)).Fingerprint);
    }

    [Theory]
    // YAML that does not parse: line and column from the YAML parser, with a hint for unquoted pattern starts.
    [InlineData("frames:\n  - id: a\n    label: A\n    patterns:\n      - {us|west} hegemony\n", 5, "single quotes")]
    [InlineData("frames:\n  - id: a\n   label: A\n", 3, "YAML")]
    // Schema errors point at the offending node.
    [InlineData("frame:\n  - id: a\n", 1, "unknown key 'frame'")]
    [InlineData("frames:\n  - id: a\n    lable: A\n    patterns: [x]\n", 3, "unknown frame key 'lable'")]
    [InlineData("frames:\n  - label: A\n    patterns: [x]\n", 2, "without an 'id'")]
    [InlineData("frames:\n  - id: a b\n    patterns: [x]\n", 2, "may contain only")]
    [InlineData("frames:\n  - id: a\n    patterns: [x]\n  - id: a\n    patterns: [y]\n", 4, "already used on line 2")]
    [InlineData("frames:\n  - id: a\n    label: A\n", 2, "non-empty 'patterns'")]
    [InlineData("frames:\n  - id: a\n    patterns: []\n", 3, "non-empty 'patterns'")]
    [InlineData("frames: 3\n", 1, "must be a list")]
    [InlineData("- a\n- b\n", 1, "mapping with a 'frames' list")]
    [InlineData("extends: other\nframes: []\n", 1, "'extends' can only be 'default'")]
    [InlineData("frames:\n  - id: a\n    patterns:\n      - [x, y]\n", 4, "a pattern is a text")]
    // Pattern syntax errors carry the column inside the file.
    [InlineData("frames:\n  - id: a\n    patterns:\n      - strategic (partner\n", 4, "'(' is not closed")]
    public void BadLexicon_OneClearErrorWithFileAndLine(string yaml, int line, string message)
    {
        var e = Assert.Throws<LexiconException>(() => FrameLexicon.Parse(yaml, "bad.yaml"));
        Assert.Equal("bad.yaml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.yaml:{line}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternError_ColumnPointsAtTheCharacterInTheFile()
    {
        var e = Assert.Throws<LexiconException>(() => FrameLexicon.Parse("frames:\n  - id: a\n    patterns:\n      - strategic (partner\n      - 'a [9-1] b'\n", "f.yaml"));
        Assert.Equal((4, 19), (e.Line, e.Column));   // the '(' of "strategic (partner"
        var lint = FrameLexicon.LintText("frames:\n  - id: a\n    patterns:\n      - strategic (partner\n      - 'a [9-1] b'\n", "f.yaml");
        Assert.Equal(["f.yaml:4:19", "f.yaml:5:12"], lint.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}").ToArray());
        Assert.False(lint.IsValid);
    }

    [Fact]
    public void Load_MissingFile_IsALexiconErrorNamingTheFile()
    {
        using var temp = SharedData.TempFolder();
        string path = Path.Combine(temp.Path, "absent.yaml");
        var e = Assert.Throws<LexiconException>(() => FrameLexicon.Load(path));
        Assert.Equal(path, e.File);
        Assert.Contains("cannot read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsAFileAndLeavesItUnchanged()
    {
        using var temp = SharedData.TempFolder();
        const string Yaml = "frames:\n  - id: a\n    label: A\n    patterns: [trade]\n";
        string path = temp.Write("f.yaml", Yaml);
        var lexicon = FrameLexicon.Load(path);
        Assert.Equal(path, lexicon.Source);
        Assert.Equal($"{path}:4:16", lexicon.Frames[0].Patterns[0].Location);
        Assert.Equal(Yaml, File.ReadAllText(path));
    }

    [Fact]
    public void Lint_ReportsDuplicatesBroadPatternsAndPatternsWithoutHits()
    {
        const string Yaml = """
            frames:
              - id: a
                label: A
                patterns:
                  - strategic partner
                  - strategic  partners
                  - '*'
              - id: b
                label: B
                patterns:
                  - strategic partner
                  - zebra crossing
              - id: c
                label: C
                patterns: [unicorn]
            """;
        var corpus = new Corpus([new Document { Id = "1", File = "1.txt", Text = "A strategic partner. Another strategic partner." }]);
        var lint = FrameLexicon.LintText(Yaml, "l.yaml", corpus);
        Assert.True(lint.IsValid);
        var found = lint.Diagnostics.Select(d => $"{d.Line}:{d.Code}:{d.Frame}").ToArray();
        Assert.Equal(["6:duplicate:a", "7:broad:a", "11:duplicate:b", "12:no-hits:b", "15:frame-no-hits:c", "15:no-hits:c"], found);
        Assert.Equal(8, lint.ToDataFrame().Columns.Count);
    }
}
