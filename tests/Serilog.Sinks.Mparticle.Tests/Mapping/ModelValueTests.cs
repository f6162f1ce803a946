using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

/// <summary>
/// The model's own value types given as payloads: the sink reads an <see cref="AttributeValue"/> or a
/// <see cref="UserAttributeValue"/> with its JSON type however Serilog captured it (destructured by its properties,
/// as a scalar of itself, or as the primitive <c>Destructure.MparticleValues()</c> gives).
/// </summary>
public class ModelValueTests
{
    readonly MapperHarness _harness = new();

    [Fact]
    public void DestructuredAttributeValuesKeepTheirJsonTypes()
    {
        var attributes = new Dictionary<string, AttributeValue> { ["plan"] = "gold", ["seats"] = 3, ["price"] = 9.99m, ["trial"] = true, ["none"] = AttributeValue.Null };

        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {@MpAttributes}", "other", "u", attributes));

        mapping.Event!.CustomAttributes.ShouldBe(attributes, ignoreOrder: true);
    }

    [Fact]
    public void AnAttributeValueCapturedAsItselfKeepsItsJsonType()
    {
        var mapping = _harness.MapOne(Some.LogEventWith("{MpEventType}",
            (MparticleProperties.MpEventType, new ScalarValue("other")), ("UserId", new ScalarValue("u")),
            ("Seats", new ScalarValue((AttributeValue)3)), ("Ratio", new ScalarValue((AttributeValue)double.NaN))));

        mapping.Event!.CustomAttributes["Seats"].ShouldBe((AttributeValue)3);
        mapping.Event.CustomAttributes["Ratio"].ShouldBe((AttributeValue)"NaN");
    }

    [Fact]
    public void DestructuredUserAttributeValuesKeepTheirListsAndScalars()
    {
        var attributes = new Dictionary<string, UserAttributeValue> { ["tags"] = new[] { "a", "b" }, ["plan"] = "gold", ["seats"] = 3 };

        var mapping = _harness.MapOne(Some.LogEvent("{MpEventType} {UserId} {@MpUserAttributes}", "user_attribute_change", "u", attributes));

        mapping.UserAttributes["tags"].TryGetList(out var tags).ShouldBeTrue();
        tags.ShouldBe(["a", "b"]);
        mapping.UserAttributes["plan"].ShouldBe((UserAttributeValue)"gold");
        mapping.UserAttributes["seats"].ShouldBe((UserAttributeValue)3);
    }
}
