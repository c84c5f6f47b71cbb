using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Filtering;
using StemStl.Cms.GraphQL.Mutations;
using StemStl.Cms.GraphQL.Querying;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// Builds the schema from the content definitions: a <c>ContentItem</c> interface, one object type per content type
/// with its parts and fields as typed objects, and the query fields <c>contentItem</c>, <c>contentItemByPath</c> and a
/// list field per type.
/// </summary>
internal sealed class ContentSchemaBuilder(ContentDefinitionSnapshot snapshot, IReadOnlySet<string> partKinds, IEnumerable<IGraphQLSchemaContributor> contributors)
{
    private readonly KindTypes _kinds = new();
    private readonly Dictionary<string, ObjectGraphType> _customParts = new(StringComparer.Ordinal);
    private readonly ListFields _lists = new(StatusType(), SortOrderType());
    private readonly MutationFields _mutations = new(new InputTypes(snapshot));
    private InterfaceGraphType _contentItem = null!;
    private Dictionary<string, ObjectGraphType> _types = [];

    public global::GraphQL.Types.Schema Build()
    {
        _contentItem = new InterfaceGraphType { Name = "ContentItem", Description = "What every content item has, whatever its type." };
        AddCommonFields(_contentItem, resolve: false);

        var types = snapshot.Types.Values.OrderBy(t => t.Name, StringComparer.Ordinal)
            .Where(t => GraphNames.Type(t.Name).Length > 0)
            .ToDictionary(t => t.Name, TypeFor, StringComparer.Ordinal);
        _types = types;
        _contentItem.ResolveType = source => source is ContentItem item ? types.GetValueOrDefault(item.ContentType) : null;

        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        query.AddField(new FieldType
        {
            Name = "contentItem",
            Description = "One item by id; null when it does not exist or the caller may not see it.",
            ResolvedType = _contentItem,
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "contentItemId" },
                _lists.StatusArgument()),
            Resolver = new FuncFieldResolver<object?>(async c => await ContentReads.ByIdAsync(c, c.GetArgument<string>("contentItemId"), ListFields.Status(c))),
        });
        query.AddField(new FieldType
        {
            Name = "contentItemByPath",
            Description = "One item by its Autoroute path (with or without the leading slash).",
            ResolvedType = _contentItem,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "path" }, _lists.StatusArgument()),
            Resolver = new FuncFieldResolver<object?>(async c => await ContentReads.ByPathAsync(c, c.GetArgument<string>("path"), ListFields.Status(c))),
        });
        foreach (var (name, type) in types)
        {
            var field = GraphNames.Camel(GraphNames.Type(name));
            if (query.HasField(field))
            {
                continue;
            }

            _lists.Add(query, field, snapshot.Types[name], type, FilterSchemaFactory.For(snapshot.Types[name], snapshot));
            _mutations.Add(mutation, snapshot.Types[name], type);
        }

        // Modules add their fields last, so they can extend the generated types; a contributor that fails names itself.
        var context = new GraphQLSchemaContext(snapshot, query, mutation, _contentItem, types);
        foreach (var contributor in contributors)
        {
            try
            {
                contributor.Contribute(context);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw new InvalidOperationException($"The GraphQL contributor {contributor.GetType().FullName} failed: {e.Message}", e);
            }
        }

        // Names are generated here already (AND, OR and NOT stay upper case), so GraphQL.NET must not camel-case them.
        var schema = new global::GraphQL.Types.Schema { Query = query, Mutation = mutation.Fields.Count > 0 ? mutation : null, NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance };
        schema.RegisterType(_contentItem);
        schema.RegisterType(_lists.PageInfo);
        foreach (var type in types.Values.Concat(_kinds.All).Concat(_customParts.Values).Concat(context.AddedTypes))
        {
            schema.RegisterType(type);
        }

        return schema;
    }

    private ObjectGraphType TypeFor(ContentTypeDefinition definition)
    {
        var type = new ObjectGraphType { Name = GraphNames.Type(definition.Name), Description = definition.DisplayName };
        AddCommonFields(type, resolve: true);
        type.AddResolvedInterface(_contentItem);
        type.IsTypeOf = source => source is ContentItem item && item.ContentType == definition.Name;
        foreach (var typePart in definition.Parts.OrderBy(p => p.Position))
        {
            var partName = typePart.Name;
            if (partName == definition.Name)
            {
                // The type's own part: its fields sit on the type itself, as in Orchard.
                foreach (var field in snapshot.FindPart(partName)?.Fields ?? [])
                {
                    AddField(type, GraphNames.Camel(field.Name), FieldTypeOf(field), c => ValueOf(field, (c.Source as ContentItem)?.TryGetPart(partName)));
                }

                continue;
            }

            AddField(type, GraphNames.PartField(partName), PartTypeOf(typePart.PartName), c => (c.Source as ContentItem)?.TryGetPart(partName));
        }

        return type;
    }

    private ObjectGraphType PartTypeOf(string partName)
    {
        if (partName == "ListPart")
        {
            return _kinds.ForPart(partName, t => t.AddField(new FieldType
            {
                Name = "contentItems",
                Description = "The published items this list contains that the caller may see, oldest first.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(_contentItem))),
                Resolver = new FuncFieldResolver<object?>(c => c.Parent?.Source is ContentItem list ? ContentReads.Contained(c, list.ContentItemId) : null),
            }));
        }

        if (partKinds.Contains(partName) || snapshot.FindPart(partName) is not { Fields.Count: > 0 } definition)
        {
            return _kinds.ForPart(partName);
        }

        if (!_customParts.TryGetValue(partName, out var type))
        {
            type = new ObjectGraphType { Name = GraphNames.Type(partName), Description = definition.Description };
            _customParts[partName] = type;
            foreach (var field in definition.Fields)
            {
                AddField(type, GraphNames.Camel(field.Name), FieldTypeOf(field), c => ValueOf(field, c.Source as JsonObject));
            }
        }

        return type;
    }

    private ObjectGraphType FieldTypeOf(ContentPartFieldDefinition field) =>
        field.FieldName switch
        {
            "ContentPickerField" => _kinds.ForField(field.FieldName, t => AddRelation(t, "contentItems", "ContentItemIds")),
            TaxonomyTerms.FieldKind => _kinds.ForField(field.FieldName, AddTerms),
            _ => _kinds.ForField(field.FieldName),
        };

    private static JsonObject? ValueOf(ContentPartFieldDefinition field, JsonObject? part) =>
        field.FieldName == TaxonomyTerms.FieldKind ? TaxonomyTerms.WithTaxonomy(part?[field.Name] as JsonObject, field) : part?[field.Name] as JsonObject;

    /// <summary>The picked terms, read from inside their taxonomy item, which loads like any relation's items.</summary>
    private void AddTerms(ObjectGraphType type) => type.AddField(new FieldType
    {
        Name = "termContentItems",
        Description = "The picked terms, in the order they were picked, typed by their content type; none when the caller may not see the taxonomy.",
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(_contentItem))),
        Resolver = new FuncFieldResolver<object?>(c => TaxonomyTerms.Resolve(c, _types.ContainsKey)),
    });

    /// <summary>A relation: the picked items the caller may see, published versions, in the order they were picked.</summary>
    private void AddRelation(ObjectGraphType type, string name, string idsProperty) => type.AddField(new FieldType
    {
        Name = name,
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(_contentItem))),
        Resolver = new FuncFieldResolver<object?>(c =>
            ContentReads.Related(c, JsonObjectTypes.Read(c.Source as JsonObject, new JsonProperty(name, idsProperty, JsonKind.TextList)) as List<string> ?? [])),
    });

    private static void AddField(ObjectGraphType type, string name, IGraphType graphType, Func<IResolveFieldContext, object?> resolve)
    {
        if (GraphNames.Reserved.Contains(name) || type.HasField(name))
        {
            return;
        }

        type.AddField(new FieldType { Name = name, ResolvedType = graphType, Resolver = new FuncFieldResolver<object?>(resolve) });
    }

    /// <summary>The common fields; an interface declares them without resolvers, each object type resolves them.</summary>
    private static void AddCommonFields(IComplexGraphType type, bool resolve)
    {
        void Add(string name, IGraphType graphType, Func<ContentItem, object?> read) => type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = graphType,
            Resolver = resolve ? new FuncFieldResolver<object?>(c => c.Source is ContentItem i ? read(i) : null) : null,
        });

        Add("contentItemId", new NonNullGraphType(new IdGraphType()), i => i.ContentItemId);
        Add("contentItemVersionId", new NonNullGraphType(new IdGraphType()), i => i.ContentItemVersionId);
        Add("contentType", new NonNullGraphType(new StringGraphType()), i => i.ContentType);
        Add("displayText", new StringGraphType(), i => i.DisplayText);
        Add("published", new NonNullGraphType(new BooleanGraphType()), i => i.Published);
        Add("latest", new NonNullGraphType(new BooleanGraphType()), i => i.Latest);
        Add("createdUtc", new DateTimeGraphType(), i => i.CreatedUtc);
        Add("modifiedUtc", new DateTimeGraphType(), i => i.ModifiedUtc);
        Add("publishedUtc", new DateTimeGraphType(), i => i.PublishedUtc);
        Add("owner", new StringGraphType(), i => i.Owner);
        Add("author", new StringGraphType(), i => i.Author);
    }

    private static EnumerationGraphType SortOrderType()
    {
        var order = new EnumerationGraphType { Name = "SortOrder" };
        order.Add("ASC", OrderTranslator.Ascending, "Lowest first.");
        order.Add("DESC", OrderTranslator.Descending, "Highest first.");
        return order;
    }

    private static EnumerationGraphType StatusType()
    {
        var status = new EnumerationGraphType { Name = "Status", Description = "Which version to read: drafts and latest versions need the Preview permission." };
        status.Add("PUBLISHED", ContentStatus.Published, "The published version.");
        status.Add("LATEST", ContentStatus.Latest, "The draft when there is one, else the published version.");
        status.Add("DRAFT", ContentStatus.Draft, "Only items whose latest version is a draft.");
        status.Add("ALL", ContentStatus.All, "Lists both the published and the latest version (an item with a pending draft appears twice); a single item reads its latest.");
        return status;
    }

}
