using StemStl.Cms.Content;

namespace StemStl.Cms.GraphQL.Querying;

/// <summary>Which versions a read returns. Anything but <see cref="Published"/> needs the Preview permission or a preview token.</summary>
internal enum ContentStatus
{
    /// <summary>The published version.</summary>
    Published,

    /// <summary>The draft when there is one, else the published version.</summary>
    Latest,

    /// <summary>Only items whose latest version is a draft.</summary>
    Draft,

    /// <summary>Both the published version and the latest one: an item with a pending draft appears twice.</summary>
    All,
}

internal static class ContentStatuses
{
    /// <summary>The version a single-item read of this status loads (<see cref="ContentStatus.All"/> reads the latest).</summary>
    public static VersionOptions ToVersionOptions(this ContentStatus status) => status switch
    {
        ContentStatus.Published => VersionOptions.Published,
        ContentStatus.Draft => VersionOptions.Draft,
        _ => VersionOptions.Latest,
    };
}
