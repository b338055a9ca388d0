namespace NewsFrames.Tests.Performance;

using Corpus = NewsFrames.Corpus;

/// <summary>The streamed path (file by file, batches on all cores) must give exactly what the in-memory path gives.</summary>
public class StreamingTests
{
    private static Dictionary<string, (long Count, int Documents)> InMemoryCounts(Corpus corpus, TallyUnit unit)
    {
        // Counted straight from the in-memory TokenizedCorpus, with no TermTally involved.
        var tokens = corpus.Tokenize();
        var result = new Dictionary<string, (long Count, int Documents)>(StringComparer.Ordinal);
        foreach (var doc in tokens)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in doc.Tokens)
            {
                string term = tokens.Vocabulary[unit switch { TallyUnit.Form => t.Form, TallyUnit.Stem => t.Stem, _ => t.Lower }];
                result.TryGetValue(term, out var c);
                result[term] = (c.Count + 1, c.Documents + (seen.Add(term) ? 1 : 0));
            }
        }
        return result;
    }

    [Theory]
    [InlineData(TallyUnit.Lower)]
    [InlineData(TallyUnit.Stem)]
    [InlineData(TallyUnit.Form)]
    public void Seeds_StreamedCounts_EqualInMemoryCounts(TallyUnit unit)
    {
        var expected = InMemoryCounts(Corpus.Load(SharedData.Seeds), unit);
        var vocabulary = new Vocabulary();
        var tally = new TermTally(vocabulary, unit);
        // batchSize 2 forces several batches and the read-ahead over the five seed files.
        foreach (var doc in CorpusStream.Read(SharedData.Seeds).TokenizeStream(vocabulary, maxDegreeOfParallelism: 2, batchSize: 2))
            tally.Add(doc);

        var actual = tally.Terms().ToDictionary(r => r.Term, r => (r.Count, r.Documents), StringComparer.Ordinal);
        Assert.Equal(5, tally.DocumentCount);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (term, counts) in expected) Assert.Equal(counts, actual[term]);
        Assert.Equal(expected.Values.Sum(v => v.Count), tally.TokenCount);
    }

    [Fact]
    public void Seeds_StreamedFrames_EqualInMemoryFrames()
    {
        var expected = Corpus.Load(SharedData.Seeds).Frames();
        var streamed = CorpusStream.Read(SharedData.Seeds).FramesStream(maxDegreeOfParallelism: 2);
        Assert.NotEmpty(expected.Hits);
        Assert.Equal(expected.Hits.ToArray(), streamed.Hits.ToArray());
        Assert.Equal(expected.Documents.ToArray(), streamed.Documents.ToArray());
        Assert.Equal(expected.BySource().ToArray(), streamed.BySource().ToArray());
    }

    [Fact]
    public void Seeds_StreamedEntitiesAndCooccurrence_EqualInMemory()
    {
        var expected = Corpus.Load(SharedData.Seeds).Entities();
        // Small batches: several batches, read-ahead, and mention renumbering across them.
        var streamed = CorpusStream.Read(SharedData.Seeds).AnalyzeStream(new StreamingOptions { MaxDegreeOfParallelism = 2, BatchSize = 2 }).Entities!;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToArray(), streamed.ToArray());
        foreach (var scope in new[] { "sentence", "paragraph", "document", "5" })
        {
            var options = CooccurrenceOptions.Parse(scope) with { BySource = true };
            Assert.Equal(expected.Cooccurrence(options).ToArray(), streamed.Cooccurrence(options).ToArray());
        }
        Assert.Equal(expected.Counts(bySource: true).ToArray(), streamed.Counts(bySource: true).ToArray());
    }

    [Fact]
    public void MentionTable_GivesBackEveryMentionAndItsIndexes()
    {
        // Streamed mentions are kept as rows and rebuilt on access: each must come back equal, by index and in order.
        var expected = Corpus.Load(SharedData.Seeds).Entities();
        var table = new MentionTable();
        foreach (var m in expected) table.Add(m, m.DocumentIndex);
        var rebuilt = new EntityMentions(expected.Tokens, expected.Gazetteer, expected.Options, table);
        Assert.Equal(expected.Count, rebuilt.Count);
        Assert.Equal(expected.ToArray(), rebuilt.ToArray());
        Assert.All(Enumerable.Range(0, expected.Count), i => Assert.Equal(expected[i], rebuilt[i]));
        Assert.Equal(expected.Select(m => m.DocumentIndex), Enumerable.Range(0, expected.Count).Select(rebuilt.DocumentIndexAt));
        Assert.Equal(expected.Of("Iran"), rebuilt.Of("Iran"));
        Assert.Throws<ArgumentOutOfRangeException>(() => rebuilt[expected.Count]);
    }

    [Fact]
    public void Seeds_OnePassAnalysis_EqualsSeparatePasses()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        var run = CorpusStream.Read(SharedData.Seeds).AnalyzeStream(new StreamingOptions { Unit = TallyUnit.Stem });
        Assert.Equal(5, run.Documents);
        Assert.Equal(corpus.Frames().Hits.ToArray(), run.Frames!.Hits.ToArray());
        var expectedTerms = InMemoryCounts(corpus, TallyUnit.Stem);
        Assert.Equal(expectedTerms.Count, run.Terms.Terms().Count);
        foreach (var (term, count, documents) in run.Terms.Terms()) Assert.Equal(expectedTerms[term], (count, documents));
    }

    [SkippableFact]
    public void Bbc_OnePassOnTwoWorkers_EqualsInMemory()
    {
        // 2,225 real articles on two workers in batches of 16: each worker counts the documents it tokenized into its
        // own tally, in its own reusable buffers, so this compares every term, hit and mention, not a sample.
        var corpus = Corpus.Load(SharedData.Data("bbc"));
        var run = corpus.AnalyzeStream(new StreamingOptions { Unit = TallyUnit.Lower, MaxDegreeOfParallelism = 2, BatchSize = 16 });
        Assert.Equal(corpus.Count, run.Documents);
        Assert.Equal(corpus.Count, run.Terms.DocumentCount);
        var expectedTerms = InMemoryCounts(corpus, TallyUnit.Lower);
        Assert.Equal(expectedTerms.Count, run.Terms.Terms().Count);
        foreach (var (term, count, documents) in run.Terms.Terms()) Assert.Equal(expectedTerms[term], (count, documents));
        Assert.Equal(expectedTerms.Values.Sum(c => c.Count), run.Terms.TokenCount);
        var expectedHits = corpus.Frames().Hits.ToArray();
        Assert.NotEmpty(expectedHits);
        Assert.Equal(expectedHits, run.Frames!.Hits.ToArray());
        var expectedMentions = corpus.Entities();
        Assert.Equal(expectedMentions.ToArray(), run.Entities!.ToArray());
        Assert.Equal(expectedMentions.Cooccurrence().ToArray(), run.Entities!.Cooccurrence().ToArray());
    }

    [Fact]
    public void TokenizeTransient_SameAsTokenize_AndValidUntilTheThreadsNextDocument()
    {
        var vocabulary = new Vocabulary();
        var documents = Corpus.Load(SharedData.Seeds).ToArray();
        foreach (var document in documents)
        {
            var expected = Tokenizer.Tokenize(document, vocabulary);
            var transient = Tokenizer.TokenizeTransient(document, vocabulary);
            Assert.Equal(expected.Tokens.ToArray(), transient.Tokens.ToArray());
            Assert.Equal(expected.Parts.ToArray(), transient.Parts.ToArray());
            Assert.Equal(expected.Sentences.ToArray(), transient.Sentences.ToArray());
            Assert.Equal(expected.TokenSpan.ToArray(), transient.TokenSpan.ToArray());
            Assert.Equal(expected.PartSpan.ToArray(), transient.PartSpan.ToArray());
            Assert.Equal((expected.SentenceCount, expected.ParagraphCount), (transient.SentenceCount, transient.ParagraphCount));
        }
        // The contract: the view shares the thread's buffers, so the next transient document overwrites it, while a
        // document from Tokenize (its own arrays) is untouched by either.
        var kept = Tokenizer.Tokenize(documents[0], vocabulary);
        var first = Tokenizer.TokenizeTransient(documents[0], vocabulary);
        var firstToken = first.Tokens[0];
        Tokenizer.TokenizeTransient(documents[1], vocabulary);
        Assert.NotEqual(firstToken, first.Tokens[0]);
        Assert.Equal(firstToken, kept.Tokens[0]);
    }

    [Fact]
    public void Read_Folder_SameDocumentsInSameOrderAsLoad()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("b/one.txt", "Second folder.\n\nBody of one.");
        temp.Write("a.txt", "First.\n\nBody of a.");
        temp.Write("b/c/two.txt", "Deeper.\n\nBody of two.");
        var loaded = Corpus.Load(temp.Path).Select(d => (d.Id, d.File, d.Text)).ToArray();
        var streamed = CorpusStream.Read(temp.Path).Select(d => (d.Id, d.File, d.Text)).ToArray();
        Assert.Equal(["a", "b/c/two", "b/one"], loaded.Select(d => d.Id).ToArray());
        Assert.Equal(loaded, streamed);
    }

    [Fact]
    public void SelectOrdered_ManyBatches_KeepsInputOrder()
    {
        // 1,000 items in batches of 7 on 2 threads: results must come out as 0..999 squared, in order.
        var results = Enumerable.Range(0, 1000).SelectOrdered(i => i * i, maxDegreeOfParallelism: 2, batchSize: 7).ToArray();
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * i).ToArray(), results);
    }

    [Fact]
    public void SelectOrdered_SelectorThrows_OriginalExceptionSurfaces()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Enumerable.Range(0, 100).SelectOrdered(i => i == 42 ? throw new InvalidOperationException("item 42") : i, 2, 10).ToArray());
        Assert.Equal("item 42", error.Message);
    }

    [Fact]
    public void SelectOrdered_ConsumerStopsEarly_SourceDisposedOnce()
    {
        var source = new CountingSource(100);
        var firstThree = source.SelectOrdered(i => i, 2, 10).Take(3).ToArray();
        Assert.Equal([0, 1, 2], firstThree);
        Assert.Equal(1, source.Disposed);
    }

    [Fact]
    public void SelectOrdered_SourceFailsMidway_EarlierResultsComeOutThenTheSourcesError()
    {
        // A reader that fails after 50 items (a malformed file in a folder): every item read before it is yielded,
        // in order, and then the reader's own exception, not a wrapper.
        static IEnumerable<int> FailingSource()
        {
            for (int i = 0; i < 50; i++) yield return i;
            throw new IOException("file 51 is unreadable");
        }
        var seen = new List<int>();
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (int x in FailingSource().SelectOrdered(i => i * 2, maxDegreeOfParallelism: 2, batchSize: 16)) seen.Add(x);
        });
        Assert.Equal("file 51 is unreadable", error.Message);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * 2), seen);
    }

    [Fact]
    public void SelectOrdered_UnevenWorkOnThreeThreads_KeepsOrderEveryTime()
    {
        // Items that take very different times finish out of order on the workers; the output must not.
        for (int run = 0; run < 50; run++)
        {
            var results = Enumerable.Range(0, 600).SelectOrdered(i =>
            {
                if ((i * 7919 + run) % 13 == 0) Thread.SpinWait(20_000);
                return i;
            }, maxDegreeOfParallelism: 3, batchSize: 32).ToArray();
            Assert.Equal(Enumerable.Range(0, 600), results);
        }
    }

    [Fact]
    public void SelectOrdered_ConsumerStopsWhileWorkersAreBusy_ReturnsAndDisposesSourceOnce()
    {
        var source = new CountingSource(100_000);
        var first = source.SelectOrdered(i =>
        {
            Thread.SpinWait(1_000);
            return i;
        }, 2, 64).Take(100).ToArray();
        Assert.Equal(Enumerable.Range(0, 100), first);
        Assert.Equal(1, source.Disposed);
    }

    [Fact]
    public async Task SelectOrdered_SourceWaitsForEachResult_StillDeliversEveryOne()
    {
        // A source that gives its next item only once the consumer has the previous result (a feed read as it is
        // used): the consumer is normally woken when a quarter of the window is finished, which such a source never
        // fills, so this finishes only if a finished chunk also reaches the consumer after a short wait.
        using var received = new SemaphoreSlim(0);
        IEnumerable<int> Handshake()
        {
            for (int i = 0; i < 10; i++)
            {
                yield return i;
                if (!received.Wait(TimeSpan.FromSeconds(10))) throw new TimeoutException($"result {i} never reached the consumer");
            }
        }
        var run = Task.Run(() =>
        {
            var seen = new List<int>();
            foreach (int x in Handshake().SelectOrdered(i => i * 3, maxDegreeOfParallelism: 2, batchSize: 16))
            {
                seen.Add(x);
                received.Release();
            }
            return seen;
        });
        var seen = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 3), seen);
    }

    [Fact]
    public void TermTally_DocumentFromAnotherVocabulary_Throws()
    {
        var doc = Tokenizer.Tokenize(new Document { Id = "x", File = "x.txt", Text = "Iran and Russia" }, new Vocabulary());
        var tally = new TermTally(new Vocabulary());
        var error = Assert.Throws<ArgumentException>(() => tally.Add(doc));
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPath_ErrorNamesIt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => CorpusStream.Read("/no/such/folder-xyz").ToArray());
        Assert.Contains("/no/such/folder-xyz", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingSource(int count) : IEnumerable<int>
    {
        public int Disposed;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (int i = 0; i < count; i++) yield return i;
            }
            finally
            {
                Interlocked.Increment(ref Disposed);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
