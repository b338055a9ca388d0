using System.CommandLine;

namespace NewsFrames.Cli.Commands;

/// <summary>
/// `newsframes entities &lt;corpus&gt; [--gazetteer file] [--view mentions|counts] [--by source] [--no-demonyms]
/// [--no-capitals] [--no-roles]` and `newsframes entities discover &lt;corpus&gt; [--min-count N] [--top N]`.
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var corpusArgument = CorpusArgument();
        var gazetteer = GazetteerOption();
        var view = new Option<string>("--view")
        {
            Description = "mentions (document, file, source, entity, type, surface, sentence, start, end, paragraph, match, evidence) "
                + "or counts (source, entity, type, mentions, documents, document_share).",
            DefaultValueFactory = _ => "mentions",
        };
        view.AcceptOnlyFromAmong("mentions", "counts");
        var by = ByOption();
        var noDemonyms = new Option<bool>("--no-demonyms") { Description = "Do not match demonyms (\"Iranian\" → Iran)." };
        var noCapitals = new Option<bool>("--no-capitals") { Description = "Do not match capitals (\"Washington\" → United States)." };
        var noRoles = new Option<bool>("--no-roles") { Description = "Do not match role phrases (\"Supreme Leader\" → Ali Khamenei)." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("entities", "Gazetteer entity mentions: one row per mention (or counts per entity), with the sentence as evidence.");
        command.Arguments.Add(corpusArgument);
        foreach (var option in new Option[] { gazetteer, view, by, noDemonyms, noCapitals, noRoles, format, output }) command.Options.Add(option);
        command.SetAction(parse => Run(parse.GetValue(corpusArgument)!, parse.GetValue(gazetteer), corpus =>
        {
            var options = new EntityMatchOptions
            {
                Demonyms = !parse.GetValue(noDemonyms),
                Capitals = !parse.GetValue(noCapitals),
                Roles = !parse.GetValue(noRoles),
            };
            return options;
        }, (mentions, _) =>
        {
            bool bySource = parse.GetValue(by) is not null;
            var frame = parse.GetValue(view) == "counts" || bySource ? mentions.Counts(bySource).ToDataFrame() : mentions.ToDataFrame();
            Output.Write(frame, parse.GetValue(format), parse.GetValue(output), "Entities");
        }));
        command.Subcommands.Add(DiscoverCommand());
        return command;
    }

    private static Command DiscoverCommand()
    {
        var corpusArgument = CorpusArgument();
        var gazetteer = GazetteerOption();
        var minCount = new Option<int>("--min-count") { Description = "Leave out candidates seen fewer times.", DefaultValueFactory = _ => 2 };
        var top = new Option<int?>("--top") { Description = "Only the N most frequent candidates." };
        var format = Output.FormatOption();
        var output = Output.OutOption();
        var command = new Command("discover", "Capitalised names the gazetteer does not cover: candidate, count, documents, example, example_document.");
        command.Arguments.Add(corpusArgument);
        foreach (var option in new Option[] { gazetteer, minCount, top, format, output }) command.Options.Add(option);
        command.SetAction(parse => Run(parse.GetValue(corpusArgument)!, parse.GetValue(gazetteer), _ => EntityMatchOptions.Default, (mentions, _) =>
        {
            var candidates = mentions.DiscoverEntities(new DiscoveryOptions { MinCount = parse.GetValue(minCount) });
            if (parse.GetValue(top) is int n) candidates = candidates.Top(n);
            Output.Write(candidates.ToDataFrame(), parse.GetValue(format), parse.GetValue(output), "Entity candidates");
        }));
        return command;
    }

    internal static Argument<string> CorpusArgument() => new("corpus") { Description = "A folder of articles (recursive) or one file." };

    internal static Option<FileInfo?> GazetteerOption() => new("--gazetteer", "-g")
    {
        Description = "A gazetteer YAML file; it replaces the embedded default, or extends it when it says `extends: default`.",
    };

    internal static Option<string?> ByOption()
    {
        var by = new Option<string?>("--by") { Description = "`--by source`: one set of rows per source." };
        by.AcceptOnlyFromAmong("source");
        return by;
    }

    /// <summary>Loads the gazetteer and corpus, finds mentions and hands them on; every expected failure is one line on stderr and exit code 1.</summary>
    internal static int Run(string path, FileInfo? gazetteerFile, Func<Corpus, EntityMatchOptions> options, Action<EntityMentions, Corpus> analyse)
    {
        Gazetteer gazetteer = Gazetteer.Default;
        return CorpusRunner.Run(path, corpus => analyse(corpus.Entities(gazetteer, options(corpus)), corpus),
            prepare: () => gazetteer = gazetteerFile is null ? Gazetteer.Default : Gazetteer.Load(gazetteerFile.FullName));
    }
}
