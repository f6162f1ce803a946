namespace Mparticle.Samples.Quickstart.Day;

/// <summary>One of the shop's customers: who they are to mParticle, and what their day holds.</summary>
/// <param name="Identities">The identities every event of theirs carries (<c>customer_id</c>, <c>email</c>).</param>
/// <param name="Attributes">Their user attributes, sent with their batches.</param>
/// <param name="Consent">Their privacy choice: GDPR purposes (EU) or CCPA's data sale opt-out (California).</param>
/// <param name="Basket">What they buy: two products.</param>
/// <param name="Search">What they search for.</param>
/// <param name="SessionLength">How long their session lasts.</param>
/// <param name="IsNewInstall">Whether they install the app today.</param>
/// <param name="RefundsOneItem">Whether they send one item back.</param>
sealed record Shopper(
    UserIdentities Identities,
    IReadOnlyDictionary<string, object?> Attributes,
    ConsentState Consent,
    Product[] Basket,
    string Search,
    TimeSpan SessionLength,
    bool IsNewInstall = false,
    bool RefundsOneItem = false)
{
    public string CustomerId => Identities.CustomerId!;
}
