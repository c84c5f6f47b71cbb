using StemStl.Cms.Admin;

namespace StemStl.Campaigns.Admin;

/// <summary>The campaign calendar's entry in the admin navigation, for those who may see it.</summary>
internal sealed class CampaignsAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
        [new(AdminMenuSections.Content, "Campaign calendar", "/admin/campaigns/calendar", 30, CampaignPermissions.ViewCampaignCalendar)];
}
