using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Pathways.Stages;

/// <summary>
/// <c>{"Stages": [{"Stage": "HighSchool", "Order": 2, "Courses": ["Biology"], "Experiences": […], "Credentials": […],
/// "Occupations": ["…"], "Opportunities": ["…"]}]}</c>: a pathway's stages, kept inside the pathway so they are
/// drafted, published and versioned with it. Errors are keyed by the stage's place, e.g.
/// <c>PathwayStagesPart.Stages[1].Order</c>.
/// </summary>
internal sealed class PathwayStagesPart : ContentPartKind
{
    private static readonly string[] TextLists = [PathwayStage.CoursesProperty, PathwayStage.ExperiencesProperty, PathwayStage.CredentialsProperty];

    public override string Name => PathwayModel.StagesPart;

    public override string DisplayName => "Pathway stages";

    public override string Description => "The ordered stages of a pathway, from middle school to early career, with courses, experiences, credentials, occupations and opportunities.";

    public override async ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stages = context.Part["Stages"];
        if (stages is null)
        {
            return;
        }

        if (stages is not JsonArray array)
        {
            context.Fail($"Stages must be an array of stages, but it is {ContentJson.Describe(stages)}.", "type", "Stages");
            return;
        }

        var orders = new Dictionary<double, int>();
        var kinds = new Dictionary<StageKind, int>();
        var references = new List<(string Path, string Id, string Type)>();
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"Stages[{i}]";
            if (array[i] is not JsonObject stage)
            {
                context.Fail($"a stage must be an object like {{\"Stage\": \"HighSchool\", \"Order\": 1}}, but it is {ContentJson.Describe(array[i])}.", "type", at);
                continue;
            }

            CheckKind(context, stage, at, i, kinds);
            CheckOrder(context, stage, at, i, orders);
            foreach (var list in TextLists)
            {
                ReadStrings(context, stage, $"{at}.{list}");
            }

            references.AddRange(ReadStrings(context, stage, $"{at}.{PathwayStage.OccupationsProperty}").Select(r => (r.Path, r.Value, PathwayModel.OccupationType)));
            references.AddRange(ReadStrings(context, stage, $"{at}.{PathwayStage.OpportunitiesProperty}").Select(r => (r.Path, r.Value, PathwayModel.OpportunityType)));
        }

        await CheckReferencesAsync(context, references, cancellationToken);
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Stored under the enum's name whatever the editor typed ("high school"), so filters and readers see one spelling.
        foreach (var stage in (context.Part["Stages"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (PathwayStage.Parse(ContentJson.Text(stage, PathwayStage.StageProperty)) is { } kind)
            {
                stage[PathwayStage.StageProperty] = kind.ToString();
            }
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var stage in PathwayStage.Of(context.Item))
        {
            yield return FieldIndexValue.ForText($"{context.Path}.Stage", stage.Kind.ToString());
            foreach (var course in stage.Courses)
            {
                yield return FieldIndexValue.ForText($"{context.Path}.Courses", course);
            }

            foreach (var id in stage.Occupations)
            {
                yield return FieldIndexValue.ForReference($"{context.Path}.Occupations", id);
            }

            foreach (var id in stage.Opportunities)
            {
                yield return FieldIndexValue.ForReference($"{context.Path}.Opportunities", id);
            }
        }
    }

    private static void CheckKind(ContentPartContext context, JsonObject stage, string at, int index, Dictionary<StageKind, int> seen)
    {
        var text = ContentJson.Text(stage, PathwayStage.StageProperty);
        if (PathwayStage.Parse(text) is not { } kind)
        {
            var given = text is null ? $"is {ContentJson.Describe(stage[PathwayStage.StageProperty])}" : $"'{text}' is not a stage";
            context.Fail($"Stage {given}; use one of {string.Join(", ", Enum.GetNames<StageKind>())}.", text is null ? "required" : "invalid", $"{at}.Stage");
        }
        else if (!seen.TryAdd(kind, index))
        {
            context.Fail($"the pathway already has a {PathwayStage.NameOf(kind)} stage at Stages[{seen[kind]}]; put everything for that stage in one entry.", "unique", $"{at}.Stage");
        }
    }

    private static void CheckOrder(ContentPartContext context, JsonObject stage, string at, int index, Dictionary<double, int> seen)
    {
        var node = stage[PathwayStage.OrderProperty];
        if (ContentJson.Kind(node) is not JsonValueKind.Number)
        {
            context.Fail($"Order is {ContentJson.Describe(node)}; give each stage a whole number that places it in the pathway, lowest first.", node is null ? "required" : "type", $"{at}.Order");
            return;
        }

        var order = ContentJson.Number(node!);
        if (order != Math.Floor(order) || order is < 0 or > 1000)
        {
            context.Fail($"Order {order} must be a whole number from 0 to 1000.", "range", $"{at}.Order");
        }
        else if (!seen.TryAdd(order, index))
        {
            context.Fail($"Order {order} is already used by Stages[{seen[order]}]; give each stage its own order.", "unique", $"{at}.Order");
        }
    }

    /// <summary>The strings of an optional array, each with its path; anything that is not a non-blank string is an error at its place.</summary>
    private static List<(string Path, string Value)> ReadStrings(ContentPartContext context, JsonObject stage, string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var found = new List<(string, string)>();
        var node = stage[name];
        if (node is null)
        {
            return found;
        }

        if (node is not JsonArray array)
        {
            context.Fail($"{name} must be an array of strings, but it is {ContentJson.Describe(node)}.", "type", path);
            return found;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (ContentJson.Kind(array[i]) is not JsonValueKind.String || array[i]!.GetValue<string>().Trim().Length == 0)
            {
                context.Fail($"{name} entries must be non-blank strings, but this one is {ContentJson.Describe(array[i])}.", "type", $"{path}[{i}]");
            }
            else
            {
                found.Add(($"{path}[{i}]", array[i]!.GetValue<string>().Trim()));
            }
        }

        return found;
    }

    // One read for every stage's references; a stage's occupation must also be one the pathway itself lists, so the
    // pathway's occupations stay the single list a reader can trust.
    private static async Task CheckReferencesAsync(ContentPartContext context, List<(string Path, string Id, string Type)> references, CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return;
        }

        var found = (await context.Reader.GetManyAsync(references.Select(r => r.Id).Distinct(StringComparer.Ordinal), VersionOptions.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => i.ContentType, StringComparer.Ordinal);
        var pathwayOccupations = PathwayModel.OccupationsOf(context.Item).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, id, type) in references)
        {
            if (!found.TryGetValue(id, out var actual))
            {
                context.Fail($"content item '{id}' does not exist.", "reference", path);
            }
            else if (actual != type)
            {
                context.Fail($"content item '{id}' is a {actual}; only {type} items belong here.", "contentType", path);
            }
            else if (type == PathwayModel.OccupationType && !pathwayOccupations.Contains(id))
            {
                context.Fail($"occupation '{id}' is not among the pathway's occupations; add it to {PathwayModel.PathwayType}.{PathwayModel.OccupationsField} first.", "reference", path);
            }
        }
    }
}
