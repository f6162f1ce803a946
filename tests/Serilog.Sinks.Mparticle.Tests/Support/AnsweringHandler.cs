using System.Net;
using System.Net.Http;
using System.Text;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>An HTTP handler that records request bodies and answers each with the status its function picks.</summary>
sealed class AnsweringHandler : HttpMessageHandler
{
    readonly Func<int, string, HttpStatusCode> _answer;

    public AnsweringHandler(Func<int, string, HttpStatusCode> answer)
    {
        _answer = answer;
    }

    public List<string> Bodies { get; } = [];

    /// <summary>The <c>Retry-After</c> header of every 429 and 503 answer, when set.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>The <c>X-mp-rate-limit-percentage-used</c> of every 2xx answer, when set.</summary>
    public Func<int, int?>? PercentageUsed { get; set; }

    public string ErrorBody { get; set; } = """{"errors":[{"code":"BAD_REQUEST","message":"Required event field \"event_type\" is missing or empty."}]}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        int index;
        lock (Bodies)
        {
            index = Bodies.Count;
            Bodies.Add(body);
        }

        var status = _answer(index, body);
        var response = new HttpResponseMessage(status);
        if (status == HttpStatusCode.BadRequest)
            response.Content = new StringContent(ErrorBody, Encoding.UTF8, "application/json");
        if (RetryAfter is { } retryAfter && status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        if (PercentageUsed?.Invoke(index) is { } percent && (int)status is >= 200 and < 300)
            response.Headers.Add("X-mp-rate-limit-percentage-used", percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }
}
