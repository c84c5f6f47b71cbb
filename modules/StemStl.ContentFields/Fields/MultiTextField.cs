using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Values": ["a", "b"]}</c>, usually chosen from a list of options.</summary>
internal sealed class MultiTextField : ContentFieldKind<MultiTextFieldSettings>
{
    public override string Name => "MultiTextField";

    public override string DisplayName => "Multiple texts";

    protected override ValueTask ValidateAsync(ContentFieldContext context, MultiTextFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Values": ["a", "b"]}""", out var value) || !FieldJson.TryStrings(context, value, "Values", out var values))
        {
            return ValueTask.CompletedTask;
        }

        if (values.Count == 0)
        {
            if (settings.Required)
            {
                context.Fail("at least one value is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (!settings.Multiple && values.Count > 1)
        {
            context.Fail($"only one value is allowed, but {values.Count} were given.", "multiple");
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            context.Fail("a value is listed more than once.", "duplicate");
        }

        var unknown = settings.Options.Count == 0 ? [] : values.Where(v => !settings.Options.Contains(v, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            context.Fail($"{string.Join(", ", unknown.Select(v => $"'{v}'"))} {(unknown.Count == 1 ? "is" : "are")} not among the allowed values: {string.Join(", ", settings.Options)}.", "option");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        FieldJson.Strings(context.RawValue as JsonObject, "Values").Select(v => FieldIndexValue.ForText(context.Path, v));
}
