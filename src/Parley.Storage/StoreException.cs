namespace Parley.Storage;

/// <summary>The kinds of store failure a user can act on.</summary>
public enum StoreError { BadConnectionString, Unreachable, ReadOnly, DiskFull, SchemaTooNew, Busy, Other }

/// <summary>
/// A store failure a user can fix, with a message that says how. Thrown by opening a store and by
/// its operations; the transaction in progress is rolled back, so nothing stored before is lost.
/// </summary>
public sealed class StoreException(StoreError kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public StoreError Kind { get; } = kind;
}
