using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>The Event type campaigns link to: its fields, its two marked samples linked from STEM Celebration Week, and its dates rule.</summary>
public sealed class EventTests(CampaignSite site) : IClassFixture<CampaignSite>
{
    private static readonly string[] SampleEvents = ["stemstlevent0000000000001", "stemstlevent0000000000002"];

    [Fact]
    public async Task TheRecipe_DefinesAnApiVisibleEvent_WithEveryField()
    {
        var snapshot = await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync());

        var type = snapshot.FindType("Event");
        Assert.NotNull(type);
        Assert.True(type.Settings.ApiVisible);
        Assert.Equal(["TitlePart", "AutoroutePart", "Event"], type.Parts.Select(p => p.Name));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Description"] = "MarkdownField",
                ["Start"] = "DateTimeField",
                ["End"] = "DateTimeField",
                ["Location"] = "TextField",
                ["LocationPoint"] = "GeoPointField",
                ["Link"] = "LinkField",
                ["Workgroup"] = "ContentPickerField",
            },
            snapshot.FindPart("Event")!.Fields.ToDictionary(f => f.Name, f => f.FieldName));
    }

    [Fact]
    public async Task TwoMarkedSampleEvents_ArePublished_WithTheirWorkgroup_AndLinkedFromStemCelebrationWeek()
    {
        var (events, week) = await site.WithContentAsync(async content => (
            await content.GetManyAsync(SampleEvents),
            await content.GetAsync(CampaignSite.CelebrationWeek, VersionOptions.Latest)));

        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.StartsWith("Sample: STEM Celebration Week", e.DisplayText, StringComparison.Ordinal);
            Assert.Contains("Sample event", e.Content["Event"]!["Description"]!["Markdown"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Single(e.Content["Event"]!["Workgroup"]!["ContentItemIds"]!.AsArray());
            Assert.True(Instant(e, "End") > Instant(e, "Start"));
        });
        Assert.Equal(SampleEvents, week!.Content["Campaign"]!["Events"]!["ContentItemIds"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.NotEmpty(week.Content["Campaign"]!["Resources"]!["ContentItemIds"]!.AsArray());
    }

    [Fact]
    public async Task AnEventEndingBeforeItStarts_IsRefusedAtTheEndField_AndNothingIsSaved()
    {
        var start = new DateTimeOffset(2027, 4, 15, 18, 0, 0, TimeSpan.Zero);
        var backwards = Event("Backwards night", start, start.AddHours(-2));
        var fine = Event("Forwards night", start, start.AddHours(2));

        var refused = await site.WithContentAsync(content => content.CreateAsync(backwards));
        var saved = await site.WithContentAsync(content => content.CreateAsync(fine));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(ContentFailure.Invalid, refused.Failure);
        Assert.Equal("Event.End", error.Path);
        Assert.Equal("range", error.Code);
        Assert.Null(await site.WithContentAsync(content => content.GetAsync(backwards.ContentItemId, VersionOptions.Latest)));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    private static ContentItem Event(string title, DateTimeOffset start, DateTimeOffset end)
    {
        var item = new ContentItem { ContentItemId = $"event-{Guid.NewGuid():N}"[..26], ContentType = "Event" };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["Event"] = new JsonObject
        {
            ["Start"] = new JsonObject { ["Value"] = start.UtcDateTime.ToString("O") },
            ["End"] = new JsonObject { ["Value"] = end.UtcDateTime.ToString("O") },
            ["Location"] = new JsonObject { ["Text"] = "Sample venue" },
        };
        return item;
    }

    private static DateTimeOffset Instant(ContentItem item, string field) =>
        DateTimeOffset.Parse(item.Content["Event"]![field]!["Value"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
