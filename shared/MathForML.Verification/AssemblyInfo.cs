using System.Runtime.CompilerServices;

// The tests pin the SplitMix64 seeding and the raw xoshiro256** core against published reference outputs.
[assembly: InternalsVisibleTo("MathForML.Verification.Tests")]
