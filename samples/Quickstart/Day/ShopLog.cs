using Microsoft.Extensions.Logging;

namespace Mparticle.Samples.Quickstart.Day;

/// <summary>
/// The shop's ordinary log messages, written the usual way with <c>[LoggerMessage]</c>. They know nothing of
/// mParticle: the "ReviewWritten" rule in appsettings.json taps the first by its EventId name.
/// </summary>
static partial class ShopLog
{
    [LoggerMessage(2001, LogLevel.Information, "Review of {Sku} written: {Stars} stars")]
    public static partial void ReviewWritten(this ILogger logger, string? sku, int stars);

    [LoggerMessage(2002, LogLevel.Information, "Nightly stock sync finished: {ProductCount} products")]
    public static partial void StockSynced(this ILogger logger, int productCount);
}
