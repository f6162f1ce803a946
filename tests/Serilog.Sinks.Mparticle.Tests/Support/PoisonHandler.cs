using System.Net;
using System.Net.Http;
using System.Text;

namespace Serilog.Sinks.Mparticle.Tests.Support;

/// <summary>
/// Stands in for mParticle refusing one batch's content: a request whose body holds <see cref="Marker"/> is answered
/// 400 with mParticle's error body; every other request goes on to the real receiver.
/// </summary>
sealed class PoisonHandler : DelegatingHandler
{
    public const string Marker = "POISONED";
    public const string Message = "Event name 'POISONED' is not allowed in this workspace.";

    public PoisonHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public int Refused { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        if (!body.Contains(Marker, StringComparison.Ordinal))
            return await base.SendAsync(request, cancellationToken);

        Refused++;
        return new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"" + Message.Replace("'", "\\u0027", StringComparison.Ordinal) + "\"}]}", Encoding.UTF8, "application/json"),
        };
    }
}
