using System.Net;

namespace Parley.Watch.Http;

/// <summary>The validators of an earlier answer, sent back so that an unchanged feed answers 304 Not Modified.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>Why a fetch failed: each kind is an expected failure of a source, reported with the source named.</summary>
public enum FetchFailure
{
    /// <summary>robots.txt disallows the URL, or could not be fetched (then everything on its host is disallowed for now).</summary>
    Disallowed,
    /// <summary>The server answered with an error status.</summary>
    HttpStatus,
    /// <summary>No whole answer within the timeout.</summary>
    Timeout,
    /// <summary>The answer is larger than the limit.</summary>
    TooLarge,
    /// <summary>Redirects in a loop, or more of them than the limit.</summary>
    Redirects,
    /// <summary>No connection: refused, reset, an unknown host.</summary>
    Network,
}

/// <summary>
/// What a GET came to: a body, "not modified", or a failure with a message for the user (which does
/// not repeat the URL: the caller names the source). Failures are values, not exceptions: a bad
/// source is expected, and the watcher goes on with the others.
/// </summary>
public abstract record FetchResult
{
    /// <summary>The answer's body, from <see cref="Url"/> (where the redirects ended).</summary>
    public sealed record Body(Uri Url, byte[] Bytes, string? ContentType, Validators Validators) : FetchResult;

    /// <summary>The server says the resource has not changed since the validators sent.</summary>
    public sealed record NotModified : FetchResult;

    /// <summary>Nothing usable; <see cref="RetryAfter"/> is the wait the server asked for (429, 503), if any.</summary>
    public sealed record Failed(FetchFailure Kind, string Message, TimeSpan? RetryAfter = null, HttpStatusCode? Status = null) : FetchResult;
}
