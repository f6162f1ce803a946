using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Mparticle.Testing.Hosting;

/// <summary>
/// Replaces the console lifetime: a receiver inside a test process must not take over Ctrl+C or print; the command
/// handles Ctrl+C itself to print its summary.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
