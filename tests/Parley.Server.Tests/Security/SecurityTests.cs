using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Parley.Storage;

namespace Parley.Server.Tests.Security;

/// <summary>
/// What an attacker, or a careless client, meets: files outside the dashboard's folder cannot be
/// read, large bodies are refused before they are read, failures answer with problem details that
/// show nothing of the server's inside, and the server goes on answering after each.
/// </summary>
public sealed class SecurityTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    HttpClient Http => server.Http;

    /// <summary>A request line sent as written, since HttpClient would resolve the dot segments itself.</summary>
    async Task<(int Status, string Answer)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var answer = await reader.ReadToEndAsync();
        return (int.Parse(answer.Split(' ')[1]), answer);
    }

    [StoreFact]
    public async Task No_path_reads_a_file_outside_the_dashboard_folder()
    {
        // The test assembly and the server's library lie one folder above wwwroot: a way out would reach them.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Parley.Server.dll")));
        foreach (var target in new[]
                 {
                     "/../Parley.Server.dll", "/js/../../Parley.Server.dll", "/%2e%2e/Parley.Server.dll", "/js/%2e%2e%2f%2e%2e%2fParley.Server.dll",
                     "/..%5cParley.Server.dll", "/vendor/..%2F..%2FParley.Server.Tests.deps.json", "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd", "/../../../../etc/passwd",
                 })
        {
            var (status, answer) = await RawGetAsync(target);
            Assert.True(status is >= 400 and < 500, $"{target}: {status}");
            var body = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
            Assert.False(body.StartsWith("MZ", StringComparison.Ordinal), $"{target} served an assembly");
            Assert.DoesNotContain("root:", body);
            Assert.DoesNotContain("runtimeTarget", body);
        }
        // What is inside the folder is served.
        var (ok, page) = await RawGetAsync("/js/../index.html");
        Assert.Equal(200, ok);
        Assert.Contains("<title>Parley", page);
        Assert.Equal("ok", (await Http.GetJsonAsync("/health")).Str("status"));
    }

    [StoreFact]
    public async Task An_oversized_body_is_refused_with_413_and_the_server_goes_on()
    {
        var huge = new string('a', 1024 * 1024);
        using var response = await Http.PostAsync("/api/code", new StringContent(JsonSerializer.Serialize(new { text = huge }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ok", (await Http.GetJsonAsync("/health")).Str("status"));
    }

    [StoreFact]
    public async Task A_text_longer_than_the_coding_limit_is_refused_with_a_reason()
    {
        // Under the body limit but over the characters /api/code codes.
        var text = string.Concat(Enumerable.Repeat("Russia shelled Kharkiv. ", 5000));
        using var response = await Http.PostAsync("/api/code", new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", await response.Content.ReadAsStringAsync());
    }

    [StoreFact]
    public async Task Malformed_json_gets_a_400_problem_without_the_servers_inside()
    {
        using var response = await Http.PostAsync("/api/code", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        NoInsides(await response.Content.ReadAsStringAsync());
    }

    [StoreFact]
    public async Task An_unknown_path_or_method_is_a_problem_document()
    {
        foreach (var (method, path, status) in new[] { (HttpMethod.Get, "/api/nothing", 404), (HttpMethod.Delete, "/api/events", 405), (HttpMethod.Post, "/api/events", 405) })
        {
            using var response = await Http.SendAsync(new HttpRequestMessage(method, path));
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>No stack frame, exception type, source path or SQL in an answer.</summary>
    static void NoInsides(string body)
    {
        foreach (var inside in new[] { "   at ", "Exception", ".cs:line", "/work/", "SELECT ", "Microsoft.", "System." })
            Assert.DoesNotContain(inside, body);
    }

    [Fact]
    public async Task A_store_that_fails_answers_500_and_503_without_a_stack_trace()
    {
        // A real store that stops working under the server.
        var folder = Directory.CreateTempSubdirectory("parley-broken-").FullName;
        try
        {
            var file = Path.Combine(folder, "parley.db");
            await using var store = await EventStores.OpenAsync(file);
            await using var app = ParleyServer.Build(new ServerOptions { Host = "127.0.0.1", Port = 0, ConsoleLogging = false }, store, new TextCoder(() => Corpus.Pipeline));
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/events")).StatusCode);
            // The file is overwritten under the server by something that is not a database.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var part in Directory.GetFiles(folder)) File.Delete(part);
            await File.WriteAllTextAsync(file, string.Concat(Enumerable.Repeat("not a database ", 1000)));
            foreach (var path in new[] { "/api/events", "/api/stats", "/health" })
            {
                using var response = await http.GetAsync(path);
                Assert.True((int)response.StatusCode is 500 or 503, $"{path}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                NoInsides(await response.Content.ReadAsStringAsync());
            }
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A server started with an access token: data only for those who carry it.</summary>
public sealed class TokenTests(TokenServer server) : IClassFixture<TokenServer>
{
    [StoreFact]
    public async Task Data_needs_the_token_and_the_page_and_health_do_not()
    {
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        foreach (var path in new[] { "/api/events", "/api/stats", "/openapi/v1.json", "/api/events?format=csv" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(TokenServer.Secret, await response.Content.ReadAsStringAsync());
        }
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "correct-horse-battery-staple-43");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
        // The token in the address is not accepted: it would end up in logs and history.
        anonymous.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events?token=" + TokenServer.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal("ok", (await anonymous.GetJsonAsync("/health")).Str("status"));
        Assert.NotEmpty((await server.Http.GetJsonAsync("/api/events")).Items("events"));
    }

    [Theory]
    [InlineData("0.0.0.0", null, "--token")]
    [InlineData("::", null, "--token")]
    [InlineData("192.168.1.20", "", "PARLEY_TOKEN")]
    [InlineData("0.0.0.0", "short", "too short")]
    [InlineData("example.org", "correct-horse-battery-staple-42", "not an IP address")]
    public void Off_loopback_the_server_refuses_to_start_without_a_token(string host, string? token, string reason)
    {
        var options = new ServerOptions { Host = host, Token = token };
        Assert.Contains(reason, options.Validate());
        var error = Assert.Throws<ArgumentException>(() => ParleyServer.Build(options, null!, null!));
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void On_loopback_no_token_is_needed(string host) => Assert.Null(new ServerOptions { Host = host }.Validate());
}
