using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Mparticle.Samples.WebApp;

namespace Mparticle.Samples.Tests.Support;

/// <summary>Starts the web app sample in-process: real Kestrel on a free port of 127.0.0.1, its own appsettings.json.</summary>
static class WebAppHost
{
    /// <param name="settings">Configuration laid over the app's own, such as the MPARTICLE_* settings.</param>
    /// <param name="cancellationToken">Stops waiting for the start.</param>
    public static async Task<ShopApp> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var options = new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory, // the web app's appsettings.json is copied here
            ApplicationName = typeof(ShopApp).Assembly.GetName().Name,
        };
        var shop = await ShopApp.CreateAsync(options, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(settings);
        });
        await shop.App.StartAsync(cancellationToken);
        return shop;
    }
}
