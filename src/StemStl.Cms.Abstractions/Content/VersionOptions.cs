namespace StemStl.Cms.Content;

/// <summary>Which version of an item a read wants.</summary>
public enum VersionOptions
{
    /// <summary>The published version, or nothing.</summary>
    Published,

    /// <summary>The latest version: the draft when there is one, else the published version.</summary>
    Latest,

    /// <summary>The draft only: the latest version when it is not published.</summary>
    Draft,
}
