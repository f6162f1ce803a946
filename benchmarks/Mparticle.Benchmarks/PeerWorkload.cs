using System;
using System.Collections.Generic;
using System.Globalization;

namespace Mparticle.Benchmarks;

/// <summary>
/// The peer workload the official SDKs are measured on: batches of 10 custom events (3 string attributes each)
/// plus 1 commerce purchase event (1 product), one user per batch.
/// </summary>
public static class PeerWorkload
{
    /// <summary>Events in each batch: 10 custom events and 1 purchase.</summary>
    public const int EventsPerBatch = 11;

    /// <summary>
    /// Creates <paramref name="count"/> batches. Ids are filled in here, as the packer would on the first pack, so
    /// the measured work is serialization and packing (UUID generation is a one-off per event, not per send).
    /// </summary>
    public static List<Batch> Create(int count)
    {
        var random = new Random(12345);
        var batches = new List<Batch>(count);
        for (var b = 0; b < count; b++)
        {
            var user = "customer-" + b.ToString(CultureInfo.InvariantCulture);
            var batch = new Batch
            {
                Environment = MparticleEnvironment.Production,
                SourceRequestId = Guid.NewGuid().ToString(),
                UserIdentities = new UserIdentities { CustomerId = user, Email = user + "@example.com" },
            };
            var timestamp = 1_735_689_600_000L + b * 1000L;
            for (var e = 0; e < 10; e++)
            {
                var item = new AppEvent(EventNames[e], CustomEventType.Navigation)
                {
                    TimestampUnixtimeMs = timestamp + e,
                    SourceMessageId = Guid.NewGuid().ToString(),
                };
                item.CustomAttributes["page"] = "/products/" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
                item.CustomAttributes["referrer"] = "https://www.example.com/search?q=shoes";
                item.CustomAttributes["variant"] = e % 2 == 0 ? "control" : "treatment";
                batch.Events.Add(item);
            }

            var purchase = new ProductAction(ProductActionType.Purchase)
            {
                TransactionId = "T-" + b.ToString(CultureInfo.InvariantCulture),
                TotalAmount = 59.98m,
            };
            purchase.Products.Add(new Product("SKU-" + (b % 100).ToString(CultureInfo.InvariantCulture), "Running shoe") { Price = 29.99m, Quantity = 2 });
            batch.Events.Add(new CommerceEvent(purchase)
            {
                TimestampUnixtimeMs = timestamp + 10,
                SourceMessageId = Guid.NewGuid().ToString(),
                CurrencyCode = "USD",
            });
            batches.Add(batch);
        }

        return batches;
    }

    private static readonly string[] EventNames =
    [
        "Viewed product", "Added to wishlist", "Searched", "Viewed category", "Opened menu",
        "Viewed reviews", "Shared product", "Viewed cart", "Started checkout", "Entered address",
    ];
}
