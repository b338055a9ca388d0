namespace NewsFrames;

/// <summary>Entity entry points for notebooks: <c>corpus.Entities()</c>, <c>corpus.DiscoverEntities()</c>.</summary>
public static class EntityExtensions
{
    /// <summary>Finds every gazetteer mention (the default gazetteer unless one is given).</summary>
    /// <example>
    /// <code>
    /// var mentions = Corpus.Load("seeds").Entities();
    /// var mine = Corpus.Load("seeds").Entities(Gazetteer.Load("my-gazetteer.yaml"), new EntityMatchOptions { Capitals = false });
    /// </code>
    /// </example>
    public static EntityMentions Entities(this Corpus corpus, Gazetteer? gazetteer = null, EntityMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Tokenize().Entities(gazetteer, options);
    }

    /// <summary>Finds every gazetteer mention in an already tokenized corpus.</summary>
    /// <example><code>var mentions = corpus.Tokenize().Entities();</code></example>
    public static EntityMentions Entities(this TokenizedCorpus tokens, Gazetteer? gazetteer = null, EntityMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        gazetteer ??= Gazetteer.Default;
        options ??= EntityMatchOptions.Default;
        var matcher = EntityMatcher.Compile(gazetteer, tokens.Vocabulary, options);
        var perDocument = new List<EntityMention>[tokens.Count];
        Parallel.For(0, tokens.Count, i => perDocument[i] = matcher.Match(tokens[i], i));
        return new EntityMentions(tokens, gazetteer, options, perDocument.SelectMany(m => m).ToArray());
    }
}
