using System.Security.Cryptography;
using System.Text;

namespace NewsFrames;

/// <summary>
/// Exact duplicates: the same normalised text (lower case, letters and digits only, single spaces), by SHA-256.
/// Near duplicates: Jaccard similarity of word <c>k</c>-shingle sets (Broder 1997, "On the resemblance and
/// containment of documents"), candidates found with 128 MinHash values banded 32 × 4 (Leskovec, Rajaraman &amp;
/// Ullman, Mining of Massive Datasets, ch. 3), every candidate then checked with the exact Jaccard.
/// The first document is kept; a later one is marked with the first kept document it duplicates.
/// </summary>
internal static class Duplicates
{
    private const int Hashes = 128, Bands = 32, Rows = Hashes / Bands;

    private static readonly ulong[] Seeds = Enumerable.Range(0, Hashes).Select(i => SplitMix((ulong)i * 0x9E3779B97F4A7C15UL + 12345)).ToArray();

    public static (Document[] Documents, List<DuplicateEntry> Entries) Mark(IReadOnlyList<Document> documents, DuplicateOptions options)
    {
        var result = documents.ToArray();
        var entries = new List<DuplicateEntry>();
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (int i = 0; i < result.Length; i++)
        {
            var words = Words(result[i].Text);
            if (words.Count == 0) continue;
            string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
            if (exact.TryGetValue(key, out int first))
            {
                // An exact copy of a near duplicate points at the document that was kept.
                string kept = result[first].DuplicateOf ?? result[first].Id;
                result[i] = result[i] with { DuplicateOf = kept };
                entries.Add(new DuplicateEntry(result[i].Id, kept, "exact", kept == result[first].Id ? 1.0 : entries.First(e => e.Id == result[first].Id).Similarity));
                continue;
            }
            exact[key] = i;
            if (words.Count < options.ShingleSize) continue;
            var shingles = Shingles(words, options.ShingleSize);
            var signature = MinHash(shingles);
            var bandKeys = new (int, ulong)[Bands];
            for (int b = 0; b < Bands; b++)
            {
                ulong h = 1469598103934665603UL;
                for (int r = 0; r < Rows; r++) h = SplitMix(h ^ signature[b * Rows + r]);
                bandKeys[b] = (b, h);
            }
            int best = -1;
            double bestSimilarity = 0;
            foreach (int candidate in bandKeys.SelectMany(k => buckets.TryGetValue(k, out var list) ? list : []).Distinct().Order())
            {
                double similarity = Jaccard(shingles, Shingles(Words(result[candidate].Text), options.ShingleSize));
                if (similarity >= options.NearThreshold)
                {
                    best = candidate;
                    bestSimilarity = similarity;
                    break;
                }
            }
            if (best >= 0)
            {
                result[i] = result[i] with { DuplicateOf = result[best].Id };
                entries.Add(new DuplicateEntry(result[i].Id, result[best].Id, "near", bestSimilarity));
                continue;
            }
            foreach (var k in bandKeys)
            {
                if (!buckets.TryGetValue(k, out var list)) buckets[k] = list = [];
                list.Add(i);
            }
        }
        return (result, entries);
    }

    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    internal static HashSet<ulong> Shingles(List<string> words, int size)
    {
        var set = new HashSet<ulong>();
        if (words.Count < size) return set;
        for (int i = 0; i + size <= words.Count; i++)
        {
            ulong h = 1469598103934665603UL;
            for (int j = i; j < i + size; j++)
            {
                foreach (char c in words[j]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' ';
                h *= 1099511628211UL;
            }
            set.Add(h);
        }
        return set;
    }

    internal static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        int intersection = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    private static ulong[] MinHash(HashSet<ulong> shingles)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
            for (int h = 0; h < Hashes; h++)
            {
                ulong v = SplitMix(s ^ Seeds[h]);
                if (v < signature[h]) signature[h] = v;
            }
        return signature;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
