using StemStl.Cms.Content.Definitions;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Content;

public sealed class ContentDefinitionValidatorTests
{
    private static readonly Dictionary<string, ContentPartKind> PartKinds = new()
    {
        ["TestTitlePart"] = new TestTitlePart(),
        ["TestRoutePart"] = new TestRoutePart(),
        ["PublishLaterPart"] = new TestPublishLaterPart(),
        ["UnpublishLaterPart"] = new TestUnpublishLaterPart(),
    };

    private static readonly Dictionary<string, ContentFieldKind> FieldKinds = new()
    {
        ["TestTextField"] = new TestTextField(),
        ["TestNumberField"] = new TestNumberField(),
    };

    private static IReadOnlyList<DefinitionError> Validate(ContentDefinitionChange change) =>
        ContentDefinitionValidator.Validate(change, TestDefinitionsState.Types, TestDefinitionsState.Parts, PartKinds, FieldKinds);

    [Fact]
    public void Validate_TheTestModel_HasNoErrors() => Assert.Empty(Validate(TestDefinitions.Change));

    [Fact]
    public void Validate_UnknownPartOnType_IsKeyedByPathWithSuggestion()
    {
        var change = new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("Page", "Page", new(), [new("TestTitelPart", "TestTitelPart")])],
        };

        var error = Assert.Single(Validate(change));

        Assert.Equal("Types[0].Parts[0]", error.Path);
        Assert.Equal("unknown part 'TestTitelPart'; did you mean 'TestTitlePart'?", error.Message);
    }

    [Fact]
    public void Validate_MisspelledFieldSetting_IsKeyedBySettingPath()
    {
        var change = new ContentDefinitionChange
        {
            Parts = [new ContentPartDefinition("Page", "Page", "", [new("Body", "TestTextField", "Body", new() { ["MaxLenght"] = 3 })])],
        };

        var error = Assert.Single(Validate(change));

        Assert.Equal("Parts[0].Fields[0].Settings.MaxLenght", error.Path);
        Assert.Contains("did you mean 'MaxLength'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongSettingType_UnknownFieldKindAndDuplicates_AreAllReported()
    {
        var change = new ContentDefinitionChange
        {
            Parts =
            [
                new ContentPartDefinition("Page", "Page", "",
                [
                    new("Body", "TestTextFeld", "Body"),
                    new("Body", "TestTextField", "Body again", new() { ["Required"] = "yes" }),
                ]),
            ],
            Types =
            [
                new ContentTypeDefinition("Page", "Page", new(),
                [
                    new("TestTitlePart", "TestTitlePart", new() { ["Pattern"] = "x" }),
                    new("TestTitlePart", "TestTitlePart"),
                ]),
            ],
        };

        var errors = Validate(change);

        Assert.Contains(errors, e => e.Path == "Parts[0].Fields[0]" && e.Message.Contains("did you mean 'TestTextField'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Parts[0].Fields[1]" && e.Message.Contains("two fields named 'Body'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.StartsWith("Parts[0].Fields[1].Settings", StringComparison.Ordinal) && e.Message.Contains("wrong type", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Types[0].Parts[0].Settings.Pattern" && e.Message.Contains("takes no settings", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Types[0].Parts[1]" && e.Message.Contains("two parts named", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadNames_AreRefused()
    {
        var change = new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("1Page", "Page", new(), []), new ContentTypeDefinition("My Page", "Page", new(), [])],
        };

        var errors = Validate(change);

        Assert.Equal(["Types[0].Name", "Types[1].Name"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_ImplicitPartNamedAfterTheType_ResolvesWithoutDefinition()
    {
        var change = new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("Page", "Page", new(), [new("Page", "Page")])],
        };

        Assert.Empty(Validate(change));
    }

    [Fact]
    public void Validate_DeletingAPartStillUsed_IsRefusedNamingTheType_AndUnknownDeletionsSuggest()
    {
        var change = new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("Page", "Page", new(), [new("Extra", "Extra")])],
            DeletedParts = ["Extra"],
            DeletedTypes = ["Artcle"],
        };

        var errors = Validate(change);

        Assert.Contains(errors, e => e.Path == "DeletedParts[0]" && e.Message.Contains("'Page'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "DeletedTypes[0]" && e.Message.Contains("did you mean 'Article'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ReturnsTheDefinitionsAfterTheChange()
    {
        var change = new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("Page", "Page", new(), [])],
            DeletedTypes = ["Note"],
        };

        var (types, parts) = ContentDefinitionValidator.Apply(change, TestDefinitionsState.Types, TestDefinitionsState.Parts);

        Assert.Contains("Page", types.Keys);
        Assert.DoesNotContain("Note", types.Keys);
        Assert.Equal(TestDefinitionsState.Parts.Keys.Order(), parts.Keys.Order());
    }
}

/// <summary>The test model as "current" definitions.</summary>
internal static class TestDefinitionsState
{
    public static IReadOnlyDictionary<string, ContentTypeDefinition> Types { get; } =
        TestDefinitions.Change.Types.ToDictionary(t => t.Name);

    public static IReadOnlyDictionary<string, ContentPartDefinition> Parts { get; } =
        TestDefinitions.Change.Parts.ToDictionary(p => p.Name);
}
