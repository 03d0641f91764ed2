using System.Reflection;
using MathForML.Kata.Surface;
using MathForML.Kata.Tests.Unit.SurfaceSamples;

namespace MathForML.Kata.Tests.Unit
{
    public class SurfaceTests
    {
        private static MemberSignature Describe(Type type, string member) =>
            MemberSignatures.Describe(type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Single(), type.Name)!.Value;

        [TestCase(typeof(double[]), "Double[]")]
        [TestCase(typeof(double[,]), "Double[,]")]
        [TestCase(typeof(int?), "Int32?")]
        [TestCase(typeof(Func<double, double>), "Func<Double, Double>")]
        [TestCase(typeof((double, int)), "(Double, Int32)")]
        [TestCase(typeof(Dictionary<string, List<int>>), "Dictionary<String, List<Int32>>")]
        [TestCase(typeof(Dictionary<string, int>.KeyCollection), "Dictionary<String, Int32>.KeyCollection")]
        public void Type_names_read_like_csharp(Type type, string expected)
        {
            TypeNames.Of(type).Should().Be(expected);
        }

        [Test]
        public void A_static_method_is_described_with_return_type_and_named_parameters()
        {
            Describe(typeof(Grids), nameof(Grids.Linspace)).Should().Be(new MemberSignature(
                "Grids.Linspace(Double, Double, Int32)",
                "static Double[] Grids.Linspace(Double start, Double stop, Int32 count)"));
        }

        [Test]
        public void Parameter_modifiers_and_defaults_are_part_of_the_signature()
        {
            Describe(typeof(Grids), nameof(Grids.Fill)).Should().Be(new MemberSignature(
                "Grids.Fill(ref Double, out Int32, params Double[])",
                "static Void Grids.Fill(ref Double x, out Int32 count, params Double[] rest)"));
            Describe(typeof(Grids), nameof(Grids.Clamp)).Full.Should().Be("static Int32 Grids.Clamp(Int32 value, Int32 max = 10)");
        }

        [Test]
        public void Generic_and_extension_methods_are_described()
        {
            Describe(typeof(Grids), nameof(Grids.FirstOf)).Full.Should().Be("static T Grids.FirstOf<T>(this IEnumerable<T> values)");
        }

        [Test]
        public void Constructors_properties_indexers_constants_and_events_are_described()
        {
            var signatures = typeof(Shape).GetMembers().Select(m => MemberSignatures.Describe(m, "Shape")).OfType<MemberSignature>()
                .ToDictionary(s => s.Key, s => s.Full);

            signatures.Should().Contain("new Shape(Double)", "new Shape(Double radius)");
            signatures.Should().Contain("Shape.Radius", "Double Shape.Radius { get; init; }");
            signatures.Should().Contain("Shape.this[Int32]", "Double Shape.this[Int32 index] { get; }");
            signatures.Should().Contain("Shape.Sides", "const Int32 Shape.Sides = 0");
            signatures.Should().Contain("Shape.Changed", "event EventHandler Shape.Changed");
            signatures.Keys.Should().NotContain(k => k.Contains("get_", StringComparison.Ordinal) || k.Contains("add_", StringComparison.Ordinal));
        }

        [Test]
        public void The_surface_of_a_namespace_is_read_from_the_built_assembly_without_its_tests_namespace()
        {
            var assembly = typeof(Grids).Assembly.Location;

            var surface = SurfaceReader.Read(assembly, typeof(Grids).Namespace!, []);

            surface.Types.Keys.Should().BeEquivalentTo("Grids", "Shape", "Geometry.Circle");
            surface.Types["Grids"].Declaration.Should().Be("static class Grids");
            surface.Types["Shape"].Declaration.Should().Be("class Shape");
            surface.Types["Geometry.Circle"].Declaration.Should().Be("sealed record Geometry.Circle : IEquatable<Circle>");
            surface.Types["Grids"].Members.Should().Contain(
                "Grids.Linspace(Double, Double, Int32)", "static Double[] Grids.Linspace(Double start, Double stop, Int32 count)");
        }

