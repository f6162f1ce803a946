using System.Collections.Generic;
using Serilog.Events;
using Serilog.Expressions;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>A <see cref="MparticleMappingRule"/> ready to run: its conditions compiled once to one predicate.</summary>
sealed class CompiledRule
{
    readonly CompiledExpression _condition;

    public CompiledRule(
        string condition,
        CompiledExpression compiled,
        string? eventName,
        EventClassification classification,
        IReadOnlyDictionary<string, IdentityField> identities,
        IReadOnlyCollection<string>? attributes)
    {
        Condition = condition;
        _condition = compiled;
        EventName = eventName;
        Classification = classification;
        Identities = identities;
        Attributes = attributes;
    }

    /// <summary>The Serilog.Expressions source of the whole condition (for diagnostics).</summary>
    public string Condition { get; }

    public string? EventName { get; }

    public EventClassification Classification { get; }

    /// <summary>Identity properties of this rule, by property name.</summary>
    public IReadOnlyDictionary<string, IdentityField> Identities { get; }

    /// <summary>The rule's include list, or <c>null</c> for the remaining scalar properties.</summary>
    public IReadOnlyCollection<string>? Attributes { get; }

    public bool Matches(LogEvent logEvent) => ExpressionResult.IsTrue(_condition(logEvent));
}
