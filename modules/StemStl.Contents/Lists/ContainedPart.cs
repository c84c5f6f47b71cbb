using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Contents.Lists;

/// <summary><c>{"ListContentItemId": "…", "Order": 3}</c> on a child: the list it belongs to, checked to exist and to accept the child's type.</summary>
internal sealed class ContainedPart : ContentPartKind
{
    public override string Name => "ContainedPart";

    public override string DisplayName => "Contained";

    public override string Description => "Places the item in a list, at a position.";

    public override async ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (!PartJson.TryString(context, context.Part, "ListContentItemId", out var listId)
            | !PartJson.TryNumber(context, context.Part, "Order", out var order))
        {
            return;
        }

        if (order is { } o && (o != Math.Floor(o) || o is < int.MinValue or > int.MaxValue))
        {
            context.Fail($"Order {o} must be a whole number.", "invalid", "Order");
        }

        if (string.IsNullOrEmpty(listId))
        {
            return;
        }

        if (listId == context.Item.ContentItemId)
        {
            context.Fail("an item cannot be contained in itself.", "invalid", "ListContentItemId");
            return;
        }

        var found = await context.Reader.GetManyAsync([listId], VersionOptions.Latest, cancellationToken);
        if (found.Count == 0)
        {
            context.Fail($"list '{listId}' does not exist.", "reference", "ListContentItemId");
            return;
        }

        var list = found[0];
        var listPart = context.Definitions.FindType(list.ContentType)?.Parts.FirstOrDefault(p => p.PartName == "ListPart");
        if (listPart is null)
        {
            context.Fail($"'{listId}' is a {list.ContentType}, which is not a list (it has no ListPart).", "reference", "ListContentItemId");
            return;
        }

        var settings = (ListPartSettings)SettingsParser.Cached(typeof(ListPartSettings), listPart.Settings);
        if (!settings.ContainedContentTypes.Contains(context.Item.ContentType, StringComparer.Ordinal))
        {
            var allowed = settings.ContainedContentTypes.Count == 0 ? "no types yet" : string.Join(", ", settings.ContainedContentTypes);
            context.Fail(
                $"a {list.ContentType} list holds {allowed}, not {context.Item.ContentType}; add it to the ListPart's ContainedContentTypes.",
                "invalid",
                "ListContentItemId");
        }
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context)
    {
        if (ContentJson.Text(context.Part, "ListContentItemId") is { Length: > 0 } listId)
        {
            yield return FieldIndexValue.ForReference($"{context.Path}.ListContentItemId", listId);
        }

        if (ContentJson.Number(context.Part, "Order") is { } order)
        {
            yield return FieldIndexValue.ForNumber($"{context.Path}.Order", order);
        }
    }
}
