namespace Mparticle;

/// <summary>
/// The names of the log event properties that carry mParticle data: the conventions shared by
/// the Serilog sink (which reads them) and the <c>ILogger</c> calls (which write them).
/// </summary>
/// <remarks>
/// A log event becomes an mParticle event when it carries <see cref="MpEventType"/> (or a
/// commerce payload, or when a configured rule matches it). Every other property listed here only
/// adds to such an event or to its user. Values may be scalars, or payloads destructured by Serilog
/// (<c>@</c>): structures, sequences and dictionaries whose member names are either the model's
/// C# property names (<c>TransactionId</c>) or mParticle's JSON names (<c>transaction_id</c>).
/// </remarks>
public static class MparticleProperties
{
    /// <summary>
    /// Marks the log event as an mParticle event and gives its kind: a custom event type
    /// (<c>navigation</c>, <c>transaction</c>, ...) or an event kind (<c>screen_view</c>,
    /// <c>commerce_event</c>, ...). The values are in <see cref="MparticleEventKinds"/>; a
    /// <c>CustomEventType</c> value is accepted too.
    /// </summary>
    public const string MpEventType = "MpEventType";

    /// <summary>
    /// The event name (the screen name of a screen view). Without it the name is the <c>EventId</c>
    /// name, else the message template text. mParticle keeps at most 1000 unique names: keep them few.
    /// </summary>
    public const string MpEventName = "MpEventName";

    /// <summary>Custom attributes of the event, as a dictionary or structure of scalar values.</summary>
    public const string MpAttributes = "MpAttributes";

    /// <summary>Custom flags of the event (integration hints), as a dictionary of scalar values.</summary>
    public const string MpCustomFlags = "MpCustomFlags";

    /// <summary>The event's <c>source_message_id</c>, when the application chooses it; otherwise the sink assigns one.</summary>
    public const string MpSourceMessageId = "MpSourceMessageId";

    /// <summary>A whole destructured commerce event (product action, promotion action or impressions, with its fields).</summary>
    public const string MpCommerceEvent = "MpCommerceEvent";

    /// <summary>A destructured product action; implies a <c>commerce_event</c>.</summary>
    public const string MpProductAction = "MpProductAction";

    /// <summary>A destructured promotion action; implies a <c>commerce_event</c>.</summary>
    public const string MpPromotionAction = "MpPromotionAction";

    /// <summary>A destructured sequence of product impressions; implies a <c>commerce_event</c>.</summary>
    public const string MpProductImpressions = "MpProductImpressions";

    /// <summary>A destructured shopping cart attached to a commerce event.</summary>
    public const string MpShoppingCart = "MpShoppingCart";

    /// <summary>The ISO 4217 currency code of a commerce event.</summary>
    public const string MpCurrencyCode = "MpCurrencyCode";

    /// <summary>
    /// The session the event belongs to: a UUID (or any text) becomes <c>session_uuid</c>, an
    /// integer becomes <c>session_id</c>. Any event kind may carry it.
    /// </summary>
    public const string MpSessionId = "MpSessionId";

    /// <summary>The length of a session, on a <c>session_end</c> event: milliseconds, or a <see cref="System.TimeSpan"/>.</summary>
    public const string MpSessionDurationMs = "MpSessionDurationMs";

    /// <summary>The transition of an <c>application_state_transition</c> event; values in <see cref="MparticleTransitionKinds"/>.</summary>
    public const string MpTransitionType = "MpTransitionType";

    /// <summary>
    /// The user's identities, as a destructured <c>UserIdentities</c> or a dictionary of identity
    /// names (<c>customer_id</c>, <c>email</c>, ...) to values. Usually set by a user scope.
    /// </summary>
    public const string MpUserIdentities = "MpUserIdentities";

    /// <summary>The user's mParticle ID (<c>mpid</c>), a 64-bit integer.</summary>
    public const string MpId = "MpId";

    /// <summary>User attributes to set, as a dictionary of names to scalars or lists of strings.</summary>
    public const string MpUserAttributes = "MpUserAttributes";

    /// <summary>
    /// The user attributes a user scope carries (<c>BeginMparticleUser</c>), as a dictionary like
    /// <see cref="MpUserAttributes"/>. Read before <see cref="MpUserAttributes"/>, which wins for the same name.
    /// </summary>
    /// <remarks>
    /// A name of its own because Microsoft's <c>LoggerFactory</c> with Serilog.Extensions.Logging lets a scope's
    /// property replace the log call's property of the same name: a scope writing <see cref="MpUserAttributes"/>
    /// would erase what a call inside it sets.
    /// </remarks>
    public const string MpScopeUserAttributes = "MpScopeUserAttributes";

    /// <summary>Names of user attributes to delete, as a sequence of strings.</summary>
    public const string MpDeletedUserAttributes = "MpDeletedUserAttributes";

    /// <summary>The user's device, as a destructured <c>DeviceInformation</c> or a dictionary of its fields.</summary>
    public const string MpDeviceInfo = "MpDeviceInfo";

    /// <summary>
    /// The user's consent, as a destructured <c>ConsentState</c> or a dictionary of its fields: <c>gdpr</c>, a map
    /// of purpose names to <c>{ consented, timestamp_unixtime_ms, document, location, hardware_id }</c>, and
    /// <c>ccpa</c> with its one purpose <c>data_sale_opt_out</c> (C# or JSON member names). It travels in the
    /// user's batch (<c>consent_state</c>); a purpose without a timestamp takes the log event's time. A log
    /// event that only records consent is marked <see cref="MparticleEventKinds.ConsentState"/>.
    /// </summary>
    public const string MpConsentState = "MpConsentState";
}
