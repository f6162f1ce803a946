using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Payloads;
using Mparticle.Extensions.Logging.States;

namespace Mparticle;

/// <summary>
/// <see cref="ILogger"/> calls that log mParticle events. Each writes the properties of the shared conventions
/// (<see cref="MparticleProperties"/>), so the Serilog sink <c>Serilog.Sinks.Mparticle</c> (behind
/// Serilog.Extensions.Logging or Serilog.AspNetCore) maps it exactly, and any other provider prints a readable
/// line such as <c>mParticle app event "Example" (navigation) foo=bar</c>.
/// </summary>
/// <remarks>
/// <para>
/// Every call logs at <see cref="LogLevel.Information"/> unless given another level, with the
/// <see cref="MparticleLogEvents"/> id of its kind. It checks <see cref="ILogger.IsEnabled"/> first and allocates
/// nothing when the level is disabled; when enabled it costs what an equivalent <c>LoggerMessage.Define</c> call
/// costs, plus the payload.
/// </para>
/// <para>
/// Attribute values are scalars: strings, booleans, integers and floating-point or decimal numbers (other values
/// are sent as their text). The user an event belongs to comes from the enclosing
/// <see cref="MparticleUserLoggerExtensions.BeginMparticleUser"/> scope; the event time is the log event's time.
/// </para>
/// </remarks>
public static class MparticleLoggerExtensions
{
    /// <summary>The level every call uses unless given another: <see cref="LogLevel.Information"/>.</summary>
    public const LogLevel DefaultLevel = LogLevel.Information;

    /// <summary>
    /// Logs a custom app event (<c>custom_event</c>): <c>MpEventType</c> = the type (<c>navigation</c>, ...),
    /// <c>MpEventName</c> = <paramref name="eventName"/>, <c>@MpAttributes</c> = <paramref name="attributes"/>.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="eventName">The event name. mParticle keeps at most 1000 unique names: keep them few (no ids in names).</param>
    /// <param name="eventType">The custom event type.</param>
    /// <param name="attributes">The event's custom attributes (scalars), or <c>null</c>.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="eventName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventType"/> is not a defined member.</exception>
    public static void LogAppEvent(
        this ILogger logger,
        string eventName,
        CustomEventType eventType,
        IReadOnlyDictionary<string, object?>? attributes = null,
        LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNullOrEmpty(eventName, nameof(eventName));
        var kind = EventKinds.Of(eventType);
        if (!logger.IsEnabled(level))
            return;

        Write(logger, level, MparticleLogEvents.AppEvent, LogShapes.AppEvent, LogShapes.AppEventWithAttributes, kind, eventName, attributes);
    }

    /// <summary>
    /// Logs a custom app event with a few attributes given as pairs, at <see cref="LogLevel.Information"/>:
    /// <c>logger.LogAppEvent("Example", CustomEventType.Navigation, ("foo", "bar"), ("count", 3))</c>.
    /// </summary>
    /// <remarks>
    /// The pairs are built by the caller before the level is checked: a value type is boxed even when the
    /// level is disabled. On hot paths, pass a cached dictionary to the other overload.
    /// </remarks>
    /// <param name="logger">The logger.</param>
    /// <param name="eventName">The event name. mParticle keeps at most 1000 unique names: keep them few (no ids in names).</param>
    /// <param name="eventType">The custom event type.</param>
    /// <param name="attributes">The event's custom attributes as name/value pairs; a repeated name keeps its last value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="eventName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventName"/> or an attribute name is empty or null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventType"/> is not a defined member.</exception>
    public static void LogAppEvent(
        this ILogger logger,
        string eventName,
        CustomEventType eventType,
        params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNullOrEmpty(eventName, nameof(eventName));
        var kind = EventKinds.Of(eventType);
        foreach (var attribute in attributes)
        {
            if (string.IsNullOrEmpty(attribute.Name))
                throw new ArgumentException("An attribute name cannot be null or empty.", nameof(attributes));
        }

        if (!logger.IsEnabled(DefaultLevel))
            return;

        Dictionary<string, object?>? payload = null;
        if (attributes.Length > 0)
        {
            payload = new Dictionary<string, object?>(attributes.Length);
            foreach (var attribute in attributes)
                payload[attribute.Name] = attribute.Value;
        }

        Write(logger, DefaultLevel, MparticleLogEvents.AppEvent, LogShapes.AppEvent, LogShapes.AppEventWithAttributes, kind, eventName, payload);
    }

