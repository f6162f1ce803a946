namespace Mparticle.Tests.Delivery;

public class RequestBodyContentTests
{
    [Fact]
    public async Task AContentDisposedWhileItIsWrittenGivesTheBodyBackOnlyWhenTheWriteEnds()
    {
        var lease = new CountingLease();
        var stream = new GatedStream();
        var content = new RequestBodyContent(new ArraySegment<byte>([1, 2, 3]), lease);

        var writing = content.CopyToAsync(stream);
        await stream.Entered.Task;
        content.Dispose();
        lease.Released.ShouldBe(0);

        stream.Gate.SetResult();
        await writing;

        lease.Released.ShouldBe(1);
        stream.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        content.Dispose();
        lease.Released.ShouldBe(1);
    }

    [Fact]
    public void AContentNeverWrittenGivesTheBodyBackWhenDisposed()
    {
        var lease = new CountingLease();
        var content = new RequestBodyContent(new ArraySegment<byte>([1]), lease);

        content.Headers.ContentLength.ShouldBe(1);
        content.Dispose();

        lease.Released.ShouldBe(1);
    }

    [Fact]
    public async Task AContentIsNotWrittenAfterItWasDisposed()
    {
        var content = new RequestBodyContent(new ArraySegment<byte>([1]), new CountingLease());
        content.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(() => content.CopyToAsync(new MemoryStream()));
    }

    private sealed class CountingLease : IBodyLease
    {
        public int Released { get; private set; }

        public bool TryAcquire() => true;

        public void Release() => Released++;
    }

    private sealed class GatedStream : MemoryStream
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Gate.Task;
            await base.WriteAsync(buffer, cancellationToken);
        }
    }
}
