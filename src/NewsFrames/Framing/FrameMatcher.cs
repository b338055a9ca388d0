using System.Runtime.CompilerServices;

namespace NewsFrames;

/// <summary>
/// The whole lexicon compiled into one automaton over token symbols: a trie whose edges are a token's stem,
/// its exact word, a glob it satisfies, or a bounded gap. A document is matched in one pass — from each token,
/// the trie is walked along the symbols of the following tokens — so the cost per token depends on how many
/// pattern prefixes the text actually continues, not on how many patterns the lexicon has.
/// </summary>
/// <remarks>
/// Words in the text are resolved to symbols once per vocabulary entry (cached), so stemming and glob tests
/// are not repeated per token. A walk starts only where a word's filter bits (the symbols its patterns can go on
/// with) meet those of a word in reach, so most of the text is passed over with a few bit operations per word. Optional elements and alternatives are expanded at compile time (at most
/// <see cref="MaxExpansions"/> sequences per pattern), so matching has no backtracking beyond the trie walk;
/// gaps are edges that advance 0..20 tokens within the sentence.
/// Hyphenated compounds are matched through their parts ("Iran-Russia" is "iran" then "russia").
/// </remarks>
/// <example>
/// <code>
/// var tokens = Corpus.Load("seeds").Tokenize();
/// IReadOnlyList&lt;FrameHit&gt; hits = FrameLexicon.Default.Matcher.Match(tokens[0]);
/// </code>
/// </example>
public sealed class FrameMatcher
{
    /// <summary>The most sequences one pattern may expand to (optional elements × alternatives).</summary>
    public const int MaxExpansions = 4096;

    private const int Root = 0;

    private readonly Dictionary<string, int> stemSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> exactSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> globSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> prefixGlobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> suffixGlobs = new(StringComparer.Ordinal);
    private readonly List<(string Glob, int Symbol)> otherGlobs = [];
    private int symbolCount;

    private readonly Dictionary<long, int> edges = [];
    private readonly Dictionary<(int Node, int Min, int Max), int> gapChildren = [];
    private readonly List<List<int>?> terminals = [null];
    private readonly List<List<(int Min, int Max, int Child)>?> gapEdges = [null];
    // True for the nodes at or below a gap's target: only those can be reached at several positions from one start.
    private readonly List<bool> belowGap = [false];
    private readonly int[] rootChildren;
    // The frozen trie: one record per node, pointing into three flat arrays. A walk's step reads a node and its edges;
    // with the node's facts spread over six arrays, each step was six cache misses in a large lexicon.
    private readonly Node[] nodes;
    private readonly Edge[] edgeArray;
    private readonly GapEdge[] gapEdgeArray;
    private readonly int[] terminalPatterns;

    /// <summary>
    /// A frozen trie node: its edges <c>edgeArray[FirstEdge..EndEdge)</c> sorted by symbol (most nodes have one or
    /// two, so a short scan beats hashing), its gaps <c>gapEdgeArray[FirstGap..EndGap)</c>, the patterns that end here
    /// <c>terminalPatterns[FirstTerminal..EndTerminal)</c>, whether a gap leads to it (punctuation may come before its
    /// next word) and whether a gap is above it (it can be reached at several positions from one start).
    /// </summary>
    private readonly record struct Node(int FirstEdge, int EndEdge, int FirstGap, int EndGap, int FirstTerminal, int EndTerminal, bool GapTarget, bool BelowGap)
    {
        public bool IsTerminal => EndTerminal > FirstTerminal;

        public bool HasGaps => EndGap > FirstGap;
    }

    private readonly record struct Edge(int Symbol, int Child);

    private readonly record struct GapEdge(int Min, int Max, int Child);

    private readonly FramePattern[] patterns;
    private readonly int[] patternFrame;
    private readonly ConditionalWeakTable<Vocabulary, SymbolCache> caches = [];