    /// <summary>
    /// Logs a screen view (<c>screen_view</c>): <c>MpEventType</c> = <c>screen_view</c>, <c>MpEventName</c> =
    /// <paramref name="screenName"/>, <c>@MpAttributes</c> = <paramref name="attributes"/>.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="screenName">The screen name (low cardinality, like event names).</param>
    /// <param name="attributes">The event's custom attributes (scalars), or <c>null</c>.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="screenName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="screenName"/> is empty.</exception>
    public static void LogScreenView(
        this ILogger logger,
        string screenName,
        IReadOnlyDictionary<string, object?>? attributes = null,
        LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNullOrEmpty(screenName, nameof(screenName));
        if (!logger.IsEnabled(level))
            return;

        Write(logger, level, MparticleLogEvents.ScreenView, LogShapes.ScreenView, LogShapes.ScreenViewWithAttributes, MparticleEventKinds.ScreenView, screenName, attributes);
    }

    /// <summary>
    /// Logs a commerce event for a product action (purchase, add to cart, ...): <c>MpEventType</c> =
    /// <c>commerce_event</c>, <c>@MpProductAction</c> = <paramref name="productAction"/>, <c>@MpAttributes</c> =
    /// <paramref name="attributes"/>. For a currency, impressions, a cart or a promotion alongside, log a
    /// <see cref="CommerceEvent"/> instead.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="productAction">The product action, with its products.</param>
    /// <param name="attributes">The event's custom attributes (scalars), or <c>null</c>.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="productAction"/> is null.</exception>
    public static void LogCommerceEvent(
        this ILogger logger,
        ProductAction productAction,
        IReadOnlyDictionary<string, object?>? attributes = null,
        LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(productAction, nameof(productAction));
        if (!logger.IsEnabled(level))
            return;

        Write(logger, level, MparticleLogEvents.CommerceEvent, LogShapes.CommerceProductAction, LogShapes.CommerceProductActionWithAttributes, MparticleEventKinds.CommerceEvent, productAction, attributes);
    }

    /// <summary>
    /// Logs a commerce event for a promotion action (view or click): <c>MpEventType</c> = <c>commerce_event</c>,
    /// <c>@MpPromotionAction</c> = <paramref name="promotionAction"/>, <c>@MpAttributes</c> = <paramref name="attributes"/>.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="promotionAction">The promotion action, with its promotions.</param>
    /// <param name="attributes">The event's custom attributes (scalars), or <c>null</c>.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="promotionAction"/> is null.</exception>
    public static void LogCommerceEvent(
        this ILogger logger,
        PromotionAction promotionAction,
        IReadOnlyDictionary<string, object?>? attributes = null,
        LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(promotionAction, nameof(promotionAction));
        if (!logger.IsEnabled(level))
            return;

        Write(logger, level, MparticleLogEvents.CommerceEvent, LogShapes.CommercePromotionAction, LogShapes.CommercePromotionActionWithAttributes, MparticleEventKinds.CommerceEvent, promotionAction, attributes);
    }

    /// <summary>
    /// Logs a whole commerce event - a product action, a promotion action or product impressions, with its
    /// cart, currency, screen name and name: <c>MpEventType</c> = <c>commerce_event</c>, <c>@MpCommerceEvent</c> =
    /// <paramref name="commerceEvent"/>, and the event's own custom attributes (<c>@MpAttributes</c>), custom
    /// flags (<c>@MpCustomFlags</c>), <c>MpSourceMessageId</c> and session (<c>MpSessionId</c>) when set.
    /// </summary>
    /// <remarks>
    /// The event arrives whole: its own timestamp, location, device state and other event fields travel in
    /// <c>@MpCommerceEvent</c>. Without a timestamp of its own, the event time is the log event's time.
    /// </remarks>
    /// <param name="logger">The logger.</param>
    /// <param name="commerceEvent">The commerce event.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="commerceEvent"/> is null.</exception>
    public static void LogCommerceEvent(this ILogger logger, CommerceEvent commerceEvent, LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(commerceEvent, nameof(commerceEvent));
        if (!logger.IsEnabled(level))
            return;

        logger.Log(level, MparticleLogEvents.CommerceEvent, new CommerceEventLogState(commerceEvent), null, CommerceEventLogState.Formatter);
    }

