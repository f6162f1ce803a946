namespace Mparticle;

/// <summary>CCPA consent (the <c>data_sale_opt_out</c> purpose); <see cref="ConsentPurposeState.Consented"/> <see langword="true"/> records that the user opted out of data sale.</summary>
public sealed class CcpaConsentState : ConsentPurposeState
{
}
