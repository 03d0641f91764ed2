using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/MathForML.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
