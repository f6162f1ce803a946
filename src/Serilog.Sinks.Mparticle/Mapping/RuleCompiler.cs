using System;
using System.Collections.Generic;
using Serilog.Expressions;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Compiles <see cref="MparticleMappingRule"/>s with Serilog.Expressions, the ecosystem's filter language:
/// the shorthand conditions become expressions too, so every rule is one compiled predicate.
/// </summary>
static class RuleCompiler
{
    /// <summary>Compiles every rule; an invalid rule fails configuration with a message naming it.</summary>
    /// <exception cref="ArgumentException">A rule has no condition, a condition does not compile, or an identity name is unknown.</exception>
    public static IReadOnlyList<CompiledRule> CompileAll(IEnumerable<MparticleMappingRule?> rules)
    {
        var compiled = new List<CompiledRule>();
        var index = 0;
        foreach (var rule in rules)
        {
            if (rule is not null)
                compiled.Add(Compile(rule, index));
            index++;
        }

        return compiled;
    }

    public static CompiledRule Compile(MparticleMappingRule rule, int index)
    {
        var condition = BuildCondition(rule)
            ?? throw new ArgumentException(
                $"mParticle mapping rule {index} has no condition: set Match, MessageTemplate, EventId, SourceContext or HasProperty.",
                nameof(rule));

        CompiledExpression? compiled;
        string? error;
        try
        {
            SerilogExpression.TryCompile(condition, out compiled, out error);
        }
        catch (ArgumentException ex)
        {
            // Serilog.Expressions reports unknown function names by throwing rather than through `error`.
            compiled = null;
            error = ex.Message;
        }

        if (compiled is null)
            throw new ArgumentException($"mParticle mapping rule {index} has an invalid condition `{condition}`: {error}", nameof(rule));

        var classification = rule.EventType is { Length: > 0 } type
            ? EventClassification.Parse(type)
            : EventClassification.Other;
        if (!classification.IsKnown)
            throw new ArgumentException($"mParticle mapping rule {index} has an unknown EventType `{rule.EventType}`.", nameof(rule));

        var identities = IdentityFields.ForProperties(rule.Identities, $"mParticle mapping rule {index}");
        var attributes = rule.Attributes is null ? null : new HashSet<string>(rule.Attributes, StringComparer.Ordinal);

        return new CompiledRule(condition, compiled, rule.EventName, classification, identities, attributes);
    }

    /// <summary>The conjunction of the rule's conditions, or <c>null</c> when it has none.</summary>
    public static string? BuildCondition(MparticleMappingRule rule)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(rule.Match))
            parts.Add($"({rule.Match})");
        if (rule.MessageTemplate is { Length: > 0 } template)
            parts.Add($"@mt = {Literal(template)}");
        if (rule.EventId is { Length: > 0 } eventId)
            parts.Add($"(EventId.Name = {Literal(eventId)} or EventId = {Literal(eventId)})");
        if (rule.SourceContext is { Length: > 0 } source)
        {
            var below = SerilogExpression.EscapeLikeExpressionContent(source) + ".%";
            parts.Add($"(SourceContext = {Literal(source)} or SourceContext like '{SerilogExpression.EscapeStringContent(below)}')");
        }

        if (rule.HasProperty is { Length: > 0 } property)
            parts.Add($"IsDefined({PropertyAccessor(property)})");

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    static string Literal(string text) => $"'{SerilogExpression.EscapeStringContent(text)}'";

    static string PropertyAccessor(string name) =>
        SerilogExpression.IsValidIdentifier(name) ? name : $"@p[{Literal(name)}]";
}
