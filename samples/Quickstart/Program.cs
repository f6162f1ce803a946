// The quick start: a day in a small online shop, logged through ILogger and Serilog, delivered to mParticle by
// the Serilog sink configured in appsettings.json. With no MPARTICLE_API_KEY / MPARTICLE_API_SECRET it starts a
// local mParticle-compatible receiver in-process and sends there, so it runs with no account.
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Mparticle.Samples;
using Mparticle.Samples.Quickstart.Day;
using Mparticle.Samples.Quickstart.Reporting;
using Serilog;
using Serilog.Extensions.Logging;

var stopwatch = Stopwatch.StartNew();
using var selfLog = SelfLogLines.Start();

MparticleTarget target;
try
{
    target = await MparticleTarget.ResolveAsync(Environment.GetEnvironmentVariable);
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

await using (target)
{
    Console.WriteLine($"Sending to {target.Description}.");
    // The sink's own meter counts what it mapped, sent, had delivered and dropped.
    using var sink = SinkMeter.Start();

    // appsettings.json configures Serilog: the console sink, the mParticle sink and its rules. The target
    // supplies the sink's credentials, pod and URL on top of it.
    var configuration = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json")
        .AddInMemoryCollection(target.SinkSettings("Serilog:WriteTo:Mparticle"))
        .Build();

    try
    {
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"The mParticle sink's configuration is invalid: {ex.Message}");
        return 2;
    }

    try
    {
        // ILogger calls go through Serilog.Extensions.Logging into the same pipeline.
        using var loggerFactory = new SerilogLoggerFactory(Log.Logger);
        new ShopDay(loggerFactory, Log.Logger).Run();
    }
    finally
    {
        // Sends what is still queued; without it the last periodic batch would be lost at exit.
        await Log.CloseAndFlushAsync();
    }

    var report = new DeliveryReport(target, sink, selfLog);
    report.WriteTo(Console.Out, stopwatch.Elapsed);
    return report.Delivered ? 0 : 1;
}
