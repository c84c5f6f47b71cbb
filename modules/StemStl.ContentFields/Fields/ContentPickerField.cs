using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"ContentItemIds": ["4x…", "7b…"]}</c>: references to other items, checked to exist and to be of an allowed type.</summary>
internal sealed class ContentPickerField : ContentFieldKind<ContentPickerFieldSettings>
{
    public override string Name => "ContentPickerField";

    public override string DisplayName => "Content picker";

    protected override async ValueTask ValidateAsync(ContentFieldContext context, ContentPickerFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"ContentItemIds": ["…"]}""", out var value) || !FieldJson.TryStrings(context, value, "ContentItemIds", out var ids))
        {
            return;
        }

        if (ids.Count == 0)
        {
            if (settings.Required)
            {
                context.Fail("at least one content item must be picked.", FieldJson.RequiredCode);
            }

            return;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            context.Fail($"only one content item may be picked, but {ids.Count} were given.", "multiple");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            context.Fail("a content item is picked more than once.", "duplicate");
        }

        var found = (await context.Reader.GetManyAsync(ids.Distinct(StringComparer.Ordinal), VersionOptions.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => i.ContentType, StringComparer.Ordinal);

        // An item may point at itself before its first save, when the store cannot find it yet.
        found.TryAdd(context.Item.ContentItemId, context.Item.ContentType);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (!found.TryGetValue(id, out var type))
            {
                context.Fail($"content item '{id}' does not exist.", "reference");
            }
            else if (settings.DisplayedContentTypes.Count > 0 && !settings.DisplayedContentTypes.Contains(type, StringComparer.Ordinal))
            {
                context.Fail($"content item '{id}' is a {type}; this field accepts only {string.Join(", ", settings.DisplayedContentTypes)}.", "contentType");
            }
        }
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        FieldJson.Strings(context.RawValue as JsonObject, "ContentItemIds")
            .Distinct(StringComparer.Ordinal)
            .Select(id => FieldIndexValue.ForReference(context.Path, id));
}
