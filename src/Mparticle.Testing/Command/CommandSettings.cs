using System;
using System.Globalization;

namespace Mparticle.Testing.Command;

/// <summary>The command line, parsed.</summary>
internal sealed class CommandSettings
{
    public const int DefaultPort = 8080;

    public const string Usage = """
        Usage: dotnet run --project src/Mparticle.Testing -- [options]

          --port N                 TCP port on 127.0.0.1 (default 8080; 0 picks a free port)
          --api-key KEY            API key to require (default: $MPARTICLE_API_KEY)
          --api-secret SECRET      API secret to require (default: $MPARTICLE_API_SECRET)
                                   Without key and secret any credentials are accepted;
                                   a request without credentials still gets 401.
          --lenient                Lenient validation (like mParticle) instead of strict
          --rate-limit N           Answer 429 above N batches per second (mParticle's default is 270)
          --fault-status CODE      Status of random faults (default 503; 429 adds Retry-After: 1)
          --fault-probability P    Answer that status to a share P (0 to 1) of requests
          --seed N                 Seed of the random faults (default 1)
          --jsonl PATH             Append every request to PATH as a JSON line
          --quiet                  Print only the start and the summary, not each request
          --help                   Show this help
        """;

    public MparticleReceiverOptions Options { get; } = new() { Port = DefaultPort };

    public int? FaultStatus { get; private set; }

    public double FaultProbability { get; private set; }

    public int Seed { get; private set; } = 1;

    public bool Quiet { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>, taking key and secret from the environment when not given.</summary>
    /// <exception cref="FormatException">The command line is not valid; the message says why.</exception>
    public static CommandSettings Parse(string[] args, Func<string, string?> environment)
    {
        var settings = new CommandSettings();
        var options = settings.Options;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--port":
                    options.Port = Integer(args, ref i, 0, 65535);
                    break;
                case "--api-key":
                    options.ApiKey = Value(args, ref i);
                    break;
                case "--api-secret":
                    options.ApiSecret = Value(args, ref i);
                    break;
                case "--lenient":
                    options.Validation = ReceiverValidation.Lenient;
                    break;
                case "--rate-limit":
                    options.BatchesPerSecondLimit = Integer(args, ref i, 1, int.MaxValue);
                    break;
                case "--fault-status":
                    settings.FaultStatus = Integer(args, ref i, 400, 599);
                    break;
                case "--fault-probability":
                    var text = Value(args, ref i);
                    settings.FaultProbability = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
                        ? p
                        : throw new FormatException($"--fault-probability takes a number from 0 to 1, not '{text}'.");
                    break;
                case "--seed":
                    settings.Seed = Integer(args, ref i, int.MinValue, int.MaxValue);
                    break;
                case "--jsonl":
                    options.JsonlPath = Value(args, ref i);
                    break;
                case "--quiet":
                    settings.Quiet = true;
                    break;
                case "--help" or "-h" or "-?":
                    settings.Help = true;
                    break;
                default:
                    throw new FormatException($"Unknown option '{name}'.");
            }
        }

        options.ApiKey ??= NonEmpty(environment("MPARTICLE_API_KEY"));
        options.ApiSecret ??= NonEmpty(environment("MPARTICLE_API_SECRET"));
        if ((options.ApiKey is null) != (options.ApiSecret is null))
        {
            throw new FormatException("Give both an API key and an API secret (options or MPARTICLE_API_KEY / MPARTICLE_API_SECRET), or neither to accept any.");
        }

        return settings;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");

    private static int Integer(string[] args, ref int i, int min, int max)
    {
        var name = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{name} takes a whole number from {min} to {max}, not '{text}'.");
    }
}
