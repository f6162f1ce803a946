using System.IO;
using Microsoft.Extensions.Logging;

namespace Mparticle.Extensions.Logging.Tests.Support;

/// <summary>
/// Runs log calls through Microsoft's console provider and returns what it printed. The provider takes
/// <see cref="Console.Out"/> when it is created and writes from its own thread; disposing the factory drains it.
/// Tests using this belong to <see cref="ConsoleCollection"/>, which never runs in parallel with others.
/// </summary>
static class ConsoleCapture
{
    public static string Run(Action<ILoggingBuilder> configure, Action<ILogger> log)
    {
        var original = Console.Out;
        using var writer = new StringWriter { NewLine = "\n" };
        Console.SetOut(writer);
        try
        {
            using (var factory = LoggerFactory.Create(configure))
                log(factory.CreateLogger(SerilogCapture.Category));
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
