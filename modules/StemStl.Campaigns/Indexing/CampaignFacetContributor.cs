using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;

namespace StemStl.Campaigns.Indexing;

/// <summary>
/// Short facet names for the communications team's filters over the <c>campaigns</c> index: <c>channel</c> (web, email,
/// social, print), <c>audience</c> (the audience line as written, trimmed) and <c>status</c> (Planning … Ended).
/// </summary>
internal sealed class CampaignFacetContributor : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => CampaignModel.Part;

    public void Contribute(ContentIndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Part?["Channels"] is JsonObject { } channels && channels["Values"] is JsonArray values)
        {
            foreach (var channel in values.Select(v => ContentJson.Kind(v) is System.Text.Json.JsonValueKind.String ? v!.GetValue<string>().Trim() : "").Distinct(StringComparer.Ordinal))
            {
                context.Document.AddKeyword("channel", channel);
            }
        }

        context.Document.AddKeyword("audience", ContentJson.Text(context.Part?["Audience"] as JsonObject, "Text")?.Trim());
        context.Document.AddKeyword("status", CampaignModel.Status(context.Item)?.Trim());
    }
}
