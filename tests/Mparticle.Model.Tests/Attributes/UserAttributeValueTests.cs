namespace Mparticle.Tests.Attributes;

public class UserAttributeValueTests
{
    [Fact]
    public void AListIsCopiedAndWrittenAsAnArrayOfStrings()
    {
        var source = new List<string> { "a", "b" };
        UserAttributeValue value = source;
        source.Add("c");

        value.Kind.ShouldBe(AttributeValueKind.List);
        value.TryGetList(out var list).ShouldBeTrue();
        list.ShouldBe(["a", "b"]);
        value.ToString().ShouldBe("a, b");
        MparticleJson.Serialize(new Batch { UserAttributes = { ["tags"] = value } }).ShouldBe("""{"user_attributes":{"tags":["a","b"]}}""");
    }

    [Fact]
    public void ScalarsBehaveAsAttributeValues()
    {
        UserAttributeValue value = 42;
        value.Kind.ShouldBe(AttributeValueKind.Integer);
        value.ToAttributeValue().ShouldBe((AttributeValue)42);
        value.TryGetList(out var empty).ShouldBeFalse();
        empty.ShouldBeEmpty();
        UserAttributeValue.From(new[] { "x" }).Kind.ShouldBe(AttributeValueKind.List);
        UserAttributeValue.From(1.5m).ShouldBe((UserAttributeValue)1.5m);
        UserAttributeValue.Null.IsNull.ShouldBeTrue();
    }

    [Fact]
    public void ListsCompareByContent()
    {
        ((UserAttributeValue)new[] { "a" }).ShouldBe(UserAttributeValue.FromList(["a"]));
        ((UserAttributeValue)new[] { "a" }).ShouldNotBe((UserAttributeValue)"a");
        (((UserAttributeValue)new[] { "a" }) == new[] { "b" }).ShouldBeFalse();
    }

    [Fact]
    public void AListCannotHoldNulls()
    {
        Should.Throw<ArgumentNullException>(() => UserAttributeValue.FromList(null!));
        Should.Throw<ArgumentNullException>(() => UserAttributeValue.FromList(["a", null!])).Message.ShouldContain("null entries");
    }

    [Fact]
    public void ScalarsAndListsRoundTrip()
    {
        const string json = """{"user_attributes":{"s":"x","n":1,"d":1.25,"b":true,"z":null,"l":["a","b"],"e":[]}}""";
        var batch = MparticleJson.Deserialize(json);
        batch.UserAttributes["l"].ShouldBe(UserAttributeValue.FromList(["a", "b"]));
        batch.UserAttributes["e"].Kind.ShouldBe(AttributeValueKind.List);
        MparticleJson.Serialize(batch).ShouldBe(json);
    }

    [Fact]
    public void ValueIsTheListOrThePrimitiveItHolds()
    {
        ((UserAttributeValue)new[] { "a", "b" }).Value.ShouldBeAssignableTo<IReadOnlyList<string>>().ShouldBe(["a", "b"]);
        ((UserAttributeValue)3).Value.ShouldBe(3L);
        UserAttributeValue.Null.Value.ShouldBeNull();
    }
}
