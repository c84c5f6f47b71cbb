using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Media;

/// <summary><c>StemStl:Media</c>: where the media library keeps its files.</summary>
public sealed class MediaOptions
{
    public const string Section = "StemStl:Media";

    /// <summary>The folder of the library's files, relative to the store's data folder (App_Data) unless absolute.</summary>
    [Required]
    public string Folder { get; set; } = "media";

    /// <summary>How long browsers and proxies may reuse a served file; a file's bytes never change under its path.</summary>
    [Range(0, 31_536_000)]
    public int CacheSeconds { get; set; } = 86_400;
}
