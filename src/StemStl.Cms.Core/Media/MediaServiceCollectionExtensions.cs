using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StemStl.Cms.Media;

/// <summary>Registers the upload checker and the media library.</summary>
internal static class MediaServiceCollectionExtensions
{
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery();
        services.TryAddSingleton<IUploadChecker, UploadChecker>();
        services.TryAddSingleton<MediaFolder>();
        services.TryAddScoped<IMediaStore, MediaStore>();
        return services;
    }
}
