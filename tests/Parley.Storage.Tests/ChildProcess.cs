using System.Diagnostics;

namespace Parley.Storage.Tests;

/// <summary>This test assembly started as a separate process (see Program.cs), to be killed for real.</summary>
public sealed class ChildProcess : IDisposable
{
    readonly Process process;
    readonly List<string> lines = [];
    readonly SemaphoreSlim changed = new(0);

    readonly string templates;

    ChildProcess(Process process, string templates)
    {
        this.process = process;
        this.templates = templates;
        process.OutputDataReceived += (_, e) => { if (e.Data is null) return; lock (lines) lines.Add(e.Data); changed.Release(); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is null) return; lock (lines) lines.Add("stderr: " + e.Data); changed.Release(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static ChildProcess StartIngest(string location, int batches, bool bulk = false)
    {
        var assembly = typeof(ChildProcess).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var templates = Path.Combine(Path.GetTempPath(), $"parley-templates-{Guid.NewGuid():N}.json");
        ChildIngest.Save(templates);
        foreach (var arg in new[] { assembly, "ingest", location, batches.ToString(), templates }) info.ArgumentList.Add(arg);
        if (bulk) info.ArgumentList.Add("bulk");
        return new ChildProcess(Process.Start(info)!, templates);
    }

    public async Task WaitForLineAsync(string line, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            lock (lines)
            {
                if (lines.Contains(line)) return;
                if (process.HasExited && !lines.Contains(line))
                    throw new InvalidOperationException($"the child process ended (exit {process.ExitCode}) before '{line}':\n{string.Join('\n', lines)}");
            }
            try { await changed.WaitAsync(TimeSpan.FromMilliseconds(200), cancel.Token); }
            catch (OperationCanceledException)
            {
                lock (lines) throw new TimeoutException($"no '{line}' from the child process in {timeout}:\n{string.Join('\n', lines)}");
            }
        }
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        File.Delete(templates);
    }
}
