namespace Parley.Server;

/// <summary>
/// The coding pipeline behind POST /api/code and the knowledge-base half of /api/actors: loaded once,
/// in the background from start-up so that the first request does not wait for all of it, and used
/// by one request at a time (a pipeline keeps per-document state while it codes).
/// </summary>
public sealed class TextCoder(Func<Pipeline> load)
{
    readonly Lazy<Task<Pipeline>> pipeline = new(() => Task.Run(load));
    readonly SemaphoreSlim one = new(1, 1);

    /// <summary>Starts loading the models without waiting for them.</summary>
    public void Preload() => _ = pipeline.Value;

    /// <summary>Runs <paramref name="work"/> on the pipeline once it is loaded and free.</summary>
    public async Task<T> UseAsync<T>(Func<Pipeline, T> work, CancellationToken cancel)
    {
        var loaded = await pipeline.Value.WaitAsync(cancel);
        await one.WaitAsync(cancel);
        try { return work(loaded); }
        finally { one.Release(); }
    }
}
