using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using Mparticle.Samples.Tests.Support;
using Mparticle.Testing;

namespace Mparticle.Samples.Tests.WebApp;

/// <summary>
/// The web app, on real Kestrel at 127.0.0.1 with its own appsettings.json: requests of signed-in users become
/// their mParticle events, delivered to a receiver when the app stops.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class WebAppTests
{
    const string ApiKey = "webapp-test-key";
    const string ApiSecret = "webapp-test-secret";
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task RequestsOfSignedInUsersBecomeTheirEventsAndAnonymousOnesNone()
    {
        using var bounded = new CancellationTokenSource(Bound);
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = ApiKey, ApiSecret = ApiSecret }, bounded.Token);

        string? orderId;
        var settings = new Dictionary<string, string?>
        {
            ["MPARTICLE_API_KEY"] = ApiKey,
            ["MPARTICLE_API_SECRET"] = ApiSecret,
            ["MPARTICLE_BASE_URL"] = receiver.BaseUrl,
        };
        await using (var shop = await WebAppHost.StartAsync(settings, bounded.Token))
        {
            var address = new Uri(shop.App.Urls.Single());

            // Ada signs in with the demo cookie; Bob sends the header with every request.
            using var ada = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
            using var bob = new HttpClient { BaseAddress = address, DefaultRequestHeaders = { { "X-Demo-User", "bob" } } };
            using var anonymous = new HttpClient { BaseAddress = address };

            (await ada.PostAsync("/signin/ada", null, bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ada.GetAsync("/products/SKU-SOCKS", bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ada.PostAsync("/cart/SKU-SCARF", null, bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            var checkout = await ada.PostAsJsonAsync("/checkout", new { items = new[] { new { sku = "SKU-SOCKS", quantity = 2 }, new { sku = "SKU-SCARF", quantity = 1 } } }, bounded.Token);
            checkout.StatusCode.ShouldBe(HttpStatusCode.OK);
            orderId = (await checkout.Content.ReadFromJsonAsync<Dictionary<string, object>>(bounded.Token))!["orderId"].ToString();

            (await bob.GetAsync("/search?q=wool", bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await anonymous.GetAsync("/products/SKU-SOCKS", bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await bob.GetAsync("/products/SKU-NOTHING", bounded.Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            // Concurrent requests of both users: each event stays with the user whose request logged it.
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? ada : bob).GetAsync("/products/SKU-BEANIE", bounded.Token)));

            await shop.App.StopAsync(bounded.Token);
        } // disposing the app disposes its Serilog logger, which sends what is queued

        receiver.Requests.ShouldAllBe(r => r.StatusCode == 202 && r.ApiKey == ApiKey);
        receiver.Batches.ShouldAllBe(b => b.Environment == MparticleEnvironment.Development);

        var adaEvents = receiver.EventsFor("ada");
        receiver.Batches.Where(b => b.UserIdentities!.CustomerId == "ada").ShouldAllBe(b => b.UserIdentities!.Email == "ada@example.com");
        adaEvents.OfType<AppEvent>().Select(e => (e.EventName, e.CustomEventType)).ShouldBe(
            [("Signed In", CustomEventType.Navigation), ("Viewed Product", CustomEventType.Navigation), .. Enumerable.Repeat(("Viewed Product", CustomEventType.Navigation), 10)]);
        var viewed = adaEvents.OfType<AppEvent>().First(e => e.EventName == "Viewed Product");
        viewed.CustomAttributes["sku"].ToString().ShouldBe("SKU-SOCKS");
        viewed.CustomAttributes["price"].ToString().ShouldBe("12.50");

        var commerce = adaEvents.OfType<CommerceEvent>().ToList();
        commerce.Select(c => c.ProductAction!.Action).ShouldBe([ProductActionType.AddToCart, ProductActionType.Purchase]);
        commerce[0].ProductAction!.Products.ShouldHaveSingleItem().Id.ShouldBe("SKU-SCARF");
        var purchase = commerce[1];
        purchase.CurrencyCode.ShouldBe("EUR");
        purchase.ProductAction!.TransactionId.ShouldBe(orderId);
        purchase.ProductAction.TotalAmount.ShouldBe(114.00m);
        purchase.ProductAction.Products.Select(p => (p.Id, p.Quantity)).ShouldBe([("SKU-SOCKS", 2m), ("SKU-SCARF", 1m)]);

        var bobEvents = receiver.EventsFor("bob").OfType<AppEvent>().ToList();
        bobEvents.Count.ShouldBe(11);
        var searched = bobEvents[0];
        (searched.EventName, searched.CustomEventType).ShouldBe(("Searched", CustomEventType.Search));
        searched.CustomAttributes["query"].ToString().ShouldBe("wool");
        searched.CustomAttributes["results"].ToString().ShouldBe("1");
        bobEvents.Skip(1).ShouldAllBe(e => e.EventName == "Viewed Product" && e.CustomAttributes["sku"].ToString() == "SKU-BEANIE");

        // Nothing else: the anonymous request and the unknown product logged no event.
        receiver.Statistics.EventCount.ShouldBe(adaEvents.Count + bobEvents.Count);
        receiver.Statistics.EventCountsByUser.Keys.ShouldBe(["ada", "bob"], ignoreOrder: true);
    }
}
