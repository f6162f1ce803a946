using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Mparticle.Extensions.Logging.Tests.Support;

namespace Mparticle.Extensions.Logging.Tests.Text;

/// <summary>The calls through Microsoft's console provider, which knows nothing of mParticle: readable lines, no exceptions.</summary>
[Collection(ConsoleCollection.Name)]
public class ConsoleProviderTests
{
    static void EveryCallAsAnn(ILogger logger)
    {
        using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold" }, mpid: 7))
            EveryCall.Log(logger);
    }

    [Fact]
    public void EveryCallPrintsAReadableLine()
    {
        var output = ConsoleCapture.Run(
            builder => builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            }),
            EveryCallAsAnn);

        output.ShouldBe(
            """
            info: Shop.Checkout[28001] mParticle app event "Example" (navigation) foo=bar count=3
            info: Shop.Checkout[28001] mParticle app event "Priced" (transaction) price=9.99 ratio=0.5 paid=true note=null
            info: Shop.Checkout[28002] mParticle screen view "Checkout" step=2
            info: Shop.Checkout[28003] mParticle commerce event purchase (1 product) coupon=none
            info: Shop.Checkout[28003] mParticle commerce event promotion click (1 promotion)
            info: Shop.Checkout[28003] mParticle commerce event impressions (1 product impression) EUR query=hat page=2
            info: Shop.Checkout[28004] mParticle session start "session-1"
            info: Shop.Checkout[28005] mParticle session end "session-1" after 300000 ms
            info: Shop.Checkout[28006] mParticle application state transition install
            info: Shop.Checkout[28006] mParticle application state transition background
            info: Shop.Checkout[28007] mParticle user attributes plan=gold tags=[a, b] removed [trial_end]

            """);
    }

    [Fact]
    public void TheUserScopePrintsReadablyWithScopesIncluded()
    {
        var output = ConsoleCapture.Run(
            builder => builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.IncludeScopes = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            }),
            logger =>
            {
                using (logger.BeginMparticleUser(Some.Ann(), new Dictionary<string, object?> { ["plan"] = "gold" }, mpid: 7))
                    logger.LogAppEvent("Example", CustomEventType.Navigation);
            });

        output.ShouldBe(
            "info: Shop.Checkout[28001] => mParticle user CustomerId=ann Email=ann@example.com mpid=7 with plan=gold "
            + "mParticle app event \"Example\" (navigation)\n");
    }

    [Fact]
    public void TheJsonConsoleWritesTheReadableMessageAndEveryState()
    {
        var output = ConsoleCapture.Run(builder => builder.AddJsonConsole(options => options.IncludeScopes = true), EveryCallAsAnn);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(11);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.GetProperty("EventId").GetInt32().ShouldBe(28001);
        root.GetProperty("Message").GetString().ShouldBe("mParticle app event \"Example\" (navigation) foo=bar count=3");
        var state = root.GetProperty("State");
        state.GetProperty("MpEventType").GetString().ShouldBe("navigation");
        state.GetProperty("{OriginalFormat}").GetString().ShouldBe("mParticle app event {MpEventName} ({MpEventType:l}) {@MpAttributes}");
        root.GetProperty("Scopes")[0].GetProperty("Message").GetString().ShouldBe("mParticle user CustomerId=ann Email=ann@example.com mpid=7 with plan=gold");
        foreach (var line in lines)
            JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString().ShouldStartWith("mParticle ");
    }
}
