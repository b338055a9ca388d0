namespace NewsFrames;

public static partial class EnglishStemmer
{
    // Suffix tables, longest first: Snowball's `among` takes the longest matching suffix and never falls back
    // to a shorter one when the chosen one's condition fails.
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"),
        ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"),
        ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    /// <summary>One word being stemmed in place; the steps follow english.sbl's routines one for one.</summary>
    private ref struct Porter2Word
    {
        private readonly Span<char> w;
        private int n;
        private int p1;
        private int p2;
        private bool yFound;

        public Porter2Word(Span<char> buffer, int length)
        {
            w = buffer;
            n = length;
        }

        public readonly int Length => n;

        public void Run()
        {
            Prelude();
            MarkRegions();
            Step1a();
            Step1b();
            Step1c();
            Step2();
            Step3();
            Step4();
            Step5();
            if (yFound) w[..n].Replace('Y', 'y');
        }

        private readonly bool EndsWith(string suffix) => w[..n].EndsWith(suffix);

        private void ReplaceFrom(int start, string replacement)
        {
            replacement.CopyTo(w[start..]);
            n = start + replacement.Length;
        }

        /// <summary>Drops a leading apostrophe and marks consonant 'y' (initial, or after a vowel) as 'Y'.</summary>
        private void Prelude()
        {
            if (w[0] == '\'')
            {
                w[1..n].CopyTo(w);
                n--;
            }
            if (n > 0 && w[0] == 'y')
            {
                w[0] = 'Y';
                yFound = true;
            }
            for (int i = 1; i < n; i++)
            {
                if (w[i] == 'y' && IsVowel(w[i - 1]))
                {
                    w[i] = 'Y';
                    yFound = true;
                }
            }
        }

        /// <summary>R1 starts after the first non-vowel following a vowel (or after a listed prefix); R2 likewise within R1.</summary>
        private void MarkRegions()
        {
            p1 = p2 = n;
            int c = -1;
            foreach (var prefix in RegionPrefixes)
            {
                if (w[..n].StartsWith(prefix)) { c = prefix.Length; break; }
            }
            if (c < 0) c = GoPastNonVowel(GoPastVowel(0));
            if (c < 0) return;
            p1 = c;
            c = GoPastNonVowel(GoPastVowel(c));
            if (c >= 0) p2 = c;
        }

        private readonly int GoPastVowel(int from)
        {
            if (from < 0) return -1;
            for (int i = from; i < n; i++) if (IsVowel(w[i])) return i + 1;
            return -1;
        }

        private readonly int GoPastNonVowel(int from)
        {
            if (from < 0) return -1;
            for (int i = from; i < n; i++) if (!IsVowel(w[i])) return i + 1;
            return -1;
        }

        private readonly bool HasVowelBefore(int end)
        {
            for (int i = 0; i < end; i++) if (IsVowel(w[i])) return true;
            return false;
        }

        /// <summary>A short syllable ends at <paramref name="end"/>: non-vowel (not w, x, Y) after a vowel after a non-vowel; vowel + non-vowel at the start; or "past".</summary>
        private readonly bool ShortSyllableEndsAt(int end)
        {
            if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3])) return true;
            if (end == 2 && !IsVowel(w[1]) && IsVowel(w[0])) return true;
            return end >= 4 && w[(end - 4)..end].SequenceEqual("past");
        }

        private void Step1a()
        {
            if (EndsWith("'s'")) n -= 3;
            else if (EndsWith("'s")) n -= 2;
            else if (EndsWith("'")) n -= 1;

            if (EndsWith("sses")) n -= 2;
            else if (EndsWith("ied") || EndsWith("ies")) ReplaceFrom(n - 3, n - 3 >= 2 ? "i" : "ie");
            else if (EndsWith("us") || EndsWith("ss")) { }
            else if (EndsWith("s") && HasVowelBefore(n - 2)) n--; // the letter just before the s does not count
        }

        private void Step1b()
        {
            int start;
            if (EndsWith("eedly")) start = n - 5;
            else if (EndsWith("eed")) start = n - 3;
            else start = -1;
            if (start >= 0)
            {
                var before = w[..start];
                bool exception = before is "proc" or "exc" or "succ";
                if (!exception && start >= p1) ReplaceFrom(start, "ee");
                return;
            }

            bool ing = false;
            if (EndsWith("ingly")) start = n - 5;
            else if (EndsWith("edly")) start = n - 4;
            else if (EndsWith("ing")) { start = n - 3; ing = true; }
            else if (EndsWith("ed")) start = n - 2;
            else return;

            if (ing)
            {
                // dying → die, lying → lie, tying → tie, vying → vie; inning, outing, … stay as they are.
                if (start == 2 && w[1] == 'y' && !IsVowel(w[0]))
                {
                    ReplaceFrom(1, "ie");
                    return;
                }
                if (w[..start] is "inn" or "out" or "cann" or "herr" or "earr" or "even") return;
            }

            if (!HasVowelBefore(start)) return;
            n = start;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                ReplaceFrom(n, "e");
            }
            else if (n >= 2 && w[n - 1] == w[n - 2] && w[n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                if (!(n == 3 && w[0] is 'a' or 'e' or 'o')) n--;
            }
            else if (n == p1 && ShortSyllableEndsAt(n))
            {
                ReplaceFrom(n, "e");
            }
        }

        private void Step1c()
        {
            if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2])) w[n - 1] = 'i';
        }

        private void Step2()
        {
            foreach (var (suffix, replacement) in Step2Suffixes)
            {
                if (!EndsWith(suffix)) continue;
                int start = n - suffix.Length;
                if (start < p1) return;
                switch (suffix)
                {
                    case "ogi":
                        if (start >= 1 && w[start - 1] == 'l') ReplaceFrom(start, replacement);
                        break;
                    case "li":
                        if (start >= 1 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't') n = start;
                        break;
                    default:
                        ReplaceFrom(start, replacement);
                        break;
                }
                return;
            }
        }

        private void Step3()
        {
            foreach (var (suffix, replacement) in Step3Suffixes)
            {
                if (!EndsWith(suffix)) continue;
                int start = n - suffix.Length;
                if (start < p1) return;
                if (suffix == "ative" && start < p2) return;
                ReplaceFrom(start, replacement);
                return;
            }
        }

        private void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix)) continue;
                int start = n - suffix.Length;
                if (start < p2) return;
                if (suffix == "ion" && !(start >= 1 && w[start - 1] is 's' or 't')) return;
                n = start;
                return;
            }
        }

        private void Step5()
        {
            if (n == 0) return;
            int start = n - 1;
            if (w[start] == 'e')
            {
                if (start >= p2 || (start >= p1 && !ShortSyllableEndsAt(start))) n = start;
            }
            else if (w[start] == 'l')
            {
                if (start >= p2 && start >= 1 && w[start - 1] == 'l') n = start;
            }
        }
    }
}
