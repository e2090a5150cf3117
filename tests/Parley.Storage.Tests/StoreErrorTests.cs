using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>
/// Failures a user can fix give a clear <see cref="StoreException"/> and lose nothing: bad
/// connection strings, an unreachable server, a read-only directory, a full disk.
/// </summary>
public sealed class StoreErrorTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=notaport")]
    [InlineData("Host=127.0.0.1;Colour=blue")]
    [InlineData("postgres://user@:5432/parley")]
    public async Task A_bad_connection_string_says_how_to_write_one(string connection)
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync(connection));

        Assert.Equal(StoreError.BadConnectionString, error.Kind);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        // Port 9 (discard) on loopback: nothing listens there.
        var error = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync("postgres://parley@127.0.0.1:9/parley"));

        Assert.Equal(StoreError.Unreachable, error.Kind);
        Assert.Contains("127.0.0.1:9", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_refused_and_left_alone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, new string('x', 8192));
        try
        {
            var error = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync(path));

            Assert.Equal(StoreError.BadConnectionString, error.Kind);
            Assert.Equal(new string('x', 8192), await File.ReadAllTextAsync(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_store_in_a_read_only_directory_refuses_to_ingest_and_keeps_what_it_has()
    {
        using var directory = new TightDirectory(sizeKiB: 8192);
        var path = Path.Combine(directory.Path, "parley.db");
        await using (var store = await EventStores.OpenAsync(path))
            await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);

        directory.MakeReadOnly();
        var error = await Assert.ThrowsAnyAsync<StoreException>(async () =>
        {
            await using var store = await EventStores.OpenAsync(path);
            await store.IngestAsync(Samples.Spread(), Samples.First);
        });

        Assert.Equal(StoreError.ReadOnly, error.Kind);
        directory.MakeWritable();
        await using var reopened = await EventStores.OpenAsync(path);
        Assert.Equal(3, (await reopened.CountAsync()).Documents);
    }

    [NeedsRootFact]
    public async Task A_full_disk_rolls_back_the_batch_and_keeps_what_was_stored()
    {
        using var directory = new TightDirectory(sizeKiB: 1024);
        var path = Path.Combine(directory.Path, "parley.db");
        await using var store = await EventStores.OpenAsync(path);
        long stored = 0;
        StoreException? error = null;
        for (var b = 0; b < 200 && error is null; b++)
        {
            try
            {
                await store.IngestAsync(ChildIngest.Batch(b), Samples.First);
                stored += ChildIngest.BatchSize;
            }
            catch (StoreException e) { error = e; }
        }

        Assert.NotNull(error);
        Assert.Equal(StoreError.DiskFull, error.Kind);
        Assert.Equal(stored, (await store.CountAsync()).Documents);
        Assert.Empty(await ((Sql.SqlEventStore)store).CheckAsync());
    }
}

/// <summary>A fact that needs root (to mount a small file system); skipped, saying so, otherwise.</summary>
public sealed class NeedsRootFactAttribute : FactAttribute
{
    public NeedsRootFactAttribute()
    {
        if (!TightDirectory.IsRoot) Skip = "needs root to mount a small tmpfs that can fill up (CI runs as root)";
    }
}

/// <summary>
/// A directory on its own small file system (a tmpfs mounted for the test, as root) that can be made
/// read-only or filled up. Without root it is a plain temporary directory made read-only by its
/// permissions, which binds everyone but root.
/// </summary>
public sealed class TightDirectory : IDisposable
{
    public static bool IsRoot => Environment.UserName == "root";

    public string Path { get; } = Directory.CreateTempSubdirectory("parley-tight-").FullName;
    readonly bool mounted;

    public TightDirectory(int sizeKiB)
    {
        if (!IsRoot) return;
        Run("mount", "-t", "tmpfs", "-o", $"size={sizeKiB}k", "tmpfs", Path);
        mounted = true;
    }

    public void MakeReadOnly()
    {
        SqliteConnection.ClearAllPools();
        if (mounted) Run("mount", "-o", "remount,ro", Path);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    public void MakeWritable()
    {
        SqliteConnection.ClearAllPools();
        if (mounted) Run("mount", "-o", "remount,rw", Path);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (mounted) Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }
}
