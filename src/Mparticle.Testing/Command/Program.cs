using System;
using System.Threading.Tasks;

namespace Mparticle.Testing.Command;

/// <summary>The command: <c>dotnet run --project src/Mparticle.Testing -- --port 8080 --api-key KEY --api-secret SECRET</c>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => ReceiverCommand.RunAsync(args, Console.Out, Environment.GetEnvironmentVariable, ReceiverCommand.CtrlC());
}
