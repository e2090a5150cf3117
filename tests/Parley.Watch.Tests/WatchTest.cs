using Parley.Storage;

namespace Parley.Watch.Tests;

/// <summary>
/// A test of `parley watch` against its own news site on a loopback port and its own store (an
/// embedded store in a temporary folder unless the test class says otherwise).
/// </summary>
public abstract class WatchTest : IAsyncLifetime
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-watch-").FullName;

    protected NewsSite Site { get; private set; } = null!;

    /// <summary>Where the store is: a file, or a PostgreSQL connection string.</summary>
    protected virtual string Store => Path.Combine(directory, "parley.db");

    public virtual async Task InitializeAsync() => Site = await NewsSite.StartAsync();

    public virtual async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>One poll of each feed (--once), with no delay between requests unless the test gives one.</summary>
    protected WatchResult WatchOnce(params string[] args)
    {
        var all = new List<string>(args) { "--store", Store, "--once" };
        if (!args.Contains("--delay")) all.AddRange(["--delay", "0"]);
        return WatchCli.Run([.. all]);
    }

    protected async Task<T> InStoreAsync<T>(Func<IEventStore, IWatchState, Task<T>> read)
    {
        await using var store = await EventStores.OpenAsync(Store);
        return await read(store, (IWatchState)store);
    }

    protected Task<StoreCounts> CountsAsync() => InStoreAsync((store, _) => store.CountAsync());

    protected Task<StoredDocument?> DocumentAsync(string id) => InStoreAsync((store, _) => store.GetDocumentAsync(id));

    protected Task<SeenUrl?> SeenAsync(string url) => InStoreAsync((_, state) => state.GetSeenAsync(url));

    protected Task<WatchedFeed> FeedAsync(string url) => InStoreAsync(async (_, state) => (await state.WatchedFeedsAsync()).Single(f => f.Url == url));
}
