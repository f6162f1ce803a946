namespace Mparticle;

/// <summary>One entry of mParticle's error body <c>{"errors":[{"code":"…","message":"…"}]}</c>.</summary>
public sealed class ApiError
{
    /// <summary>Creates an error entry.</summary>
    /// <param name="code">The error code, such as <c>BAD_REQUEST</c>.</param>
    /// <param name="message">The human-readable message.</param>
    public ApiError(string? code, string? message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The error code, such as <c>BAD_REQUEST</c>, when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>The message, such as <c>Required event field "event_type" is missing or empty.</c>, when the server sent one.</summary>
    public string? Message { get; }

    /// <summary>Returns <c>CODE: message</c>.</summary>
    public override string ToString() => Code is null ? Message ?? string.Empty : Message is null ? Code : Code + ": " + Message;
}
