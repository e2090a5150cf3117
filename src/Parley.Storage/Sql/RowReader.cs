using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// Reads a query's rows forward by column position, for reads of hundreds of thousands of rows
/// (whole-store stats): through the command's data reader on PostgreSQL, through SQLite's own
/// statement API on SQLite, where the ADO.NET reader costs more per value than SQLite itself.
/// Text equal to the caller's previous value is returned as that same string, not decoded again.
/// </summary>
abstract class RowReader : IAsyncDisposable
{
    public abstract ValueTask<bool> ReadAsync(CancellationToken cancel);
    public abstract long GetInt64(int column);
    public abstract double GetDouble(int column);
    /// <summary>The column's text: <paramref name="previous"/> itself when it is equal.</summary>
    public abstract string GetString(int column, string previous);
    public abstract ValueTask DisposeAsync();
}

/// <summary>A <see cref="RowReader"/> over an ADO.NET data reader.</summary>
sealed class DataRowReader(DbDataReader reader) : RowReader
{
    public override async ValueTask<bool> ReadAsync(CancellationToken cancel) => await reader.ReadAsync(cancel);
    public override long GetInt64(int column) => reader.GetInt64(column);
    public override double GetDouble(int column) => reader.GetDouble(column);

    public override string GetString(int column, string previous)
    {
        var text = reader.GetString(column);
        return text == previous ? previous : text;
    }

    public override ValueTask DisposeAsync() => reader.DisposeAsync();
}
