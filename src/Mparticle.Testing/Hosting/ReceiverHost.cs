using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mparticle.Testing.Hosting;

/// <summary>
/// Kestrel on 127.0.0.1 with nothing else: no configuration sources, no logging providers, no routing, one request
/// delegate. Starting one takes a few milliseconds, so every test can have its own receiver.
/// </summary>
internal static class ReceiverHost
{
    public static async Task<(WebApplication App, int Port)> StartAsync(int port, RequestDelegate handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReceiverHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;

            // The receiver enforces mParticle's own request limit; Kestrel's must not answer first.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var bound = addresses?.Addresses.Select(address => new Uri(address).Port).FirstOrDefault() ?? port;
        return (app, bound);
    }
}
