namespace NewsFrames;

/// <summary>
/// An order-preserving parallel map over a stream: items are taken in batches, each batch is processed on all
/// cores while the next batch is read, and results come out in input order. Memory is bounded by two batches,
/// whatever the length of the stream.
/// </summary>
/// <example>
/// <code>
/// var vocabulary = new Vocabulary();
/// foreach (var doc in CorpusStream.Read("articles").SelectOrdered(d => Tokenizer.Tokenize(d, vocabulary)))
///     Console.WriteLine(doc.Tokens.Count);
/// </code>
/// </example>
public static class OrderedParallel
{
    /// <summary>The default number of items per batch.</summary>
    public const int DefaultBatchSize = 256;

    /// <summary>
    /// Applies <paramref name="selector"/> to every item on up to <paramref name="maxDegreeOfParallelism"/> threads
    /// (-1: all cores) and yields the results in input order. The source is enumerated on one thread, one batch
    /// ahead of the work, so a source that reads from disk overlaps with the processing.
    /// </summary>
    /// <example><code>var lengths = CorpusStream.Read("articles").SelectOrdered(d => d.Text.Length).Sum();</code></example>
    public static IEnumerable<TResult> SelectOrdered<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector,
        int maxDegreeOfParallelism = -1, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        int degree = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        return degree == 1 ? Sequential(source, selector) : Parallel(source, selector, degree, batchSize);
    }

    private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        foreach (var item in source) yield return selector(item);
    }

    private static IEnumerable<TResult> Parallel<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector,
        int degree, int batchSize)
    {
        using var enumerator = source.GetEnumerator();
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        Task<List<TSource>>? pending = null;
        try
        {
            var batch = Fill(enumerator, batchSize);
            while (batch.Count > 0)
            {
                // The reader runs beside the workers: it is usually I/O and parsing, which would otherwise serialise.
                var current = batch;
                pending = Task.Run(() => Fill(enumerator, batchSize));
                var results = new TResult[current.Count];
                try
                {
                    System.Threading.Tasks.Parallel.For(0, current.Count, options, i => results[i] = selector(current[i]));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
                batch = pending.GetAwaiter().GetResult();
                pending = null;
                foreach (var result in results) yield return result;
            }
        }
        finally
        {
            // A consumer that stops early, or a failing selector, must not leave the reader running on an
            // enumerator that is about to be disposed.
            if (pending is not null)
            {
                try { pending.Wait(); } catch (AggregateException) { }
            }
        }
    }

    private static List<T> Fill<T>(IEnumerator<T> enumerator, int batchSize)
    {
        var batch = new List<T>(batchSize);
        while (batch.Count < batchSize && enumerator.MoveNext()) batch.Add(enumerator.Current);
        return batch;
    }
}
