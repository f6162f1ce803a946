namespace Mparticle;

/// <summary>
/// The data fields of <see cref="BaseEvent"/> that most events never set, kept out of the event object until one
/// is set (see <see cref="BaseEvent.ExtrasOrNull"/>).
/// </summary>
internal sealed class BaseEventExtras
{
    internal long? EventId;

    internal long? SessionStartUnixtimeMs;

    internal long? EventStartUnixtimeMs;

    internal GeoLocation? Location;

    internal DeviceCurrentState? DeviceCurrentState;

    internal bool? IsGoalDefined;

    internal bool? LifetimeValueChange;

    internal string? LifetimeValueAttributeName;

    internal string? DataConnectionType;

    internal int? EventNum;

    internal string? ViewController;

    internal bool? IsMainThread;

    internal string? CanonicalName;

    internal EventSystemNotificationInfo? EventSystemNotificationInfo;
}
