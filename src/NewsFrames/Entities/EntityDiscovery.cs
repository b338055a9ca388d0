using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Options of <see cref="EntityDiscovery"/>.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>Candidates seen fewer times than this are left out. Default 2.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>The longest candidate, in words. Default 6.</summary>
    public int MaxWords { get; init; } = 6;
}

/// <summary>A capitalised name the gazetteer does not cover.</summary>
/// <param name="Candidate">The name, as most often written.</param>
/// <param name="Count">Occurrences.</param>
/// <param name="Documents">Documents it occurs in.</param>
/// <param name="Example">The first sentence it occurs in.</param>
/// <param name="ExampleDocument">The id of the document of the example.</param>
public sealed record EntityCandidate(string Candidate, int Count, int Documents, string Example, string ExampleDocument);

/// <summary>
/// Candidate entities: capitalised word sequences the gazetteer does not cover, with counts and an example sentence.
/// Choose the real ones and write them to a gazetteer file with <see cref="WriteGazetteer"/>.
/// </summary>
/// <example>
/// <code>
/// var candidates = Corpus.Load("seeds").DiscoverEntities();
/// candidates.ToDataFrame();
/// candidates.WriteGazetteer("my-gazetteer.yaml", EntityType.Person, "Youssef Joe Rajji", "Sam Nujoma");
/// var mentions = corpus.Entities(Gazetteer.Load("my-gazetteer.yaml"));
/// </code>
/// </example>
public sealed class EntityCandidates : IReadOnlyList<EntityCandidate>, ITabularResult
{
    private readonly EntityCandidate[] candidates;

    internal EntityCandidates(EntityCandidate[] candidates) => this.candidates = candidates;

    /// <inheritdoc/>
    public int Count => candidates.Length;

    /// <inheritdoc/>
    public EntityCandidate this[int index] => candidates[index];

    /// <inheritdoc/>
    public IEnumerator<EntityCandidate> GetEnumerator() => ((IEnumerable<EntityCandidate>)candidates).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first <paramref name="n"/> candidates (most frequent first).</summary>
    public EntityCandidates Top(int n) => new(candidates.Take(n).ToArray());

    /// <summary>Gazetteer entities of one type for the chosen names (each name its own entity, no aliases).</summary>
    public IReadOnlyList<GazetteerEntity> Choose(EntityType type, params string[] names) =>
        names.Select(n => new GazetteerEntity(n.Trim(), type)).ToArray();

    /// <summary>
    /// Adds the chosen names, as entities of <paramref name="type"/>, to a gazetteer file that extends the default
    /// (created when missing; entities already in it are kept). Load it with <see cref="Gazetteer.Load"/>.
    /// </summary>
    public void WriteGazetteer(string path, EntityType type, params string[] names) => GazetteerWriter.Write(path, Choose(type, names));

    /// <summary>Columns: candidate, count, documents, example, example_document.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("candidate", candidates.Select(c => c.Candidate)),
        new Int32DataFrameColumn("count", candidates.Select(c => c.Count)),
        new Int32DataFrameColumn("documents", candidates.Select(c => c.Documents)),
        new StringDataFrameColumn("example", candidates.Select(c => c.Example)),
        new StringDataFrameColumn("example_document", candidates.Select(c => c.ExampleDocument)));
}

/// <summary>
/// Finds capitalised names the gazetteer misses. A word is evidence of a name only when, outside headings and
/// tables, it is written capitalised in mid-sentence more often than in lower case; so words capitalised only
/// because they open a sentence or stand in a title-case heading ("Historic Milestone in Bilateral Ties") or a
/// table of figures (Reuters' "Shr 1.20 dlrs vs 1.05 dlrs") are not proposed.
/// </summary>
public static class EntityDiscovery
{
    // Inside a name ("Ministry of Foreign Affairs", "Bashar al-Assad" spelled apart), never at its edges.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "al", "bin", "de", "la", "van", "von", "for", "du", "del", "da" };

    // A company's legal form on its own is not a name ("Inc" after a covered "BP North America").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "llc", "lp", "sa", "ag", "nv", "bv", "gmbh", "spa", "bhd", "pty", "pte", "kk",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    };

