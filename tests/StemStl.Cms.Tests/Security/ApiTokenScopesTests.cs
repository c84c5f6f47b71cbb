using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Tests.Security;

public sealed class ApiTokenScopesTests
{
    private static readonly ContentDefinitionSnapshot Definitions = new(
        new Dictionary<string, ContentTypeDefinition>
        {
            ["Resource"] = new("Resource", "Resource", new ContentTypeSettings(), []),
        },
        new Dictionary<string, ContentPartDefinition>(),
        "hash");

    private static HashSet<string> Names(params string[] scopes) =>
        ApiTokenScopes.ToPermissions(scopes, EnginePermissions.All).Select(p => p.Name).ToHashSet();

    [Fact]
    public void ContentRead_GrantsViewContentOnly() =>
        Assert.Equal(["ViewContent"], Names("content:read"));

    [Fact]
    public void ContentPreview_GrantsPreviewAndView() =>
        Assert.Equal(new HashSet<string> { "PreviewContent", "ViewContent" }, Names("content:preview"));

    [Fact]
    public void WriteForAType_GrantsThatTypesEditPublishDeleteViewAndPreview() =>
        Assert.Equal(new HashSet<string> { "Edit_Resource", "Publish_Resource", "Delete_Resource", "View_Resource", "Preview_Resource" }, Names("content:write:Resource"));

    [Fact]
    public void WriteForEveryType_GrantsTheGlobalForms() =>
        Assert.Equal(new HashSet<string> { "EditContent", "PublishContent", "DeleteContent", "ViewContent", "PreviewContent" }, Names("content:write:*"));

    [Fact]
    public void Admin_GrantsEverythingItIsGiven() =>
        Assert.Equal(EnginePermissions.All.Select(p => p.Name).ToHashSet(), Names("admin"));

    [Fact]
    public void Validate_NamesUnknownScopesAndTypesWithASuggestion()
    {
        var errors = ApiTokenScopes.Validate(["content:read", "content:raed", "content:write:Resourse"], Definitions);

        Assert.Equal(2, errors.Count);
        Assert.Contains("'content:raed'", errors[0], StringComparison.Ordinal);
        Assert.Contains("did you mean 'Resource'", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesATokenWithoutScopes() =>
        Assert.Single(ApiTokenScopes.Validate([], Definitions));

    [Fact]
    public void Secret_HasTheDocumentedShapeAndAStableHash()
    {
        var (id, value) = ApiTokenSecret.Generate();

        Assert.StartsWith($"stl_{id}_", value, StringComparison.Ordinal);
        Assert.True(ApiTokenSecret.HasTokenShape(value));
        Assert.True(value.Length >= "stl_".Length + id.Length + 1 + 43);
        Assert.Equal(ApiTokenSecret.Hash(value), ApiTokenSecret.Hash(value));
        Assert.NotEqual(ApiTokenSecret.Hash(value), ApiTokenSecret.Hash(ApiTokenSecret.Generate().Value));
    }
}
