using Mparticle.Samples.WebApp.Identity;
using Mparticle.Samples.WebApp.Shop;
using Serilog;

namespace Mparticle.Samples.WebApp;

/// <summary>The web application and where its events go; disposing it flushes the logger, then stops the local receiver.</summary>
public sealed partial class ShopApp : IAsyncDisposable
{
    readonly MparticleTarget _target;

    ShopApp(WebApplication app, MparticleTarget target)
    {
        App = app;
        _target = target;
    }

    public WebApplication App { get; }

    /// <summary>
    /// Builds the application. <paramref name="configure"/> can change the builder first (tests add settings and
    /// listen on a free port); the MPARTICLE_* settings are read after it.
    /// </summary>
    public static async Task<ShopApp> CreateAsync(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        configure?.Invoke(builder);

        // MPARTICLE_API_KEY / _SECRET / _POD / _BASE_URL (environment variables are configuration too), or a
        // local receiver started here. Only the sink's credentials and URL are set on top of appsettings.json.
        var target = await MparticleTarget.ResolveAsync(name => builder.Configuration[name]);
        builder.Configuration.AddInMemoryCollection(target.SinkSettings("Serilog:WriteTo:Mparticle"));

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        builder.Services.AddSingleton(Catalog.Default);
        builder.Services.AddSingleton<ShopEndpoints>();

        var app = builder.Build();
        app.UseMiddleware<SignedInUserMiddleware>();
        app.MapShop(target);

        LogTarget(app.Logger, target.Description);
        return new ShopApp(app, target);
    }

    [LoggerMessage(1, LogLevel.Information, "mParticle events go to {Target}")]
    static partial void LogTarget(Microsoft.Extensions.Logging.ILogger logger, string target);

    public async ValueTask DisposeAsync()
    {
        // Disposing the application disposes the Serilog logger, which sends what is still queued.
        await App.DisposeAsync();
        await _target.DisposeAsync();
    }
}
