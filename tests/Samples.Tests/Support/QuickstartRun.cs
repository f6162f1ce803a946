using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Mparticle.Samples.Tests.Support;

/// <summary>Runs the built quick start as a process, with the environment variables given and no others of its own.</summary>
sealed class QuickstartRun
{
    /// <summary>Longer than a run needs by far (about 2 s), shorter than the 30 s a sample test may take.</summary>
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(25);

    static readonly string[] MparticleVariables = ["MPARTICLE_API_KEY", "MPARTICLE_API_SECRET", "MPARTICLE_POD", "MPARTICLE_BASE_URL"];

    QuickstartRun(int exitCode, string output, string error, TimeSpan elapsed)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
        Elapsed = elapsed;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public TimeSpan Elapsed { get; }

    public static string ProgramPath { get; } = typeof(QuickstartRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "QuickstartPath").Value!;

    public static async Task<QuickstartRun> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        File.Exists(ProgramPath).ShouldBeTrue($"the quick start is built at {ProgramPath}");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ProgramPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var name in MparticleVariables)
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The quick start did not end within {Timeout.TotalSeconds} s. Output so far:\n{await output}");
        }

        return new QuickstartRun(process.ExitCode, await output, await error, stopwatch.Elapsed);
    }

    public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{Output}\n{Error}";
}
