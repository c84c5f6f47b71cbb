using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>The seeded campaign and the calls the campaign tests make against a <see cref="CmsFactory"/>.</summary>
internal static class CampaignHost
{
    public const string CelebrationWeek = "stemstlcampaign00000000001";
    public const string Password = "Campaign-Tests-2026";

    /// <summary>An instant inside the seeded STEM Celebration Week (12 to 19 April 2027).</summary>
    public const string DuringCelebrationWeek = "2027-04-14T15:00:00Z";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A Campaign body with a call to action, running from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static JsonObject Campaign(string name, string start, string end) => new()
    {
        ["ContentType"] = "Campaign",
        ["TitlePart"] = new JsonObject { ["Title"] = name },
        ["Campaign"] = new JsonObject
        {
            ["Goal"] = new JsonObject { ["Text"] = $"Bring people to {name}." },
            ["Channels"] = new JsonObject { ["Values"] = new JsonArray("web", "social") },
            ["CallToAction"] = new JsonObject { ["Url"] = "https://stemstl.org/join", ["Text"] = "Join in" },
            ["Start"] = new JsonObject { ["Value"] = start },
            ["End"] = new JsonObject { ["Value"] = end },
        },
    };

    /// <summary>Creates a campaign as the admin, published unless <paramref name="draft"/>; returns its id.</summary>
    public static async Task<string> CreateCampaignAsync(this CmsFactory factory, string name, string start, string end, bool draft = false)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync(draft ? "/api/content?draft=true" : "/api/content", Campaign(name, start, end));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    /// <summary>A new account in <paramref name="roles"/>; returns its user name.</summary>
    public static async Task<string> CreateAccountAsync(this CmsFactory factory, params string[] roles)
    {
        var userName = $"cmp-{Guid.NewGuid():N}"[..20];
        await factory.CreateUserAsync(userName, Password, roles);
        await factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);
        return userName;
    }

    /// <summary>A browser signed in to the admin as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> BrowserAsync(this CmsFactory factory, string userName, string password = Password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    /// <summary>The titles of the items of an active-campaigns answer.</summary>
    public static IReadOnlyList<string> Titles(JsonNode? items) => [.. items!.AsArray().Select(i => (i!["DisplayText"] ?? i["displayText"])!.GetValue<string>())];
}
