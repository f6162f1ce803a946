using System.Security.Cryptography;
using System.Text;
using Mparticle.Tests.Support;

namespace Mparticle.Tests.Packing;

public class BatchPartsTests
{
    [Fact]
    public void APartIsTheSameUserHoldingTheGivenEventsUnderTheGivenId()
    {
        var batch = Sample.Batch("ann", events: 4);
        batch.SourceRequestId = "batch-1";

        var part = new BatchParts(batch).Create("part-1", batch.Events.Skip(1).Take(2));

        part.SourceRequestId.ShouldBe("part-1");
        part.Events.ShouldBe(batch.Events.Skip(1).Take(2));
        part.UserIdentities!.CustomerId.ShouldBe("ann");
        part.UserAttributes.Keys.ShouldBe(batch.UserAttributes.Keys);
        part.Environment.ShouldBe(batch.Environment);
        batch.SourceRequestId.ShouldBe("batch-1");
        batch.Events.Count.ShouldBe(4);
    }

    [Fact]
    public void DerivedIdsAreVersion8UuidsOfTheSha256OfTheIdAndName()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("batch-1/isolate/0"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var expected = new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();

        BatchParts.DeriveId("batch-1", "isolate/0").ShouldBe(expected);
        BatchParts.DeriveId("batch-1", "isolate/0").ShouldBe(BatchParts.DeriveId("batch-1", "isolate/0"));
        BatchParts.DeriveId("batch-1", "isolate/1").ShouldNotBe(expected);
        BatchParts.DeriveId("batch-1", "part/1").ShouldBe(RequestIds.ForPart("batch-1", 1));
    }
}
