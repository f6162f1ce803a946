using System.Net;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Time.Testing;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Packing;

public class BodyReuseTests
{
    private readonly BatchPacker _packer = new();

    [Fact]
    public void DisposedRequestsLendTheirArraysToTheNextPackWhichWritesTheSameBytes()
    {
        var batches = Sample.Batches(400, events: 4, attributeLength: 150);
        var first = _packer.Pack(batches);
        first.Requests.Count.ShouldBeGreaterThan(3);
        var bodies = first.Requests.Select(r => r.Body.ToArray()).ToList();
        var arrays = first.Requests.Select(ArrayOf).ToList();

        first.Dispose();
        using var second = _packer.Pack(batches);

        second.Requests.Select(r => r.Body.ToArray()).ShouldBe(bodies);
        var reused = second.Requests.Select(ArrayOf).Count(array => arrays.Any(old => ReferenceEquals(old, array)));
        reused.ShouldBeGreaterThanOrEqualTo(first.Requests.Count - 1); // all but the small last one
    }

    [Fact]
    public void UndisposedRequestsKeepTheirOwnArrays()
    {
        var batches = Sample.Batches(400, events: 4, attributeLength: 150);
        var first = _packer.Pack(batches);
        var arrays = first.Requests.Select(ArrayOf).ToList();

        var second = _packer.Pack(batches);

        second.Requests.Select(ArrayOf).ShouldAllBe(array => !arrays.Any(old => ReferenceEquals(old, array)));
        first.Requests.ShouldAllBe(r => r.Body.Length == r.SizeBytes);
    }

    [Fact]
    public void ADisposedRequestNoLongerGivesItsBodyButStillNamesItsBatches()
    {
        var batches = Sample.Batches(3);
        var request = _packer.Pack(batches).Requests.Single();

        request.Dispose();
        request.Dispose(); // twice is harmless

        Should.Throw<ObjectDisposedException>(() => request.Body);
        request.Batches.ShouldBe(batches);
        request.EventCount.ShouldBe(3);
    }

    [Fact]
    public void ASmallRequestIsARightSizedCopyThatThePoolNeverTakes()
    {
        using var result = _packer.Pack(Sample.Batches(3));
        var request = result.Requests.Single();

        ArrayOf(request).Length.ShouldBe(request.SizeBytes);
        request.Dispose();
        _packer.Pool.Count.ShouldBe(0);
    }

    [Fact]
    public void ThePoolKeepsNoMoreArraysThanTheLatestPackProduced()
    {
        var big = _packer.Pack(Sample.Batches(800, events: 4, attributeLength: 150));
        big.Requests.Count.ShouldBeGreaterThan(6);
        big.Dispose();
        _packer.Pool.Count.ShouldBe(big.Requests.Count(r => r.SizeBytes >= 80_000));

        _packer.Pack(Sample.Batches(2)).Dispose();

        _packer.Pool.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AnUploadInProgressKeepsItsBodyFromReuseUntilItHasBeenRead()
    {
        var time = new FakeTimeProvider();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler(time).Then(async (_, _) =>
        {
            await Task.Yield();
            return Reply.Accepted();
        });
        using var api = new EventsApi(TestApi.Configuration(time), new GatedHandler(handler, entered, gate.Task), null, () => 0.5);
        var packed = _packer.Pack(Sample.Batches(50, events: 4, attributeLength: 400));
        var request = packed.Requests.ShouldHaveSingleItem();
        request.SizeBytes.ShouldBeGreaterThan(80_000);
        var expected = request.Body.ToArray();
        var inFlight = ArrayOf(request);

        var upload = api.BulkUploadEventsAsync(request);
        await entered.Task;
        packed.Dispose(); // while the client has not read the body yet
        using (var meanwhile = _packer.Pack(Sample.Batches(50, events: 4, attributeLength: 400)))
        {
            meanwhile.Requests.ShouldAllBe(r => !ReferenceEquals(ArrayOf(r), inFlight));
        }

        gate.SetResult();
        (await upload).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        handler.Requests.Single().Body.ShouldBe(expected);
        _packer.Pool.Count.ShouldBe(2); // the array of the request packed meanwhile, and now the uploaded one
        using var after = _packer.Pack(Sample.Batches(50, events: 4, attributeLength: 400));
        after.Requests.Select(ArrayOf).ShouldContain(array => ReferenceEquals(array, inFlight));
    }

    [Fact]
    public async Task UploadingADisposedRequestFailsAndSendsNothing()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        using var api = TestApi.Create(handler, time);
        var request = _packer.Pack(Sample.Batches(2)).Requests.Single();
        request.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(() => api.BulkUploadEventsAsync(request));

        handler.Requests.ShouldBeEmpty();
    }

    private static byte[] ArrayOf(PackedRequest request) =>
        MemoryMarshal.TryGetArray(request.HeldBody, out var segment) ? segment.Array! : throw new InvalidOperationException("not an array");

    /// <summary>Holds every request before its content is read, until the gate opens.</summary>
    private sealed class GatedHandler(HttpMessageHandler inner, TaskCompletionSource entered, Task gate) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            entered.TrySetResult();
            await gate.WaitAsync(cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
