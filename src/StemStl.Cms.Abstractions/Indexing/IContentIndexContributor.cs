namespace StemStl.Cms.Indexing;

/// <summary>Whether a contributor handles a part kind or a field kind.</summary>
public enum ContentIndexElement
{
    Part,
    Field,
}

/// <summary>
/// Puts the values of one part kind or field kind into a search document. Modules contribute one per part or field
/// they own (<c>feature.AddIndexContributor&lt;T&gt;()</c>), so a search module never needs to know the part.
/// </summary>
public interface IContentIndexContributor
{
    /// <summary>Whether <see cref="KindName"/> names a part kind or a field kind.</summary>
    ContentIndexElement Element { get; }

    /// <summary>The part kind (<c>TitlePart</c>) or field kind (<c>TextField</c>) this contributor handles.</summary>
    string KindName { get; }

    /// <summary>Adds the element's values to <see cref="ContentIndexContext.Document"/>.</summary>
    void Contribute(ContentIndexContext context);

    /// <summary>
    /// What the indexer calls: <see cref="Contribute"/> unless a contributor needs to read more than the item (other
    /// items, site settings) and overrides this to add those values too. Such values are as of the item's last indexing.
    /// </summary>
    ValueTask ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        Contribute(context);
        return ValueTask.CompletedTask;
    }
}
