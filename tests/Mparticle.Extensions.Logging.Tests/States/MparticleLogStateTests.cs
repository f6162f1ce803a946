using Mparticle.Extensions.Logging.States;

namespace Mparticle.Extensions.Logging.Tests.States;

/// <summary>The state list contract providers rely on: keys in order, <c>{OriginalFormat}</c> last, an index check.</summary>
public class MparticleLogStateTests
{
    [Fact]
    public void TheStateListsItsValuesThenTheOriginalFormat()
    {
        var attributes = new Dictionary<string, object?> { ["foo"] = "bar" };
        var state = new MparticleLogState(LogShapes.AppEventWithAttributes, "navigation", "Example", attributes);

        state.Count.ShouldBe(4);
        state.ToList().ShouldBe(
        [
            new("MpEventType", "navigation"),
            new("MpEventName", "Example"),
            new("@MpAttributes", attributes),
            new("{OriginalFormat}", "mParticle app event {MpEventName} ({MpEventType:l}) {@MpAttributes}"),
        ]);
        Enumerable.Range(0, state.Count).Select(i => state[i]).ShouldBe(state);
    }

    [Fact]
    public void AShorterShapeHasFewerEntries()
    {
        var state = new MparticleLogState(LogShapes.SessionStart, "session_start", "session-1");

        state.Select(p => p.Key).ShouldBe(["MpEventType", "MpSessionId", "{OriginalFormat}"]);
        Should.Throw<ArgumentOutOfRangeException>(() => state[3]);
        Should.Throw<ArgumentOutOfRangeException>(() => state[-1]);
    }

    [Fact]
    public void EveryShapeTemplateNamesOnlyPropertiesTheShapeWrites()
    {
        var shapes = typeof(LogShapes).GetFields().Where(f => f.FieldType == typeof(LogShape)).Select(f => (LogShape)f.GetValue(null)!).ToList();
        shapes.Count.ShouldBe(15);

        foreach (var shape in shapes)
        {
            var holes = new Serilog.Parsing.MessageTemplateParser().Parse(shape.OriginalFormat).Tokens
                .OfType<Serilog.Parsing.PropertyToken>().Select(t => t.PropertyName);
            var written = shape.Keys.Select(k => k.TrimStart('@'));
            written.ShouldBeSubsetOf(typeof(MparticleProperties).GetFields().Select(f => (string)f.GetValue(null)!));
            holes.ShouldBeSubsetOf(written, shape.OriginalFormat);
        }
    }

    [Fact]
    public void ACommerceEventStateListsOnlyWhatTheEventSets()
    {
        var commerceEvent = new CommerceEvent(new PromotionAction(PromotionActionType.View));

        var state = new CommerceEventLogState(commerceEvent);

        state.Select(p => p.Key).ShouldBe(["MpEventType", "@MpCommerceEvent", "{OriginalFormat}"]);
        state[2].Value.ShouldBe("mParticle commerce event");
        Should.Throw<ArgumentOutOfRangeException>(() => state[3]);
        state.ToString().ShouldBe("mParticle commerce event promotion view (0 promotions)");
    }
}
