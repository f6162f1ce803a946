using System.Net;

namespace Mparticle;

/// <summary>Which answers may succeed when the same request is sent again.</summary>
internal static class TransientStatus
{
    /// <summary>
    /// 408, 429, 500, 502, 503 and 504. 400, 401 and 403 need a different request (or credentials); 413 needs
    /// a smaller one; other statuses are not documented by mParticle and are not worth hammering.
    /// </summary>
    public static bool IsTransient(HttpStatusCode status) => (int)status switch
    {
        408 or 429 or 500 or 502 or 503 or 504 => true,
        _ => false,
    };
}
