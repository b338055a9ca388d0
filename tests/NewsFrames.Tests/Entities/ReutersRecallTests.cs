using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

/// <summary>
/// Recall of the default gazetteer's countries against the PLACES tags of Reuters-21578: for each story, is the
/// tagged country found in its title and body? The figures are reported, not asserted as a threshold (issue 5), except
/// that the matcher must find a tagged country wherever its name is literally in the text.
/// </summary>
public class ReutersRecallTests(ITestOutputHelper output)
{
    // Reuters PLACES tags whose gazetteer name is not the tag with '-' read as ' ' (case-insensitive).
    private static readonly Dictionary<string, string> TagNames = new(StringComparer.Ordinal)
    {
        ["usa"] = "United States", ["uk"] = "United Kingdom", ["ussr"] = "Soviet Union", ["uae"] = "United Arab Emirates",
        ["trinidad-tobago"] = "Trinidad and Tobago", ["yemen-arab-republic"] = "North Yemen", ["yemen-demo-republic"] = "South Yemen",
        ["kampuchea"] = "Cambodia", ["us-virgin-islands"] = "US Virgin Islands",
    };

    internal sealed record Figures(int Pairs, int Covered, int NamePresent, int FoundWhereNamePresent, int FoundNamesOnly, int FoundAllClasses);

    internal static Figures Measure(IReadOnlyList<ReutersStory> stories)
    {
        var gazetteer = Gazetteer.Default;
        var tagged = stories.Where(s => s.Places.Count > 0 && s.TitleAndBody.Length > 0).ToArray();
        // The loader's document (hard-wrapped body lines joined into paragraphs), with the title as its first paragraph.
        var texts = tagged.Select(s => s.ToDocument()).Select((doc, i) => tagged[i].Title is { } title ? title + "\n\n" + doc.Text : doc.Text).ToArray();
        var corpus = new Corpus(tagged.Select((s, i) => new Document { Id = s.NewId.ToString(System.Globalization.CultureInfo.InvariantCulture), File = s.File, Text = texts[i] }));
        var tokens = corpus.Tokenize();
        var names = tokens.Entities(gazetteer, new EntityMatchOptions { Demonyms = false, Capitals = false, Roles = false })
            .Select(m => (m.DocumentIndex, m.Entity)).ToHashSet();
        var all = tokens.Entities(gazetteer).Select(m => (m.DocumentIndex, m.Entity)).ToHashSet();
        int pairs = 0, covered = 0, present = 0, foundPresent = 0, foundNames = 0, foundAll = 0;
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        for (int d = 0; d < tagged.Length; d++)
        {
            foreach (string tag in tagged[d].Places)
            {
                pairs++;
                var entity = gazetteer.Find(TagNames.GetValueOrDefault(tag) ?? tag.Replace('-', ' '));
                if (entity is null) continue;
                covered++;
                if (names.Contains((d, entity.Name))) foundNames++;
                if (all.Contains((d, entity.Name))) foundAll++;
                // Independent check of "the name is in the text": a regular expression over the raw text, whole words,
                // all-capitals forms case-sensitive, others case-insensitive but capitalised in the text.
                if (!patterns.TryGetValue(entity.Name, out var regex)) patterns[entity.Name] = regex = NamePattern(entity);
                if (regex.IsMatch(texts[d]))
                {
                    present++;
                    if (names.Contains((d, entity.Name))) foundPresent++;
                }
            }
        }
        return new Figures(pairs, covered, present, foundPresent, foundNames, foundAll);
    }

    private static Regex NamePattern(GazetteerEntity entity)
    {
        var forms = new[] { entity.Name }.Concat(entity.Aliases ?? []).Select(form =>
        {
            var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
                w.Count(char.IsUpper) >= 2 && !w.Any(char.IsLower) ? Regex.Escape(w)
                : char.IsUpper(w[0]) ? $"(?:{Regex.Escape(w)}|{Regex.Escape(w.ToUpperInvariant())})"
                : $"(?i:{Regex.Escape(w)})");
            return string.Join(@"\s+", words);
        });
        return new Regex(@"(?<![\p{L}\p{N}.])(?:" + string.Join("|", forms) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }

    [SkippableFact]
    public void Reuters_TaggedCountries_AreFoundWhereTheirNameIsInTheText()
    {
        // One of the 22 files (1,000 stories) keeps the test to a few seconds; the full figures are in the README.
        var stories = ReutersSgml.Read(Path.Combine(SharedData.Data("reuters21578"), "reut2-000.sgm"));
        var f = Measure(stories);
        output.WriteLine($"tagged pairs {f.Pairs}, covered by the gazetteer {f.Covered}, name in text {f.NamePresent}, " +
            $"found where the name is in the text {f.FoundWhereNamePresent}, found by names {f.FoundNamesOnly}, with demonyms/capitals {f.FoundAllClasses}");
        Assert.True(f.FoundWhereNamePresent >= 0.99 * f.NamePresent, $"{f.FoundWhereNamePresent}/{f.NamePresent}");
    }

    // Measured 2026-11-27 on all 21,578 stories (16 s): 22,791 tagged (story, place) pairs, all 22,791 covered by the
    // default gazetteer; the name (or an alias) is in the text for 10,218 of them and the matcher finds 10,179 (0.9962 —
    // the rest are mostly "America" inside "North/Latin America", which the regular expression counts and the matcher
    // rightly does not); found by names and aliases 10,181 / 22,791 = 0.447; with demonyms and capitals 12,397 = 0.544.
    [SkippableFact]
    public void Reuters_FullCollection_Figures()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("NEWSFRAMES_FULL_REUTERS") == "1", "set NEWSFRAMES_FULL_REUTERS=1 to measure all 21,578 stories");
        var f = Measure(ReutersSgml.Read(SharedData.Data("reuters21578")));
        output.WriteLine(f.ToString());
    }
}
