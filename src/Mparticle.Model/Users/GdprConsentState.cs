namespace Mparticle;

/// <summary>GDPR consent to one purpose; the purpose name (defined in the mParticle UI first) is its key in <see cref="ConsentState.Gdpr"/>.</summary>
public sealed class GdprConsentState : ConsentPurposeState
{
}
