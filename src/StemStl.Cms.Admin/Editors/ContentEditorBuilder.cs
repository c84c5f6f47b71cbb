using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Admin.Editors;

/// <summary>Builds the generated editor of a type: a group per part, in the type's order, with picker and term choices loaded.</summary>
internal sealed class ContentEditorBuilder(
    IContentDefinitionManager definitions,
    IEnabled<ContentPartKind> partKinds,
    IContentList list,
    IContentManager content)
{
    /// <summary>How many candidates a picker lists; the type-ahead filters within them.</summary>
    public const int PickerCandidates = 200;

    public async Task<IReadOnlyList<EditorGroup>> BuildAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var kinds = partKinds.GroupBy(k => k.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().DisplayName, StringComparer.Ordinal);
        var groups = new List<EditorGroup>();
        foreach (var typePart in type.Parts.OrderBy(p => p.Position))
        {
            var part = snapshot.FindPart(typePart.PartName);
            var inputs = new List<EditorInput>();
            if (kinds.ContainsKey(typePart.PartName) || part is null)
            {
                inputs.AddRange(EditorCatalog.ForPart(typePart.Name, typePart.PartName, typePart.Settings));
            }

            foreach (var field in part?.Fields.OrderBy(f => f.Position) ?? Enumerable.Empty<ContentPartFieldDefinition>())
            {
                foreach (var input in EditorCatalog.ForField(typePart.Name, field))
                {
                    inputs.Add(await WithChoicesAsync(input, field.Settings, cancellationToken));
                }
            }

            var title = typePart.Name == type.Name ? type.DisplayName : part?.DisplayName ?? kinds.GetValueOrDefault(typePart.PartName) ?? typePart.Name;
            groups.Add(new EditorGroup(typePart.Name, title, part?.Description, inputs));
        }

        return groups;
    }

    private async Task<EditorInput> WithChoicesAsync(EditorInput input, JsonObject? settings, CancellationToken cancellationToken) => input.Kind switch
    {
        InputKind.ContentPicker => input with { Options = await CandidatesAsync(EditorCatalog.PickableTypes(settings), cancellationToken) },
        InputKind.Terms => input with { Options = await TermsAsync(EditorCatalog.Text(settings, "TaxonomyContentItemId"), cancellationToken) },
        _ => input,
    };

    private async Task<IReadOnlyList<EditorOption>> CandidatesAsync(IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        var page = await list.QueryAsync(new ContentListQuery
        {
            ContentTypes = types,
            Sort = ContentListSort.DisplayTextAscending,
            Take = PickerCandidates,
        }, cancellationToken);
        return [.. page.Items.Select(i => new EditorOption(i.ContentItemId, string.IsNullOrEmpty(i.DisplayText) ? i.ContentItemId : i.DisplayText))];
    }

    private async Task<IReadOnlyList<EditorOption>> TermsAsync(string? taxonomyId, CancellationToken cancellationToken)
    {
        if (taxonomyId is null || await content.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken) is not { } taxonomy)
        {
            return [];
        }

        var options = new List<EditorOption>();
        Walk(taxonomy.TryGetPart("TaxonomyPart")?["Terms"] as JsonArray, 0);
        return options;

        void Walk(JsonArray? level, int depth)
        {
            foreach (var term in level?.OfType<JsonObject>() ?? [])
            {
                if (ContentJson.Text(term, "ContentItemId") is { Length: > 0 } id)
                {
                    var label = ContentJson.Text(term, "DisplayText") ?? ContentJson.Text(term["TitlePart"] as JsonObject, "Title") ?? id;
                    options.Add(new EditorOption(id, label, depth));
                }

                Walk(term["Terms"] as JsonArray, depth + 1);
            }
        }
    }
}
