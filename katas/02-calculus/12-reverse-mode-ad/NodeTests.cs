using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Reverse-mode AD on a scalar graph. Each operation's local derivatives are checked on seeded values; then whole
/// random graphs (with shared sub-expressions) are compared with central differences of the same function written
/// on plain doubles; finally the bookkeeping: reuse adds up, gradients accumulate until ZeroGradients, and a very
/// long chain does not overflow the call stack.
/// </summary>
public class NodeTests
{
    [Test, Order(1)]
    // A leaf is an input: it holds its value and has not received any gradient yet.
    public void A_leaf_holds_its_value_and_a_zero_gradient()
    {
        var x = new Node(2.5);

        x.Value.Should().Be(2.5);
        x.Gradient.Should().Be(0);
    }

    [Test, Order(2)]
    // The forward pass: every operation computes its value when the node is built.
    public void Operations_compute_their_values([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, c) = (data.Random.Uniform(0.5, 2), data.Random.Uniform(-2, -0.5), data.Random.Uniform(-3, 3));
        var (u, v) = (new Node(a), new Node(b));

        (u + v).Value.Should().BeApproximately(a + b, Tolerance.Tight);
        (u - v).Value.Should().BeApproximately(a - b, Tolerance.Tight);
        (u * v).Value.Should().BeApproximately(a * b, Tolerance.Tight);
        (u / v).Value.Should().BeApproximately(a / b, Tolerance.Tight);
        (-u).Value.Should().BeApproximately(-a, Tolerance.Tight);
        (u + c).Value.Should().BeApproximately(a + c, Tolerance.Tight);
        (c + u).Value.Should().BeApproximately(c + a, Tolerance.Tight);
        (u - c).Value.Should().BeApproximately(a - c, Tolerance.Tight);
        (c - u).Value.Should().BeApproximately(c - a, Tolerance.Tight);
        (u * c).Value.Should().BeApproximately(a * c, Tolerance.Tight);
        (c * u).Value.Should().BeApproximately(c * a, Tolerance.Tight);
        (u / c).Value.Should().BeApproximately(a / c, Tolerance.Tight);
        (c / u).Value.Should().BeApproximately(c / a, Tolerance.Tight);
        u.Pow(c).Value.Should().BeApproximately(Math.Pow(a, c), Tolerance.Tight);
        u.Exp().Value.Should().BeApproximately(Math.Exp(a), Tolerance.Tight);
        u.Log().Value.Should().BeApproximately(Math.Log(a), Tolerance.Tight);
        v.Tanh().Value.Should().BeApproximately(Math.Tanh(b), Tolerance.Tight);
        v.Sin().Value.Should().BeApproximately(Math.Sin(b), Tolerance.Tight);
        u.Relu().Value.Should().Be(a);
        v.Relu().Value.Should().Be(0);
    }

    [Test, Order(3)]
    // ∂out/∂out = 1: Backward on a lone node seeds its own gradient with 1.
    public void Backward_seeds_the_output_with_one()
    {
        var y = new Node(5);

        y.Backward();

        y.Gradient.Should().Be(1);
    }

    [Test, Order(4)]
    // f = (a + b)·b at a = 2, b = 3: f = 15, ∂f/∂a = b = 3, ∂f/∂b = (a + b) + b = 8 (b is used twice),
    // ∂f/∂(a + b) = b = 3; a leaf the output does not use keeps gradient 0.
    public void Backward_worked_example()
    {
        var (a, b, unused) = (new Node(2), new Node(3), new Node(7));
        var sum = a + b;
        var f = sum * b;

        f.Backward();

        f.Value.Should().Be(15);
        a.Gradient.Should().BeApproximately(3, Tolerance.Tight);
        b.Gradient.Should().BeApproximately(8, Tolerance.Tight);
        sum.Gradient.Should().BeApproximately(3, Tolerance.Tight);
        unused.Gradient.Should().Be(0);
    }

    [Test, Order(5)]
    // Binary rules: ∂(u ± v) = (1, ±1), ∂(uv) = (v, u), ∂(u/v) = (1/v, −u/v²).
    public void Binary_operations_have_the_right_local_derivatives([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.5, 3));

