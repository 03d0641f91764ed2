using System.Runtime.InteropServices;
using System.Text;
using MathForML.Kata.Cli;

// Box drawing, ✓ and Σ need UTF-8 even when the output goes to a file or a CI log.
Console.OutputEncoding = Encoding.UTF8;
var console = ConsoleFactory.Create(Console.Out, isTerminal: !Console.IsOutputRedirected);

// Ctrl+C and SIGTERM cancel the running command, which kills its child processes and returns: no orphans.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

var input = Console.IsInputRedirected ? null : Console.In;
return await KataCli.RunAsync(args, console, Console.Error, stop.Token, input).ConfigureAwait(false);
