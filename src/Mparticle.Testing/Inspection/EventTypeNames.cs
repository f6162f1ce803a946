using System;
using System.Text.Json;

namespace Mparticle.Testing.Inspection;

/// <summary>The <c>event_type</c> values that have an event definition in mParticle's schema (spec §8.2).</summary>
internal static class EventTypeNames
{
    /// <summary>Wire names, in the order used as indexes by counters.</summary>
    public static readonly string[] All =
    [
        "custom_event", "commerce_event", "screen_view", "session_start", "session_end",
        "application_state_transition", "crash_report", "breadcrumb", "network_performance",
        "opt_out", "push_registration", "push_message", "uninstall", "first_run", "profile",
        "user_attribute_change", "user_identity_change",
    ];

    /// <summary>The model's <see cref="EventType"/> of each name in <see cref="All"/>.</summary>
    public static readonly EventType[] Types =
    [
        EventType.CustomEvent, EventType.CommerceEvent, EventType.ScreenView, EventType.SessionStart, EventType.SessionEnd,
        EventType.ApplicationStateTransition, EventType.CrashReport, EventType.Breadcrumb, EventType.NetworkPerformance,
        EventType.OptOut, EventType.PushRegistration, EventType.PushMessage, EventType.Uninstall, EventType.FirstRun, EventType.Profile,
        EventType.UserAttributeChange, EventType.UserIdentityChange,
    ];

    private static readonly byte[][] Utf8 = Array.ConvertAll(All, System.Text.Encoding.UTF8.GetBytes);

    /// <summary>Returns the index of the string token under the reader, or -1 when it names no known type.</summary>
    public static int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Utf8.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