        GradientsOf((u, v) => u + v, a, b).Should().BeApproximately([1, 1], Tolerance.Tight);
        GradientsOf((u, v) => u - v, a, b).Should().BeApproximately([1, -1], Tolerance.Tight);
        GradientsOf((u, v) => u * v, a, b).Should().BeApproximately([b, a], Tolerance.Tight);
        GradientsOf((u, v) => u / v, a, b).Should().BeApproximately([1 / b, -a / (b * b)], Tolerance.Tight);
    }

    [Test, Order(6)]
    // With a constant c: ∂(u + c) = ∂(c + u) = ∂(u − c) = 1, ∂(c − u) = ∂(−u) = −1, ∂(cu) = ∂(uc) = c,
    // ∂(u/c) = 1/c, ∂(c/u) = −c/u².
    public void Operations_with_constants_have_the_right_local_derivatives([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, c) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-3, -0.5));

        GradientOf(u => u + c, a).Should().BeApproximately(1, Tolerance.Tight);
        GradientOf(u => c + u, a).Should().BeApproximately(1, Tolerance.Tight);
        GradientOf(u => u - c, a).Should().BeApproximately(1, Tolerance.Tight);
        GradientOf(u => c - u, a).Should().BeApproximately(-1, Tolerance.Tight);
        GradientOf(u => -u, a).Should().BeApproximately(-1, Tolerance.Tight);
        GradientOf(u => u * c, a).Should().BeApproximately(c, Tolerance.Tight);
        GradientOf(u => c * u, a).Should().BeApproximately(c, Tolerance.Tight);
        GradientOf(u => u / c, a).Should().BeApproximately(1 / c, Tolerance.Tight);
        GradientOf(u => c / u, a).Should().BeApproximately(-c / (a * a), Tolerance.Tight);
    }

    [Test, Order(7)]
    // ∂(u/v)/∂v = −u/v² and ∂(c/v)/∂v = −c/v² without forming v²: for u = 6s, v = 3s and c = 6s they are −2/(3s), and
    // ∂(u/v)/∂u = 1/v = 1/(3s), at any scale s. At s = 10²⁰⁰, v² = ∞ turns −u/v² into −0; at s = 10⁻²⁰⁰, v² = 0 turns it
    // into −∞. Compared relatively: at s = 10²⁰⁰ the true values are near 10⁻²⁰⁰.
    public void Quotients_of_huge_and_tiny_values_do_not_square_the_denominator([Values(1e200, 1e-200)] double s)
    {
        var expected = new[] { 1 / (3 * s), -2 / (3 * s) };

        GradientsOf((u, v) => u / v, 6 * s, 3 * s).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-12));
        GradientOf(v => (6 * s) / v, 3 * s).Should().BeApproximately(-2 / (3 * s), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(8)]
    // Unary rules: (uᵖ)′ = p·uᵖ⁻¹, (eᵘ)′ = eᵘ, (ln u)′ = 1/u, (tanh u)′ = 1 − tanh²u, (sin u)′ = cos u.
    public void Functions_have_the_right_local_derivatives([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, p) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-2, 3));

        GradientOf(u => u.Pow(p), a).Should().BeApproximately(p * Math.Pow(a, p - 1), Tolerance.Tight);
        GradientOf(u => u.Exp(), a).Should().BeApproximately(Math.Exp(a), Tolerance.Tight);
        GradientOf(u => u.Log(), a).Should().BeApproximately(1 / a, Tolerance.Tight);
        GradientOf(u => u.Tanh(), a).Should().BeApproximately(1 - (Math.Tanh(a) * Math.Tanh(a)), Tolerance.Tight);
        GradientOf(u => u.Sin(), a).Should().BeApproximately(Math.Cos(a), Tolerance.Tight);
        GradientOf(u => u.Sin(), -a).Should().BeApproximately(Math.Cos(-a), Tolerance.Tight);
    }

    [Test, Order(9)]
    // ReLU has slope 1 for u > 0 and 0 for u < 0 (and, by convention, 0 at the kink u = 0);
    // u⁰ is the constant 1, slope 0 even at u = 0.
    public void Relu_and_constant_powers_have_the_conventional_slopes()
    {
        GradientOf(u => u.Relu(), 3).Should().Be(1);
        GradientOf(u => u.Relu(), -2).Should().Be(0);
        GradientOf(u => u.Relu(), 0).Should().Be(0);
        GradientOf(u => u.Pow(0), 0).Should().Be(0);
        GradientOf(u => u.Pow(2), -3).Should().BeApproximately(-6, Tolerance.Tight);
    }

    [Test, Order(10)]
    // A node used several times receives the sum of its contributions: d(x·x)/dx = x + x = 2x, d(x + x + x)/dx = 3.
    public void A_reused_node_collects_every_contribution()
    {
        GradientOf(x => x * x, 5).Should().BeApproximately(10, Tolerance.Tight);
        GradientOf(x => x + x + x, 5).Should().BeApproximately(3, Tolerance.Tight);
        GradientOf(x => x * x * x, 2).Should().BeApproximately(12, Tolerance.Tight);
    }

    [Test, Order(11)]
    // h = sin x feeds three paths to f = h·h + h: ∂f/∂h = 2h + 1 must be complete before it is passed on,
    // so ∂f/∂x = (2 sin x + 1)·cos x. Passing a partial adjoint on early counts some paths wrongly.
    public void A_shared_intermediate_passes_on_its_complete_adjoint([Range(1, 3)] int seed)
    {
        var a = new TestData(seed).Random.Uniform(-2, 2);
        var x = new Node(a);
        var h = x.Sin();
        var f = (h * h) + h;

        f.Backward();

        h.Gradient.Should().BeApproximately((2 * Math.Sin(a)) + 1, Tolerance.Tight);
        x.Gradient.Should().BeApproximately(((2 * Math.Sin(a)) + 1) * Math.Cos(a), Tolerance.Tight);
    }

    [Test, Order(12)]
    // The property that matters: on random graphs over 3 to 5 inputs, with every intermediate reused at random,
    // the gradients from one Backward sweep equal central differences of the same function evaluated on doubles.
    public void Backward_agrees_with_finite_differences_on_random_graphs([Range(1, 8)] int seed)
    {
        var data = new TestData(seed);
        var inputs = data.Random.NextInt(3, 6);
        var program = RandomProgram(data, inputs);
        var x = data.Vector(inputs, -1.5, 1.5);

        GradientCheck.Compare(point => RunOnDoubles(program, point), point => RunOnNodes(program, point), x).Should().Agree();
    }

    [Test, Order(13)]
    // Gradients accumulate, as in PyTorch: a second Backward without reset adds ∂y/∂x again (6 + 6 = 12 for y = x²
    // at 3); ZeroGradients clears the whole graph, after which Backward gives 6 again.
    public void Gradients_accumulate_until_they_are_zeroed()
    {
        var x = new Node(3);
        var y = x * x;

        y.Backward();
        x.Gradient.Should().BeApproximately(6, Tolerance.Tight);
        y.Backward();
        x.Gradient.Should().BeApproximately(12, Tolerance.Tight);
        y.Gradient.Should().Be(2);

        y.ZeroGradients();
        x.Gradient.Should().Be(0);
        y.Gradient.Should().Be(0);

        y.Backward();
        x.Gradient.Should().BeApproximately(6, Tolerance.Tight);
    }

    [Test, Order(14)]
    // Two outputs sharing an input: their gradients add up in the input (∂(y + z)/∂x), as a loss summed over terms.
    public void Backward_from_two_outputs_adds_their_gradients()
    {
        var x = new Node(2);
        var y = x * 3;
        var z = x.Pow(2);

        y.Backward();
        z.Backward();

        x.Gradient.Should().BeApproximately(3 + 4, Tolerance.Tight);
    }

    [Test, Order(15)]
    // y = x·1.00001 repeated 100 000 times: dy/dx = 1.00001¹⁰⁰⁰⁰⁰ ≈ e. A recursive graph walk would need 100 000 nested
    // calls and overflow the 1 MB stack of the thread used here (crashing the test run); an explicit stack does not.
    public void A_chain_of_100000_nodes_does_not_overflow_the_stack()
    {
        const int length = 100_000;
        var x = new Node(1);
        var y = x;
        for (var i = 0; i < length; i++)
        {
            y *= 1.00001;
        }

        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    y.Backward();
                    y.ZeroGradients();
                    y.Backward();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failure = e;
                }
            },
            maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();

        failure.Should().BeNull();
        x.Gradient.Should().BeApproximately(Math.Pow(1.00001, length), Tolerance.Default);
    }

    [Test, Order(16)]
    // y ← y + y, 60 times: 61 nodes, but 2⁶⁰ paths lead from the output back to x, and dy/dx = 2⁶⁰ (exact in double;
    // the node after i doublings gets 2⁶⁰⁻ⁱ). A sweep in topological order handles each node once and takes microseconds;
    // summing over paths, or a graph walk without a visited set, gets the same numbers after 2⁶⁰ ≈ 10¹⁸ steps — decades.
    // Backward offers no hook to count visits, so a guard stands in: the sweep runs on its own thread and the test fails
    // if it has not finished within 10 s. That is not timing-sensitive: the right implementation is about a million
    // times faster than the limit, the wrong one about a billion times slower. (The abandoned thread is a background
    // thread; it dies with the test run.)
    public void A_shared_subgraph_is_swept_once_not_once_per_path()
    {
        const int doublings = 60;
        var nodes = new List<Node> { new(1) };
        for (var i = 0; i < doublings; i++)
        {
            nodes.Add(nodes[^1] + nodes[^1]);
        }

        var y = nodes[^1];
        Exception? failure = null;
        var sweep = new Thread(() =>
        {
            try
            {
                y.Backward();
                y.ZeroGradients();
                y.Backward();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e;
            }
        })
        {
            IsBackground = true,
        };
        sweep.Start();

        sweep.Join(TimeSpan.FromSeconds(10)).Should().BeTrue("Backward and ZeroGradients must visit each of the 61 nodes once, not each of the 2⁶⁰ paths");
        failure.Should().BeNull();
        y.Value.Should().Be(Math.ScaleB(1, doublings));
        for (var i = 0; i <= doublings; i++)
        {
            nodes[i].Gradient.Should().Be(Math.ScaleB(1, doublings - i), "for the node after i = {0} doublings", i);
        }
    }

    [Test, Order(17)]
    // An input of NaN or ∞ poisons every gradient; a null operand is a programming error.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => new Node(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => new Node(double.NegativeInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        var x = new Node(1);
        FluentActions.Invoking(() => x + null!).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => null! * x).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => (Node)null! - 1.0).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => 1.0 / (Node)null!).Should().Throw<ArgumentNullException>();
    }

    // dOut/dx for out = build(x) at x = a.
    private static double GradientOf(Func<Node, Node> build, double a)
    {
        var x = new Node(a);
        build(x).Backward();
        return x.Gradient;
    }

    // (dOut/du, dOut/dv) for out = build(u, v) at (a, b).
    private static double[] GradientsOf(Func<Node, Node, Node> build, double a, double b)
    {
        var (u, v) = (new Node(a), new Node(b));
        build(u, v).Backward();
        return [u.Gradient, v.Gradient];
    }

    // One instruction of a random program: an operation on earlier results A and B (inputs first), with a constant C.
    private sealed record Step(int Operation, int A, int B, double C);

    private const int Operations = 13;

    private static Step[] RandomProgram(TestData data, int inputs)
    {
        var steps = new Step[data.Random.NextInt(8, 16)];
        for (var k = 0; k < steps.Length; k++)
        {
            var available = inputs + k;
            steps[k] = new Step(data.Random.NextInt(Operations), data.Random.NextInt(available), data.Random.NextInt(available),
                data.Random.Uniform(0.5, 2));
        }

        return steps;
    }

    // The program on doubles; the output is the sum of all intermediate results, so every one of them matters.
    private static double RunOnDoubles(Step[] program, double[] x)
    {
        var values = new List<double>(x);
        foreach (var (op, i, j, c) in program)
        {
            var (a, b) = (values[i], values[j]);
            values.Add(op switch
            {
                0 => a + b,
                1 => a - b,
                2 => a * b,
                3 => a / ((b * b) + c),
                4 => Math.Tanh(a),
                5 => Math.Sin(a),
                6 => Math.Exp(Math.Tanh(a)),
                7 => Math.Log((a * a) + c),
                8 => Math.Pow((a * a) + c, c - 1.25),
                9 => c - a,
                10 => c / ((a * a) + 1),
                11 => Math.Max(0, a) * c,
                _ => -a + c,
            });
        }

        return values.Skip(x.Length).Sum();
    }

    // The same program on nodes; returns the gradient with respect to the inputs after one Backward.
    private static double[] RunOnNodes(Step[] program, double[] x)
    {
        var inputs = x.Select(xi => new Node(xi)).ToArray();
        var nodes = new List<Node>(inputs);
        foreach (var (op, i, j, c) in program)
        {
            var (a, b) = (nodes[i], nodes[j]);
            nodes.Add(op switch
            {
                0 => a + b,
                1 => a - b,
                2 => a * b,
                3 => a / ((b * b) + c),
                4 => a.Tanh(),
                5 => a.Sin(),
                6 => a.Tanh().Exp(),
                7 => ((a * a) + c).Log(),
                8 => ((a * a) + c).Pow(c - 1.25),
                9 => c - a,
                10 => c / ((a * a) + 1),
                11 => a.Relu() * c,
                _ => -a + c,
            });
        }

        var output = nodes[x.Length];
        for (var k = x.Length + 1; k < nodes.Count; k++)
        {
            output += nodes[k];
        }

        output.Backward();
        return inputs.Select(input => input.Gradient).ToArray();
    }
}
