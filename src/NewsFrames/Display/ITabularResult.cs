using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>
/// Every NewsFrames result implements this: a notebook can always look at the numbers behind a chart, and the
/// display formatters can render any result as a table.
/// </summary>
/// <example><code>DataFrame frame = corpus.ToDataFrame();</code></example>
public interface ITabularResult
{
    /// <summary>The result as a DataFrame with typed columns.</summary>
    DataFrame ToDataFrame();
}
