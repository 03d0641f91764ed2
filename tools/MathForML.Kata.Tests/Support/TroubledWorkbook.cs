namespace MathForML.Kata.Tests.Support;

/// <summary>
/// A throwaway workbook where every kata is in a different state, to prove that each is reported for itself:
/// topic 00-demo has a solved kata (adder), a wrong one (doubler), an untouched one (halver), an endless loop
/// (looper), an unbounded recursion (recurser) and an allocation without bound (hoarder); topic 01-broken has a kata
/// that does not compile (typo) beside a solved one (fine). No solution projects: progress needs only the kata
/// projects. The looper sleeps in its loop rather than spinning: the suite waits that hang out twice, and a busy loop
/// would take a core from the fixtures running beside it.
/// </summary>
internal static class TroubledWorkbook
{
    public const string TypoStub = "katas/01-broken/01-typo/Typo.cs";

    /// <summary>The line of <see cref="TypoStub"/> with the syntax error.</summary>
    public const int TypoErrorLine = 6;

    public static MiniWorkbook Create() => MiniWorkbook.CreateWith(Files);

    private const string Catalog = """
        {
          "topics": [
            {
              "folder": "00-demo",
              "title": "Demo: one kata in every state",
              "namespace": "MathForML.Demo",
              "curriculum": [ { "id": "demo-all", "summary": "everything" } ],
              "katas": [
                { "id": "demo/adder", "title": "Adding", "level": "beginner", "covers": ["demo-all"], "stub": "Adder.cs", "fixture": "AdderTests", "hints": ["a", "b"] },
                { "id": "demo/doubler", "title": "Doubling", "level": "beginner", "covers": ["demo-all"], "stub": "Doubler.cs", "fixture": "DoublerTests", "hints": ["a", "b"] },
                { "id": "demo/halver", "title": "Halving", "level": "beginner", "covers": ["demo-all"], "stub": "Halver.cs", "fixture": "HalverTests", "hints": ["a", "b"] },
                { "id": "demo/looper", "title": "Looping", "level": "beginner", "covers": ["demo-all"], "stub": "Looper.cs", "fixture": "LooperTests", "hints": ["a", "b"] },
                { "id": "demo/recurser", "title": "Recursing", "level": "beginner", "covers": ["demo-all"], "stub": "Recurser.cs", "fixture": "RecurserTests", "hints": ["a", "b"] },
                { "id": "demo/hoarder", "title": "Hoarding", "level": "beginner", "covers": ["demo-all"], "stub": "Hoarder.cs", "fixture": "HoarderTests", "hints": ["a", "b"] }
              ]
            },
            {
              "folder": "01-broken",
              "title": "A topic with a compile error",
              "namespace": "MathForML.Broken",
              "curriculum": [ { "id": "broken-all", "summary": "everything" } ],
              "katas": [
                { "id": "broken/typo", "title": "Typo", "level": "beginner", "covers": ["broken-all"], "stub": "Typo.cs", "fixture": "TypoTests", "hints": ["a", "b"] },
                { "id": "broken/fine", "title": "Fine", "level": "beginner", "covers": ["broken-all"], "stub": "Fine.cs", "fixture": "FineTests", "hints": ["a", "b"] }
              ]
            }
          ]
        }
        """;

    private static readonly (string Path, string Content)[] Files =
    [
        ("katas/catalog.json", Catalog),
        ("katas/00-demo/MathForML.Katas.Demo.csproj", MiniWorkbook.KataProject),
        ("katas/00-demo/01-adder/Adder.cs", MiniWorkbook.AdderReferenceSource),
        ("katas/00-demo/01-adder/AdderTests.cs", MiniWorkbook.AdderTestsSource),
        ("katas/00-demo/02-doubler/Doubler.cs", MiniWorkbook.DoublerReferenceSource.Replace("2 * x", "3 * x", StringComparison.Ordinal)),
        ("katas/00-demo/02-doubler/DoublerTests.cs", MiniWorkbook.DoublerTestsSource),
        ("katas/00-demo/03-halver/Halver.cs", """
            namespace MathForML.Demo;

            /// <summary>Halving.</summary>
            public static class Halver
            {
                /// <summary>Returns x / 2.</summary>
                public static double Half(double x) => throw new NotImplementedException("TODO Halver.Half");
            }

            """),
        ("katas/00-demo/03-halver/HalverTests.cs", """
            namespace MathForML.Demo.Tests;

            public class HalverTests
            {
                [Test]
                public void Halves_four() => Halver.Half(4).Should().Be(2);
            }

            """),
        ("katas/00-demo/04-looper/Looper.cs", """
            namespace MathForML.Demo;

            /// <summary>A learner's loop that never ends.</summary>
            public static class Looper
            {
                /// <summary>Should return n.</summary>
                public static int Spin(int n)
                {
                    while (true)
                    {
                        Thread.Sleep(100);
                    }
                }
            }

            """),
        ("katas/00-demo/04-looper/LooperTests.cs", """
            namespace MathForML.Demo.Tests;

            public class LooperTests
            {
                [Test]
                public void Spins_back_to_n() => Looper.Spin(3).Should().Be(3);
            }

            """),
        ("katas/00-demo/05-recurser/Recurser.cs", """
            namespace MathForML.Demo;

            /// <summary>A learner's recursion without a base case.</summary>
            public static class Recurser
            {
                /// <summary>Should return the depth of n.</summary>
                public static int Depth(int n) => Depth(n + 1) + 1;
            }

            """),
        ("katas/00-demo/05-recurser/RecurserTests.cs", """
            namespace MathForML.Demo.Tests;

            public class RecurserTests
            {
                [Test]
                public void Depth_of_zero_is_one() => Recurser.Depth(0).Should().Be(1);
            }

            """),
        ("katas/00-demo/06-hoarder/Hoarder.cs", """
            namespace MathForML.Demo;

            /// <summary>A learner's cache that is never emptied.</summary>
            public static class Hoarder
            {
                /// <summary>Should return n.</summary>
                public static int Keep(int n)
                {
                    var kept = new List<byte[]>();
                    while (true)
                    {
                        var block = new byte[1 << 20];
                        Array.Fill(block, (byte)n);
                        kept.Add(block);
                    }
                }
            }

            """),
        ("katas/00-demo/06-hoarder/HoarderTests.cs", """
            namespace MathForML.Demo.Tests;

            public class HoarderTests
            {
                [Test]
                public void Keeps_n() => Hoarder.Keep(3).Should().Be(3);
            }

            """),
        ("katas/01-broken/MathForML.Katas.Broken.csproj", MiniWorkbook.KataProject.Replace("MathForML.Demo", "MathForML.Broken", StringComparison.Ordinal)),
        (TypoStub, """
            namespace MathForML.Broken;

            /// <summary>Mid-edit: a missing operand.</summary>
            public static class Typo
            {
                public static int Value() => 1 +;
            }

            """),
        ("katas/01-broken/01-typo/TypoTests.cs", """
            namespace MathForML.Broken.Tests;

            public class TypoTests
            {
                [Test]
                public void Value_is_two() => Typo.Value().Should().Be(2);
            }

            """),
        ("katas/01-broken/02-fine/Fine.cs", """
            namespace MathForML.Broken;

            /// <summary>Solved.</summary>
            public static class Fine
            {
                /// <summary>Returns 42.</summary>
                public static int Answer() => 42;
            }

            """),
        ("katas/01-broken/02-fine/FineTests.cs", """
            namespace MathForML.Broken.Tests;

            public class FineTests
            {
                [Test]
                public void Answer_is_42() => Fine.Answer().Should().Be(42);
            }

            """),
    ];
}
