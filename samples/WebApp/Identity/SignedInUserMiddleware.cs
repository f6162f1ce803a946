namespace Mparticle.Samples.WebApp.Identity;

/// <summary>
/// Puts the signed-in user's identity into the log context for the rest of the request, so every mParticle event
/// logged while handling it belongs to that user. The demo "sign-in" is a header or a cookie; a real application
/// would read <c>HttpContext.User</c> instead.
/// </summary>
sealed class SignedInUserMiddleware
{
    public const string HeaderName = "X-Demo-User";
    public const string CookieName = "demo-user";

    readonly RequestDelegate _next;
    readonly ILogger<SignedInUserMiddleware> _logger;

    public SignedInUserMiddleware(RequestDelegate next, ILogger<SignedInUserMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var userId = SignedInUser.Of(context);
        if (userId is null)
        {
            await _next(context);
            return;
        }

        // The scope flows with the request across awaits; concurrent requests of other users keep theirs.
        using (_logger.BeginMparticleUser(SignedInUser.Identities(userId)))
            await _next(context);
    }
}
