using System;
using Mparticle;
using Serilog.Configuration;
using Serilog.Sinks.Mparticle.Compat;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Mparticle;

namespace Serilog;

/// <summary>
/// Adds <c>WriteTo.Mparticle()</c>: structured log events become mParticle events; and
/// <c>Destructure.MparticleValues()</c>: mParticle's attribute values show as their values in every sink.
/// </summary>
public static class MparticleLoggerConfigurationExtensions
{
    /// <summary>
    /// Sends log events that follow the mParticle conventions to mParticle's Events API, grouped per user.
    /// Every parameter can be given in <c>appsettings.json</c>, where strings may name environment variables
    /// (<c>%MPARTICLE_API_SECRET%</c>), so the secret need not be stored in the file.
    /// </summary>
    /// <param name="loggerSinkConfiguration">The logger sink configuration.</param>
    /// <param name="apiKey">The mParticle input's API key.</param>
    /// <param name="apiSecret">The mParticle input's API secret.</param>
    /// <param name="pod">The mParticle pod: <c>us1</c>, <c>us2</c>, <c>eu1</c> or <c>au1</c>. The default is <c>us1</c>.</param>
    /// <param name="serverUrl">The Events API base URL, such as <c>https://s2s.eu1.mparticle.com/v2</c>; wins over <paramref name="pod"/>.</param>
    /// <param name="environment">The environment of every batch. The default is <see cref="MparticleEnvironment.Production"/>.</param>
    /// <param name="restrictedToMinimumLevel">The minimum level of log events passed to the sink. Ignored when <paramref name="levelSwitch"/> is given. The default is <see cref="LevelAlias.Minimum"/>.</param>
    /// <param name="levelSwitch">A switch that changes the sink's minimum level at run time.</param>
    /// <param name="batchSizeLimit">The maximum number of log events handled in one periodic batch. The default is 1000 events.</param>
    /// <param name="period">The maximum time a log event waits for its periodic batch. The default is 5 seconds.</param>
    /// <param name="queueLimit">The maximum number of log events waiting in memory. The default is 100,000 events.</param>
    /// <param name="retryTimeLimit">How long a failed batch is retried before it is dropped. The default is 30 minutes.</param>
    /// <param name="shutdownTimeout">How long disposing the logger keeps delivering what is left. The default is 10 seconds.</param>
    /// <returns>The logger configuration, to continue configuring.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSizeLimit"/>, <paramref name="period"/> or <paramref name="queueLimit"/> is zero or negative, or <paramref name="retryTimeLimit"/> or <paramref name="shutdownTimeout"/> is negative.</exception>
    /// <exception cref="ArgumentException">The API key or secret is empty, or the pod or server URL is invalid.</exception>
    public static LoggerConfiguration Mparticle(
        this LoggerSinkConfiguration loggerSinkConfiguration,
        string apiKey,
        string apiSecret,
        string pod = MparticleSinkOptions.DefaultPod,
        string? serverUrl = null,
        MparticleEnvironment environment = MparticleEnvironment.Production,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum,
        LoggingLevelSwitch? levelSwitch = null,
        int batchSizeLimit = MparticleSinkOptions.DefaultBatchSizeLimit,
        TimeSpan? period = null,
        int? queueLimit = MparticleSinkOptions.DefaultQueueLimit,
        TimeSpan? retryTimeLimit = null,
        TimeSpan? shutdownTimeout = null)
    {
        var options = new MparticleSinkOptions
        {
            Pod = pod,
            ServerUrl = serverUrl,
            Environment = environment,
            BatchSizeLimit = batchSizeLimit,
            QueueLimit = queueLimit,
        };
        if (period is { } p)
            options.Period = p;
        if (retryTimeLimit is { } r)
            options.RetryTimeLimit = r;
        if (shutdownTimeout is { } s)
            options.ShutdownTimeout = s;

        return Mparticle(loggerSinkConfiguration, apiKey, apiSecret, options, restrictedToMinimumLevel, levelSwitch);
    }

