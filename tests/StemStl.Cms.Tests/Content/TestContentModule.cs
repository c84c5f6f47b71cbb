using System.Collections.Concurrent;
using StemStl.Cms.Content;
using StemStl.Cms.Handlers;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Content;

/// <summary>Contributes the test kinds and a recording handler through a real feature, as a module would.</summary>
public sealed class TestContentModule : CmsModule
{
    public const string FeatureId = "Test.Content";

    public override ModuleManifest Manifest { get; } = new(
        "Test.Content", "Test content", "Part and field kinds for the engine's tests.", "Tests",
        [new FeatureManifest(FeatureId, "Test content", "Test kinds and handler.")]);

    public override void Configure(ModuleBuilder builder) =>
        builder.Feature(FeatureId, f => f
            .AddContentPart<TestTitlePart>()
            .AddContentPart<TestRoutePart>()
            .AddContentPart<TestPublishLaterPart>()
            .AddContentPart<TestUnpublishLaterPart>()
            .AddContentField<TestTextField>()
            .AddContentField<TestNumberField>()
            .AddContentHandler<RecordingHandler>());
}

/// <summary>What the handlers saw, in order.</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public bool Has(string entry) => Entries.Contains(entry);
}

/// <summary>
/// Records every event; throws from CreatedAsync for items whose display text says "explode"; while publishing an item
/// titled "cascade:&lt;id&gt;" it creates a companion item with that id through the manager, as a container handler would;
/// for "tolerate:&lt;id&gt;" it ignores a companion that fails.
/// </summary>
public sealed class RecordingHandler(HandlerLog log, IContentManager manager) : IContentHandler
{
    public async Task PublishingAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Item.DisplayText.StartsWith("cascade:", StringComparison.Ordinal))
        {
            var companion = new ContentItem { ContentType = "Note", ContentItemId = context.Item.DisplayText["cascade:".Length..] };
            companion.Part("TestTitlePart")["Title"] = "Companion";
            var result = await manager.CreateAsync(companion, false, context.CancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The companion was refused: " + result.Errors[0].Message);
            }
        }
        else if (context.Item.DisplayText.StartsWith("tolerate:", StringComparison.Ordinal))
        {
            // A nested operation that fails after writing (its unique value is taken) and is shrugged off.
            var companion = new ContentItem { ContentType = "Article", ContentItemId = context.Item.DisplayText["tolerate:".Length..] };
            companion.Part("TestTitlePart")["Title"] = "Doomed companion";
            companion.Part("TestRoutePart")["Path"] = "/tolerated-clash";
            companion.Part("Article")["Subtitle"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "x" };
            var result = await manager.CreateAsync(companion, false, context.CancellationToken);
            log.Entries.Enqueue($"Tolerated:{result.Failure}");
        }
    }

    public Task CreatedAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        log.Entries.Enqueue($"Created:{context.Item.ContentItemId}");
        if (context.Item.DisplayText.Contains("explode", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The test handler exploded after the version was written.");
        }

        context.AfterCommit(_ =>
        {
            log.Entries.Enqueue($"AfterCommit:{context.Item.ContentItemId}");
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public Task PublishedAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        log.Entries.Enqueue($"Published:{context.Item.ContentItemId}");
        return Task.CompletedTask;
    }

    public Task UnpublishedAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        log.Entries.Enqueue($"Unpublished:{context.Item.ContentItemId}");
        return Task.CompletedTask;
    }

    public Task RemovedAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        log.Entries.Enqueue($"Removed:{context.Item.ContentItemId}");
        return Task.CompletedTask;
    }
}
