using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes cooccurrence &lt;corpus&gt; [--window sentence|paragraph|document|N] [--by source] [--min-count N]
/// [--types person,country] [--top N] [--gazetteer file]`.
/// </summary>
internal static class CooccurrenceCommand
{
    public static Command Create()
    {
        var corpusArgument = EntitiesCommand.CorpusArgument();
        var gazetteer = EntitiesCommand.GazetteerOption();
        var window = new Option<string>("--window", "-w")
        {
            Description = "The context two mentions must share: sentence (default), paragraph, document, or N (within ±N tokens).",
            DefaultValueFactory = _ => "sentence",
        };
        var by = EntitiesCommand.ByOption();
        var minCount = new Option<int>("--min-count") { Description = "Leave out pairs seen together fewer times.", DefaultValueFactory = _ => 1 };
        var types = new Option<string?>("--types") { Description = "Only these entity types, comma-separated (person, country, organisation, place, group, agreement, event)." };
        var top = new Option<int?>("--top") { Description = "Only the N strongest pairs of each source." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("cooccurrence",
            "Entity pairs sharing a sentence (paragraph, document, window): source, entity1, entity2, count, documents, jaccard, pmi, npmi, g2, "
            + "type1, type2, count1, count2, contexts, window. source is (all) without --by source.");
        command.Arguments.Add(corpusArgument);
        foreach (var option in new Option[] { gazetteer, window, by, minCount, types, top, format, output }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            CooccurrenceOptions options;
            try
            {
                options = CooccurrenceOptions.Parse(parse.GetValue(window)!) with
                {
                    BySource = parse.GetValue(by) is not null,
                    MinCount = parse.GetValue(minCount),
                    Types = ParseTypes(parse.GetValue(types)),
                };
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"newsframes: {e.Message}");
                return 1;
            }
            return EntitiesCommand.Run(parse.GetValue(corpusArgument)!, parse.GetValue(gazetteer), _ => EntityMatchOptions.Default, (mentions, _) =>
            {
                var pairs = mentions.Cooccurrence(options);
                if (parse.GetValue(top) is int n) pairs = pairs.Top(n);
                Output.Write(pairs.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), $"Co-occurrence within a {options.Describe()}");
            });
        });
        return command;
    }

    private static HashSet<EntityType>? ParseTypes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var set = new HashSet<EntityType>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EntityTypeNames.TryParse(part, out var type))
                throw new ArgumentException($"Unknown entity type '{part}': expected {EntityTypeNames.AllNames}.");
            set.Add(type);
        }
        return set;
    }
}
