using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>
/// A request body sent from memory, like <see cref="ByteArrayContent"/>, that also holds the body's
/// <see cref="IBodyLease"/> until nothing reads it any more. <see cref="HttpClient"/> may go on writing the content
/// after <c>SendAsync</c> has ended (a cancelled or failed send does not wait for it), so the hold is given back when
/// the content is disposed and no write is in progress, whichever comes last: a pooled array is never reused while
/// its bytes may still be on their way.
/// </summary>
internal sealed class RequestBodyContent : HttpContent
{
    private readonly ArraySegment<byte> _body;
    private readonly object _gate = new();
    private IBodyLease? _lease;
    private int _writing;
    private bool _disposed;

    /// <param name="body">The bytes to send.</param>
    /// <param name="lease">A hold already taken on the body, given back by this content; or none.</param>
    public RequestBodyContent(ArraySegment<byte> body, IBodyLease? lease)
    {
        _body = body;
        _lease = lease;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(RequestBodyContent), "The content was disposed before it was sent.");
            }

            _writing++;
        }

        try
        {
            await HttpContentCompat.WriteAsync(stream, _body).ConfigureAwait(false);
        }
        finally
        {
            IBodyLease? release;
            lock (_gate)
            {
                _writing--;
                release = TakeLeaseIfIdle();
            }

            release?.Release();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Count;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            IBodyLease? release;
            lock (_gate)
            {
                _disposed = true;
                release = TakeLeaseIfIdle();
            }

            release?.Release();
        }

        base.Dispose(disposing);
    }

    private IBodyLease? TakeLeaseIfIdle()
    {
        if (!_disposed || _writing > 0)
        {
            return null;
        }

        var lease = _lease;
        _lease = null;
        return lease;
    }
}
