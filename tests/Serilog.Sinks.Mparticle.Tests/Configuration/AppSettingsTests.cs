using System.IO;
using Microsoft.Extensions.Configuration;
using Mparticle;
using Mparticle.Testing;
using Serilog.Core;
using Serilog.Sinks.Mparticle.Tests.Support;

namespace Serilog.Sinks.Mparticle.Tests.Configuration;

/// <summary>
/// The sink configured from appsettings.json files through Serilog.Settings.Configuration: every argument,
/// the nested options object with its rules, and the secret and URL from environment variables.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class AppSettingsTests : IAsyncLifetime
{
    const string Secret = "secret-from-the-environment";
    MparticleReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await MparticleReceiver.StartAsync(new MparticleReceiverOptions { ApiKey = "appsettings-key", ApiSecret = Secret });
        Environment.SetEnvironmentVariable("MPARTICLE_TEST_API_SECRET", Secret);
        Environment.SetEnvironmentVariable("MPARTICLE_TEST_SERVER_URL", _receiver.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("MPARTICLE_TEST_API_SECRET", null);
        Environment.SetEnvironmentVariable("MPARTICLE_TEST_SERVER_URL", null);
        await _receiver.DisposeAsync();
    }

    static Logger LoggerFrom(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Configuration", file))
            .Build();
        return new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();
    }

    [Fact]
    public async Task TheNestedOptionsObjectBindsWithRulesIdentitiesAndTheEnvironmentSecret()
    {
        using (var logger = LoggerFrom("appsettings.mparticle.json"))
        {
            logger.Information("Order {OrderId} placed by {UserId} for {Total}", 7, "ann", 12.5m);
            logger.ForContext("SourceContext", "Shop.Search.Api").Information("Search {Query} by {MemberEmail} in {Ms} ms", "socks", "bob@example.com", 12);
            logger.Warning("Member {MemberNo} over quota by {CustomerSsn}", "m-3", "123-45");
            logger.Information("{MpEventType} {MpEventName}", "navigation", "Opened without identity");
            logger.Information("An ordinary log line by {UserId}", "ann");

            // BatchSizeLimit is 5 in the file: these five log events are one periodic batch, sent without waiting.
            await _receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        }

        var request = _receiver.Requests.ShouldHaveSingleItem();
        request.StatusCode.ShouldBe(202);
        var batches = _receiver.Batches;
        batches.ShouldAllBe(b => b.Environment == MparticleEnvironment.Development);
        batches.Count.ShouldBe(4);

        var order = batches[0].Events.Single().ShouldBeOfType<AppEvent>();
        batches[0].UserIdentities!.CustomerId.ShouldBe("ann");
        order.EventName.ShouldBe("Order Placed");
        order.CustomEventType.ShouldBe(CustomEventType.Transaction);

        var search = batches[1].Events.Single().ShouldBeOfType<AppEvent>();
        batches[1].UserIdentities!.Email.ShouldBe("bob@example.com");
        search.EventName.ShouldBe("Searched");
        search.CustomEventType.ShouldBe(CustomEventType.Search);
        search.CustomAttributes.Keys.ShouldBe(["Query"]);

        var warning = batches[2].Events.Single().ShouldBeOfType<AppEvent>();
        batches[2].UserIdentities!.OtherId2.ShouldBe("m-3");
        warning.EventName.ShouldBe("Member warning");
        warning.CustomAttributes.ShouldBeEmpty();

        batches[3].UserIdentities!.Other.ShouldBe("anonymous");
        batches[3].Events.Single().ShouldBeOfType<AppEvent>().EventName.ShouldBe("Opened without identity");
    }

    [Fact]
    public async Task TheFlatOverloadBindsEveryArgumentIncludingALevelSwitch()
    {
        using (var logger = LoggerFrom("appsettings.flat.json"))
        {
            logger.ForContext("UserId", "ann").Debug("{MpEventType} {MpEventName}", "navigation", "Below the switch");
            logger.ForContext("UserId", "ann").Information("{MpEventType} {MpEventName}", "navigation", "At the switch");
            await _receiver.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30));
        }

        var batch = _receiver.Batches.ShouldHaveSingleItem();
        batch.Environment.ShouldBe(MparticleEnvironment.Development);
        batch.Events.Single().ShouldBeOfType<AppEvent>().EventName.ShouldBe("At the switch");
        // The receiver checks Basic auth: 202 proves the secret came from the environment variable.
        _receiver.Requests.Single().StatusCode.ShouldBe(202);
        _receiver.Requests.Single().ApiKey.ShouldBe("appsettings-key");
    }
}
