using Mparticle;
using Serilog.Context;

namespace Serilog.Sinks.Mparticle.Tests.Readme;

/// <summary>
/// The C# snippets of the README's sink section, compiled here; <see cref="ReadmeTests"/> checks that every
/// snippet in the README appears in this file verbatim (ignoring indentation).
/// </summary>
static class ReadmeExamples
{
    public static ILogger CodeConfiguration()
    {
        // README: code configuration
        var logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .Destructure.MparticleValues() // attribute values show as values in the other sinks too
            .WriteTo.Mparticle(
                apiKey: "REPLACE_WITH_YOUR_API_KEY",
                apiSecret: Environment.GetEnvironmentVariable("MPARTICLE_API_SECRET") ?? "",
                pod: "us1",
                environment: MparticleEnvironment.Development)
            .CreateLogger();
        // README: end
        return logger;
    }

    public static void LogCalls(ILogger log)
    {
        // README: log calls
        // A custom event of type navigation, for the user whose customer_id is in UserId; Plan becomes an attribute.
        log.Information("{MpEventType} {MpEventName} by {UserId} on {Plan}", "navigation", "Viewed Pricing", "c-42", "gold");

        // Everything logged inside belongs to this user (LogContext, or BeginScope with ILogger).
        using (LogContext.PushProperty(MparticleProperties.MpUserIdentities, new UserIdentities { CustomerId = "c-42" }, destructureObjects: true))
        {
            log.Information("{MpEventType} {MpEventName}", "screen_view", "Checkout");
            log.Information("Purchased {@MpProductAction} in {MpCurrencyCode}", new ProductAction(ProductActionType.Purchase)
            {
                TransactionId = "T-1001",
                TotalAmount = 19.98m,
                Products = { new Product("sku-1", "Socks") { Price = 9.99m, Quantity = 2 } },
            }, "EUR");
        }
        // README: end
    }

    public static ILogger OptionsInCode(string apiKey, string apiSecret)
    {
        // README: options in code
        var logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.Mparticle(apiKey, apiSecret, options =>
            {
                options.Pod = "eu1";
                options.IdentityProperties["AccountId"] = "customer_id";
                options.Rules.Add(new MparticleMappingRule
                {
                    MessageTemplate = "Order {OrderId} placed by {UserId} for {Total}",
                    EventName = "Order Placed",
                    EventType = "transaction",
                });
                options.CustomMapping = (logEvent, mapping) =>
                {
                    // Runs in the background for every log event, after the conventions and rules.
                    if (mapping.Event is { } mpEvent && logEvent.Properties.ContainsKey("Experiment"))
                        mpEvent.CustomFlags["Optimizely.ExperimentId"] = "exp-7";
                };
            })
            .CreateLogger();
        // README: end
        return logger;
    }
}
