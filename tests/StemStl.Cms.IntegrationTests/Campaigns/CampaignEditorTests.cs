using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>The campaign rules in the admin's generated editor: each error sits next to its field, and nothing is saved.</summary>
public sealed partial class CampaignEditorTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Url = $"/admin/content/{CelebrationWeek}";

    [Fact]
    public async Task PublishingTheSeededDraft_WithItsEndBeforeItsStartAndNoCallToAction_PutsEachErrorByItsField()
    {
        using var admin = await factory.BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var form = await FormAsync(admin);
        form["v.Campaign.End.Value"] = "2027-04-01T00:00";
        form["v.Campaign.CallToAction.Url"] = "";
        form["v.Campaign.CallToAction.Text"] = "";
        form["submit"] = "publish";

        var response = await admin.PostAsync(Url + "?handler=Save", new FormUrlEncodedContent(form), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"in-Campaign-End-Value-error\" class=\"field-error\">[^<]*must come after the start", html);
        Assert.Matches("id=\"in-Campaign-CallToAction-Url-error\" class=\"field-error\">[^<]*needs a call to action", html);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var published = await factory.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(CelebrationWeek, VersionOptions.Published, Ct));
        Assert.Null(published);
    }

    // What a browser would post back: every text input and textarea, and the checked boxes.
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(Url);
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !tag.Contains("type=\"radio\"", StringComparison.Ordinal) || tag.Contains("checked", StringComparison.Ordinal))
            {
                form[input.Groups["name"].Value] = WebUtility.HtmlDecode(input.Groups["value"].Value);
            }
        }

        foreach (Match area in TextArea().Matches(html))
        {
            form[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["value"].Value);
        }

        return form;
    }

    [GeneratedRegex("<input [^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea [^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();
}
