using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsFrames;

/// <summary>
/// Reads lexicon YAML into frames, collecting every problem as a located finding (never throwing for bad input),
/// so that <see cref="FrameLexicon.Parse"/> can report the first error and lint can report them all.
/// </summary>
internal static partial class LexiconReader
{
    private static readonly HashSet<string> RootKeys = ["frames", "extends", "version"];
    private static readonly HashSet<string> FrameKeys = ["id", "label", "description", "patterns"];

    public static (FrameLexicon? Lexicon, List<LexiconDiagnostic> Diagnostics) Read(string yaml, string file)
    {
        var found = new List<LexiconDiagnostic>();
        void Error(string code, Mark at, string message, string? frame = null, string? pattern = null) =>
            found.Add(new LexiconDiagnostic(LexiconSeverity.Error, code, file, (int)at.Line, (int)at.Column, message, frame, pattern));
        void Warn(string code, Mark at, string message, string? frame = null, string? pattern = null) =>
            found.Add(new LexiconDiagnostic(LexiconSeverity.Warning, code, file, (int)at.Line, (int)at.Column, message, frame, pattern));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            found.Add(new LexiconDiagnostic(LexiconSeverity.Error, "yaml", file, (int)e.Start.Line, (int)e.Start.Column,
                YamlMessage(e) + Hint(yaml, (int)e.Start.Line)));
            return (null, found);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 0 ? stream.Documents[0].RootNode.Start : Mark.Empty;
            Error("schema", at, "a lexicon is a mapping with a 'frames' list (see the default lexicon's header)");
            return (null, found);
        }