    internal FrameMatcher(FrameLexicon lexicon)
    {
        Lexicon = lexicon;
        patterns = lexicon.Frames.SelectMany(f => f.Patterns).ToArray();
        patternFrame = lexicon.Frames.SelectMany((f, i) => f.Patterns.Select(_ => i)).ToArray();
        for (int p = 0; p < patterns.Length; p++)
        {
            var parsed = PatternParser.Parse(patterns[p].Text);
            foreach (var sequence in Expand(parsed, patterns[p]))
                Insert(sequence, p);
        }
        NodeCount = terminals.Count;
        var gapTargets = new HashSet<int>(gapChildren.Values);
        // The root's edges as an array: the first step from every token is a probe, not a hash lookup.
        rootChildren = new int[symbolCount];
        foreach (var (key, child) in edges)
            if (key >> 32 == Root) rootChildren[(int)(uint)key] = child;
        var sorted = edges.Where(e => e.Key >> 32 != Root).OrderBy(e => e.Key).ToArray();
        edgeArray = sorted.Select(e => new Edge((int)(uint)e.Key, e.Value)).ToArray();
        var firstEdge = new int[NodeCount + 1];
        foreach (var e in sorted) firstEdge[(int)(e.Key >> 32) + 1]++;
        for (int k = 0; k < NodeCount; k++) firstEdge[k + 1] += firstEdge[k];
        edges.Clear();
        var gapList = new List<GapEdge>();
        var terminalList = new List<int>();
        nodes = new Node[NodeCount];
        for (int k = 0; k < NodeCount; k++)
        {
            int firstGap = gapList.Count, firstTerminal = terminalList.Count;
            if (gapEdges[k] is { } gaps) gapList.AddRange(gaps.Select(g => new GapEdge(g.Min, g.Max, g.Child)));
            if (terminals[k] is { } done) terminalList.AddRange(done);
            nodes[k] = new Node(firstEdge[k], firstEdge[k + 1], firstGap, gapList.Count, firstTerminal, terminalList.Count, gapTargets.Contains(k), belowGap[k]);
        }
        gapEdgeArray = gapList.ToArray();
        terminalPatterns = terminalList.ToArray();
    }

    /// <summary>The lexicon this matcher was compiled from.</summary>
    public FrameLexicon Lexicon { get; }

    /// <summary>The number of trie nodes (a measure of the compiled size).</summary>
    public int NodeCount { get; }

    /// <summary>The number of patterns compiled.</summary>
    public int PatternCount => patterns.Length;

    /// <summary>
    /// The frame hits of one document. Overlapping matches of the same frame within one sentence count once:
    /// they form one hit, reported with the longest match (then the earliest, then the first pattern in the lexicon).
    /// </summary>
    public IReadOnlyList<FrameHit> Match(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Most documents match nothing; the raw matches of the ones that do are gone once they are hits.
        var raw = rawScratch ??= [];
        raw.Clear();
        MatchRaw(document, raw);
        return raw.Count == 0 ? [] : ToHits(document, raw);
    }

    [ThreadStatic] private static List<RawMatch>? rawScratch;

    /// <summary>How many raw matches each pattern (in lexicon order) has in the corpus, before overlaps are merged.</summary>
    internal int[] CountPatternMatches(TokenizedCorpus corpus)
    {
        var counts = new int[patterns.Length];
        var raw = new List<RawMatch>();
        foreach (var doc in corpus)
        {
            raw.Clear();
            MatchRaw(doc, raw);
            foreach (var m in raw) counts[m.Pattern]++;
        }
        return counts;
    }

    /// <summary>A match before merging: pattern index, sentence, and the stream positions [Start, End).</summary>
    internal readonly record struct RawMatch(int Pattern, int Sentence, int Start, int End);

