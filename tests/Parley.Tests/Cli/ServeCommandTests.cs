namespace Parley.Tests.Cli;

/// <summary>`parley serve` refuses, before it listens, what would expose a store or serve nothing.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serving_off_loopback_without_a_token_is_refused()
    {
        var run = Cli.Run("serve", "--host", "0.0.0.0", "--store", "parley.db");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--host 0.0.0.0 opens the store to other machines", run.Errors);
        Assert.Contains("--token or PARLEY_TOKEN", run.Errors);
    }

    [Fact]
    public void A_bad_eventness_threshold_is_refused_before_the_server_starts()
    {
        var run = Cli.Run("serve", "--store", "parley.db", "--eventness-threshold", "3");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--eventness-threshold must be a probability between 0 and 1", run.Errors);
    }

    [Fact]
    public void Serving_a_store_that_is_not_there_says_how_to_fill_one()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"parley-missing-{Guid.NewGuid():N}.db");
        var run = Cli.Run("serve", "--store", missing);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"no store at '{missing}'", run.Errors);
        Assert.Contains("parley ingest", run.Errors);
        Assert.False(File.Exists(missing), "serving created an empty store");
    }
}
