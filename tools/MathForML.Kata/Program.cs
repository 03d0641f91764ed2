using System.Text;
using MathForML.Kata.Cli;

// Box drawing, ✓ and Σ need UTF-8 even when the output goes to a file or a CI log.
Console.OutputEncoding = Encoding.UTF8;
var console = ConsoleFactory.Create(Console.Out, isTerminal: !Console.IsOutputRedirected);
return await KataCli.RunAsync(args, console, Console.Error, CancellationToken.None).ConfigureAwait(false);
