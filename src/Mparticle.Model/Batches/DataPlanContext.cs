using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The data plan a batch is validated against (<c>context.data_plan</c>).</summary>
public sealed class DataPlanContext
{
    /// <summary>Creates a data plan reference.</summary>
    /// <param name="planId">The plan id.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="planId"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="planId"/> is empty.</exception>
    public DataPlanContext(string planId)
    {
        Guard.NotNullOrEmpty(planId, nameof(planId));
        PlanId = planId;
    }

    [JsonConstructor]
    internal DataPlanContext()
    {
        PlanId = string.Empty;
    }

    /// <summary>The plan id (<c>plan_id</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("plan_id")]
    public string PlanId { get; set; }

    /// <summary>The plan version (<c>plan_version</c>); mParticle uses the latest when it is omitted.</summary>
    [JsonPropertyName("plan_version")]
    public int? PlanVersion { get; set; }
}
