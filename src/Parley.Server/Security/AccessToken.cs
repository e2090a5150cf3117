using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Parley.Server.Security;

/// <summary>
/// With an access token set, every request for data (/api, /openapi) must carry it as
/// `Authorization: Bearer TOKEN`; the dashboard's own files and /health hold no data and are served
/// to anyone, so that the page can load and ask for the token. The token is never taken from the
/// URL's query, which ends up in logs and browser history.
/// </summary>
public sealed class AccessToken(RequestDelegate next, string token)
{
    readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext http)
    {
        if (!NeedsToken(http.Request.Path) || Carries(http.Request)) { await next(http); return; }
        http.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An access token is required",
            detail: "This server was started with an access token: send it as 'Authorization: Bearer TOKEN' (the dashboard asks for it).")
            .ExecuteAsync(http);
    }

    static bool NeedsToken(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    bool Carries(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        // Constant time, so that the token cannot be guessed from how long a refusal takes.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), expected);
    }
}