    /// <summary>
    /// Sends log events to mParticle with every option, including mapping rules, given as one object: in
    /// code, or in <c>appsettings.json</c> as a nested JSON object named <c>options</c>.
    /// </summary>
    /// <param name="loggerSinkConfiguration">The logger sink configuration.</param>
    /// <param name="apiKey">The mParticle input's API key.</param>
    /// <param name="apiSecret">The mParticle input's API secret.</param>
    /// <param name="options">Where and how to send, and how log events become mParticle events.</param>
    /// <param name="restrictedToMinimumLevel">The minimum level of log events passed to the sink. Ignored when <paramref name="levelSwitch"/> is given. The default is <see cref="LevelAlias.Minimum"/>.</param>
    /// <param name="levelSwitch">A switch that changes the sink's minimum level at run time.</param>
    /// <returns>The logger configuration, to continue configuring.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>BatchSizeLimit</c>, <c>Period</c> or <c>QueueLimit</c> is zero or negative, or <c>RetryTimeLimit</c> or <c>ShutdownTimeout</c> is negative.</exception>
    /// <exception cref="ArgumentException">The API key or secret is empty, or the pod, server URL, a mapping rule or an identity name is invalid.</exception>
    public static LoggerConfiguration Mparticle(
        this LoggerSinkConfiguration loggerSinkConfiguration,
        string apiKey,
        string apiSecret,
        MparticleSinkOptions options,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum,
        LoggingLevelSwitch? levelSwitch = null)
    {
        Guard.NotNull(loggerSinkConfiguration, nameof(loggerSinkConfiguration));

        var sink = MparticleSinkFactory.Create(apiKey, apiSecret, options);
        return MparticleSinkFactory.Register(loggerSinkConfiguration, sink, options, restrictedToMinimumLevel, levelSwitch);
    }

    /// <summary>Sends log events to mParticle, with options set in code (for example a custom mapping).</summary>
    /// <param name="loggerSinkConfiguration">The logger sink configuration.</param>
    /// <param name="apiKey">The mParticle input's API key.</param>
    /// <param name="apiSecret">The mParticle input's API secret.</param>
    /// <param name="configure">Sets the options, which start with their defaults.</param>
    /// <param name="restrictedToMinimumLevel">The minimum level of log events passed to the sink. Ignored when <paramref name="levelSwitch"/> is given. The default is <see cref="LevelAlias.Minimum"/>.</param>
    /// <param name="levelSwitch">A switch that changes the sink's minimum level at run time.</param>
    /// <returns>The logger configuration, to continue configuring.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>BatchSizeLimit</c>, <c>Period</c> or <c>QueueLimit</c> is zero or negative, or <c>RetryTimeLimit</c> or <c>ShutdownTimeout</c> is negative.</exception>
    /// <exception cref="ArgumentException">The API key or secret is empty, or the pod, server URL, a mapping rule or an identity name is invalid.</exception>
    public static LoggerConfiguration Mparticle(
        this LoggerSinkConfiguration loggerSinkConfiguration,
        string apiKey,
        string apiSecret,
        Action<MparticleSinkOptions> configure,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum,
        LoggingLevelSwitch? levelSwitch = null)
    {
        Guard.NotNull(configure, nameof(configure));

        var options = new MparticleSinkOptions();
        configure(options);
        return Mparticle(loggerSinkConfiguration, apiKey, apiSecret, options, restrictedToMinimumLevel, levelSwitch);
    }

    /// <summary>
    /// Captures <see cref="AttributeValue"/> and <see cref="UserAttributeValue"/> as the values they hold wherever
    /// Serilog destructures them (a logged <c>{@Event}</c>'s custom attributes, <c>{@Value}</c>): <c>"gold"</c> or
    /// <c>3</c> in text and JSON output instead of a structure of the value's kind, and a list of strings as a
    /// sequence. Undestructured (<c>{Value}</c>), they already render as their text. The mParticle sink reads values
    /// either way; this is for the other sinks. In <c>appsettings.json</c>:
    /// <c>"Destructure": [ { "Name": "MparticleValues" } ]</c>.
    /// </summary>
    /// <param name="loggerDestructuringConfiguration">The logger destructuring configuration.</param>
    /// <returns>The logger configuration, to continue configuring.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loggerDestructuringConfiguration"/> is null.</exception>
    public static LoggerConfiguration MparticleValues(this LoggerDestructuringConfiguration loggerDestructuringConfiguration)
    {
        Guard.NotNull(loggerDestructuringConfiguration, nameof(loggerDestructuringConfiguration));
        return loggerDestructuringConfiguration.With(new Sinks.Mparticle.Capturing.MparticleValuePolicy());
    }
}
