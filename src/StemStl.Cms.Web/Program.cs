using StemStl.Cms.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStemStlCms(builder.Configuration);

var app = builder.Build();
app.UseStemStlCms();
app.Run();

/// <summary>The host's entry point, public so integration tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
