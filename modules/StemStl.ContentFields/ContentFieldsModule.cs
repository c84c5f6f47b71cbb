using StemStl.Cms.Modules;
using StemStl.ContentFields.Fields;
using StemStl.ContentFields.Indexing;

namespace StemStl.ContentFields;

/// <summary>Registers the built-in field kinds, one per line.</summary>
public sealed class ContentFieldsModule : CmsModule
{
    public override ModuleManifest Manifest => ContentFields.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Feature(ContentFields.Manifest.FieldsFeature, fields => fields
            .AddContentField<TextField>()
            .AddContentField<MarkdownField>()
            .AddContentField<HtmlField>()
            .AddContentField<NumericField>()
            .AddContentField<BooleanField>()
            .AddContentField<DateField>()
            .AddContentField<DateTimeField>()
            .AddContentField<LinkField>()
            .AddContentField<ContentPickerField>()
            .AddContentField<MediaField>()
            .AddContentField<GeoPointField>()
            .AddContentField<MultiTextField>()
            .AddIndexContributor<TextFieldIndexContributor>()
            .AddIndexContributor<MarkdownFieldIndexContributor>()
            .AddIndexContributor<HtmlFieldIndexContributor>()
            .AddIndexContributor<MultiTextFieldIndexContributor>()
            .AddIndexContributor<NumericFieldIndexContributor>()
            .AddIndexContributor<BooleanFieldIndexContributor>()
            .AddIndexContributor<DateFieldIndexContributor>()
            .AddIndexContributor<DateTimeFieldIndexContributor>()
            .AddIndexContributor<ContentPickerFieldIndexContributor>()
            .AddIndexContributor<GeoPointFieldIndexContributor>());
        builder.Feature(ContentFields.Manifest.TaxonomyFieldFeature, taxonomy => taxonomy
            .AddContentField<TaxonomyField>()
            .AddIndexContributor<TaxonomyFieldIndexContributor>());
    }
}
