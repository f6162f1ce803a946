namespace Mparticle.Samples.WebApp.Identity;

/// <summary>The demo's notion of a signed-in user: an id from a header or a cookie, and its mParticle identities.</summary>
static class SignedInUser
{
    /// <summary>The user id of the request: the <c>X-Demo-User</c> header, else the <c>demo-user</c> cookie.</summary>
    public static string? Of(HttpContext context)
    {
        var userId = context.Request.Headers[SignedInUserMiddleware.HeaderName].FirstOrDefault()
            ?? context.Request.Cookies[SignedInUserMiddleware.CookieName];
        return string.IsNullOrWhiteSpace(userId) ? null : userId.Trim();
    }

    public static UserIdentities Identities(string userId) =>
        new() { CustomerId = userId, Email = $"{userId}@example.com" };
}
