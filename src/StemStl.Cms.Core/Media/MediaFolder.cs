using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StemStl.Cms.Hosting;

namespace StemStl.Cms.Media;

/// <summary>The media library's folder on disk: <c>StemStl:Media:Folder</c> under the store's data folder.</summary>
internal sealed class MediaFolder(IOptions<MediaOptions> media, IOptions<StoreOptions> store, IHostEnvironment? environment = null)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(
        environment?.ContentRootPath ?? AppContext.BaseDirectory, store.Value.DataFolder, media.Value.Folder));

    public string EnsureRoot() => Directory.CreateDirectory(Root).FullName;

    /// <summary>The file of a library path; only paths <see cref="MediaPaths.IsValid"/> accepts ever get here.</summary>
    public string OnDisk(string path) => MediaPaths.IsValid(path)
        ? MediaPaths.OnDisk(Root, path)
        : throw new ArgumentException($"'{path}' is not a media library path.", nameof(path));
}