    internal void MatchRaw(TokenizedDocument document, List<RawMatch> output)
    {
        var cache = caches.GetValue(document.Vocabulary, v => new SymbolCache(this, v));
        // The tokenizer's arrays, read as spans: an interface call per token was a visible share of matching.
        var tokens = document.TokenSpan;
        var parts = document.PartSpan;
        string text = document.Document.Text;
        // The positions the matcher walks: tokens, with hyphenated compounds replaced by their parts.
        var scratch = Scratch.For(tokens.Length + parts.Length + 1);
        var starts = scratch.Starts;
        var ends = scratch.Ends;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            int n = 0;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                ref readonly var token = ref tokens[t];
                if (token.PartCount > 0)
                {
                    for (int k = 0; k < token.PartCount; k++)
                    {
                        ref readonly var part = ref parts[token.FirstPart + k];
                        // The last part of "Iran-Russia’s" ends where the whole token ends, possessive included.
                        scratch.Set(n++, part.Start, k == token.PartCount - 1 ? token.End : part.End, joined: k > 0, cache, part);
                    }
                }
                else
                {
                    scratch.Set(n++, token.Start, token.End, joined: false, cache, token);
                }
            }
            // Past the sentence's end: a word with no symbol, so the filter reads the next word without a bounds check.
            scratch.Bits[n] = default;
            int first = output.Count;
            MatchSentence(n, scratch, cache, text, s, output);
            // Positions are per sentence; translate matches to character offsets while they are at hand.
            for (int i = first; i < output.Count; i++)
            {
                var m = output[i];
                output[i] = m with { Start = starts[m.Start], End = ends[m.End - 1] };
            }
        }
    }

    /// <summary>
    /// This thread's per-position arrays and walk state, reused from document to document: matching a document
    /// allocates nothing but its hits.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? current;

        public int[] Starts = [], Ends = [], Codes = [], Candidates = [];
        public WordFilter[] Bits = [];
        public bool[] Joined = [];
        public readonly WalkStack Stack = new();
        public readonly HashSet<long> Visited = [];

        /// <summary>
        /// Position <paramref name="n"/>: where it is in the text, whether it is a later part of a hyphenated word, and
        /// the word's id, symbol code and filter. No branch here depends on whether the word has symbols: with a dense
        /// lexicon half the words have some, and such a branch was mispredicted at every other word.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Set(int n, int start, int end, bool joined, SymbolCache cache, in Token word)
        {
            Starts[n] = start;
            Ends[n] = end;
            Joined[n] = joined;
            Codes[n] = cache.Code(word.Lower, word.Stem, out Bits[n]);
        }

        public static Scratch For(int positions)
        {
            var scratch = current ??= new Scratch();
            if (scratch.Starts.Length < positions)
            {
                int size = Math.Max(positions, scratch.Starts.Length * 2);
                scratch.Starts = new int[size];
                scratch.Ends = new int[size];
                scratch.Codes = new int[size];
                scratch.Candidates = new int[size];
                scratch.Bits = new WordFilter[size];
                scratch.Joined = new bool[size];
            }
            return scratch;
        }
    }

    /// <summary>The walk's pending (node, position) states; a plain array, because this is the matcher's inner loop.</summary>
    private sealed class WalkStack
    {
        private long[] items = new long[64];

        public int Count;

        public void Push(int node, int pos)
        {
            if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
            items[Count++] = ((long)node << 32) | (uint)pos;
        }

        public (int Node, int Pos) Pop()
        {
            long item = items[--Count];
            return ((int)(item >> 32), (int)(uint)item);
        }
    }

    private void MatchSentence(int n, Scratch scratch, SymbolCache cache, string text, int sentence, List<RawMatch> output)
    {
        // Most words start no pattern, and most partial matches cannot go on past the next word or words: the filter
        // bits say so without a walk. The first pass, which every word goes through, has no branch and no call: it
        // lists the words whose first bits meet the next word's, or that may have a gap after them (an append that
        // always writes and advances by 0 or 1). With half the words in a dense lexicon having symbols, a branch
        // there was mispredicted often, and a call in the loop cost its registers.
        // The pass runs backwards, so that the bits of the next four words (the reach of a gap the filter looks across)
        // are at hand in registers: a word with a gap after it is a candidate only if one of them shares a bit with it.
        var bits = scratch.Bits;
        var candidates = scratch.Candidates;
        int count = 0;
        ulong own1 = 0, own2 = 0, own3 = 0, own4 = 0;
        for (int start = n - 1; start >= 0; start--)
        {
            ulong next = bits[start].Next;
            ulong gapMask = (ulong)((long)next >> 63);
            ulong reach = own1 | ((own2 | own3 | own4) & gapMask);
            candidates[count] = start;
            count += ((next & reach) != 0 ? 1 : 0) | (next == AlwaysWalk ? 1 : 0);
            own4 = own3;
            own3 = own2;
            own2 = own1;
            own1 = bits[start].Own;
        }
        for (int i = count - 1; i >= 0; i--)
        {
            int start = candidates[i];
            if (MayContinue(scratch, cache, start, n)) Walk(start, n, scratch, cache, text, sentence, output);
        }
    }

    /// <summary>Every pattern that matches from position <paramref name="start"/>: the trie walked along the following words.</summary>
    private void Walk(int start, int n, Scratch scratch, SymbolCache cache, string text, int sentence, List<RawMatch> output)
    {
        var codes = scratch.Codes;
        var stack = scratch.Stack;
        var visited = scratch.Visited;
        ref readonly var first = ref cache.Word(codes[start]);
        int child = rootChildren[first.FirstSymbol];
        if (child > 0) stack.Push(child, start + 1);
        if (first.More is { } more)
            foreach (int symbol in more)
            {
                child = rootChildren[symbol];
                if (child > 0) stack.Push(child, start + 1);
            }
        if (stack.Count == 0) return;
        // Only a gap can reach the same (node, position) twice; remembering those states bounds the walk by
        // trie nodes × sentence length, however gaps are nested ("a [0-20] b [0-20] c").
        if (visited.Count > 0) visited.Clear();
        while (stack.Count > 0)
        {
            var (at, pos) = stack.Pop();
            ref readonly var node = ref nodes[at];
            for (int t = node.FirstTerminal; t < node.EndTerminal; t++) output.Add(new RawMatch(terminalPatterns[t], sentence, start, pos));
            // Consecutive words are adjacent: "sanctions, pressure" is not "sanctions pressure"; after a gap punctuation is fine.
            int from = node.FirstEdge, to = node.EndEdge;
            int word = pos < n ? codes[pos] : SymbolCache.NoSymbol;
            if (from < to && word != SymbolCache.NoSymbol)
            {
                // The text between the words is looked at once a word would advance the walk, not before.
                int allowed = Unknown;
                ref readonly var symbols = ref cache.Word(word);
                int next = FindChild(from, to, symbols.FirstSymbol);
                if (next > 0 && (allowed = MayStep(node, scratch, text, pos)) == Yes) stack.Push(next, pos + 1);
                if (symbols.More is { } others)
                    foreach (int symbol in others)
                    {
                        next = FindChild(from, to, symbol);
                        if (next > 0 && (allowed == Unknown ? allowed = MayStep(node, scratch, text, pos) : allowed) == Yes) stack.Push(next, pos + 1);
                    }
            }
            // Without a gap above this node it is reached at one position per start, so its gap's targets are all
            // new: only a second gap needs the visited set.
            for (int g = node.FirstGap; g < node.EndGap; g++)
            {
                var (min, max, gapTarget) = gapEdgeArray[g];
                for (int k = min; k <= max && pos + k < n; k++)
                    if (!node.BelowGap || visited.Add(Key(gapTarget, pos + k))) stack.Push(gapTarget, pos + k);
            }
        }
    }

    /// <summary>
    /// The longest gap after a first word that the filter looks across (the first pass keeps the bits of the next four
    /// words in registers); past it, the word always walks. The default lexicon's gaps are at most [0-3].
    /// </summary>
    private const int MaxFilteredGap = 3;

    /// <summary>A symbol's bit in the hot filter (<see cref="WordFilter"/>): one of bits 0-62, bit 63 being <see cref="Special"/>.</summary>
    private static ulong Bit(int symbol) => 1UL << (int)(((ulong)((uint)symbol * 0x9E3779B1u) * 63) >> 32);

    /// <summary>A symbol's bit in the cold filter's second part (<see cref="ColdFilter"/>), under an independent hash.</summary>
    private static ulong Bit2(int symbol) => 1UL << (int)(((uint)symbol * 0x85EBCA6Bu) >> 26);

    /// <summary>A symbol's bit in the filter's third part, under a third hash.</summary>
    private static ulong Bit3(int symbol) => 1UL << (int)(((uint)symbol * 0xC2B2AE35u) >> 26);

    /// <summary>The <see cref="WordFilter.Next"/> of a word that always walks.</summary>
    private const ulong AlwaysWalk = ulong.MaxValue;

    /// <summary>The bit of <see cref="WordFilter.Next"/> saying: look at the word's gap filter (<see cref="ColdFilter"/>) too.</summary>
    private const ulong Special = 1UL << 63;

    /// <summary>
    /// What the filter reads for every word: its symbols' bits (<see cref="Own"/>) and the bits of every symbol that
    /// can come right after it in a pattern it starts (<see cref="Next"/>). A word that may have a gap after it also
    /// has the bits of the symbols after the gap in <see cref="Next"/>, and <see cref="Special"/>; one whose pattern may
    /// end at it has <see cref="AlwaysWalk"/>. A pattern can go on from a word only if a word in reach shares a bit
    /// with it. A word with no symbol is all zeros. Kept to 16 bytes: it is copied for every word of the text.
    /// </summary>
    internal readonly record struct WordFilter(ulong Own, ulong Next);

    /// <summary>
    /// What the filter reads only for the few words that pass <see cref="WordFilter"/>: the same bits under two more
    /// independent hashes (<see cref="Own2"/>, <see cref="Next2"/>, <see cref="Own3"/>, <see cref="Next3"/>), which must
    /// meet too (with 10,000 dense patterns, each extra hash cut the walks that found nothing about threefold: 14,000
    /// walks per Reuters pass with one, 5,000 with two); and, for a
    /// <see cref="Special"/> word, whether it always walks (<see cref="Always"/>: a pattern may end at it, or a gap
    /// after it is longer than the filter looks) or else the bits (all three hashes) of the symbols that can follow the gap
    /// after it, with that gap's shortest and longest extent over the word's patterns.
    /// </summary>
    internal readonly record struct ColdFilter(ulong Own2, ulong Next2, ulong Own3, ulong Next3, bool Always, ulong AfterGap, ulong AfterGap2, ulong AfterGap3, int GapMin, int GapMax);

    /// <summary>
    /// True unless the words after position <paramref name="start"/> rule out every pattern that starts there. The
    /// position after the last (<paramref name="n"/>) must hold a word with no symbol.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContinue(Scratch scratch, SymbolCache cache, int start, int n)
    {
        var bits = scratch.Bits;
        ref readonly var word = ref bits[start];
        if ((word.Next & bits[start + 1].Own) != 0 && NextWordMeets(scratch, cache, start)) return true;
        return (word.Next & Special) != 0 && MayContinueAfterGap(scratch, cache, start, n);
    }

    private static bool NextWordMeets(Scratch scratch, SymbolCache cache, int start)
    {
        ref readonly var word = ref cache.Word(scratch.Codes[start]).Cold;
        ref readonly var next = ref cache.Word(scratch.Codes[start + 1]).Cold;
        return (word.Next2 & next.Own2) != 0 && (word.Next3 & next.Own3) != 0;
    }

    private static bool MayContinueAfterGap(Scratch scratch, SymbolCache cache, int start, int n)
    {
        ref readonly var cold = ref cache.Word(scratch.Codes[start]).Cold;
        if (cold.Always) return true;
        // Word by word, not the union of the words in reach: a union of three words matched one gap in five by chance.
        var bits = scratch.Bits;
        for (int k = start + 1 + cold.GapMin, last = Math.Min(n - 1, start + 1 + cold.GapMax); k <= last; k++)
            if ((cold.AfterGap & bits[k].Own) != 0)
            {
                ref readonly var reached = ref cache.Word(scratch.Codes[k]).Cold;
                if ((cold.AfterGap2 & reached.Own2) != 0 && (cold.AfterGap3 & reached.Own3) != 0) return true;
            }
        return false;
    }

    /// <summary>A word's filters (see <see cref="WordFilter"/>, <see cref="ColdFilter"/>) from its symbols.</summary>
    private (WordFilter Word, ColdFilter Cold) FilterOf(int[] symbols)
    {
        ulong own = 0, own2 = 0, own3 = 0, next = 0, next2 = 0, next3 = 0, afterGap = 0, afterGap2 = 0, afterGap3 = 0;
        int gapMin = int.MaxValue, gapMax = 0;
        bool always = false;
        foreach (int symbol in symbols)
        {
            own |= Bit(symbol);
            own2 |= Bit2(symbol);
            own3 |= Bit3(symbol);
            int child = rootChildren[symbol];
            if (child <= 0) continue;
            ref readonly var node = ref nodes[child];
            always |= node.IsTerminal;
            for (int i = node.FirstEdge; i < node.EndEdge; i++)
            {
                next |= Bit(edgeArray[i].Symbol);
                next2 |= Bit2(edgeArray[i].Symbol);
                next3 |= Bit3(edgeArray[i].Symbol);
            }
            for (int g = node.FirstGap; g < node.EndGap; g++)
            {
                var (min, max, target) = gapEdgeArray[g];
                // Gaps are merged when adjacent and dropped at a pattern's end, so a gap's target is followed by a
                // word; should that change, walking is always safe.
                ref readonly var afterTarget = ref nodes[target];
                always |= max > MaxFilteredGap || afterTarget.IsTerminal || afterTarget.HasGaps;
                gapMin = Math.Min(gapMin, min);
                gapMax = Math.Max(gapMax, max);
                for (int i = afterTarget.FirstEdge; i < afterTarget.EndEdge; i++)
                {
                    afterGap |= Bit(edgeArray[i].Symbol);
                    afterGap2 |= Bit2(edgeArray[i].Symbol);
                    afterGap3 |= Bit3(edgeArray[i].Symbol);
                }
            }
        }
        bool special = always || afterGap != 0;
        // Next holds the after-gap bits too: the first pass tests a word with a gap after it against the words in
        // reach of its gap, and one that always walks (Next all ones) passes it whatever follows.
        return (new WordFilter(own, always ? AlwaysWalk : special ? next | afterGap | Special : next),
            new ColdFilter(own2, next2, own3, next3, always, afterGap, afterGap2, afterGap3, afterGap == 0 ? 0 : gapMin, afterGap == 0 ? 0 : gapMax));
    }

    private int FindChild(int from, int to, int symbol)
    {
        if (to - from <= 8)
        {
            for (int i = from; i < to; i++) if (edgeArray[i].Symbol == symbol) return edgeArray[i].Child;
            return 0;
        }
        int lo = from, hi = to - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int found = edgeArray[mid].Symbol;
            if (found == symbol) return edgeArray[mid].Child;
            if (found < symbol) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    private const int Unknown = -1, No = 0, Yes = 1;

    /// <summary><see cref="Yes"/> when a walk at <paramref name="node"/> may step onto the word at <paramref name="pos"/>: after a gap, or with no punctuation between.</summary>
    private static int MayStep(in Node node, Scratch scratch, string text, int pos) =>
        node.GapTarget || !BreaksBefore(scratch, text, pos) ? Yes : No;

    /// <summary>
    /// True when punctuation other than quotes comes before a position (not the sentence's first, not a later part of
    /// a hyphenated word): consecutive pattern words cannot span it. Asked only by a walk, which is rare.
    /// </summary>
    private static bool BreaksBefore(Scratch scratch, string text, int pos) =>
        pos > 0 && !scratch.Joined[pos] && BreaksPhrase(text, scratch.Ends[pos - 1], scratch.Starts[pos]);

    /// <summary>True when the text between two tokens holds punctuation other than quotation marks.</summary>
    private static bool BreaksPhrase(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB') continue;
            return true;
        }
        return false;
    }

    private List<FrameHit> ToHits(TokenizedDocument document, List<RawMatch> raw)
    {
        var doc = document.Document;
        var hits = new List<FrameHit>();
        // Groups of one sentence and frame, in that order, each by start, the longer span first, then by pattern: one
        // sort puts every group's matches side by side. Within a group, overlapping spans chain into clusters.
        var frameOf = patternFrame;
        raw.Sort((a, b) =>
            a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence)
            : frameOf[a.Pattern] != frameOf[b.Pattern] ? frameOf[a.Pattern].CompareTo(frameOf[b.Pattern])
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Pattern.CompareTo(b.Pattern));
        int i = 0;
        while (i < raw.Count)
        {
            var best = raw[i];
            int clusterEnd = best.End, frameIndex = frameOf[best.Pattern];
            int j = i + 1;
            while (j < raw.Count && raw[j].Sentence == best.Sentence && frameOf[raw[j].Pattern] == frameIndex && raw[j].Start < clusterEnd)
            {
                var m = raw[j];
                clusterEnd = Math.Max(clusterEnd, m.End);
                if (m.End - m.Start > best.End - best.Start) best = m;
                j++;
            }
            var sentence = document.Sentences[best.Sentence];
            var frame = Lexicon.Frames[frameIndex];
            hits.Add(new FrameHit(doc.Id, doc.File, doc.SourceOrUnknown, doc.Date, frame.Id, frame.Label, patterns[best.Pattern].Text,
                doc.Text[best.Start..best.End], document.SentenceText(sentence), best.Sentence, best.Start, best.End, sentence.Start));
            i = j;
        }
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : IndexOfFrame(a.Frame).CompareTo(IndexOfFrame(b.Frame)));
        return hits;
    }

    private int IndexOfFrame(string id)
    {
        for (int i = 0; i < Lexicon.Frames.Count; i++) if (Lexicon.Frames[i].Id == id) return i;
        return -1;
    }

    private static long Key(int node, int symbol) => ((long)node << 32) | (uint)symbol;

    // ---- compiling ----

    private abstract record Slot;
    private sealed record SymbolSlot(int Symbol) : Slot;
    private sealed record GapSlot(int Min, int Max) : Slot;

    private IEnumerable<List<Slot>> Expand(IReadOnlyList<IReadOnlyList<PatternNode>> alternatives, FramePattern pattern)
    {
        var all = new List<List<Slot>>();
        foreach (var seq in alternatives) all.AddRange(ExpandSequence(seq, pattern));
        foreach (var s in all)
        {
            var merged = MergeGaps(s);
            if (merged.Count > 0) yield return merged;
        }
    }

    private List<List<Slot>> ExpandSequence(IReadOnlyList<PatternNode> seq, FramePattern pattern)
    {
        var results = new List<List<Slot>> { new() };
        foreach (var node in seq)
        {
            List<List<Slot>> options = node switch
            {
                WordNode w => [[new SymbolSlot(SymbolOf(w))]],
                GapNode g => [[new GapSlot(g.Min, g.Max)]],
                GroupNode grp => ExpandGroup(grp, pattern),
                _ => throw new InvalidOperationException(),
            };
            if ((long)results.Count * options.Count > MaxExpansions)
                throw new LexiconException(new LexiconDiagnostic(LexiconSeverity.Error, "syntax", pattern.File, pattern.Line, pattern.Column,
                    $"pattern '{pattern.Text}' expands to more than {MaxExpansions} alternatives; split it into several patterns", pattern.Frame, pattern.Text));
            var next = new List<List<Slot>>(results.Count * options.Count);
            foreach (var r in results)
                foreach (var o in options) next.Add([.. r, .. o]);
            results = next;
        }
        return results;
    }

    private List<List<Slot>> ExpandGroup(GroupNode group, FramePattern pattern)
    {
        var options = new List<List<Slot>>();
        if (group.Optional) options.Add([]);
        foreach (var alt in group.Alternatives) options.AddRange(ExpandSequence(alt, pattern));
        return options;
    }

    /// <summary>Adjacent gaps add up (an absent optional between two gaps); gaps at either end are meaningless and dropped.</summary>
    private static List<Slot> MergeGaps(List<Slot> slots)
    {
        var merged = new List<Slot>(slots.Count);
        foreach (var s in slots)
        {
            if (s is GapSlot g && merged.Count > 0 && merged[^1] is GapSlot prev)
                merged[^1] = new GapSlot(prev.Min + g.Min, Math.Min(prev.Max + g.Max, PatternParser.MaxGap * 2));
            else merged.Add(s);
        }
        while (merged.Count > 0 && merged[0] is GapSlot) merged.RemoveAt(0);
        while (merged.Count > 0 && merged[^1] is GapSlot) merged.RemoveAt(merged.Count - 1);
        return merged;
    }

    private void Insert(List<Slot> sequence, int pattern)
    {
        int node = Root;
        bool afterGap = false;
        foreach (var slot in sequence)
        {
            if (slot is SymbolSlot s)
            {
                long key = Key(node, s.Symbol);
                if (!edges.TryGetValue(key, out int child))
                {
                    child = NewNode();
                    edges[key] = child;
                }
                node = child;
            }
            else if (slot is GapSlot g)
            {
                if (!gapChildren.TryGetValue((node, g.Min, g.Max), out int child))
                {
                    child = NewNode();
                    gapChildren[(node, g.Min, g.Max)] = child;
                    (gapEdges[node] ??= []).Add((g.Min, g.Max, child));
                }
                node = child;
                afterGap = true;
            }
            belowGap[node] = afterGap;
        }
        var list = terminals[node] ??= [];
        if (!list.Contains(pattern)) list.Add(pattern);
    }

    private int NewNode()
    {
        terminals.Add(null);
        gapEdges.Add(null);
        belowGap.Add(false);
        return terminals.Count - 1;
    }

    private int SymbolOf(WordNode word)
    {
        var table = word.Kind switch { WordKind.Stem => stemSymbols, WordKind.Exact => exactSymbols, _ => globSymbols };
        if (table.TryGetValue(word.Key, out int symbol)) return symbol;
        symbol = symbolCount++;
        table[word.Key] = symbol;
        if (word.Kind == WordKind.Glob)
        {
            string g = word.Key;
            int stars = g.Count(c => c == '*');
            bool question = g.Contains('?', StringComparison.Ordinal);
            if (!question && stars == 1 && g.EndsWith('*') && g.Length > 1) Add(prefixGlobs, g[..^1], symbol);
            else if (!question && stars == 1 && g.StartsWith('*') && g.Length > 1) Add(suffixGlobs, g[1..], symbol);
            else otherGlobs.Add((g, symbol));
        }
        return symbol;

        static void Add(Dictionary<string, List<int>> index, string key, int symbol)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(symbol);
        }
    }

    /// <summary>The symbols a word (lower-case form, stem) satisfies; computed once per vocabulary entry.</summary>
    private int[] ResolveSymbols(string lower, string stem)
    {
        var found = new List<int>(2);
        string word = PatternParser.IsAbbreviation(lower) ? lower.Replace(".", "", StringComparison.Ordinal) : lower;
        if (stemSymbols.TryGetValue(PatternParser.IsAbbreviation(lower) ? word : stem, out int s)) found.Add(s);
        if (exactSymbols.TryGetValue(word, out int e)) found.Add(e);
        if (prefixGlobs.Count > 0)
        {
            var lookup = prefixGlobs.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int len = 1; len <= word.Length; len++)
                if (lookup.TryGetValue(word.AsSpan(0, len), out var list)) found.AddRange(list);
        }
        if (suffixGlobs.Count > 0)
        {
            var lookup = suffixGlobs.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int len = 1; len <= word.Length; len++)
                if (lookup.TryGetValue(word.AsSpan(word.Length - len), out var list)) found.AddRange(list);
        }
        foreach (var (glob, symbol) in otherGlobs)
            if (Glob.IsMatch(glob, word)) found.Add(symbol);
        return found.Count == 0 ? [] : found.Distinct().ToArray();
    }

    /// <summary>
    /// Symbols per vocabulary id, filled lazily. Most words satisfy no symbol, so each id has one int and a 16-byte
    /// <see cref="WordFilter"/>: the int is 0 while not yet resolved, <see cref="NoSymbol"/>, or k + 1 for the k-th
    /// word with symbols, whose symbols and <see cref="ColdFilter"/> are in a side table that only such words use.
    /// Readers never lock: an entry is written once, before its code is published, and the arrays are only ever
    /// replaced by larger copies.
    /// </summary>
    private sealed class SymbolCache(FrameMatcher matcher, Vocabulary vocabulary)
    {
        private const int Unresolved = 0;

        /// <summary>The code of a word with no symbol.</summary>
        public const int NoSymbol = -1;
        private readonly Lock gate = new();
        private volatile int[] codes = new int[Math.Max(1024, vocabulary.Count)];
        private volatile WordFilter[] filters = new WordFilter[Math.Max(1024, vocabulary.Count)];
        private volatile SymbolicWord[] symbolic = new SymbolicWord[256];
        private int symbolicCount;

        /// <summary>A word with symbols: the first, the others (null when there are none), and the rest of its filter.</summary>
        public readonly struct SymbolicWord(int firstSymbol, int[]? more, ColdFilter cold)
        {
            public readonly int FirstSymbol = firstSymbol;
            public readonly int[]? More = more;
            // A field, so that readers take it by reference instead of copying 72 bytes.
            public readonly ColdFilter Cold = cold;
        }

        /// <summary>The word's code (<see cref="NoSymbol"/>, or one for <see cref="Word"/>) and its filter (all zeros for a word with no symbol).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Code(int lowerId, int stemId, out WordFilter filter)
        {
            var current = codes;
            int code = (uint)lowerId < (uint)current.Length ? Volatile.Read(ref current[lowerId]) : Unresolved;
            if (code == Unresolved) code = Resolve(lowerId, stemId);
            // Published before the code (see Resolve), and the arrays are replaced only by larger copies.
            filter = filters[lowerId];
            return code;
        }

        /// <summary>The symbols and cold filter of a word whose code is not <see cref="NoSymbol"/>.</summary>
        public ref readonly SymbolicWord Word(int code) => ref symbolic[code - 1];

        private int Resolve(int lowerId, int stemId)
        {
            var resolved = matcher.ResolveSymbols(vocabulary[lowerId], vocabulary[stemId]);
            var filter = matcher.FilterOf(resolved);
            lock (gate)
            {
                var target = codes;
                if (lowerId < target.Length && target[lowerId] != Unresolved) return target[lowerId];
                if (lowerId >= target.Length)
                {
                    int size = Math.Max(lowerId + 1, target.Length * 2);
                    var grownFilters = new WordFilter[size];
                    Array.Copy(filters, grownFilters, filters.Length);
                    filters = grownFilters;
                    var grown = new int[size];
                    Array.Copy(target, grown, target.Length);
                    codes = target = grown;
                }
                int code = NoSymbol;
                if (resolved.Length > 0)
                {
                    if (symbolicCount == symbolic.Length)
                    {
                        var grownSymbolic = new SymbolicWord[symbolic.Length * 2];
                        Array.Copy(symbolic, grownSymbolic, symbolicCount);
                        symbolic = grownSymbolic;
                    }
                    symbolic[symbolicCount++] = new SymbolicWord(resolved[0], resolved.Length > 1 ? resolved[1..] : null, filter.Cold);
                    code = symbolicCount;
                }
                filters[lowerId] = filter.Word;
                Volatile.Write(ref target[lowerId], code);
                return code;
            }
        }
    }
}

/// <summary>Glob matching with '*' (any run of characters) and '?' (one character), ordinal.</summary>
internal static class Glob
{
    public static bool IsMatch(string glob, string text)
    {
        int g = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (g < glob.Length && (glob[g] == '?' || glob[g] == text[t])) { g++; t++; }
            else if (g < glob.Length && glob[g] == '*') { star = g++; mark = t; }
            else if (star >= 0) { g = star + 1; t = ++mark; }
            else return false;
        }
        while (g < glob.Length && glob[g] == '*') g++;
        return g == glob.Length;
    }
}
