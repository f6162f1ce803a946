using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A crash or error report (<c>crash_report</c>). The schema requires <see cref="Severity"/> and <see cref="Message"/>.</summary>
public sealed class CrashReportEvent : BaseEvent
{
    private List<BreadcrumbEvent>? _breadcrumbs;

    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.CrashReport;

    /// <summary>The severity, e.g. <c>error</c> or <c>fatal</c> (<c>severity</c>).</summary>
    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    /// <summary>The error message (<c>message</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The exception's class (<c>class_name</c>).</summary>
    [JsonPropertyName("class_name")]
    public string? ClassName { get; set; }

    /// <summary>The stack trace (<c>stack_trace</c>).</summary>
    [JsonPropertyName("stack_trace")]
    public string? StackTrace { get; set; }

    /// <summary>Whether the exception was handled (<c>exception_handled</c>).</summary>
    [JsonPropertyName("exception_handled")]
    public bool? ExceptionHandled { get; set; }

    /// <summary>The topmost context (<c>topmost_context</c>).</summary>
    [JsonPropertyName("topmost_context")]
    public string? TopmostContext { get; set; }

    /// <summary>A base-64 PLCrashReporter file (<c>pl_crash_report_file_base64</c>).</summary>
    [JsonPropertyName("pl_crash_report_file_base64")]
    public string? PlCrashReportFileBase64 { get; set; }

    /// <summary>The iOS image base address, an unsigned 64-bit integer (<c>ios_image_base_address</c>).</summary>
    [JsonPropertyName("ios_image_base_address")]
    public ulong? IosImageBaseAddress { get; set; }

    /// <summary>The iOS image size, an unsigned 64-bit integer (<c>ios_image_size</c>).</summary>
    [JsonPropertyName("ios_image_size")]
    public ulong? IosImageSize { get; set; }

    /// <summary>The session number (<c>session_number</c>).</summary>
    [JsonPropertyName("session_number")]
    public int? SessionNumber { get; set; }

    /// <summary>The breadcrumbs that led to the crash (<c>breadcrumbs</c>); created on first use and omitted when empty.</summary>
    /// <remarks>
    /// The current schema defines these as breadcrumb event envelopes, which is what this library writes.
    /// The OpenAPI file and the .NET SDK use plain strings; reading accepts those too, as breadcrumbs with that label.
    /// </remarks>
    [JsonIgnore]
    public IList<BreadcrumbEvent> Breadcrumbs => _breadcrumbs ??= new List<BreadcrumbEvent>();

    [JsonInclude]
    [JsonPropertyName("breadcrumbs")]
    [JsonConverter(typeof(BreadcrumbListConverter))]
    internal List<BreadcrumbEvent>? BreadcrumbsOrNull
    {
        get => _breadcrumbs is { Count: > 0 } ? _breadcrumbs : null;
        set => _breadcrumbs = value;
    }
}
