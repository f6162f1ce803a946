using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Mapping;

public class OddValueTests
{
    readonly MapperHarness _harness = new();

    static LogEvent AppEventWith(string name, LogEventPropertyValue value) => Some.LogEventWith("{MpEventType}",
        (MparticleProperties.MpEventType, new ScalarValue("other")), ("UserId", new ScalarValue("u")), (name, value));

    [Fact]
    public void NullIsSentAsJsonNull()
    {
        var mapping = _harness.MapOne(AppEventWith("Nothing", new ScalarValue(null)));

        mapping.Event!.CustomAttributes["Nothing"].IsNull.ShouldBeTrue();
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void NaNAndInfinitiesAreSentAsTextAndCounted(double value, string expected)
    {
        var mapping = _harness.MapOne(AppEventWith("Ratio", new ScalarValue(value)));

        mapping.Event!.CustomAttributes["Ratio"].ShouldBe((AttributeValue)expected);
        _harness.Counters[SinkCounter.OddValuesReplaced].ShouldBe(1);
    }

    [Fact]
    public void AHugeStringCostsNoMoreThanTheLimit()
    {
        var mapping = _harness.MapOne(AppEventWith("Blob", new ScalarValue(new string('b', 1_000_000))));

        mapping.Event!.CustomAttributes["Blob"].ToString().Length.ShouldBe(4096);
    }

    [Fact]
    public void ANestedStructureInMpAttributesIsSentAsItsText()
    {
        var mapping = _harness.MapOne(Some.LogEvent(
            "{MpEventType} {UserId} {@MpAttributes}", "other", "u",
            new Dictionary<string, object> { ["order"] = new { Id = 7, Lines = new[] { 1, 2 } } }));

        mapping.Event!.CustomAttributes["order"].ShouldBe((AttributeValue)"{ Id: 7, Lines: [1, 2] }");
    }

    [Fact]
    public void AHugeNestedStructureIsRenderedOnlyUpToTheLimit()
    {
        var huge = new SequenceValue(Enumerable.Range(0, 100_000).Select(i => new ScalarValue(i)));

        var mapping = _harness.MapOne(Some.LogEventWith("{MpEventType}",
            (MparticleProperties.MpEventType, new ScalarValue("other")), ("UserId", new ScalarValue("u")),
            (MparticleProperties.MpAttributes, new StructureValue([new LogEventProperty("all", huge)]))));

        mapping.Event!.CustomAttributes["all"].ToString().Length.ShouldBe(4096);
        _harness.Counters[SinkCounter.ValuesTrimmed].ShouldBe(1);
    }

    [Fact]
    public void ACyclicObjectIsCutByDestructuringAndStillMapped()
    {
        var node = new Node { Name = "loop" };
        node.Next = node;

        var mapping = _harness.MapOne(Some.LogEvent(
            "{MpEventType} {UserId} {@MpAttributes}", "other", "u", new Dictionary<string, object> { ["node"] = node }));

        mapping.Event!.CustomAttributes["node"].ToString().ShouldStartWith("Node { Name: \"loop\", Next: Node {");
    }

    [Fact]
    public void AValueWhoseToStringThrowsIsLeftOutAndCountedButTheEventIsSent()
    {
        var mapping = _harness.MapOne(AppEventWith("Broken", new ScalarValue(new ThrowingToString())));

        mapping.Event!.CustomAttributes.Keys.ShouldNotContain("Broken");
        _harness.Counters[SinkCounter.UnreadableValues].ShouldBe(1);
        _harness.Counters[SinkCounter.LogEventsMapped].ShouldBe(1);
    }

    [Fact]
    public void OtherScalarsBecomeTheirInvariantText()
    {
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var mapping = _harness.MapOne(Some.LogEventWith("{MpEventType}",
            (MparticleProperties.MpEventType, new ScalarValue("other")), ("UserId", new ScalarValue("u")),
            ("When", new ScalarValue(when)), ("Id", new ScalarValue(id)), ("Big", new ScalarValue(ulong.MaxValue)),
            ("Level", new ScalarValue(LogEventLevel.Warning)), ("Letter", new ScalarValue('x'))));

        var attributes = mapping.Event!.CustomAttributes;
        attributes["When"].ShouldBe((AttributeValue)"2026-01-02T03:04:05.0000000+02:00");
        attributes["Id"].ShouldBe((AttributeValue)"0f8fad5b-d9cb-469f-a165-70867728950e");
        attributes["Big"].ShouldBe((AttributeValue)18446744073709551615m);
        attributes["Level"].ShouldBe((AttributeValue)"Warning");
        attributes["Letter"].ShouldBe((AttributeValue)"x");
    }

    sealed class Node
    {
        public string Name { get; set; } = "";

        public Node? Next { get; set; }
    }

    sealed class ThrowingToString
    {
        public override string ToString() => throw new InvalidOperationException("no text for you");
    }
}
