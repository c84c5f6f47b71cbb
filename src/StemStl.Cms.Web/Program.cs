using StemStl.Cms.Admin;
using StemStl.Cms.GraphQL;
using StemStl.Cms.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStemStlCms(builder.Configuration).AddCmsGraphQL().AddCmsAdmin();

var app = builder.Build();

// `recipe run <file>` and other verbs run against the store and exit without starting the server.
if (await app.TryRunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseStemStlCms();
app.MapCmsGraphQL();
app.MapCmsAdmin();
await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so integration tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
