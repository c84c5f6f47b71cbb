using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Resources.Validation;

/// <summary>
/// The Resource type's own rules, beyond what each field checks by itself: the portal links out, so a link must be an
/// absolute http(s) URL (the link field alone also takes relative ones), and a resource must lead somewhere, by its
/// link or an attachment. Errors are keyed by the field's path (<c>Resource.Link</c>) like the fields' own.
/// </summary>
internal sealed class ResourcePart : ContentPartKind
{
    public const string PartName = "ResourcePart";

    public override string Name => PartName;

    public override string DisplayName => "Resource rules";

    public override string Description => "Checks that a resource's link is an absolute http(s) URL and that it has a link or an attachment.";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var part = context.Item.TryGetPart(ResourceModel.Part);
        var url = ContentJson.Text(part?[ResourceModel.Link] as JsonObject, "Url")?.Trim();
        var path = $"{ResourceModel.Part}.{ResourceModel.Link}";
        if (!string.IsNullOrEmpty(url) && LinkProblem(url) is { } problem)
        {
            context.Errors.Add(new ContentValidationError(path, problem, "url"));
        }

        var attachments = part?[ResourceModel.Attachments] is JsonObject media && media["Paths"] is JsonArray { Count: > 0 };
        if (string.IsNullOrEmpty(url) && !attachments)
        {
            context.Errors.Add(new ContentValidationError(path, "a resource needs a link (an absolute http or https URL) or at least one attachment.", "required"));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Why <paramref name="url"/> cannot be a resource's link, or null when it can.</summary>
    public static string? LinkProblem(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0
            ? null
            : $"'{url}' is not an absolute http or https URL; write the full address, e.g. https://example.org/lesson.";
}