    /// <summary>Candidates in a corpus for the default (or given) gazetteer.</summary>
    /// <example><code>var candidates = Corpus.Load("seeds").DiscoverEntities();</code></example>
    public static EntityCandidates DiscoverEntities(this Corpus corpus, Gazetteer? gazetteer = null, DiscoveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Entities(gazetteer).DiscoverEntities(options);
    }

    /// <summary>Candidates not covered by these mentions.</summary>
    /// <example><code>var candidates = corpus.Entities(myGazetteer).DiscoverEntities();</code></example>
    public static EntityCandidates DiscoverEntities(this EntityMentions mentions, DiscoveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        options ??= new DiscoveryOptions();
        var tokens = mentions.Tokens;
        var vocabulary = tokens.Vocabulary;
        var stop = StopWords.English;
        var titles = new HashSet<string>(mentions.Gazetteer.Titles.Where(t => !t.Contains(' ', StringComparison.Ordinal)).Select(t => t.ToLowerInvariant()), StringComparer.Ordinal);
        var titlePhrases = new HashSet<string>(mentions.Gazetteer.Titles.Select(t => t.ToLowerInvariant()), StringComparer.Ordinal);

        // Pass 1: how each lower-case word is written where capitals are a choice (mid-sentence, running text).
        var capitalised = new Dictionary<int, int>();
        var lower = new Dictionary<int, int>();
        var skipSentence = new bool[tokens.Count][];
        for (int d = 0; d < tokens.Count; d++)
        {
            var doc = tokens[d];
            skipSentence[d] = new bool[doc.Sentences.Count];
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                var sentence = doc.Sentences[s];
                if (skipSentence[d][s] = IsHeadingOrTable(doc, sentence, stop)) continue;
                for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
                {
                    var token = doc.Tokens[t];
                    if (token.Kind != TokenKind.Word || !char.IsLetter(doc.Document.Text[token.Start])) continue;
                    var counts = token.Has(TokenFlags.Capitalized) ? capitalised : char.IsLower(doc.Document.Text[token.Start]) ? lower : null;
                    if (counts is not null) counts[token.Lower] = counts.GetValueOrDefault(token.Lower) + 1;
                }
            }
        }
        bool NameLike(in Token token) =>
            token.Kind is TokenKind.Word or TokenKind.Abbreviation && token.Has(TokenFlags.Capitalized)
            && capitalised.GetValueOrDefault(token.Lower) > lower.GetValueOrDefault(token.Lower)
            && !Calendar.Contains(vocabulary[token.Lower]);

