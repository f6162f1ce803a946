using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Mparticle.Extensions.Logging.Payloads;
using Mparticle.Extensions.Logging.Scopes;
using Mparticle.Extensions.Logging.States;

namespace Mparticle;

/// <summary>
/// <see cref="ILogger"/> calls about the user: a scope that makes everything logged inside belong to a user,
/// a call that sets or removes user attributes, and one that records the user's consent.
/// </summary>
public static class MparticleUserLoggerExtensions
{
    /// <summary>
    /// Begins a scope in which everything logged - the mParticle calls and the ordinary log calls the sink's
    /// rules map - belongs to the user with <paramref name="identities"/>: the scope adds
    /// <c>@MpUserIdentities</c>, <c>@MpScopeUserAttributes</c> and <c>MpId</c> to each log event.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Scopes flow with the async context (<c>AsyncLocal</c> in the logging provider), so the scope holds across
    /// <c>await</c> and concurrent requests of different users stay apart. A user scope inside another one
    /// replaces it completely: identities, mpid and user attributes all come from the innermost user scope.
    /// </para>
    /// <para>
    /// The identities are read once, when the scope begins. The user attributes travel with each event of the
    /// scope that the sink maps, in that user's batch; <see cref="LogUserAttributes"/> inside the scope wins for
    /// the same name. A scope with neither identities nor an mpid makes its events anonymous: the sink drops and
    /// counts them unless it has a fallback identity.
    /// </para>
    /// </remarks>
    /// <param name="logger">The logger.</param>
    /// <param name="identities">The user's identities (customer id, email, ...).</param>
    /// <param name="userAttributes">The user's attributes (scalars, or lists of strings), or <c>null</c>.</param>
    /// <param name="mpid">The user's mParticle ID, when known.</param>
    /// <returns>The scope; dispose it to end it. <c>null</c> when the logger has no scope support.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="identities"/> is null.</exception>
    public static IDisposable? BeginMparticleUser(
        this ILogger logger,
        UserIdentities identities,
        IReadOnlyDictionary<string, object?>? userAttributes = null,
        long? mpid = null)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(identities, nameof(identities));
        return logger.BeginScope(new UserScopeState(IdentityMap.Of(identities), Dictionaries.ToPayload(userAttributes), mpid));
    }

    /// <summary>
    /// Logs a change of the current user's attributes (no event is sent; the change travels in the user's
    /// batch): <c>MpEventType</c> = <c>user_attribute_change</c>, <c>@MpUserAttributes</c> = <paramref name="set"/>,
    /// <c>@MpDeletedUserAttributes</c> = <paramref name="removed"/>. Log it inside the user's scope.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="set">The attributes to set (scalars, or lists of strings), or <c>null</c>.</param>
    /// <param name="removed">The names of attributes to remove, or <c>null</c>.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="set"/> and <paramref name="removed"/> are null or empty.</exception>
    public static void LogUserAttributes(
        this ILogger logger,
        IReadOnlyDictionary<string, object?>? set,
        IReadOnlyCollection<string>? removed = null,
        LogLevel level = MparticleLoggerExtensions.DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        var hasRemoved = removed is { Count: > 0 };
        if ((set is null || set.Count == 0) && !hasRemoved)
            throw new ArgumentException("Give at least one user attribute to set or to remove.", nameof(set));
        if (!logger.IsEnabled(level))
            return;

        var payload = Dictionaries.ToPayload(set);
        var state = payload is null
            ? new MparticleLogState(LogShapes.UserAttributesRemoved, MparticleEventKinds.UserAttributeChange, removed)
            : hasRemoved
                ? new MparticleLogState(LogShapes.UserAttributesSetAndRemoved, MparticleEventKinds.UserAttributeChange, payload, removed)
                : new MparticleLogState(LogShapes.UserAttributesSet, MparticleEventKinds.UserAttributeChange, payload);
        logger.Log(level, MparticleLogEvents.UserAttributes, state, null, MparticleLogState.Formatter);
    }

    /// <summary>
    /// Logs the current user's consent (no event is sent; the consent travels in the user's batch as
    /// <c>consent_state</c>): <c>MpEventType</c> = <c>consent_state</c>, <c>@MpConsentState</c> = <paramref name="consent"/>
    /// as plain values with mParticle's JSON names. Log it inside the user's scope. A purpose without a timestamp takes
    /// the log event's time; consent is accepted only with platform or custom-feed credentials.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <param name="consent">The consent: GDPR purposes and/or the CCPA <c>data_sale_opt_out</c> purpose.</param>
    /// <param name="level">The level; the default is <see cref="LogLevel.Information"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="consent"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="consent"/> has neither a GDPR purpose nor CCPA consent.</exception>
    public static void LogConsentState(
        this ILogger logger,
        ConsentState consent,
        LogLevel level = MparticleLoggerExtensions.DefaultLevel)
    {
        Guard.NotNull(logger, nameof(logger));
        Guard.NotNull(consent, nameof(consent));
        if (ConsentPayload.IsEmpty(consent))
            throw new ArgumentException("Give at least one GDPR purpose or the CCPA consent.", nameof(consent));
        if (!logger.IsEnabled(level))
            return;

        var state = new MparticleLogState(LogShapes.ConsentState, MparticleEventKinds.ConsentState, ConsentPayload.Of(consent));
        logger.Log(level, MparticleLogEvents.ConsentState, state, null, MparticleLogState.Formatter);
    }
}
