namespace Mparticle;

/// <summary>The <c>type</c> of an <see cref="EventSystemNotificationInfo"/>.</summary>
public enum EventSystemNotificationType
{
    /// <summary><c>gdpr_change</c>: A GDPR consent change.</summary>
    GdprChange,
}
