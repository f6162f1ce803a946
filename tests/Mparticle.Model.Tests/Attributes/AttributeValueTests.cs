namespace Mparticle.Tests.Attributes;

public class AttributeValueTests
{
    [Fact]
    public void ImplicitConversionsKeepTheKindOfValue()
    {
        ((AttributeValue)"text").Kind.ShouldBe(AttributeValueKind.String);
        ((AttributeValue)true).Kind.ShouldBe(AttributeValueKind.Boolean);
        ((AttributeValue)3).Kind.ShouldBe(AttributeValueKind.Integer);
        ((AttributeValue)3L).Kind.ShouldBe(AttributeValueKind.Integer);
        ((AttributeValue)1.5m).Kind.ShouldBe(AttributeValueKind.Decimal);
        ((AttributeValue)1.5).Kind.ShouldBe(AttributeValueKind.Double);
        ((AttributeValue)(string?)null).IsNull.ShouldBeTrue();
        default(AttributeValue).ShouldBe(AttributeValue.Null);
    }

    [Fact]
    public void ToStringGivesTheValuesTextInInvariantCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            ((AttributeValue)"a").ToString().ShouldBe("a");
            ((AttributeValue)true).ToString().ShouldBe("true");
            ((AttributeValue)false).ToString().ShouldBe("false");
            ((AttributeValue)9007199254740993L).ToString().ShouldBe("9007199254740993");
            ((AttributeValue)19.99m).ToString().ShouldBe("19.99");
            ((AttributeValue)0.1).ToString().ShouldBe("0.1");
            AttributeValue.Null.ToString().ShouldBe(string.Empty);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void FromTakesAnyScalar()
    {
        AttributeValue.From(null).IsNull.ShouldBeTrue();
        AttributeValue.From("s").ShouldBe((AttributeValue)"s");
        AttributeValue.From((byte)7).ShouldBe((AttributeValue)7L);
        AttributeValue.From((short)-7).ShouldBe((AttributeValue)(-7L));
        AttributeValue.From(7u).ShouldBe((AttributeValue)7L);
        AttributeValue.From(ulong.MaxValue).ShouldBe((AttributeValue)18446744073709551615m);
        AttributeValue.From(1.5f).ShouldBe((AttributeValue)1.5);
        AttributeValue.From('c').ShouldBe((AttributeValue)"c");
        AttributeValue.From(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)).ShouldBe((AttributeValue)"2024-01-02T03:04:05.0000000+00:00");
        AttributeValue.From(Guid.Empty).ShouldBe((AttributeValue)"00000000-0000-0000-0000-000000000000");
        AttributeValue.From(DayOfWeek.Monday).ShouldBe((AttributeValue)"Monday");
        AttributeValue.From((AttributeValue)3).ShouldBe((AttributeValue)3);
        AttributeValue.From(new Uri("https://example.com/")).ShouldBe((AttributeValue)"https://example.com/");
    }

    [Fact]
    public void NonFiniteDoublesAreKeptAsTextBecauseJsonCannotExpressThem()
    {
        ((AttributeValue)double.NaN).ShouldBe((AttributeValue)"NaN");
        ((AttributeValue)double.PositiveInfinity).ShouldBe((AttributeValue)"Infinity");
        var e = new AppEvent("e", CustomEventType.Other) { CustomAttributes = { ["x"] = double.NegativeInfinity } };
        MparticleJson.Serialize(new Batch { Events = { e } }).ShouldContain("\"x\":\"-Infinity\"");
    }

    [Fact]
    public void TryGettersAnswerOnlyForTheirKinds()
    {
        ((AttributeValue)"s").TryGetString(out var s).ShouldBeTrue();
        s.ShouldBe("s");
        ((AttributeValue)1).TryGetString(out _).ShouldBeFalse();
        ((AttributeValue)true).TryGetBoolean(out var b).ShouldBeTrue();
        b.ShouldBeTrue();
        ((AttributeValue)"true").TryGetBoolean(out _).ShouldBeFalse();
        ((AttributeValue)5).TryGetInt64(out var l).ShouldBeTrue();
        l.ShouldBe(5);
        ((AttributeValue)5.5m).TryGetInt64(out _).ShouldBeFalse();
        ((AttributeValue)5).TryGetDecimal(out var d).ShouldBeTrue();
        d.ShouldBe(5m);
        ((AttributeValue)2.5).TryGetDecimal(out _).ShouldBeFalse();
        ((AttributeValue)2.5m).TryGetDouble(out var dbl).ShouldBeTrue();
        dbl.ShouldBe(2.5);
        AttributeValue.Null.TryGetDouble(out _).ShouldBeFalse();
    }

    [Fact]
    public void ValuesCompareByKindAndValue()
    {
        ((AttributeValue)1).ShouldBe((AttributeValue)1L);
        ((AttributeValue)1).ShouldNotBe((AttributeValue)1m);
        ((AttributeValue)"1").ShouldNotBe((AttributeValue)1);
        (((AttributeValue)"a") == "a").ShouldBeTrue();
        (((AttributeValue)"a") != "b").ShouldBeTrue();
        ((AttributeValue)"a").GetHashCode().ShouldBe(((AttributeValue)"a").GetHashCode());
    }

    [Fact]
    public void ValueIsThePrimitiveItHolds()
    {
        ((AttributeValue)"gold").Value.ShouldBe("gold");
        ((AttributeValue)true).Value.ShouldBe(true);
        ((AttributeValue)3).Value.ShouldBe(3L);
        ((AttributeValue)9.99m).Value.ShouldBe(9.99m);
        ((AttributeValue)0.5).Value.ShouldBe(0.5);
        ((AttributeValue)double.NaN).Value.ShouldBe("NaN");
        AttributeValue.Null.Value.ShouldBeNull();
    }
}
