using System.Net;

namespace Parley.Server;

/// <summary>
/// How `parley serve` listens and what it allows. The defaults are safe for a laptop: loopback only,
/// small request bodies, a time limit on every request. A host other than loopback needs an access
/// token, so that a store is never opened to the network by accident.
/// </summary>
public sealed record ServerOptions
{
    public const int DefaultPort = 5080;

    /// <summary>An IP address, or "localhost"; 0.0.0.0 or :: listen on every interface.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 lets the system choose a free one (the tests do).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The access token API requests must carry (Authorization: Bearer ...); required off loopback.</summary>
    public string? Token { get; init; }

    /// <summary>The folder the dashboard's files are served from; nothing outside it can be read.</summary>
    public string StaticRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>The largest request body accepted: larger ones are refused with 413 before they are read.</summary>
    public long MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>The longest text POST /api/code codes.</summary>
    public int MaxCodeCharacters { get; init; } = 100_000;

    /// <summary>How long a request may run before it is cancelled with 504 (CSV exports have longer).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a CSV export of a whole view may stream.</summary>
    public TimeSpan ExportTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether the server writes its warnings and errors to the console (the tests keep it quiet).</summary>
    public bool ConsoleLogging { get; init; } = true;

    /// <summary>The addresses <see cref="Host"/> names, or an error a user can act on.</summary>
    public (IReadOnlyList<IPAddress> Addresses, string? Error) ResolveHost()
    {
        if (Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return ([IPAddress.Loopback, IPAddress.IPv6Loopback], null);
        var literal = Host.StartsWith('[') && Host.EndsWith(']') ? Host[1..^1] : Host;
        return IPAddress.TryParse(literal, out var address)
            ? ([address], null)
            : ([], $"--host '{Host}' is not an IP address; give one such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface), or localhost");
    }

    /// <summary>Whether only this machine can reach the server.</summary>
    public bool IsLoopback => ResolveHost() is { Error: null, Addresses: var addresses } && addresses.All(IPAddress.IsLoopback);

    /// <summary>Why the server must not start with these options, or null.</summary>
    public string? Validate()
    {
        if (ResolveHost().Error is { } error) return error;
        if (Port is < 0 or > 65535) return $"--port {Port} is not a TCP port (1-65535)";
        if (!IsLoopback && string.IsNullOrEmpty(Token))
            return $"--host {Host} opens the store to other machines: give an access token with --token or PARLEY_TOKEN (or serve on 127.0.0.1)";
        if (Token is { Length: > 0 and < 16 }) return "the access token is too short: use at least 16 characters (for example the output of `openssl rand -hex 16`)";
        if (!Directory.Exists(StaticRoot)) return $"the dashboard's files are missing: '{StaticRoot}' does not exist";
        return null;
    }
}
