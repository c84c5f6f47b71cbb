using StemStl.Cms.Definitions;

namespace StemStl.Contents.Title;

/// <summary><c>{"Title": "…"}</c>; the title becomes the item's DisplayText.</summary>
internal sealed class TitlePart : ContentPartKind
{
    public override string Name => "TitlePart";

    public override string DisplayName => "Title";

    public override string Description => "A title that also becomes the item's display text.";

    public override Type SettingsType => typeof(TitlePartSettings);

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var settings = SettingsOf<TitlePartSettings>(context);
        if (!PartJson.TryString(context, context.Part, "Title", out var title))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            if (settings.Required)
            {
                context.Fail("a title is required.", PartJson.RequiredCode, "Title");
            }
        }
        else if (title.Trim().Length > settings.MaxLength)
        {
            context.Fail($"the title is {title.Trim().Length} characters long; at most {settings.MaxLength} are allowed.", "maxLength", "Title");
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var title = ContentJson.Text(context.Part, "Title")?.Trim();
        if (title is not null)
        {
            context.Part["Title"] = title;
        }

        context.Item.DisplayText = title ?? "";
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        ContentJson.Text(context.Part, "Title") is { Length: > 0 } title
            ? [FieldIndexValue.ForText($"{context.Path}.Title", title)]
            : [];
}