        // Pass 2: maximal runs of name-like words not covered by a mention.
        var byDocument = mentions.ToLookup(m => m.DocumentIndex);
        var found = new Dictionary<string, Acc>(StringComparer.Ordinal);
        for (int d = 0; d < tokens.Count; d++)
        {
            var doc = tokens[d];
            var covered = new bool[doc.Tokens.Count];
            foreach (var m in byDocument[d])
                for (int t = m.FirstToken; t < m.EndToken; t++) covered[t] = true;
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                var sentence = doc.Sentences[s];
                int t = sentence.FirstToken;
                bool heading = skipSentence[d][s];
                // In running text a capitalised word that is not itself evidence of a name ("New", "Oil") may be part of
                // one ("New York", "Standard Oil Co") when a name-like word follows; never as a sentence's first word.
                bool Member(int i) => NameLike(doc.Tokens[i]) || !heading && i > sentence.FirstToken && CapitalisedWord(doc.Tokens[i]);
                bool Excluded(int i) => covered[i] || stop.Contains(vocabulary[doc.Tokens[i].Lower]) || titles.Contains(vocabulary[doc.Tokens[i].Lower]);
                while (t < sentence.EndToken)
                {
                    if (Excluded(t) || !Member(t))
                    {
                        t++;
                        continue;
                    }
                    int end = t + 1, lastName = NameLike(doc.Tokens[t]) ? t : -1;
                    while (end < sentence.EndToken && end - t < options.MaxWords + 2 && !doc.Tokens[end - 1].Has(TokenFlags.Possessive)
                           && !covered[end] && !doc.Tokens[end].Has(TokenFlags.AfterPunctuation))
                    {
                        var next = doc.Tokens[end];
                        if (NameLike(next)) lastName = end;
                        else if (!Member(end) && !Connectors.Contains(vocabulary[next.Lower])) break;
                        end++;
                    }
                    if (lastName < 0)
                    {
                        t++;
                        continue;
                    }
                    int words = lastName - t + 1;
                    if (words <= options.MaxWords && Acceptable(doc, t, lastName))
                    {
                        string key = string.Join(' ', Enumerable.Range(t, words).Select(i => vocabulary[doc.Tokens[i].Lower]));
                        int start = doc.Tokens[t].Start, stopAt = doc.Tokens[lastName].Start + vocabulary[doc.Tokens[lastName].Form].Length;
                        string surface = doc.Document.Text[start..stopAt].ReplaceLineEndings(" ");
                        if (!found.TryGetValue(key, out var acc))
                            found[key] = acc = new Acc(doc.SentenceText(sentence).ReplaceLineEndings(" "), doc.Document.Id);
                        acc.Add(surface, d);
                    }
                    t = lastName + 1;
                }
            }
        }

        var result = found
            .Where(kv => kv.Value.Count >= options.MinCount && !titlePhrases.Contains(kv.Key)) // "Foreign Minister" is a title, not a name
            .Select(kv => kv.Value)
            .Select(a => new EntityCandidate(a.Surface(), a.Count, a.Documents, a.Example, a.ExampleDocument))
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.Documents).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .ToArray();
        return new EntityCandidates(result);
    }

    private static bool CapitalisedWord(in Token token) => token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized);

    /// <summary>Two letters at least, no digits, and not a company's legal form alone.</summary>
    private static bool Acceptable(TokenizedDocument doc, int first, int last)
    {
        int letters = 0;
        for (int i = first; i <= last; i++)
        {
            var token = doc.Tokens[i];
            foreach (char c in doc.Document.Text.AsSpan(token.Start, token.Length))
            {
                if (char.IsDigit(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
        }
        return letters >= 2 && !(first == last && LegalForms.Contains(doc.Vocabulary[doc.Tokens[first].Lower]));
    }

    /// <summary>
    /// A title-case heading (most content words capitalised, no closing full stop), a shouted all-capitals line, or a row of a table of
    /// figures (numbers make up a third of its tokens): capitals there say nothing about names.
    /// </summary>
    private static bool IsHeadingOrTable(TokenizedDocument doc, SentenceSpan sentence, StopWords stop)
    {
        int words = 0, caps = 0, allCaps = 0, numbers = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind == TokenKind.Number) { numbers++; continue; }
            if (token.Kind != TokenKind.Word) continue;
            if (token.Has(TokenFlags.AllCaps)) allCaps++;
            if (stop.Contains(doc.Vocabulary[token.Lower]) && !token.Has(TokenFlags.Capitalized)) continue;
            words++;
            if (token.Has(TokenFlags.Capitalized)) caps++;
        }
        if (sentence.TokenCount > 0 && numbers * 3 >= sentence.TokenCount) return true;
        if (words >= 2 && allCaps * 2 > words) return true;
        return words >= 3 && caps * 5 >= words * 4 && !EndsWithTerminal(doc.Document.Text, sentence);
    }

    private static bool EndsWithTerminal(string text, SentenceSpan sentence)
    {
        int i = sentence.End - 1;
        while (i > sentence.Start && text[i] is '"' or '”' or '’' or '\'' or ')' or ']' || i > sentence.Start && char.IsWhiteSpace(text[i])) i--;
        return text[i] is '.' or '!' or '?' or '…';
    }

    private sealed class Acc(string example, string exampleDocument)
    {
        private readonly Dictionary<string, int> surfaces = new(StringComparer.Ordinal);
        private int lastDocument = -1;

        public string Example { get; } = example.Length > 300 ? example[..297] + "..." : example;
        public string ExampleDocument { get; } = exampleDocument;
        public int Count { get; private set; }
        public int Documents { get; private set; }

        public void Add(string surface, int document)
        {
            Count++;
            surfaces[surface] = surfaces.GetValueOrDefault(surface) + 1;
            if (document != lastDocument)
            {
                lastDocument = document;
                Documents++;
            }
        }

        public string Surface() => surfaces.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }
}
