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

    /// <summary>
    /// What coded the documents: Parley's version and the hash of the data directory and extra files, with the settings
    /// that change what is coded (an eventness threshold, passes switched off), so that `recode` finds documents coded otherwise.
    /// </summary>
    public static Provenance Provenance(IKnowledgeSettings settings)
    {
        var hash = DataFingerprint.Compute(settings.DataDirectory ?? Models.ShippedDataDirectory, settings.ActorFiles.Concat(settings.TriggerFiles));
        if (settings.EventnessThreshold is { } threshold) hash += $"+eventness={threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (settings.SkipPasses.Length > 0) hash += $"+skip={string.Join(',', settings.SkipPasses.Order(StringComparer.Ordinal))}";
        return new(DataFingerprint.ParleyVersion, hash);
    }

    /// <summary>A store error met after opening (a full disk, a lost server): printed, and the exit code to return.</summary>
    public static int Fail(ConsoleStreams io, StoreException ex)
    {
        io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
        return ExitCodes.Usage;
    }
}
