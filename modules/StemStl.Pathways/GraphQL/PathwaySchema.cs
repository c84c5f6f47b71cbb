using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;
using StemStl.Pathways.Stages;
using StemStl.Pathways.Wages;

namespace StemStl.Pathways.GraphQL;

/// <summary>
/// <c>pathway { stages { name courses experiences credentials occupations { name medianWage clearsLivingWage }
/// opportunities { … } } }</c>, the living-wage threshold, and <c>pathwaysForInterests</c> (see <see cref="InterestMatchField"/>).
/// Stages are read from the pathway version being shown, so a previewed draft shows its draft stages; occupations and
/// opportunities load through <see cref="IGraphQLContentReader"/>, authorized and batched per level of the query.
/// </summary>
internal sealed class PathwaySchema : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var occupation = context.TypeOf(PathwayModel.OccupationType);
        if (occupation is not null)
        {
            occupation.AddField(new FieldType
            {
                Name = "name",
                Description = "The occupation's name.",
                ResolvedType = new NonNullGraphType(new StringGraphType()),
                Resolver = new FuncFieldResolver<ContentItem, string>(c => c.Source.DisplayText),
            });
            PlainMedianWage(occupation);
            occupation.AddField(new FieldType
            {
                Name = "clearsLivingWage",
                Description = "Whether the median wage reaches the living-wage threshold in the site settings; null when either is not set.",
                ResolvedType = new BooleanGraphType(),
                Resolver = new FuncFieldResolver<object?>(async c => c.Source is ContentItem item
                    ? await c.RequestServices!.GetRequiredService<LivingWage>().ClearsAsync(PathwayModel.MedianWageOf(item), c.CancellationToken)
                    : null),
            });
        }

        context.Query.AddField(new FieldType
        {
            Name = "livingWageThreshold",
            Description = "The annual wage, in dollars, an occupation must reach to clear the living wage; null when none is set.",
            ResolvedType = new FloatGraphType(),
            Resolver = new FuncFieldResolver<object?>(async c => await c.RequestServices!.GetRequiredService<LivingWage>().GetThresholdAsync(c.CancellationToken)),
        });

        if (context.TypeOf(PathwayModel.PathwayType) is not { } pathway)
        {
            return;
        }

        var stage = StageType(occupation, context.TypeOf(PathwayModel.OpportunityType));
        context.RegisterType(stage);
        pathway.AddField(new FieldType
        {
            Name = "stages",
            Description = "The pathway's stages in their order, from middle school to early career.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(stage))),
            Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item ? PathwayStage.Of(item) : null),
        });
        InterestMatchField.Add(context, pathway);
    }

    /// <summary>
    /// Makes the generated <c>medianWage { value }</c> a plain <c>medianWage: Float</c>, as front ends read it beside
    /// <c>clearsLivingWage</c>. The generated object of a numeric field holds nothing but <c>value</c>, so no alias keeps
    /// it: the number is all of it. Filters keep the generic shape (<c>where: { medianWage: { value_gte: … } }</c>), since
    /// their input types are built apart from the output types.
    /// </summary>
    private static void PlainMedianWage(ObjectGraphType occupation)
    {
        if (occupation.GetField(PathwayModel.MedianWageGraphName) is not { } field)
        {
            return;
        }

        field.Type = null;
        field.ResolvedType = new FloatGraphType();
        field.Description = "The occupation's median annual wage in dollars, or null when none is entered; a sample figure has wageIsSample { value: true }.";
        field.Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item ? PathwayModel.MedianWageOf(item) : null);
    }

    private static ObjectGraphType StageType(ObjectGraphType? occupation, ObjectGraphType? opportunity)
    {
        var stage = new ObjectGraphType { Name = "PathwayStage", Description = "One stage of a pathway: what a learner takes, does and earns there, and where it leads." };
        Add(stage, "name", "The stage's name, e.g. High school.", new NonNullGraphType(new StringGraphType()), s => s.Name);
        Add(stage, "stage", "The stage as stored: MiddleSchool, HighSchool, Postsecondary or EarlyCareer.", new NonNullGraphType(new StringGraphType()), s => s.Kind.ToString());
        Add(stage, "order", "Where the stage comes in the pathway, lowest first.", new NonNullGraphType(new IntGraphType()), s => s.Order);
        Add(stage, "courses", "Courses to take at this stage.", Strings(), s => s.Courses);
        Add(stage, "experiences", "Experiences to seek at this stage: clubs, camps, internships and the like.", Strings(), s => s.Experiences);
        Add(stage, "credentials", "Credentials to earn at this stage.", Strings(), s => s.Credentials);
        if (occupation is not null)
        {
            Relation(stage, "occupations", "The published occupations this stage leads to that the caller may see.", occupation, s => s.Occupations);
        }

        if (opportunity is not null)
        {
            Relation(stage, "opportunities", "The published opportunities open at this stage that the caller may see.", opportunity, s => s.Opportunities);
        }

        return stage;
    }

    private static NonNullGraphType Strings() => new(new ListGraphType(new NonNullGraphType(new StringGraphType())));

    private static void Add(ObjectGraphType type, string name, string description, IGraphType graphType, Func<PathwayStage, object> read) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = graphType,
            Resolver = new FuncFieldResolver<PathwayStage, object>(c => read(c.Source)),
        });

    private static void Relation(ObjectGraphType type, string name, string description, ObjectGraphType target, Func<PathwayStage, IReadOnlyList<string>> ids) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(target))),
            Resolver = new FuncFieldResolver<object?>(c => c.Source is PathwayStage s
                ? c.RequestServices!.GetRequiredService<IGraphQLContentReader>().Related(c, ids(s))
                : null),
        });
}
