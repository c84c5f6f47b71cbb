using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Value": true}</c>.</summary>
internal sealed class BooleanField : ContentFieldKind<BooleanFieldSettings>
{
    public override string Name => "BooleanField";

    public override string DisplayName => "Boolean";

    protected override ValueTask ValidateAsync(ContentFieldContext context, BooleanFieldSettings settings, CancellationToken cancellationToken)
    {
        if (FieldJson.TryObject(context, """{"Value": true}""", out var value)
            && FieldJson.TryBoolean(context, value, "Value", out var flag)
            && flag is null
            && settings.Required)
        {
            context.Fail("a value (true or false) is required.", FieldJson.RequiredCode);
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        (context.RawValue as JsonObject)?["Value"]?.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.True => [FieldIndexValue.ForBoolean(context.Path, true)],
            System.Text.Json.JsonValueKind.False => [FieldIndexValue.ForBoolean(context.Path, false)],
            _ => [],
        };
}
