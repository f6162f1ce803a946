namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// netstandard2.0 lacks this nullable annotation, and Serilog's own copy is internal: without one of ours, a
/// destructuring policy could not state the contract of <c>IDestructuringPolicy.TryDestructure</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
sealed class NotNullWhenAttribute : Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
