using StemStl.Cms.Security;

namespace StemStl.Campaigns;

/// <summary>The module's own permission: seeing every campaign, drafts included, on the month calendar.</summary>
internal sealed class CampaignPermissions : IPermissionProvider
{
    public static readonly Permission ViewCampaignCalendar = new("ViewCampaignCalendar", "See the month calendar of campaigns, drafts included");

    public IEnumerable<Permission> GetPermissions() => [ViewCampaignCalendar];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ViewCampaignCalendar])];
}
