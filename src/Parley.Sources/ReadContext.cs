namespace Parley.Sources;

/// <summary>
/// The state shared by everything read from one input: its options and how much of the expansion
/// and entry budgets archives and gzip streams have used so far, however deeply nested.
/// </summary>
sealed class ReadContext(SourceOptions options)
{
    public SourceOptions Options { get; } = options;
    public long Expanded { get; private set; }
    public int Entries { get; private set; }
    public int Depth { get; set; }

    /// <summary>Set once a budget is spent: archives stop opening entries rather than fail at each.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Counts decompressed bytes; crossing the budget stops the whole input.</summary>
    public void AddExpanded(long bytes, string display)
    {
        Expanded += bytes;
        if (Expanded <= Options.MaxExpandedBytes) return;
        Exhausted = true;
        throw new SourceLimitException(display, $"archives expand to more than {Sizes.Describe(Options.MaxExpandedBytes)} in all (a zip bomb?): stopped");
    }

    public void AddEntry(string display)
    {
        Entries++;
        if (Entries <= Options.MaxEntries) return;
        Exhausted = true;
        throw new SourceLimitException(display, $"more than {Options.MaxEntries:N0} archive entries in all (a zip bomb?): stopped");
    }
}

/// <summary>
/// A limit crossed deep inside a decompressor's Read. Only an exception can unwind from there; the
/// reader turns it into a problem at the archive that was being read, never lets it escape.
/// </summary>
sealed class SourceLimitException(string display, string message) : Exception(message)
{
    public string Display { get; } = display;
}

static class Sizes
{
    public static string Describe(long bytes) =>
        bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.#} GB" : bytes >= 1L << 20 ? $"{bytes / (double)(1L << 20):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
