using StemStl.Cms.Definitions;
using StemStl.Contents.Scheduling;

namespace StemStl.Cms.Tests.Parts;

public sealed class SchedulingPartTests
{
    [Fact]
    public async Task PublishLater_NormalizesToUtcAndIndexesTheSchedulerPath()
    {
        var part = new PartHarness(new PublishLaterPart(), """{"PublishLaterPart": {"ScheduledPublishUtc": "2026-05-01T08:00:00-05:00"}}""");

        await part.NormalizeAsync();

        Assert.Equal("2026-05-01T13:00:00Z", part.Property("ScheduledPublishUtc"));
        Assert.Equal(
            [FieldIndexValue.ForDate("PublishLaterPart.ScheduledPublishUtc", new DateTime(2026, 5, 1, 13, 0, 0, DateTimeKind.Utc))],
            part.Index());
    }

    [Fact]
    public async Task UnpublishLater_IndexesTheSchedulerPath()
    {
        var part = new PartHarness(new UnpublishLaterPart(), """{"UnpublishLaterPart": {"ScheduledUnpublishUtc": "2026-06-01T00:00:00Z"}}""");

        await part.NormalizeAsync();

        Assert.Equal(
            [FieldIndexValue.ForDate("UnpublishLaterPart.ScheduledUnpublishUtc", new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc))],
            part.Index());
    }

    [Fact]
    public async Task PublishLater_WhenEmpty_StoresNullAndIndexesNothing()
    {
        var part = new PartHarness(new PublishLaterPart(), """{"PublishLaterPart": {"ScheduledPublishUtc": ""}}""");

        await part.NormalizeAsync();

        Assert.Null(part.Property("ScheduledPublishUtc"));
        Assert.Empty(part.Index());
    }

    [Fact]
    public async Task PublishLater_WhenNotADate_FailsWithFormat()
    {
        var part = new PartHarness(new PublishLaterPart(), """{"PublishLaterPart": {"ScheduledPublishUtc": "next Tuesday"}}""");

        await part.ValidateAsync();

        part.SingleError("format", "PublishLaterPart.ScheduledPublishUtc");
    }

    [Fact]
    public async Task UnpublishLater_WhenANumber_FailsWithTypeCode()
    {
        var part = new PartHarness(new UnpublishLaterPart(), """{"UnpublishLaterPart": {"ScheduledUnpublishUtc": 1767225600}}""");

        await part.ValidateAsync();

        part.SingleError("type", "UnpublishLaterPart.ScheduledUnpublishUtc");
    }
}
