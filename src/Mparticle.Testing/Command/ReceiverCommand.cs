using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Mparticle.Testing.Command;

/// <summary>Runs a receiver until stopped, printing each request and, at the end, a summary.</summary>
internal static class ReceiverCommand
{
    /// <param name="args">The command line.</param>
    /// <param name="output">The console.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="stop">Completes when the receiver should stop.</param>
    /// <param name="queueCapacity">How many request lines may wait for the console before lines are dropped (tests lower it).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<string, string?> environment, Task stop, int queueCapacity = ConsoleQueue.DefaultCapacity)
    {
        output = TextWriter.Synchronized(output);
        CommandSettings settings;
        try
        {
            settings = CommandSettings.Parse(args, environment);
        }
        catch (FormatException ex)
        {
            await output.WriteLineAsync(ex.Message).ConfigureAwait(false);
            await output.WriteLineAsync(CommandSettings.Usage).ConfigureAwait(false);
            return 2;
        }

        if (settings.Help)
        {
            await output.WriteLineAsync(CommandSettings.Usage).ConfigureAwait(false);
            return 0;
        }

        var reporter = new ConsoleReporter(output);
        var options = settings.Options;
        var lines = settings.Quiet ? null : new ConsoleQueue(reporter, queueCapacity);
        options.OnRequest = lines is null ? null : lines.Post;
        try
        {
            await RunReceiverAsync(settings, output, reporter, lines, stop).ConfigureAwait(false);
        }
        finally
        {
            if (lines is not null)
            {
                await lines.DisposeAsync().ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static async Task RunReceiverAsync(CommandSettings settings, TextWriter output, ConsoleReporter reporter, ConsoleQueue? lines, Task stop)
    {
        var options = settings.Options;
        var receiver = await MparticleReceiver.StartAsync(options).ConfigureAwait(false);
        await using (receiver.ConfigureAwait(false))
        {
            if (settings.FaultStatus is { } status && settings.FaultProbability > 0)
            {
                var fault = status == 429 ? ReceiverFault.TooManyRequests(TimeSpan.FromSeconds(1)) : ReceiverFault.Status(status);
                receiver.Faults.WithProbability(fault, settings.FaultProbability, settings.Seed);
            }

            await output.WriteLineAsync($"mParticle receiver listening on {receiver.BaseUrl} (POST /events, /bulkevents, /bulkevents/historical)").ConfigureAwait(false);
            await output.WriteLineAsync(options.ApiKey is null
                ? "Accepting any API key and secret (none given by --api-key/--api-secret or MPARTICLE_API_KEY/MPARTICLE_API_SECRET); requests without credentials still get 401."
                : $"Requiring API key '{options.ApiKey}' and its secret.").ConfigureAwait(false);
            await output.WriteLineAsync($"Validation: {options.Validation.ToString().ToLowerInvariant()}{(options.BatchesPerSecondLimit is { } limit ? $"; rate limit {limit} batches/s" : string.Empty)}{(options.JsonlPath is { } path ? $"; writing {path}" : string.Empty)}. Press Ctrl+C to stop.").ConfigureAwait(false);
            await stop.ConfigureAwait(false);
            if (lines is not null)
            {
                // The request lines come before the summary; those the console could not take are counted in it.
                await lines.DisposeAsync().ConfigureAwait(false);
            }

            reporter.Summarize(receiver.Statistics, lines?.Dropped ?? 0);
        }
    }

    /// <summary>A task that completes on Ctrl+C or SIGTERM (and keeps the process alive until the summary is printed).</summary>
    public static Task CtrlC()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };
        PosixSignalRegistration? registration = null;
        registration = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.TrySetResult();
            registration?.Dispose();
        });
        return stopped.Task;
    }
}