        var frames = new List<Frame>();
        var ids = new Dictionary<string, Mark>(StringComparer.Ordinal);
        bool extendsDefault = false;
        YamlSequenceNode? frameList = null;
        foreach (var (keyNode, value) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "frames" when value is YamlSequenceNode seq: frameList = seq; break;
                case "frames": Error("schema", value.Start, "'frames' must be a list of frames"); break;
                case "extends" when value is YamlScalarNode { Value: "default" }: extendsDefault = true; break;
                case "extends": Error("schema", value.Start, "'extends' can only be 'default' (the embedded lexicon)"); break;
                case "version" when value is YamlScalarNode { Value: "1" }: break;
                case "version": Error("schema", value.Start, "unsupported 'version'; this NewsFrames reads version 1"); break;
                default: Error("schema", keyNode.Start, $"unknown key '{key}' (expected one of: {string.Join(", ", RootKeys.Order(StringComparer.Ordinal))})"); break;
            }
        }
        if (frameList is null)
        {
            if (!found.Any(d => d.Severity == LexiconSeverity.Error)) Error("schema", root.Start, "the lexicon has no 'frames' list");
            return (null, found);
        }

        var seen = new Dictionary<string, (string Frame, Mark At)>(StringComparer.Ordinal);
        foreach (var frameNode in frameList.Children)
        {
            if (frameNode is not YamlMappingNode map)
            {
                Error("schema", frameNode.Start, "each frame is a mapping with id, label, description and patterns");
                continue;
            }
            string? id = null, label = null, description = null;
            YamlNode? patternsNode = null;
            foreach (var (keyNode, value) in map.Children)
            {
                string key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!FrameKeys.Contains(key))
                {
                    Error("schema", keyNode.Start, $"unknown frame key '{key}' (expected one of: id, label, description, patterns)");
                    continue;
                }
                if (key == "patterns")
                {
                    patternsNode = value;
                    continue;
                }
                if (value is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
                {
                    Error("schema", value.Start, $"'{key}' must be a non-empty text");
                    continue;
                }
                string text = scalar.Value.Trim();
                if (key == "id") id = text;
                else if (key == "label") label = text;
                else description = text;
            }

            if (id is null)
            {
                Error("schema", map.Start, "frame without an 'id'");
                continue;
            }
            var idNode = map.Children.First(kv => (kv.Key as YamlScalarNode)?.Value == "id").Value;
            if (!IdRegex().IsMatch(id)) Error("schema", idNode.Start, $"frame id '{id}' may contain only letters, digits, '-' and '_'", id);
            if (ids.TryGetValue(id, out var first)) Error("schema", idNode.Start, $"frame id '{id}' is already used on line {first.Line}", id);
            else ids[id] = idNode.Start;

            var patterns = new List<FramePattern>();
            if (patternsNode is not YamlSequenceNode patternSeq || patternSeq.Children.Count == 0)
            {
                Error("schema", (patternsNode ?? map).Start, $"frame '{id}' needs a non-empty 'patterns' list", id);
            }
            else
            {
                foreach (var p in patternSeq.Children)
                {
                    if (p is not YamlScalarNode { Value: { } ptext } ps || string.IsNullOrWhiteSpace(ptext))
                    {
                        Error("schema", p.Start, "a pattern is a text, e.g. strategic partner*", id);
                        continue;
                    }
                    // Columns inside the pattern are reported in file coordinates: add the opening quote of a quoted scalar.
                    int offset = ps.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
                    IReadOnlyList<IReadOnlyList<PatternNode>> parsed;
                    try
                    {
                        parsed = PatternParser.Parse(ptext);
                    }
                    catch (PatternSyntaxException e)
                    {
                        bool oneLine = ps.Start.Line == ps.End.Line;
                        var at = oneLine ? new Mark(ps.Start.Index, ps.Start.Line, ps.Start.Column + offset + e.Column - 1) : ps.Start;
                        Error(e.Message.Contains("never match", StringComparison.Ordinal) ? "never-matches" : "syntax", at,
                            $"pattern '{ptext}': {e.Message}", id, ptext);
                        continue;
                    }
                    if (PatternParser.CountExpansions(parsed) > FrameMatcher.MaxExpansions)
                    {
                        Error("syntax", ps.Start, $"pattern '{ptext}' expands to more than {FrameMatcher.MaxExpansions} alternatives; split it into several patterns", id, ptext);
                        continue;
                    }
                    string canonical = PatternParser.Describe(parsed);
                    if (seen.TryGetValue(canonical, out var prior))
                    {
                        Warn("duplicate", ps.Start, prior.Frame == id
                            ? $"pattern '{ptext}' duplicates the pattern on line {prior.At.Line} of the same frame"
                            : $"pattern '{ptext}' is also a pattern of frame '{prior.Frame}' (line {prior.At.Line}); both frames will count it", id, ptext);
                        if (prior.Frame == id) continue;
                    }
                    else seen[canonical] = (id, ps.Start);
                    if (IsBroad(parsed)) Warn("broad", ps.Start, $"pattern '{ptext}' matches any token", id, ptext);
                    patterns.Add(new FramePattern(ptext, id, file, (int)ps.Start.Line, (int)ps.Start.Column));
                }
            }
            frames.Add(new Frame(id, label ?? id, description ?? "", patterns));
        }

        if (found.Any(d => d.Severity == LexiconSeverity.Error)) return (null, found);
        string fingerprint = FrameLexicon.Hash(yaml);
        if (extendsDefault)
        {
            // A user frame with a default frame's id replaces it; new frames follow the default ones.
            var replaced = FrameLexicon.Default.Frames.Select(f => frames.FirstOrDefault(u => u.Id == f.Id) ?? f);
            frames = replaced.Concat(frames.Where(u => FrameLexicon.Default.Frames.All(f => f.Id != u.Id))).ToList();
            fingerprint = FrameLexicon.Hash(FrameLexicon.Default.Fingerprint + "\n" + yaml);
        }
        if (frames.Count == 0)
        {
            Error("schema", frameList.Start, "the lexicon has no frames");
            return (null, found);
        }
        return (new FrameLexicon(frames, file, fingerprint), found);
    }

    /// <summary>Patterns and frames with no hits in <paramref name="corpus"/> (lint with a corpus).</summary>
    public static IEnumerable<LexiconDiagnostic> CoverageFindings(FrameLexicon lexicon, Corpus corpus)
    {
        var counts = lexicon.Matcher.CountPatternMatches(corpus.Tokenize());
        int k = 0;
        foreach (var frame in lexicon.Frames)
        {
            int frameTotal = 0;
            foreach (var p in frame.Patterns)
            {
                int c = counts[k++];
                frameTotal += c;
                if (c == 0 && p.File == lexicon.Source)
                    yield return new LexiconDiagnostic(LexiconSeverity.Info, "no-hits", p.File, p.Line, p.Column,
                        $"pattern '{p.Text}' has no match in the corpus ({corpus.Count} documents)", frame.Id, p.Text);
            }
            if (frameTotal == 0)
            {
                var at = frame.Patterns.Count > 0 ? frame.Patterns[0] : null;
                yield return new LexiconDiagnostic(LexiconSeverity.Warning, "frame-no-hits", at?.File ?? lexicon.Source, at?.Line ?? 0, at?.Column ?? 0,
                    $"frame '{frame.Id}' has no hit in the corpus ({corpus.Count} documents)", frame.Id);
            }
        }
    }

    private static bool IsBroad(IReadOnlyList<IReadOnlyList<PatternNode>> parsed) =>
        parsed.Any(seq => seq.Count > 0 && seq.All(n => n is GapNode || n is WordNode { Kind: WordKind.Glob } w && w.Key.Trim('*').Length == 0));

    private static string YamlMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the location is reported separately.
        string m = e.Message;
        int cut = m.IndexOf("): ", StringComparison.Ordinal);
        return "YAML: " + (m.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? m[(cut + 3)..] : m);
    }

    private static string Hint(string yaml, int line)
    {
        string[] lines = yaml.ReplaceLineEndings("\n").Split('\n');
        if (line < 1 || line > lines.Length) return "";
        for (int l = Math.Max(0, line - 2); l < Math.Min(lines.Length, line + 1); l++)
        {
            string t = lines[l].TrimStart();
            if (t.StartsWith("- ", StringComparison.Ordinal) && t.Length > 2 && t[2] is '{' or '[' or '*' or '"' or '&' or '!' or '|' or '>' or '%' or '@' or '`')
                return $" (hint: a pattern that starts with '{t[2]}' must be put in single quotes, e.g. - '{t[2..]}')";
        }
        return "";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdRegex();
}
