using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A promotion in a <see cref="PromotionAction"/>.</summary>
public sealed class Promotion
{
    /// <summary>Creates an empty promotion.</summary>
    public Promotion()
    {
    }

    /// <summary>Creates a promotion.</summary>
    /// <param name="id">The promotion id.</param>
    /// <param name="name">The promotion name.</param>
    public Promotion(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The promotion id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The promotion name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The creative (<c>creative</c>).</summary>
    [JsonPropertyName("creative")]
    public string? Creative { get; set; }

    /// <summary>The position, as text (<c>position</c>).</summary>
    [JsonPropertyName("position")]
    public string? Position { get; set; }
}
