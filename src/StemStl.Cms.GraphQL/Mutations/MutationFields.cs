using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Schema;

namespace StemStl.Cms.GraphQL.Mutations;

/// <summary>
/// The mutations of each type: <c>createArticle(input, draft)</c>, <c>updateArticle(contentItemId,
/// contentItemVersionId, input, draft)</c>, <c>publishArticle</c>, <c>unpublishArticle</c> and <c>deleteArticle</c>.
/// </summary>
internal sealed class MutationFields(InputTypes inputs)
{
    public void Add(ObjectGraphType mutation, ContentTypeDefinition definition, ObjectGraphType type)
    {
        var (input, bindings) = inputs.For(definition);
        var name = GraphNames.Type(definition.Name);
        var id = new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "contentItemId" };
        var draft = new QueryArgument(new BooleanGraphType()) { Name = "draft", DefaultValue = false, Description = "Save as a draft instead of publishing (needs only Edit)." };

        Field(mutation, "create" + name, type, $"Creates a {definition.DisplayName}; needs Edit, and Publish unless saved as a draft.",
            [new QueryArgument(new NonNullGraphType(input)) { Name = "input" }, draft,
                new QueryArgument(new IdGraphType()) { Name = "contentItemId", Description = "An id of the caller's choosing (1 to 26 letters, digits, - or _), so a retried create is refused as a CONFLICT rather than duplicated; generated when left out." }],
            (handler, c) => handler.CreateAsync(c, definition, bindings));
        Field(mutation, "update" + name, type, $"Changes a {definition.DisplayName}; contentItemVersionId must be the latest version's, or the change is refused as a CONFLICT.",
            [id, new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "contentItemVersionId" }, new QueryArgument(new NonNullGraphType(input)) { Name = "input" }, draft],
            (handler, c) => handler.UpdateAsync(c, definition, bindings));
        Field(mutation, "publish" + name, type, $"Publishes the latest version of a {definition.DisplayName}.", [id], (handler, c) => handler.PublishAsync(c, definition, publish: true));
        Field(mutation, "unpublish" + name, type, $"Takes a {definition.DisplayName} offline; its versions are kept.", [id], (handler, c) => handler.PublishAsync(c, definition, publish: false));
        Field(mutation, "delete" + name, new BooleanGraphType(), $"Deletes a {definition.DisplayName} with all its versions.", [id],
            async (handler, c) => (object?)await handler.DeleteAsync(c, definition));
    }

    private static void Field(ObjectGraphType mutation, string name, IGraphType result, string description, QueryArgument[] arguments, Func<MutationHandler, IResolveFieldContext, Task<object?>> run)
    {
        if (mutation.HasField(name))
        {
            return;
        }

        mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = result,
            Arguments = new QueryArguments(arguments),
            Resolver = new FuncFieldResolver<object?>(async c => await run(c.RequestServices!.GetRequiredService<MutationHandler>(), c)),
        });
    }

    private static void Field(ObjectGraphType mutation, string name, IGraphType result, string description, QueryArgument[] arguments, Func<MutationHandler, IResolveFieldContext, Task<Content.ContentItem?>> run) =>
        Field(mutation, name, result, description, arguments, async (handler, c) => (object?)await run(handler, c));
}
