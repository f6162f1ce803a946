using System.Collections.Generic;

namespace Serilog.Sinks.Mparticle;

/// <summary>
/// Turns existing log calls into mParticle events without changing them: when a log event without
/// an <c>MpEventType</c> marker meets every condition given here, it becomes the event described here.
/// Rules are tried in order; the first that matches wins.
/// </summary>
/// <remarks>
/// Conditions are Serilog.Expressions filters. <see cref="Match"/> takes any expression; the other
/// conditions are shorthands compiled to expressions as well. At least one condition is required.
/// </remarks>
/// <example>
/// <code>
/// new MparticleMappingRule
/// {
///     MessageTemplate = "Order {OrderId} placed by {UserId} for {Total}",
///     EventName = "Order Placed",
///     EventType = "transaction",
///     Identities = { ["UserId"] = "customer_id" },
/// }
/// </code>
/// </example>
public sealed class MparticleMappingRule
{
    /// <summary>
    /// A Serilog.Expressions condition, for example <c>SourceContext like 'Shop.%' and IsDefined(OrderId)</c>.
    /// </summary>
    public string? Match { get; set; }

    /// <summary>The exact message template text (<c>@mt</c>) of the log call to tap.</summary>
    public string? MessageTemplate { get; set; }

    /// <summary>The <c>EventId</c> name of the log call to tap (set by <c>ILogger</c> calls).</summary>
    public string? EventId { get; set; }

    /// <summary>The logger's <c>SourceContext</c>: this name or any name below it (<c>Shop</c> matches <c>Shop.Orders</c>).</summary>
    public string? SourceContext { get; set; }

    /// <summary>The name of a property the log event must carry.</summary>
    public string? HasProperty { get; set; }

    /// <summary>
    /// The event name (at most 256 characters, and few distinct names: mParticle keeps at most 1000).
    /// When not set, the name follows the conventions: <c>MpEventName</c>, the <c>EventId</c> name, or the template text.
    /// </summary>
    public string? EventName { get; set; }

    /// <summary>
    /// The event kind or custom event type, as for <c>MpEventType</c> (<c>transaction</c>, <c>screen_view</c>, ...).
    /// The default is <c>other</c>.
    /// </summary>
    public string? EventType { get; set; }

    /// <summary>
    /// Properties that identify the user, as property name to identity name (<c>customer_id</c>, <c>email</c>,
    /// <c>other</c>, ..., or <c>mpid</c>), in addition to <see cref="MparticleSinkOptions.IdentityProperties"/>.
    /// </summary>
    public IDictionary<string, string> Identities { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// When set, only these properties become custom attributes of the event (the include list wins over
    /// every exclude list). When not set, the remaining scalar properties do, as for marked events.
    /// </summary>
    public IList<string>? Attributes { get; set; }
}
