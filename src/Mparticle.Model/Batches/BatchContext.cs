using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Batch context (<c>context</c>; the OpenAPI file's <c>batch_context</c> is wrong): the data plan and the batch-level location.</summary>
public sealed class BatchContext
{
    /// <summary>The data plan (<c>data_plan</c>).</summary>
    [JsonPropertyName("data_plan")]
    public DataPlanContext? DataPlan { get; set; }

    /// <summary>The batch-level location (<c>location</c>).</summary>
    [JsonPropertyName("location")]
    public GeoLocation? Location { get; set; }
}