    /// <summary>
    /// Logs the start of a session (<c>session_start</c>): <c>MpEventType</c> = <c>session_start</c>,
    /// <c>MpSessionId</c> = <paramref name="sessionId"/> (sent as <c>session_uuid</c>).
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="sessionId">The session's id, typically a UUID.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="sessionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    public static void LogSessionStart(this ILogger logger, string sessionId, LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNullOrEmpty(sessionId, nameof(sessionId));
        if (!logger.IsEnabled(level))
            return;

        logger.Log(level, MparticleLogEvents.SessionStart, new MparticleLogState(LogShapes.SessionStart, MparticleEventKinds.SessionStart, sessionId), null, MparticleLogState.Formatter);
    }

    /// <summary>
    /// Logs the end of a session (<c>session_end</c>): <c>MpEventType</c> = <c>session_end</c>, <c>MpSessionId</c> =
    /// <paramref name="sessionId"/> (sent as <c>session_uuid</c>), <c>MpSessionDurationMs</c> = the whole
    /// milliseconds of <paramref name="duration"/>.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="sessionId">The session's id, as given to <see cref="LogSessionStart"/>.</param>
    /// <param name="duration">How long the session lasted; zero or more.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="sessionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public static void LogSessionEnd(this ILogger logger, string sessionId, TimeSpan duration, LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNullOrEmpty(sessionId, nameof(sessionId));
        if (duration < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The session duration must be zero or more.");
        if (!logger.IsEnabled(level))
            return;

        var durationMs = (long)duration.TotalMilliseconds;
        logger.Log(level, MparticleLogEvents.SessionEnd, new MparticleLogState(LogShapes.SessionEnd, MparticleEventKinds.SessionEnd, sessionId, durationMs), null, MparticleLogState.Formatter);
    }

    /// <summary>
    /// Logs an application state transition (<c>application_state_transition</c>): <c>MpEventType</c> =
    /// <c>application_state_transition</c>, <c>MpTransitionType</c> = <paramref name="transition"/>.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="transition">
    /// One of <see cref="MparticleTransitionKinds"/>: <c>install</c>, <c>upgrade</c>, <c>initialized</c>,
    /// <c>foreground</c>, <c>background</c>, <c>exit</c> (case does not matter).
    /// </param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="transition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="transition"/> is not one of <see cref="MparticleTransitionKinds"/>.</exception>
    public static void LogApplicationStateTransition(this ILogger logger, string transition, LogLevel level = DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(transition, nameof(transition));
        var kind = TransitionKinds.Normalize(transition, nameof(transition));
        if (!logger.IsEnabled(level))
            return;

        logger.Log(level, MparticleLogEvents.ApplicationStateTransition, new MparticleLogState(LogShapes.ApplicationStateTransition, MparticleEventKinds.ApplicationStateTransition, kind), null, MparticleLogState.Formatter);
    }

    /// <summary>Logs a kind, a subject (name or payload) and optional attributes, in the shape that fits.</summary>
    static void Write(
        ILogger logger,
        LogLevel level,
        EventId eventId,
        LogShape withoutAttributes,
        LogShape withAttributes,
        string kind,
        object subject,
        IReadOnlyDictionary<string, object?>? attributes)
    {
        var payload = Dictionaries.ToPayload(attributes);
        var shape = payload is null ? withoutAttributes : withAttributes;
        logger.Log(level, eventId, new MparticleLogState(shape, kind, subject, payload), null, MparticleLogState.Formatter);
    }
}
