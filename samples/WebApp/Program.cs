// A shop's minimal API that sends analytics to mParticle from ordinary ILogger calls. Sign in with a header
// (X-Demo-User: ada) or a demo cookie (POST /signin/ada), then browse, search, add to the cart and check out.
using Mparticle.Samples.WebApp;

// The content root is the build output, where appsettings.json is copied: the app finds its settings wherever it is started from.
await using var shop = await ShopApp.CreateAsync(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
await shop.App.RunAsync();
