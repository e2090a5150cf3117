using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Parley.Server;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ServeSettings : KnowledgeSettings, IStoreSettings
{
    [CommandOption("--store <LOCATION>")]
    [Description(OptionText.Store)]
    public string? Store { get; init; }

    [CommandOption("--port <PORT>")]
    [Description("The TCP port to listen on. Default: 5080.")]
    public int Port { get; init; } = ServerOptions.DefaultPort;

    [CommandOption("--host <ADDRESS>")]
    [Description("The address to listen on. Default: 127.0.0.1, this machine only; any other needs an access token.")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--token <TOKEN>")]
    [Description("The access token API requests must carry (Authorization: Bearer TOKEN). Default: $PARLEY_TOKEN.")]
    public string? Token { get; init; }

    public const string TokenVariable = "PARLEY_TOKEN";

    /// <summary>The server's options; the token from --token, else PARLEY_TOKEN.</summary>
    public ServerOptions ServerOptions => new()
    {
        Host = Host,
        Port = Port,
        Token = Token ?? (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token ? token : null),
    };

    public override ValidationResult Validate() =>
        ServerOptions.Validate() is { } error ? ValidationResult.Error(error)
        // The coder loads on the first request to code text: a bad threshold is refused before the server starts.
        : OptionText.ThresholdProblem(EventnessThreshold) is { } problem ? ValidationResult.Error(problem)
        : ValidationResult.Success();
}

/// <summary>`parley serve`: the HTTP API and the dashboard over a store, until Ctrl+C.</summary>
public sealed class ServeCommand(ConsoleStreams io) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellation)
    {
        var location = EventStores.Resolve(settings.Store);
        // Serving is reading: a store that is not there is a mistaken path, not one to create empty.
        if (!EventStores.IsPostgres(location) && !File.Exists(location))
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] no store at '{location}'; fill one first with `parley ingest FILE --store {location}`, or name another with --store");
            return ExitCodes.Usage;
        }
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        // The models load in the background; a data problem shows on the first request that codes text.
        var coder = new TextCoder(() => Loading.Pipeline(settings, io) ?? throw new InvalidOperationException("Parley's data could not be loaded; see the errors above"));
        var options = settings.ServerOptions;
        await using var app = ParleyServer.Build(options, store, coder);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException ex)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] cannot listen on {options.Host}:{options.Port}: {ex.Message}; choose another with --port");
            return ExitCodes.Usage;
        }
        foreach (var url in app.Urls) io.Error.MarkupLineInterpolated($"Serving {store.Description} at [link]{url}/[/] (Ctrl+C stops)");
        if (!string.IsNullOrEmpty(options.Token)) io.Error.MarkupLine("The dashboard asks for the access token; API clients send it as 'Authorization: Bearer TOKEN'.");
        await app.WaitForShutdownAsync(cancellation);
        return ExitCodes.Success;
    }
}