        [TestCase("MathForML.Demo", true)]
        [TestCase("MathForML.Demo.Shapes", true)]
        [TestCase("MathForML.Demo.Tests", false)]
        [TestCase("MathForML.Demo.Tests.Helpers", false)]
        [TestCase("MathForML.Demo.Figures", false)]
        [TestCase("MathForML.Demonstration", false)]
        [TestCase(null, false)]
        public void Only_the_topic_namespace_and_its_children_count_but_not_the_tests_or_figures(string? typeNamespace, bool counts)
        {
            SurfaceReader.InTopic(typeNamespace, "MathForML.Demo").Should().Be(counts);
        }

        [Test]
        public void Identical_surfaces_have_no_differences()
        {
            SurfaceComparer.Compare(Surface(GridsType()), Surface(GridsType())).Should().BeEmpty();
        }

        [Test]
        public void A_member_only_in_the_kata_is_named_by_its_parameter_types()
        {
            var kata = Surface(GridsType(("Grids.Arange(Double, Double, Double)", "static Double[] Grids.Arange(Double start, Double stop, Double step)")));

            SurfaceComparer.Compare(kata, Surface(GridsType())).Should().Equal(
                new SurfaceDifference("Grids", "Grids.Arange(Double, Double, Double) exists in the kata but not in the solution"));
        }

        [Test]
        public void A_member_only_in_the_solution_is_named()
        {
            var solution = Surface(GridsType(("Grids.Arange(Double, Double, Double)", "static Double[] Grids.Arange(Double start, Double stop, Double step)")));

            SurfaceComparer.Compare(Surface(GridsType()), solution).Single().Message
                .Should().Be("Grids.Arange(Double, Double, Double) exists in the solution but not in the kata");
        }

        [Test]
        public void A_different_return_type_or_static_ness_shows_both_signatures()
        {
            var kata = Surface(GridsType());
            var solution = Surface(new ApiType("Grids", "static class Grids", new Dictionary<string, string>
            {
                ["Grids.Linspace(Double, Double, Int32)"] = "static Single[] Grids.Linspace(Double start, Double stop, Int32 count)",
            }));

            SurfaceComparer.Compare(kata, solution).Single().Message.Should().Be(
                "Grids.Linspace(Double, Double, Int32) is 'static Double[] Grids.Linspace(Double start, Double stop, Int32 count)' in the kata "
                + "but 'static Single[] Grids.Linspace(Double start, Double stop, Int32 count)' in the solution");
        }

        [Test]
        public void Missing_types_and_different_declarations_are_named()
        {
            var kata = Surface(GridsType(), new ApiType("Helper", "class Helper", new Dictionary<string, string>()));
            var solution = Surface(GridsType() with { Declaration = "class Grids" });

            SurfaceComparer.Compare(kata, solution).Select(d => d.Message).Should().Equal(
                "Grids is declared 'static class Grids' in the kata but 'class Grids' in the solution",
                "type Helper exists in the kata but not in the solution");
        }

        private static ApiType GridsType(params (string Key, string Full)[] extra)
        {
            var members = new Dictionary<string, string>
            {
                ["Grids.Linspace(Double, Double, Int32)"] = "static Double[] Grids.Linspace(Double start, Double stop, Int32 count)",
            };
            foreach (var (key, full) in extra)
            {
                members[key] = full;
            }

            return new ApiType("Grids", "static class Grids", members);
        }

        private static ApiSurface Surface(params ApiType[] types) => new(types.ToDictionary(t => t.Name));
    }
}

// Small public types whose reflected surface the tests above describe.
namespace MathForML.Kata.Tests.Unit.SurfaceSamples
{
    public static class Grids
    {
        public static double[] Linspace(double start, double stop, int count) => new double[count + (int)(stop - start) * 0];

        public static void Fill(ref double x, out int count, params double[] rest)
        {
            x = rest.Length;
            count = rest.Length;
        }

        public static int Clamp(int value, int max = 10) => Math.Min(value, max);

        public static T FirstOf<T>(this IEnumerable<T> values) => values.First();
    }

    public class Shape(double radius)
    {
        public const int Sides = 0;

        public event EventHandler? Changed;

        public double Radius { get; init; } = radius;

        public double this[int index] => Radius * index;

        public void Touch() => Changed?.Invoke(this, EventArgs.Empty);
    }
}

namespace MathForML.Kata.Tests.Unit.SurfaceSamples.Geometry
{
    public sealed record Circle(double Radius);
}

namespace MathForML.Kata.Tests.Unit.SurfaceSamples.Tests
{
    public class IgnoredBecauseItIsATest;
}
