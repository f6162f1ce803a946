namespace Mparticle;

/// <summary>Wire names of <see cref="MparticleEnvironment"/>, in declaration order.</summary>
internal sealed class MparticleEnvironmentConverter : WireEnumConverter<MparticleEnvironment>
{
    internal static readonly MparticleEnvironmentConverter Instance = new();

    public MparticleEnvironmentConverter()
        : base(
            "production",
            "development")
    {
    }

    protected override int ToIndex(MparticleEnvironment value) => (int)value;

    protected override MparticleEnvironment FromIndex(int index) => (MparticleEnvironment)index;
}
