using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using StemStl.Cms.Admin.Pages.Admin.GraphQL;

namespace StemStl.Cms.Tests.Admin;

public sealed class GraphQLIdePageModelTests : IDisposable
{
    private readonly string _webRoot = Directory.CreateTempSubdirectory("stemstl-ide-").FullName;

    [Fact]
    public void OnGet_WhenTheBuildInstalledNothing_ListsEveryFileAsMissing()
    {
        var model = new IndexModel(new WebRoot(_webRoot));

        model.OnGet();

        Assert.Equal(IndexModel.RequiredFiles, model.MissingFiles);
    }

    [Fact]
    public void OnGet_WhenOneFileIsMissing_NamesJustThatFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_webRoot, IndexModel.LibraryPath.Trim('/'))).FullName;
        foreach (var file in IndexModel.RequiredFiles.Where(f => f != "graphiql.min.css"))
        {
            File.WriteAllText(Path.Combine(folder, file), "/* installed */");
        }

        var model = new IndexModel(new WebRoot(_webRoot));
        model.OnGet();

        Assert.Equal(["graphiql.min.css"], model.MissingFiles);
    }

    [Fact]
    public void OnGet_WhenEveryFileIsInstalled_HasNothingMissing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_webRoot, IndexModel.LibraryPath.Trim('/'))).FullName;
        foreach (var file in IndexModel.RequiredFiles)
        {
            File.WriteAllText(Path.Combine(folder, file), "/* installed */");
        }

        var model = new IndexModel(new WebRoot(_webRoot));
        model.OnGet();

        Assert.Empty(model.MissingFiles);
    }

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);

    private sealed class WebRoot(string path) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = path;

        public IFileProvider WebRootFileProvider { get; set; } = new PhysicalFileProvider(path);

        public string ApplicationName { get; set; } = "StemStl.Cms.Web";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = path;

        public string EnvironmentName { get; set; } = "Development";
    }
}
