using Microsoft.Extensions.Logging;
using Mparticle.Samples.Tests.Support;
using Mparticle.Testing;
using Serilog;
using Serilog.Extensions.Logging;

namespace Mparticle.Samples.Tests.Readme;

/// <summary>The README's "Quick start in code", run as written: <see cref="ReadmeTests"/> checks that it is this code.</summary>
[Collection(SamplesCollection.Name)]
public sealed class QuickStartInCodeTests
{
    [Fact]
    public async Task TheQuickStartInCodeDeliversItsFourEventsForOneCustomer()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            await QuickStartInCode(output);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    static async Task QuickStartInCode(StringWriter output)
    {
        // begin-snippet: quick-start-in-code
        // A local mParticle look-alike. With an account, leave it out and pass your input's key and secret
        // with pod: "us1" (or "us2", "eu1", "au1") instead of serverUrl.
        await using var receiver = await MparticleReceiver.StartAsync();

        Log.Logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.Mparticle(apiKey: "my-key", apiSecret: "my-secret", serverUrl: receiver.BaseUrl,
                environment: MparticleEnvironment.Development)
            .CreateLogger();

        // ILogger calls (Mparticle.Extensions.Logging), through Serilog.Extensions.Logging:
        using var loggerFactory = new SerilogLoggerFactory(Log.Logger);
        var logger = loggerFactory.CreateLogger("Shop");
        using (logger.BeginMparticleUser(new UserIdentities { CustomerId = "c-1001" }))
        {
            logger.LogScreenView("Home");
            logger.LogAppEvent("Opened Menu", CustomEventType.Navigation, ("menu", "winter"));
            logger.LogCommerceEvent(new ProductAction(ProductActionType.Purchase)
            {
                TransactionId = "T-1001",
                TotalAmount = 25.00m,
                Products = { new Product("SKU-SOCKS", "Merino Socks") { Price = 12.50m, Quantity = 2 } },
            });
        }

        // Or a Serilog call: the MpEventType marker makes it an mParticle event, and UserId is the customer.
        Log.Information("{MpEventType} {MpEventName} for {Query} by {UserId}", "search", "Searched", "wool", "c-1001");

        await Log.CloseAndFlushAsync(); // sends what is still queued: call it before the program ends
        Console.WriteLine($"{receiver.Statistics.EventCount} events received");
        // end-snippet

        output.ToString().ShouldBe($"4 events received{Environment.NewLine}");
        // One user: usually one batch; two when Serilog's batching split the queue at CloseAndFlush.
        receiver.Batches.Count.ShouldBeInRange(1, 2);
        receiver.Batches.ShouldAllBe(b => b.UserIdentities!.CustomerId == "c-1001" && b.Environment == MparticleEnvironment.Development);
        var events = receiver.Batches.SelectMany(b => b.Events).ToList();
        events.Select(e => e.EventType).ShouldBe([EventType.ScreenView, EventType.CustomEvent, EventType.CommerceEvent, EventType.CustomEvent]);
        var search = events.OfType<AppEvent>().Last();
        (search.EventName, search.CustomEventType).ShouldBe(("Searched", CustomEventType.Search));
        search.CustomAttributes["Query"].ToString().ShouldBe("wool");
        events.OfType<CommerceEvent>().Single().ProductAction!.Products.Single().Quantity.ShouldBe(2m);
    }
}
