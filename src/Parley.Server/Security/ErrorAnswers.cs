using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Parley.Storage;

namespace Parley.Server.Security;

/// <summary>
/// Turns an exception into an RFC 7807 answer that says what happened without a stack trace or
/// anything of the server's inside: a request the client can fix is a 4xx, a store that cannot answer
/// a 503, anything else a 500 whose details go to the server's log only.
/// </summary>
public sealed class ErrorAnswers(IProblemDetailsService problems, ILogger<ErrorAnswers> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read", bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is larger than this server accepts." : "The request is malformed."),
            StoreException { Kind: StoreError.Busy or StoreError.Unreachable } store
                => (StatusCodes.Status503ServiceUnavailable, "The event store cannot answer now", store.Message),
            _ => (StatusCodes.Status500InternalServerError, "The server failed", "The server could not answer this request; its log says why."),
        };
        if (status >= 500) log.LogError(exception, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = null, // never echoed
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
