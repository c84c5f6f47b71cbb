using System.ComponentModel.DataAnnotations;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Admin.Pages.Admin.Webhooks;

/// <summary>The webhook form's fields, shared by the create and edit pages.</summary>
internal sealed class WebhookForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Listener URL")]
    public string? Url { get; set; }

    /// <summary>Content types to report; none checked means every type.</summary>
    public List<string> ContentTypes { get; set; } = [];

    // Every flag defaults to false: an unchecked box posts nothing, so a true default would switch it back on.
    public bool OnPublished { get; set; }

    public bool OnUnpublished { get; set; }

    public bool OnDeleted { get; set; }

    public bool Enabled { get; set; }

    /// <summary>What a new webhook starts with: published events, enabled.</summary>
    public static WebhookForm ForNew() => new() { OnPublished = true, Enabled = true };

    public WebhookInput ToInput() => new(Name, Url, ContentTypes, Events, Enabled);

    private WebhookEvents Events =>
        (OnPublished ? WebhookEvents.Published : 0) | (OnUnpublished ? WebhookEvents.Unpublished : 0) | (OnDeleted ? WebhookEvents.Deleted : 0);

    public static WebhookForm From(WebhookRecord hook) => new()
    {
        Name = hook.Name,
        Url = hook.Url,
        ContentTypes = [.. hook.TypeList],
        OnPublished = hook.Events.HasFlag(WebhookEvents.Published),
        OnUnpublished = hook.Events.HasFlag(WebhookEvents.Unpublished),
        OnDeleted = hook.Events.HasFlag(WebhookEvents.Deleted),
        Enabled = hook.Enabled,
    };
}
