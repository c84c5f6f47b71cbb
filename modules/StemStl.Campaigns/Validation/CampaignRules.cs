using StemStl.Cms.Handlers;

namespace StemStl.Campaigns.Validation;

/// <summary>
/// The campaign's own rules, beyond what each field checks: a campaign's or an event's end comes after its start on every save, and a
/// campaign can only go live with a call to action whose link is absolute http(s), since the front-end sites show it
/// as a button on other domains. Errors carry the field's path so the API and the editor put them next to the field.
/// </summary>
internal sealed class CampaignRules : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => CheckDates(context);

    public Task UpdatingAsync(ContentContext context) => CheckDates(context);

    public Task PublishingAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Item.ContentType != CampaignModel.Type)
        {
            return Task.CompletedTask;
        }

        var (text, url) = CampaignModel.CallToAction(context.Item);
        if (url.Length == 0)
        {
            context.Refuse($"{CampaignModel.CallToActionPath}.Url", "a published campaign needs a call to action: give its link (an absolute http or https URL) before publishing, or save the campaign as a draft.", "required");
        }
        else if (!IsAbsoluteWebUrl(url))
        {
            context.Refuse($"{CampaignModel.CallToActionPath}.Url", $"the call to action's link '{url}' must be an absolute http or https URL, like https://stemstl.org/celebration-week.", "url");
        }

        if (text.Length == 0)
        {
            context.Refuse($"{CampaignModel.CallToActionPath}.Text", "a published campaign needs a call to action: give the button's text, like \"Find an event near you\".", "required");
        }

        return Task.CompletedTask;
    }

    private static Task CheckDates(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        (DateTimeOffset? start, DateTimeOffset? end, string endPath) = context.Item.ContentType switch
        {
            CampaignModel.Type => (CampaignModel.Start(context.Item), CampaignModel.End(context.Item), CampaignModel.EndPath),
            EventModel.Type => (EventModel.Start(context.Item), EventModel.End(context.Item), EventModel.EndPath),
            _ => (null, null, ""),
        };
        if (start is { } from && end is { } to && to <= from)
        {
            context.Refuse(endPath, $"the end ({to.UtcDateTime:yyyy-MM-dd HH:mm} UTC) must come after the start ({from.UtcDateTime:yyyy-MM-dd HH:mm} UTC); move the end later or the start earlier.", "range");
        }

        return Task.CompletedTask;
    }

    private static bool IsAbsoluteWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
