using System.Runtime.InteropServices;

namespace Parley.Cli;

/// <summary>
/// Ctrl+C and SIGTERM turned into a cancellation, for a command that runs until stopped and must
/// stop cleanly (`parley watch`). Only such a command asks: elsewhere Ctrl+C ends the process at
/// once, as users expect. A second Ctrl+C ends the process even while the first is being honoured.
/// </summary>
static class Interrupts
{
    static readonly CancellationTokenSource Source = new();
    static PosixSignalRegistration? terminate;
    static int caught;

    public static CancellationToken Catch()
    {
        if (Interlocked.Exchange(ref caught, 1) == 0)
        {
            Console.CancelKeyPress += (_, e) =>
            {
                if (Source.IsCancellationRequested) return;
                e.Cancel = true;
                Source.Cancel();
            };
            // Kept in a field: the registration lasts only as long as the object.
            terminate ??= PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                Source.Cancel();
            });
        }
        return Source.Token;
    }
}
