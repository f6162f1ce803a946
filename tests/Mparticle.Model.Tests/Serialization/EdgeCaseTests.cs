using System.Text.Json;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Serialization;

/// <summary>Values at the edges: text, numbers, nulls, empties and unknown input.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void UnicodeIsWrittenAsUtf8AndControlCharactersAreEscaped()
    {
        var text = "é中ß \u0000\u001f\n\t\"\\<>&'+\u2028\u007f 😀";
        var json = MparticleJson.Serialize(new Batch { SourceRequestId = text });

        json.ShouldBe("""{"source_request_id":"é中ß \u0000\u001F\n\t\"\\<>&'+\u2028\u007F \uD83D\uDE00"}""");
        MparticleJson.Deserialize(json).SourceRequestId.ShouldBe(text);
        OfficialSchema.ShouldBeValidBatch(json);
    }

    [Fact]
    public void UnicodeAttributeNamesAndValuesRoundTrip()
    {
        var e = new AppEvent("Événement 日本", CustomEventType.Other) { CustomAttributes = { ["ключ\t"] = "значение\u0001", ["😀"] = "🚀" } };
        var read = (AppEvent)MparticleJson.Deserialize(MparticleJson.Serialize(new Batch { Events = { e } })).Events[0];
        read.EventName.ShouldBe("Événement 日本");
        read.CustomAttributes["ключ\t"].ShouldBe((AttributeValue)"значение\u0001");
        read.CustomAttributes["😀"].ShouldBe((AttributeValue)"🚀");
    }

    [Fact]
    public void ALoneSurrogateIsWrittenAsTheReplacementCharacterAndRejectedOnRead()
    {
        MparticleJson.Serialize(new Batch { SourceRequestId = "a\ud800b" }).ShouldBe("""{"source_request_id":"a\uFFFDb"}""");
        Should.Throw<JsonException>(() => MparticleJson.Deserialize("""{"source_request_id":"\ud800x"}""")).Path.ShouldBe("$.source_request_id");
    }

    [Fact]
    public void VeryLongStringsRoundTrip()
    {
        var longText = new string('x', 1_000_000) + "é" + new string('y', 100_000);
        var batch = new Batch { Events = { new AppEvent("long", CustomEventType.Other) { CustomAttributes = { ["big"] = longText } } } };
        var read = MparticleJson.Deserialize(MparticleJson.SerializeToUtf8Bytes(batch));
        read.Events[0].CustomAttributes["big"].ToString().ShouldBe(longText);
        MparticleJson.Serialize(new Batch()).ShouldBe("{}"); // the per-thread buffer is not kept oversized
    }

    [Fact]
    public void IntegersAboveTwoToTheFiftyThirdStayExact()
    {
        const long aboveDoublePrecision = 9007199254740993; // 2^53 + 1
        var batch = new Batch
        {
            Mpid = aboveDoublePrecision,
            OriginMpid = long.MinValue,
            BatchId = long.MaxValue,
            Events = { new CrashReportEvent { IosImageBaseAddress = ulong.MaxValue, CustomAttributes = { ["id"] = aboveDoublePrecision, ["u"] = AttributeValue.From(ulong.MaxValue) } } },
            UserAttributes = { ["id"] = aboveDoublePrecision },
        };
        var json = MparticleJson.Serialize(batch);
        json.ShouldContain("\"mpid\":9007199254740993");
        json.ShouldContain("\"origin_mpid\":-9223372036854775808");
        json.ShouldContain("\"batch_id\":9223372036854775807");
        json.ShouldContain("\"ios_image_base_address\":18446744073709551615");
        json.ShouldContain("\"custom_attributes\":{\"id\":9007199254740993,\"u\":18446744073709551615}");

        var read = MparticleJson.Deserialize(json);
        read.Mpid.ShouldBe(aboveDoublePrecision);
        read.OriginMpid.ShouldBe(long.MinValue);
        read.BatchId.ShouldBe(long.MaxValue);
        ((CrashReportEvent)read.Events[0]).IosImageBaseAddress.ShouldBe(ulong.MaxValue);
        read.Events[0].CustomAttributes["id"].TryGetInt64(out var id).ShouldBeTrue();
        id.ShouldBe(aboveDoublePrecision);
        read.Events[0].CustomAttributes["u"].TryGetDecimal(out var u).ShouldBeTrue();
        u.ShouldBe(ulong.MaxValue);
        MparticleJson.Serialize(read).ShouldBe(json);
    }

    [Fact]
    public void DecimalsKeepTheirDigitsWithoutFloatNoise()
    {
        var product = new Product("p", "n") { Price = 19.99m, Quantity = 0.1m, TotalProductAmount = 1234567890.123456789m };
        var e = new CommerceEvent(new ProductAction(ProductActionType.Purchase) { Products = { product }, TotalAmount = 0.3m, TaxAmount = 1.50m })
        {
            CustomAttributes = { ["decimal"] = 19.99m, ["double"] = 19.99, ["sum"] = 0.1 + 0.2 },
        };
        var data = Wire.DataOf(e);
        data.ShouldContain("\"price\":19.99,\"quantity\":0.1,\"total_product_amount\":1234567890.123456789");
        data.ShouldContain("\"total_amount\":0.3,\"tax_amount\":1.50");
        data.ShouldContain("\"decimal\":19.99,\"double\":19.99,\"sum\":0.30000000000000004");

        var read = (CommerceEvent)MparticleJson.Deserialize(MparticleJson.Serialize(new Batch { Events = { e } })).Events[0];
        read.ProductAction!.Products[0].Price.ShouldBe(19.99m);
        read.ProductAction.Products[0].TotalProductAmount.ShouldBe(1234567890.123456789m);
        read.CustomAttributes["double"].Kind.ShouldBe(AttributeValueKind.Decimal); // JSON has one number type; non-integers read as decimals, exactly
        read.CustomAttributes["double"].ShouldBe((AttributeValue)19.99m);
    }

    [Fact]
    public void ExplicitNullsInsideAttributeDictionariesAreKept()
    {
        const string json = """{"user_attributes":{"a":null},"events":[{"event_type":"custom_event","data":{"event_name":"e","custom_event_type":"other","custom_attributes":{"b":null},"custom_flags":{"c":null}}}]}""";
        var batch = MparticleJson.Deserialize(json);
        batch.UserAttributes["a"].IsNull.ShouldBeTrue();
        batch.Events[0].CustomAttributes["b"].IsNull.ShouldBeTrue();
        batch.Events[0].CustomFlags["c"].IsNull.ShouldBeTrue();
        JsonText.Semantic(MparticleJson.Serialize(batch)).ShouldBe(JsonText.Semantic(json));
        MparticleJson.Serialize(batch).ShouldContain("\"user_attributes\":{\"a\":null}");
    }

    [Fact]
    public void NullsAndEmptyCollectionsOnInputReadAsUnset()
    {
        const string json = """{"mpid":null,"user_attributes":{},"deleted_user_attributes":[],"events":[{"event_type":"screen_view","data":{"screen_name":"s","custom_attributes":null,"custom_flags":{},"location":null}}]}""";
        var batch = MparticleJson.Deserialize(json);
        batch.Mpid.ShouldBeNull();
        batch.Events[0].Location.ShouldBeNull();
        MparticleJson.Serialize(batch).ShouldBe("""{"events":[{"event_type":"screen_view","data":{"screen_name":"s"}}]}""");
    }

    [Fact]
    public void ZeroAndFalseAreSentWhenSet()
    {
        var batch = new Batch
        {
            Mpid = 0,
            SchemaVersion = 0,
            Events =
            {
                new OptOutEvent(false) { IsGoalDefined = false, EventNum = 0, LifetimeValueChange = false, Location = new GeoLocation(0, 0) { Accuracy = 0 } },
                new ApplicationStateTransitionEvent(ApplicationTransitionType.ApplicationInitialized) { IsFirstRun = false, IsUpgrade = false, SuccessfullyClosed = false },
            },
        };
        MparticleJson.Serialize(batch).ShouldBeJson("""
            {
              "mpid": 0,
              "schema_version": 0,
              "events": [
                { "event_type": "opt_out", "data": { "is_opted_out": false, "location": { "latitude": 0, "longitude": 0, "accuracy": 0 }, "is_goal_defined": false, "lifetime_value_change": false, "event_num": 0 } },
                { "event_type": "application_state_transition", "data": { "application_transition_type": "application_initialized", "successfully_closed": false, "is_first_run": false, "is_upgrade": false } }
              ]
            }
            """);
    }

    [Fact]
    public void UnknownFieldsAreIgnoredAtEveryLevel()
    {
        const string json = """
            {
              "future": {"nested": [1, 2, {"x": null}]},
              "user_identities": {"customer_id": "1", "new_identity": "x"},
              "device_info": {"platform": "Android", "new_field": true},
              "events": [
                {"extra": 1, "data": {"event_name": "e", "custom_event_type": "other", "unknown": {"a": 1},
                  "location": {"latitude": 1, "longitude": 2, "altitude": 3}}, "event_type": "custom_event", "after": "x"}
              ]
            }
            """;
        MparticleJson.Serialize(MparticleJson.Deserialize(json)).ShouldBeJson("""
            {
              "user_identities": { "customer_id": "1" },
              "device_info": { "platform": "Android" },
              "events": [ { "event_type": "custom_event", "data": { "event_name": "e", "custom_event_type": "other", "location": { "latitude": 1, "longitude": 2 } } } ]
            }
            """);
    }

    [Fact]
    public void TheEnvelopeMayPutEventTypeAfterData()
    {
        var batch = MparticleJson.Deserialize("""{"events":[{"data":{"label":"b"},"event_type":"breadcrumb"}]}""");
        batch.Events[0].ShouldBeOfType<BreadcrumbEvent>().Label.ShouldBe("b");
    }

    [Fact]
    public void CrashReportBreadcrumbsAreAlsoReadAsPlainStringsAsTheDotNetSdkSendsThem()
    {
        var batch = MparticleJson.Deserialize("""{"events":[{"event_type":"crash_report","data":{"severity":"e","message":"m","breadcrumbs":["one",{"event_type":"breadcrumb","data":{"label":"two"}}]}}]}""");
        ((CrashReportEvent)batch.Events[0]).Breadcrumbs.Select(b => b.Label).ShouldBe(["one", "two"]);
    }

    [Fact]
    public void LifetimeValueChangeIsReadFromABooleanOrANumber()
    {
        static bool? Read(string value) =>
            MparticleJson.Deserialize($$$"""{"events":[{"event_type":"first_run","data":{"lifetime_value_change":{{{value}}}}}]}""").Events[0].LifetimeValueChange;

        Read("true").ShouldBe(true);
        Read("false").ShouldBe(false);
        Read("0").ShouldBe(false);
        Read("123.5").ShouldBe(true);
        Read("null").ShouldBeNull();
        Should.Throw<JsonException>(() => Read("\"yes\"")).Path.ShouldBe("$.events[0].data.lifetime_value_change");
    }

    [Fact]
    public void WritingToACallersWriterAllocatesNothingPerBatch()
    {
        var batch = new Batch { Environment = MparticleEnvironment.Production, UserIdentities = new UserIdentities { CustomerId = "c" } };
        for (var i = 0; i < 10; i++)
        {
            batch.Events.Add(new AppEvent("Clicked", CustomEventType.Navigation) { TimestampUnixtimeMs = i, CustomAttributes = { ["a"] = "1", ["b"] = "2", ["c"] = "3" } });
        }

        batch.Events.Add(new CommerceEvent(new ProductAction(ProductActionType.Purchase) { Products = { new Product("s", "n") { Price = 1.5m } } }));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer, MparticleJson.WriterOptions);
        MparticleJson.Serialize(batch, writer); // warm up
        writer.Flush();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            MparticleJson.Serialize(batch, writer);
            writer.Flush();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
