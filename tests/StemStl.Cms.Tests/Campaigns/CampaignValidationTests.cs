using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>The campaign's own rules: the end after the start, and a call to action with an absolute http(s) link before it goes live.</summary>
public sealed class CampaignValidationTests(CampaignSite site) : IClassFixture<CampaignSite>
{
    private static readonly DateTimeOffset Start = new(2027, 5, 1, 14, 0, 0, TimeSpan.Zero);

    private static string Describe(ContentOperationResult result) => string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}"));

    [Fact]
    public async Task AnEndBeforeTheStart_IsRefusedAtTheEndField_AndNothingIsSaved()
    {
        var campaign = CampaignSite.Campaign("Backwards", Start, Start.AddDays(-1));
        campaign.ContentItemId = "campaign-backwards";

        var result = await site.WithContentAsync(content => content.CreateAsync(campaign, draft: true));

        Assert.Equal(ContentFailure.Invalid, result.Failure);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Campaign.End", error.Path);
        Assert.Equal("range", error.Code);
        Assert.Contains("must come after the start", error.Message, StringComparison.Ordinal);
        Assert.Null(await site.WithContentAsync(content => content.GetAsync(campaign.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task AnEndEqualToTheStart_IsRefusedToo()
    {
        var result = await site.WithContentAsync(content => content.CreateAsync(CampaignSite.Campaign("Instant", Start, Start), draft: true));

        Assert.Equal("Campaign.End", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public async Task ADraft_MaySaveWithoutACallToAction_ButPublishingItIsRefusedAtBothParts()
    {
        var campaign = CampaignSite.Campaign("Quiet draft", Start, Start.AddDays(7));
        campaign.Content["Campaign"]!["CallToAction"] = new System.Text.Json.Nodes.JsonObject();

        var saved = await site.WithContentAsync(content => content.CreateAsync(campaign, draft: true));
        var published = await site.WithContentAsync(content => content.PublishAsync(saved.Item!.ContentItemId));

        Assert.True(saved.Succeeded, Describe(saved));
        Assert.Equal(ContentFailure.Invalid, published.Failure);
        Assert.Equal(["Campaign.CallToAction.Url", "Campaign.CallToAction.Text"], published.Errors.Select(e => e.Path));
        Assert.All(published.Errors, e => Assert.Equal("required", e.Code));
        Assert.Null(await site.WithContentAsync(content => content.GetAsync(saved.Item!.ContentItemId, VersionOptions.Published)));
    }

    [Fact]
    public async Task PublishingOnCreate_WithARelativeLink_IsRefused_WhileTheSameDraftSaves()
    {
        var campaign = CampaignSite.Campaign("Relative", Start, Start.AddDays(7));
        campaign.Content["Campaign"]!["CallToAction"]!["Url"] = "/take-part";
        var draft = CampaignSite.Campaign("Relative draft", Start, Start.AddDays(7));
        draft.Content["Campaign"]!["CallToAction"]!["Url"] = "/take-part";

        var live = await site.WithContentAsync(content => content.CreateAsync(campaign, draft: false));
        var saved = await site.WithContentAsync(content => content.CreateAsync(draft, draft: true));

        Assert.Equal(ContentFailure.Invalid, live.Failure);
        var error = Assert.Single(live.Errors);
        Assert.Equal("Campaign.CallToAction.Url", error.Path);
        Assert.Equal("url", error.Code);
        Assert.True(saved.Succeeded, Describe(saved));
    }

    [Fact]
    public async Task AFieldErrorAndARuleError_AreReportedTogether()
    {
        var campaign = CampaignSite.Campaign("Two problems", Start, Start.AddDays(-2));
        campaign.Content["Campaign"]!["Channels"]!["Values"] = new System.Text.Json.Nodes.JsonArray("radio");

        var result = await site.WithContentAsync(content => content.CreateAsync(campaign, draft: true));

        Assert.Equal(["Campaign.Channels", "Campaign.End"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AValidCampaign_PublishesWithItsCallToAction()
    {
        var result = await site.WithContentAsync(content => content.CreateAsync(CampaignSite.Campaign("Ready", Start, Start.AddDays(7))));

        Assert.True(result.Succeeded, Describe(result));
        Assert.True(result.Item!.Published);
    }
}
