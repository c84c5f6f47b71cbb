using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Content;

// Small part and field kinds owned by the tests, so the engine's rules are proven independently of the real modules.

public sealed record TestTextFieldSettings
{
    public bool Required { get; init; }

    public int? MaxLength { get; init; }
}

/// <summary>A text field: <c>{"Text":"…"}</c>.</summary>
public sealed class TestTextField : ContentFieldKind<TestTextFieldSettings>
{
    public override string Name => "TestTextField";

    protected override ValueTask ValidateAsync(ContentFieldContext context, TestTextFieldSettings settings, CancellationToken cancellationToken)
    {
        var raw = context.RawValue;
        if (raw is not null and not JsonObject)
        {
            context.Fail("must be an object like {\"Text\": \"...\"}.", "type");
            return ValueTask.CompletedTask;
        }

        var text = raw?["Text"];
        if (text is not null && text.GetValueKind() != JsonValueKind.String)
        {
            context.Fail($"Text must be a string, not {text.GetValueKind()}.", "type", "Text");
        }
        else if (settings.Required && string.IsNullOrEmpty(text?.GetValue<string>()))
        {
            context.Fail("a value is required.", "required");
        }
        else if (settings.MaxLength is { } max && text?.GetValue<string>().Length > max)
        {
            context.Fail($"is longer than {max} characters.", "too_long");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        context.RawValue?["Text"] is JsonValue v && v.TryGetValue<string>(out var text) ? [FieldIndexValue.ForText(context.Path, text)] : [];
}

/// <summary>A number field: <c>{"Value":42}</c>.</summary>
public sealed class TestNumberField : ContentFieldKind<NoSettings>
{
    public override string Name => "TestNumberField";

    protected override ValueTask ValidateAsync(ContentFieldContext context, NoSettings settings, CancellationToken cancellationToken)
    {
        if (context.RawValue?["Value"] is { } value && value.GetValueKind() != JsonValueKind.Number)
        {
            context.Fail($"Value must be a number, not {value.GetValueKind()}.", "type", "Value");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        context.RawValue?["Value"] is JsonValue v && v.TryGetValue<double>(out var number) ? [FieldIndexValue.ForNumber(context.Path, number)] : [];
}

/// <summary>A title that becomes the item's display text.</summary>
public sealed class TestTitlePart : ContentPartKind
{
    public override string Name => "TestTitlePart";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (context.Part["Title"] is { } title && title.GetValueKind() != JsonValueKind.String)
        {
            context.Fail("Title must be a string.", "type", "Title");
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (context.Part["Title"]?.GetValue<string>() is { } title)
        {
            context.Item.DisplayText = title.Trim();
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        context.Part["Title"]?.GetValue<string>() is { } title ? [FieldIndexValue.ForText("TestTitlePart.Title", title)] : [];
}

/// <summary>A path no two items may share.</summary>
public sealed class TestRoutePart : ContentPartKind
{
    public override string Name => "TestRoutePart";

    public override IEnumerable<UniqueValue> UniqueValues(ContentPartContext context) =>
        context.Part["Path"]?.GetValue<string>() is { Length: > 0 } path ? [new UniqueValue("route", path.ToLowerInvariant(), "TestRoutePart.Path")] : [];

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        context.Part["Path"]?.GetValue<string>() is { Length: > 0 } path ? [FieldIndexValue.ForText("TestRoutePart.Path", path)] : [];
}

/// <summary>Indexes a schedule the way the real PublishLater/UnpublishLater parts do.</summary>
public abstract class TestSchedulePart(string name, string property) : ContentPartKind
{
    public override string Name => name;

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        context.Part[property]?.GetValue<string>() is { } text
            ? [FieldIndexValue.ForDate($"{name}.{property}", DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))]
            : [];
}

public sealed class TestPublishLaterPart() : TestSchedulePart("PublishLaterPart", "ScheduledPublishUtc");

public sealed class TestUnpublishLaterPart() : TestSchedulePart("UnpublishLaterPart", "ScheduledUnpublishUtc");
