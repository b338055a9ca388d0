namespace NewsFrames;

/// <summary>
/// The gazetteer compiled against one corpus vocabulary: a trie over lower-case token ids, with the case rule of
/// every alias word checked on a candidate match. Longest match first; the tokens of a match are not matched again;
/// a hyphenated compound with no whole match is matched part by part ("Iran-Russia" mentions both).
/// </summary>
/// <remarks>
/// Case rules per alias word: written in capitals in the gazetteer ("US", "U.S.", "NATO") → the text must have exactly
/// that form; capitalised ("Iran") → the text word must start upper-case ("Iran", "IRAN", not "iran"); lower-case
/// ("nuclear deal") → any case. A match does not run across a sentence boundary, across punctuation the alias does
/// not have, or past a possessive the alias does not have ("Iran’s Foreign Ministry" is not "Iran Foreign Ministry").
/// Thread-safe once compiled.
/// </remarks>
internal sealed class EntityMatcher
{
    private enum CaseRule : byte { Any, Capitalized, Exact }

    private readonly record struct WordRule(CaseRule Case, int FormId, bool Possessive, bool AfterPunctuation);

    private sealed record Terminal(int Entity, AliasKind Kind, WordRule[] Rules);

    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public List<Terminal>? Terminals;
    }

    private readonly Node entityRoot = new();
    private readonly Node titleRoot = new();
    private readonly GazetteerEntity[] entities;
    private readonly EntityMatchOptions options;

    private EntityMatcher(Gazetteer gazetteer, EntityMatchOptions options)
    {
        entities = gazetteer.Entities.ToArray();
        this.options = options;
    }

    public static EntityMatcher Compile(Gazetteer gazetteer, Vocabulary vocabulary, EntityMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var matcher = new EntityMatcher(gazetteer, options ?? EntityMatchOptions.Default);
        var scratch = new Vocabulary();
        for (int e = 0; e < matcher.entities.Length; e++)
        {
            // Names and aliases before demonyms, capitals and roles: the first passing terminal at a node wins.
            foreach (var (surface, kind) in matcher.entities[e].SurfaceForms().OrderBy(s => s.Kind))
                if (matcher.options.Includes(kind)) Add(matcher.entityRoot, surface, e, kind, vocabulary, scratch, relaxCapitals: false);
        }
        foreach (var title in gazetteer.Titles) Add(matcher.titleRoot, title, -1, AliasKind.Alias, vocabulary, scratch, relaxCapitals: true);
        return matcher;
    }

    private static void Add(Node root, string surface, int entity, AliasKind kind, Vocabulary vocabulary, Vocabulary scratch, bool relaxCapitals)
    {
        var tokens = new List<Token>();
        Tokenizer.Scan(surface, scratch, tokens, []);
        if (tokens.Count == 0) return;
        var rules = new WordRule[tokens.Count];
        var node = root;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // An alias word the corpus never contains cannot match: skip the alias rather than grow the corpus vocabulary.
            if (!vocabulary.TryGetId(scratch[t.Lower], out int lowerId)) return;
            var rule = t.Has(TokenFlags.AllCaps) ? CaseRule.Exact : t.Has(TokenFlags.Capitalized) && !relaxCapitals ? CaseRule.Capitalized : CaseRule.Any;
            int formId = -1;
            if (rule == CaseRule.Exact && !vocabulary.TryGetId(scratch[t.Form], out formId)) return;
            rules[i] = new WordRule(rule, formId, t.Has(TokenFlags.Possessive), i > 0 && t.Has(TokenFlags.AfterPunctuation));
            node.Next ??= [];
            if (!node.Next.TryGetValue(lowerId, out var next)) node.Next[lowerId] = next = new Node();
            node = next;
        }
        (node.Terminals ??= []).Add(new Terminal(entity, kind, rules));
    }

    /// <summary>All mentions in one document, in text order.</summary>
    public List<EntityMention> Match(TokenizedDocument doc, int documentIndex)
    {
        var mentions = new List<EntityMention>();
        var tokens = doc.Tokens;
        string source = doc.Document.SourceOrUnknown;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            int sentenceMentions = mentions.Count;
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (Longest(entityRoot, tokens, i, sentence.EndToken, out var terminal, out int length))
                {
                    mentions.Add(Mention(doc, documentIndex, source, terminal!, s, sentence.Paragraph,
                        tokens[i].Start, End(doc, tokens[i + length - 1]), i, length));
                    i += length;
                    continue;
                }
                var token = tokens[i];
                if (token.PartCount > 1)
                {
                    int p = token.FirstPart, partEnd = token.FirstPart + token.PartCount;
                    while (p < partEnd)
                    {
                        if (Longest(entityRoot, doc.Parts, p, partEnd, out var partTerminal, out int partLength))
                        {
                            mentions.Add(Mention(doc, documentIndex, source, partTerminal!, s, sentence.Paragraph,
                                doc.Parts[p].Start, doc.Parts[p + partLength - 1].End, i, 1));
                            p += partLength;
                        }
                        else p++;
                    }
                }
                i++;
            }
            if (options.AbsorbTitles && mentions.Count > sentenceMentions)
                AbsorbTitles(doc, mentions, sentenceMentions, sentence);
        }
        return mentions;
    }

    private EntityMention Mention(TokenizedDocument doc, int documentIndex, string source, Terminal terminal,
        int sentence, int paragraph, int start, int end, int firstToken, int tokenCount)
    {
        var entity = entities[terminal.Entity];
        return new EntityMention(documentIndex, doc.Document.Id, doc.Document.File, source, entity.Name, entity.Type, terminal.Kind,
            doc.Document.Text[start..end], sentence, paragraph, start, end, firstToken, tokenCount);
    }

    /// <summary>The end of a token without its possessive suffix.</summary>
    private static int End(TokenizedDocument doc, in Token token)
    {
        if (token.Has(TokenFlags.Possessive) && token.Length > 2 && doc.Document.Text[token.End - 1] is 's' or 'S') return token.End - 2;
        return token.End;
    }

    /// <summary>True for a mention of one part of a hyphenated compound ("Iran" in "Iran-Russia").</summary>
    private static bool IsPart(TokenizedDocument doc, EntityMention mention) =>
        mention.Start != doc.Tokens[mention.FirstToken].Start || mention.End != End(doc, doc.Tokens[mention.EndToken - 1]);

    private static bool Longest(Node root, IReadOnlyList<Token> seq, int start, int end, out Terminal? best, out int bestLength)
    {
        best = null;
        bestLength = 0;
        var node = root;
        for (int j = start; j < end; j++)
        {
            if (node.Next is null || !node.Next.TryGetValue(seq[j].Lower, out var next)) break;
            node = next;
            if (node.Terminals is null) continue;
            foreach (var terminal in node.Terminals)
            {
                if (Passes(terminal.Rules, seq, start))
                {
                    best = terminal;
                    bestLength = j - start + 1;
                    break;
                }
            }
        }
        return best is not null;
    }

    private static bool Passes(WordRule[] rules, IReadOnlyList<Token> seq, int start)
    {
        for (int k = 0; k < rules.Length; k++)
        {
            var t = seq[start + k];
            var rule = rules[k];
            switch (rule.Case)
            {
                case CaseRule.Exact when t.Form != rule.FormId:
                case CaseRule.Capitalized when !t.Has(TokenFlags.Capitalized):
                    return false;
            }
            if (k < rules.Length - 1 && t.Has(TokenFlags.Possessive) && !rule.Possessive) return false;
            if (k > 0 && t.Has(TokenFlags.AfterPunctuation) && !rule.AfterPunctuation) return false;
        }
        return true;
    }

    /// <summary>
    /// "Russian Foreign Minister Sergey Lavrov": the titles before a person mention, and a demonym directly before
    /// them, become part of that mention (and any mention inside them, e.g. a role, is dropped), so the phrase counts once.
    /// </summary>
    private void AbsorbTitles(TokenizedDocument doc, List<EntityMention> mentions, int first, SentenceSpan sentence)
    {
        var tokens = doc.Tokens;
        for (int m = mentions.Count - 1; m >= first; m--)
        {
            var mention = mentions[m];
            if (mention.Type != EntityType.Person || mention.Match == AliasKind.Role) continue;
            if (IsPart(doc, mention)) continue;
            int k = mention.FirstToken;
            while (k > sentence.FirstToken && !tokens[k].Has(TokenFlags.AfterPunctuation))
            {
                int found = -1;
                for (int s = Math.Max(sentence.FirstToken, k - 6); s < k && found < 0; s++)
                    if (Longest(titleRoot, tokens, s, k, out _, out int length) && s + length == k) found = s;
                if (found < 0) break;
                k = found;
            }
            if (k == mention.FirstToken) continue;
            // Mentions inside the titles (a role such as "Supreme Leader"), and one demonym directly before them, are absorbed.
            int removeFrom = m;
            while (removeFrom > first && mentions[removeFrom - 1].FirstToken >= k) removeFrom--;
            if (removeFrom > first && !tokens[k].Has(TokenFlags.AfterPunctuation))
            {
                var before = mentions[removeFrom - 1];
                if (before.Match == AliasKind.Demonym && before.EndToken == k && !IsPart(doc, before))
                {
                    k = before.FirstToken;
                    removeFrom--;
                }
            }
            int start = tokens[k].Start;
            mentions[m] = mention with
            {
                Start = start,
                Surface = doc.Document.Text[start..mention.End],
                FirstToken = k,
                TokenCount = mention.EndToken - k,
            };
            mentions.RemoveRange(removeFrom, m - removeFrom);
            m = removeFrom;
        }
    }
}
