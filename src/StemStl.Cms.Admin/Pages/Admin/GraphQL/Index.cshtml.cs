using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Hosting;

namespace StemStl.Cms.Admin.Pages.Admin.GraphQL;

/// <summary>
/// GraphiQL against <c>/api/graphql</c> for anyone who may enter the admin; the endpoint itself decides what each
/// caller may read or change, so the IDE shows exactly what the signed-in editor's cookie allows.
/// </summary>
[RelaxContentSecurityPolicy("font-src", "data:", "graphiql.min.css embeds its fonts (Roboto, Fira Code) as data: URLs")]
internal sealed class IndexModel(IWebHostEnvironment environment) : PageModel
{
    /// <summary>Where the build copies GraphiQL and React (see BrowserLibraries.targets).</summary>
    public const string LibraryPath = "/_content/StemStl.Cms.Admin/lib/graphiql/";

    public static readonly IReadOnlyList<string> RequiredFiles =
        ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css"];

    /// <summary>The library files the build did not install (npm missing or failed); empty when the IDE can load.</summary>
    public IReadOnlyList<string> MissingFiles { get; private set; } = [];

    public void OnGet() =>
        MissingFiles = [.. RequiredFiles.Where(f => !environment.WebRootFileProvider.GetFileInfo(LibraryPath + f).Exists)];
}
