using System.ComponentModel;
using Parley.Io;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>The --store option of every command that reads or writes the event store.</summary>
public interface IStoreSettings
{
    string? Store { get; }
}

/// <summary>Settings of commands that only read the store (query, stats).</summary>
public class StoreSettings : CommandSettings, IStoreSettings
{
    [CommandOption("--store <LOCATION>")]
    [Description(OptionText.Store)]
    public string? Store { get; init; }
}

/// <summary>Opening the store a user names, with the store's own messages for what the user can fix.</summary>
public static class StoreAccess
{
    /// <summary>The open store, or null after printing why it could not be opened (exit with <see cref="ExitCodes.Usage"/>).</summary>
    public static async Task<IEventStore?> OpenAsync(IStoreSettings settings, ConsoleStreams io, CancellationToken cancel)
    {
        try
        {
            return await EventStores.OpenAsync(settings.Store, notice => io.Error.MarkupLineInterpolated($"[grey]{notice}[/]"), cancel);
        }
        catch (StoreException ex)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return null;
        }
    }

    /// <summary>What coded the documents: Parley's version and the hash of the data directory and extra files.</summary>
    public static Provenance Provenance(IKnowledgeSettings settings) =>
        new(DataFingerprint.ParleyVersion, DataFingerprint.Compute(settings.DataDirectory ?? Models.ShippedDataDirectory, settings.ActorFiles.Concat(settings.TriggerFiles)));

    /// <summary>A store error met after opening (a full disk, a lost server): printed, and the exit code to return.</summary>
    public static int Fail(ConsoleStreams io, StoreException ex)
    {
        io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
        return ExitCodes.Usage;
    }
}
