using Mparticle.Samples.Tests.Support;
using Mparticle.Testing;

namespace Mparticle.Samples.Tests.Quickstart;

/// <summary>
/// The README's first command: the quick start, run as the built program, delivers a day of three shoppers
/// (ILogger calls and rule-tapped ordinary log calls) and says what was delivered.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class QuickstartTests
{
    const string ApiKey = "quickstart-test-key";
    const string ApiSecret = "quickstart-test-secret";

    static Dictionary<string, string> CredentialsFor(MparticleReceiver receiver) => new()
    {
        ["MPARTICLE_API_KEY"] = ApiKey,
        ["MPARTICLE_API_SECRET"] = ApiSecret,
        ["MPARTICLE_BASE_URL"] = receiver.BaseUrl,
    };

    [Fact]
    public async Task ItDeliversOneBatchPerShopperWithEveryKindOfEventToTheServerItIsGiven()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = ApiKey, ApiSecret = ApiSecret });
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var run = await QuickstartRun.StartAsync(CredentialsFor(receiver));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain($"Sending to {receiver.BaseUrl} (MPARTICLE_BASE_URL) with API key {ApiKey}.");
        run.Output.ShouldContain("Everything was delivered.");
        receiver.Requests.ShouldAllBe(r => r.StatusCode == 202 && r.ApiKey == ApiKey && r.Path == "/v2/bulkevents");

        var statistics = receiver.Statistics;
        statistics.EventCount.ShouldBe(36);
        statistics.EventCountsByType.ShouldBe(new Dictionary<EventType, long>
        {
            [EventType.CustomEvent] = 19,
            [EventType.ScreenView] = 6,
            [EventType.CommerceEvent] = 4,
            [EventType.SessionStart] = 3,
            [EventType.SessionEnd] = 3,
            [EventType.ApplicationStateTransition] = 1,
        }, ignoreOrder: true);
        statistics.DuplicateCount.ShouldBe(0);

        // Each shopper's events arrive with the identities of both kinds of call: usually in one batch, in two
        // when the run outlasts the sink's period (a slow machine), never mixed with another shopper's.
        receiver.Batches.Count.ShouldBeInRange(3, 6);
        var batches = receiver.Batches.GroupBy(b => b.UserIdentities!.CustomerId!).ToDictionary(g => g.Key, g => Merged(g.ToList()));
        batches.Keys.ShouldBe(["c-1001", "c-1002", "c-1003"], ignoreOrder: true);
        batches["c-1001"].UserIdentities!.Email.ShouldBe("ada@example.com");
        receiver.Batches.ShouldAllBe(b => b.Environment == MparticleEnvironment.Development);

        // The event time is the log call's time, not the send time.
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        receiver.Batches.SelectMany(b => b.Events).ShouldAllBe(e => e.TimestampUnixtimeMs >= before && e.TimestampUnixtimeMs <= after);

        var ada = batches["c-1001"];
        ada.UserAttributes.Keys.ShouldBe(["$firstname", "$country", "plan", "lifetime_orders", "last_order_total"], ignoreOrder: true);
        ada.UserAttributes["$firstname"].ToString().ShouldBe("Ada");
        ada.UserAttributes["lifetime_orders"].ToString().ShouldBe("1");
        ada.DeletedUserAttributes.ShouldBe(["cart_abandoned_at"]);

        AppEvents(ada).ShouldBe(
        [
            ("Opened Menu", CustomEventType.Navigation),
            ("Searched", CustomEventType.Search),
            ("Played Video", CustomEventType.Media),
            ("Shared Product", CustomEventType.Social),
            ("Order Placed", CustomEventType.Transaction),
            ("Wrote Review", CustomEventType.UserContent),
        ]);
        AppEvents(batches["c-1003"]).ShouldContain(("Found Store", CustomEventType.Location));
        ada.Events.OfType<ScreenViewEvent>().Select(s => s.ScreenName).ShouldBe(["Home", "Product"]);

        // The session: started first, ended last with its duration, the same session_uuid on both.
        var start = ada.Events.First().ShouldBeOfType<SessionStartEvent>();
        var end = ada.Events.Last().ShouldBeOfType<SessionEndEvent>();
        start.SessionUuid.ShouldNotBeNullOrEmpty();
        end.SessionUuid.ShouldBe(start.SessionUuid);
        end.SessionDurationMs.ShouldBe(14 * 60 * 1000);
        var install = batches["c-1003"].Events.First().ShouldBeOfType<ApplicationStateTransitionEvent>();
        install.ApplicationTransitionType.ShouldBe(ApplicationTransitionType.ApplicationInitialized);
        install.IsFirstRun.ShouldBe(true);

        // The purchase of two products, and the rule-tapped "Order Placed" of the same order.
        var purchase = ada.Events.OfType<CommerceEvent>().Single();
        purchase.CurrencyCode.ShouldBe("EUR");
        purchase.ProductAction!.Action.ShouldBe(ProductActionType.Purchase);
        purchase.ProductAction.TotalAmount.ShouldBe(114.00m);
        purchase.ProductAction.TaxAmount.ShouldBe(19.00m);
        purchase.ProductAction.Products.Select(p => (p.Id, p.Price, p.Quantity)).ShouldBe([("SKU-SOCKS", 12.50m, 2m), ("SKU-SCARF", 89.00m, 1m)]);
        Attributes(App(ada, "Order Placed")).ShouldBe(new Dictionary<string, string>
        {
            ["OrderId"] = purchase.ProductAction.TransactionId!,
            ["Total"] = "114.00",
        });

        // Grace sends one item back: a refund of that product, for her order's transaction.
        var graceCommerce = batches["c-1002"].Events.OfType<CommerceEvent>().ToList();
        graceCommerce.Select(c => c.ProductAction!.Action).ShouldBe([ProductActionType.Purchase, ProductActionType.Refund]);
        var refund = graceCommerce[1].ProductAction!;
        refund.TransactionId.ShouldBe(graceCommerce[0].ProductAction!.TransactionId);
        refund.TotalAmount.ShouldBe(45.00m);
        refund.Products.ShouldHaveSingleItem().Id.ShouldBe("SKU-GLOVES");

        // Ordinary Serilog calls tapped by rules: the attributes they name.
        Attributes(App(ada, "Searched")).ShouldBe(new Dictionary<string, string> { ["Query"] = "merino socks", ["ResultCount"] = "12" });
        Attributes(App(ada, "Wrote Review")).ShouldBe(new Dictionary<string, string> { ["Sku"] = "SKU-SOCKS", ["Stars"] = "5" });

        // LogConsentState: each shopper's consent_state, GDPR purposes or CCPA's opt-out, timed at the log call.
        ConsentJson(receiver, "c-1001", before, after).ShouldBe(Json("""
            {"gdpr": {
              "marketing": {"consented": true, "timestamp_unixtime_ms": 0, "document": "privacy-policy-2026", "location": "shop.example.com/signup"},
              "analytics": {"consented": true, "timestamp_unixtime_ms": 0, "document": "privacy-policy-2026", "location": "shop.example.com/signup"}}}
            """));
        ConsentJson(receiver, "c-1002", before, after).ShouldBe(Json("""
            {"ccpa": {"data_sale_opt_out": {"consented": true, "timestamp_unixtime_ms": 0, "document": "ccpa-notice-2026", "location": "shop.example.com/privacy"}}}
            """));
        ConsentJson(receiver, "c-1003", before, after).ShouldBe(Json("""
            {"gdpr": {
              "marketing": {"consented": false, "timestamp_unixtime_ms": 0, "document": "privacy-policy-2026", "location": "shop.example.com/signup"},
              "analytics": {"consented": true, "timestamp_unixtime_ms": 0, "document": "privacy-policy-2026", "location": "shop.example.com/signup"}}}
            """));

        // The log line about no one stays a log line.
        receiver.Batches.SelectMany(b => b.Events).OfType<AppEvent>().ShouldNotContain(e => e.EventName.Contains("stock", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithoutCredentialsItStartsItsOwnReceiverAndReportsWhatItAccepted()
    {
        var run = await QuickstartRun.StartAsync();

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Sending to the local mParticle receiver at http://127.0.0.1:");
        // The sink's own meter: every log event of the day mapped but the stock sync line, nothing dropped.
        run.Output.ShouldContain("  log       43 events: 42 mapped, 1 ignored, 0 dropped");
        run.Output.ShouldMatch(@"  batches   ([3-6]) sent, \1 delivered");
        run.Output.ShouldMatch(@"  requests  (\d) \(202: \1\), 0 retried, \d+\.\d kB");
        run.Output.ShouldMatch(@"  accepted  3 users, [3-6] batches, 36 events");
        run.Output.ShouldContain("  by type   custom_event: 19, screen_view: 6, commerce_event: 4, session_start: 3, session_end: 3, application_state_transition: 1");
        run.Output.ShouldContain("  by user   c-1001: 11, c-1002: 12, c-1003: 13");
        run.Output.ShouldContain("Everything was delivered.");
        run.Output.ShouldContain("c-1001 Shop.App      mParticle commerce event Purchase T-1001: 2 products, 114.00 EUR");
        run.Error.ShouldBeEmpty();

        // The README's first screen shows this summary: the same lines, up to the numbers that vary.
        var readmeSummary = Repository.ReadmeBlocks("text")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        readmeSummary.Length.ShouldBeGreaterThan(4);
        foreach (var line in readmeSummary)
            WithoutNumbers(run.Output).ShouldContain(WithoutNumbers(line));
    }

    static string WithoutNumbers(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\d+(\.\d+)?", "#");

    [Fact]
    public async Task RefusedCredentialsMakeItSayWhatWasNotDeliveredAndExitWithOne()
    {
        await using var receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = "another-key", ApiSecret = "another-secret" });

        var run = await QuickstartRun.StartAsync(CredentialsFor(receiver));

        run.ExitCode.ShouldBe(1, run.ToString());
        receiver.Batches.ShouldBeEmpty();
        receiver.Requests.ShouldNotBeEmpty();
        receiver.Requests.ShouldAllBe(r => r.StatusCode == 403);
        run.Output.ShouldMatch(@"  requests  (\d+) \(403: \1\)", run.ToString());
        run.Output.ShouldContain("  log       43 events: 42 mapped, 1 ignored, 42 dropped (shutdown: 42)", Case.Sensitive, run.ToString());
        run.Output.ShouldMatch(@"  batches   [1-9]\d* sent, 0 delivered", run.ToString());
        run.Output.ShouldContain("Some events were NOT delivered");
        run.Output.ShouldNotContain(ApiSecret);
    }

    [Fact]
    public async Task AKeyWithoutASecretIsRefusedWithExitCodeTwo()
    {
        var run = await QuickstartRun.StartAsync(new Dictionary<string, string> { ["MPARTICLE_API_KEY"] = ApiKey });

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("Set both MPARTICLE_API_KEY and MPARTICLE_API_SECRET, or neither");
    }

    /// <summary>One shopper's batches as one: the events in order, the user attributes and deletions of all.</summary>
    static Batch Merged(List<Batch> batches)
    {
        var merged = new Batch { UserIdentities = batches[0].UserIdentities, Environment = batches[0].Environment };
        foreach (var batch in batches)
        {
            batch.UserIdentities.ShouldBeEquivalentTo(merged.UserIdentities);
            foreach (var mpEvent in batch.Events)
                merged.Events.Add(mpEvent);
            foreach (var (name, value) in batch.UserAttributes)
                merged.UserAttributes[name] = value;
            foreach (var name in batch.DeletedUserAttributes.Except(merged.DeletedUserAttributes).ToList())
                merged.DeletedUserAttributes.Add(name);
        }

        return merged;
    }

    /// <summary>
    /// The <c>consent_state</c> the receiver got for a shopper, as indented JSON: exactly one of their batches carries
    /// it; its times must lie within the run and become 0.
    /// </summary>
    static string ConsentJson(MparticleReceiver receiver, string customerId, long before, long after)
    {
        var consent = receiver.Requests
            .SelectMany(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body!)!.AsArray())
            .Where(b => (string?)b!["user_identities"]!["customer_id"] == customerId && b["consent_state"] is not null)
            .ShouldHaveSingleItem()!["consent_state"]!.ToJsonString();
        return Json(System.Text.RegularExpressions.Regex.Replace(consent, @"""timestamp_unixtime_ms"":(\d+)", match =>
        {
            long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(before, after);
            return "\"timestamp_unixtime_ms\":0";
        }));
    }

    static string Json(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    static List<(string Name, CustomEventType Type)> AppEvents(Batch batch) =>
        batch.Events.OfType<AppEvent>().Select(e => (e.EventName, e.CustomEventType)).ToList();

    static AppEvent App(Batch batch, string name) => batch.Events.OfType<AppEvent>().Single(e => e.EventName == name);

    static Dictionary<string, string> Attributes(BaseEvent mpEvent) =>
        mpEvent.CustomAttributes.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
}
