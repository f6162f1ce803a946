namespace Mparticle;

/// <summary>The <c>action</c> of a <see cref="PromotionAction"/>.</summary>
public enum PromotionActionType
{
    /// <summary><c>view</c>: Promotions were viewed.</summary>
    View,

    /// <summary><c>click</c>: A promotion was clicked.</summary>
    Click,
}
