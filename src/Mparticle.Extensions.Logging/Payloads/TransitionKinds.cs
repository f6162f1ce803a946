using System;

namespace Mparticle.Extensions.Logging.Payloads;

/// <summary>Checks a transition against <see cref="MparticleTransitionKinds"/>.</summary>
static class TransitionKinds
{
    static readonly string[] Known =
    [
        MparticleTransitionKinds.Install,
        MparticleTransitionKinds.Upgrade,
        MparticleTransitionKinds.Initialized,
        MparticleTransitionKinds.Foreground,
        MparticleTransitionKinds.Background,
        MparticleTransitionKinds.Exit,
    ];

    /// <summary>The constant <paramref name="transition"/> names, ignoring case.</summary>
    /// <exception cref="ArgumentException">The transition is not one of <see cref="MparticleTransitionKinds"/>.</exception>
    public static string Normalize(string transition, string parameterName)
    {
        foreach (var known in Known)
        {
            if (string.Equals(known, transition, StringComparison.OrdinalIgnoreCase))
                return known;
        }

        throw new ArgumentException(
            $"The transition must be one of the MparticleTransitionKinds values ({string.Join(", ", Known)}), not '{transition}'.",
            parameterName);
    }
}
