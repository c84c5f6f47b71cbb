using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Definitions;
using StemStl.Cms.Handlers;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;

namespace StemStl.Cms.Modules;

/// <summary>
/// Registers what one feature contributes. Every contribution is recorded with its feature so the engine
/// can leave it out while the feature is off (see <see cref="IEnabled{T}"/>).
/// </summary>
public sealed class FeatureBuilder
{
    internal FeatureBuilder(string featureId, IServiceCollection services)
    {
        FeatureId = featureId;
        Services = services;
    }

    /// <summary>The feature being configured.</summary>
    public string FeatureId { get; }

    /// <summary>Plain services; they exist whether or not the feature is on, so keep behaviour in contributions.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a content part kind.</summary>
    public FeatureBuilder AddContentPart<TPart>() where TPart : ContentPartKind => Contribute<ContentPartKind, TPart>();

    /// <summary>Adds a content field kind.</summary>
    public FeatureBuilder AddContentField<TField>() where TField : ContentFieldKind => Contribute<ContentFieldKind, TField>();

    /// <summary>Adds a content life-cycle handler.</summary>
    public FeatureBuilder AddContentHandler<THandler>() where THandler : class, IContentHandler => Contribute<IContentHandler, THandler>();

    /// <summary>Adds a recipe step.</summary>
    public FeatureBuilder AddRecipeStep<TStep>() where TStep : class, IRecipeStep => Contribute<IRecipeStep, TStep>();

    /// <summary>Adds a permission provider.</summary>
    public FeatureBuilder AddPermissions<TProvider>() where TProvider : class, IPermissionProvider => Contribute<IPermissionProvider, TProvider>();

    /// <summary>Adds fields or types to the GraphQL schema while the feature is on.</summary>
    public FeatureBuilder AddGraphQL<TContributor>() where TContributor : class, GraphQL.IGraphQLSchemaContributor => Contribute<GraphQL.IGraphQLSchemaContributor, TContributor>();

    /// <summary>Adds a contributor that puts a part's or field's values into search documents.</summary>
    public FeatureBuilder AddIndexContributor<TContributor>() where TContributor : class, Indexing.IContentIndexContributor =>
        Contribute<Indexing.IContentIndexContributor, TContributor>();

    /// <summary>Adds any other contribution whose consumers read it through <see cref="IEnabled{T}"/>.</summary>
    public FeatureBuilder Contribute<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<TService, TImplementation>());
        Services.AddSingleton(new FeatureContribution(FeatureId, typeof(TImplementation)));
        return this;
    }
}

/// <summary>Records that <paramref name="ImplementationType"/> belongs to <paramref name="FeatureId"/>.</summary>
public sealed record FeatureContribution(string FeatureId, Type ImplementationType);
