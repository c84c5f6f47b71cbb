using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Content;

/// <summary>The content model the engine's tests run against.</summary>
public static class TestDefinitions
{
    public static ContentDefinitionChange Change { get; } = new()
    {
        Parts =
        [
            new ContentPartDefinition("Article", "Article", "The article's own fields.",
            [
                new ContentPartFieldDefinition("Subtitle", "TestTextField", "Subtitle", new() { ["Required"] = true, ["MaxLength"] = 40 }),
                new ContentPartFieldDefinition("Rank", "TestNumberField", "Rank"),
            ]),
            new ContentPartDefinition("Extra", "Extra", "A plain bag of fields.",
            [
                new ContentPartFieldDefinition("Note", "TestTextField", "Note"),
            ]),
        ],
        Types =
        [
            new ContentTypeDefinition("Article", "Article", new ContentTypeSettings(),
            [
                new ContentTypePartDefinition("TestTitlePart", "TestTitlePart"),
                new ContentTypePartDefinition("TestRoutePart", "TestRoutePart"),
                new ContentTypePartDefinition("Article", "Article"),
                new ContentTypePartDefinition("PublishLaterPart", "PublishLaterPart"),
                new ContentTypePartDefinition("UnpublishLaterPart", "UnpublishLaterPart"),
            ]),
            new ContentTypeDefinition("Note", "Note", new ContentTypeSettings(Versionable: false),
            [
                new ContentTypePartDefinition("TestTitlePart", "TestTitlePart"),
            ]),
            new ContentTypeDefinition("Event", "Event", new ContentTypeSettings(Draftable: false),
            [
                new ContentTypePartDefinition("TestTitlePart", "TestTitlePart"),
            ]),
        ],
    };
}
