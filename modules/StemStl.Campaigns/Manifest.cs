using StemStl.Cms.Modules;

namespace StemStl.Campaigns;

/// <summary>One feature: the type, its scheduling and rules, active campaigns over GraphQL and REST, and the calendar.</summary>
internal static class Manifest
{
    public const string Campaigns = "StemStl.Campaigns";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Campaigns",
        "Campaigns",
        "STEMSTL's public campaigns, published and taken down by their own dates.",
        "STEMSTL",
        [
            new FeatureManifest(
                Campaigns,
                "Campaigns",
                "Campaigns with channels, a call to action and dates that can drive publishing, the events they link, and a month calendar for communications staff.",
                ["StemStl.Title", "StemStl.Autoroute", "StemStl.Markdown", "StemStl.PublishLater", "StemStl.ContentFields"]),
        ]);
}
