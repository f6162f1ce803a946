using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Mparticle;
using Serilog.Core;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Capturing;

/// <summary>
/// Captures <see cref="AttributeValue"/> and <see cref="UserAttributeValue"/> as the values they hold when they are
/// destructured (<c>{@Event}</c>, the attributes of a logged model object): a scalar of the primitive (so text and
/// JSON output show <c>"gold"</c> or <c>3</c>, and format strings apply), a list as a sequence of strings. Without it,
/// Serilog destructures them by their properties, as a structure whose first member is the kind.
/// </summary>
sealed class MparticleValuePolicy : IDestructuringPolicy
{
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        switch (value)
        {
            case AttributeValue attribute:
                result = new ScalarValue(attribute.Value);
                return true;
            case UserAttributeValue user when user.TryGetList(out var list):
                var elements = new List<LogEventPropertyValue>(list.Count);
                foreach (var entry in list)
                    elements.Add(new ScalarValue(entry));
                result = new SequenceValue(elements);
                return true;
            case UserAttributeValue user:
                result = new ScalarValue(user.ToAttributeValue().Value);
                return true;
            default:
                result = null;
                return false;
        }
    }
}
