namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

public class GazetteerTests
{
    [Fact]
    public void Default_CoversWhatTheIssueAsksFor()
    {
        string[] required =
        [
            "Iran", "Russia", "United States", "the West", "China", "Syria", "Afghanistan", "Ukraine", "Israel", "Lebanon", "India",
            "South Caucasus", "Central Asia", "Middle East", "NATO", "European Union", "Eurasian Economic Union",
            "Shanghai Cooperation Organization", "JCPOA", "North-South Transport Corridor", "Bushehr Nuclear Power Plant", "State Duma",
            "Vladimir Putin", "Abbas Araghchi", "Sergey Lavrov", "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Ali Khamenei",
            "Bashar al-Assad", "Maria Zakharova", "Esmaeil Baghaei",
        ];
        foreach (string name in required) Assert.NotNull(Gazetteer.Default.Find(name));
        var us = Gazetteer.Default.Find("United States")!;
        Assert.Contains("US", us.Aliases!);
        Assert.Contains("U.S.", us.Aliases!);
        Assert.Contains("Washington", us.Capitals!);
        Assert.Contains("Sergei Lavrov", Gazetteer.Default.Find("Sergey Lavrov")!.Aliases!);
        Assert.Contains("West Asia", Gazetteer.Default.Find("Middle East")!.Aliases!);
        Assert.Equal(EntityType.Agreement, Gazetteer.Default.Find("JCPOA")!.Type);
    }

    [Fact]
    public void Default_ToDataFrame_HasOneRowPerEntity()
    {
        var frame = Gazetteer.Default.ToDataFrame();
        Assert.Equal(Gazetteer.Default.Entities.Count, (int)frame.Rows.Count);
        Assert.Equal(["name", "type", "aliases", "demonyms", "capitals", "roles"], frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void FileWithoutExtends_ReplacesDefault()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("g.yaml", "entities:\n  - name: Sputnik\n    type: organisation\n    aliases: [Sputnik News]\n");
        var g = Gazetteer.Load(path);
        Assert.Equal(["Sputnik"], g.Entities.Select(e => e.Name));
        Assert.Equal(2, g.Entities[0].Line);
    }

    [Fact]
    public void FileWithExtends_AddsToDefault_AndClaimsSurfaceForms()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("g.yaml", "extends: default\nentities:\n  - {name: Moscow, type: place}\n");
        var g = Gazetteer.Load(path);
        Assert.NotNull(g.Find("Iran"));
        Assert.Equal(EntityType.Place, g.Find("Moscow")!.Type);
        Assert.DoesNotContain("Moscow", g.Find("Russia")!.Capitals!);
        var mentions = new Corpus([new Document { Id = "a", File = "a", Text = "Moscow and Russia." }]).Entities(g);
        Assert.Equal(["Moscow", "Russia"], mentions.Select(m => m.Entity));
    }

    public static TheoryData<string, int, string> BadFiles => new()
    {
        { "entities:\n  - name: Iran\n    type: country: x\n", 3, "invalid YAML" },
        { "entities:\n  - name: \"Iran\n    type: country\n", 2, "invalid YAML" },
        { "entities:\n  - name: Iran\n    type: contry\n", 3, "unknown type 'contry'" },
        { "entities:\n  - name: Iran\n    aliases: [Persia]\n", 2, "has no 'type'" },
        { "entities:\n  - type: country\n", 2, "has no 'name'" },
        { "entities:\n  - name: Iran\n    type: country\n    alias: [Persia]\n", 4, "unknown entity key 'alias'" },
        { "entitys:\n  - name: Iran\n", 1, "unknown key 'entitys'" },
        { "entities: Iran\n", 1, "'entities' must be a list" },
        { "entities:\n  - {name: Iran, type: country}\n  - {name: Persia, type: country, aliases: [iran]}\n", 3, "already names 'Iran' (line 2)" },
        { "entities:\n  - {name: Iran, type: country}\n  - {name: Iran, type: place}\n", 3, "defined twice" },
        { "entities:\n  - {name: Iran, type: country, aliases: [[Persia]]}\n", 2, "must be a single value" },
        { "", 1, "empty" },
        { "extends: everything\nentities: []\n", 1, "'extends' must be 'default'" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadFile_ErrorNamesFileAndLine(string yaml, int line, string problem)
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("bad.yaml", yaml);
        var e = Assert.Throws<GazetteerException>(() => Gazetteer.Load(path));
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(yaml, File.ReadAllText(path)); // input untouched
    }

    [Fact]
    public void MissingFile_IsClearError()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Gazetteer.Load("/nonexistent/g.yaml"));
        Assert.Contains("/nonexistent/g.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_ThenLoad_GivesTheSameEntities()
    {
        using var temp = SharedData.TempFolder();
        string path = Path.Combine(temp.Path, "out.yaml");
        Gazetteer.Default.Save(path);
        var back = Gazetteer.Load(path);
        Assert.Equal(Gazetteer.Default.Entities.Select(Describe), back.Entities.Select(Describe));
        Assert.Equal(Gazetteer.Default.Titles, back.Titles);
    }

    [Fact]
    public void Writer_AddsChosenEntities_ToAFileThatExtendsTheDefault()
    {
        using var temp = SharedData.TempFolder();
        string path = Path.Combine(temp.Path, "mine.yaml");
        GazetteerWriter.Write(path, [new GazetteerEntity("Sam Nujoma", EntityType.Person, ["Nujoma"])]);
        GazetteerWriter.Write(path, [new GazetteerEntity("Youssef Rajji", EntityType.Person, ["Rajji", "Youssef Joe Rajji"])]);
        var g = Gazetteer.Load(path);
        Assert.NotNull(g.Find("Iran"));
        Assert.NotNull(g.Find("Sam Nujoma"));
        Assert.Equal(["Rajji", "Youssef Joe Rajji"], g.Find("Youssef Rajji")!.Aliases!);
    }

    private static string Describe(GazetteerEntity e) =>
        $"{e.Name}|{e.Type}|{string.Join(";", e.Aliases ?? [])}|{string.Join(";", e.Demonyms ?? [])}|{string.Join(";", e.Capitals ?? [])}|{string.Join(";", e.Roles ?? [])}";
}
