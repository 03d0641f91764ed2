namespace MathForML.Calculus;

/// <summary>Reference solution: a scalar computational graph with reverse-mode differentiation.</summary>
public sealed class Node
{
    private readonly Node[] _parents;

    // _localGradients[i] = ∂this/∂_parents[i], evaluated when the node was built.
    private readonly double[] _localGradients;

    // ∂out/∂this during one Backward sweep; scratch space, meaningless outside Backward.
    private double _adjoint;

    /// <summary>A leaf with the given finite value.</summary>
    public Node(double value)
        : this(RequireFinite(value), [], [])
    {
    }

    private Node(double value, Node[] parents, double[] localGradients)
    {
        Value = value;
        _parents = parents;
        _localGradients = localGradients;
    }

    /// <summary>The value from the forward pass.</summary>
    public double Value { get; }

    /// <summary>The accumulated ∂out/∂this.</summary>
    public double Gradient { get; private set; }

    /// <summary>u + v.</summary>
    public static Node operator +(Node u, Node v) => Binary(u, v, (a, b) => (a + b, 1, 1));

    /// <summary>u + c.</summary>
    public static Node operator +(Node u, double c) => Unary(u, a => (a + c, 1));

    /// <summary>c + u.</summary>
    public static Node operator +(double c, Node u) => Unary(u, a => (c + a, 1));

    /// <summary>u − v.</summary>
    public static Node operator -(Node u, Node v) => Binary(u, v, (a, b) => (a - b, 1, -1));

    /// <summary>u − c.</summary>
    public static Node operator -(Node u, double c) => Unary(u, a => (a - c, 1));

    /// <summary>c − u.</summary>
    public static Node operator -(double c, Node u) => Unary(u, a => (c - a, -1));

    /// <summary>−u.</summary>
    public static Node operator -(Node u) => Unary(u, a => (-a, -1));

    /// <summary>u·v.</summary>
    public static Node operator *(Node u, Node v) => Binary(u, v, (a, b) => (a * b, b, a));

    /// <summary>u·c.</summary>
    public static Node operator *(Node u, double c) => Unary(u, a => (a * c, c));

    /// <summary>c·u.</summary>
    public static Node operator *(double c, Node u) => Unary(u, a => (c * a, c));

    /// <summary>u/v.</summary>
    public static Node operator /(Node u, Node v) => Binary(u, v, (a, b) => (a / b, 1 / b, -(a / b) / b));

    /// <summary>u/c.</summary>
    public static Node operator /(Node u, double c) => Unary(u, a => (a / c, 1 / c));

    /// <summary>c/u.</summary>
    public static Node operator /(double c, Node u) => Unary(u, a => (c / a, -(c / a) / a));

    /// <summary>this^p.</summary>
    public Node Pow(double p) => Unary(this, a => (Math.Pow(a, p), p == 0 ? 0 : p * Math.Pow(a, p - 1)));

    /// <summary>e^this.</summary>
    public Node Exp() => Unary(this, a =>
    {
        var exp = Math.Exp(a);
        return (exp, exp);
    });

    /// <summary>ln this.</summary>
    public Node Log() => Unary(this, a => (Math.Log(a), 1 / a));

    /// <summary>tanh this.</summary>
    public Node Tanh() => Unary(this, a =>
    {
        var t = Math.Tanh(a);
        return (t, 1 - (t * t));
    });

    /// <summary>max(0, this).</summary>
    public Node Relu() => Unary(this, a => (a > 0 ? a : 0, a > 0 ? 1 : 0));

    /// <summary>sin this.</summary>
    public Node Sin() => Unary(this, a => (Math.Sin(a), Math.Cos(a)));

    /// <summary>Adds ∂this/∂node to the gradient of every node this one depends on.</summary>
    public void Backward()
    {
        var order = TopologicalOrder();
        foreach (var node in order)
        {
            node._adjoint = 0;
        }

        _adjoint = 1;

        // Reverse topological order: a node's adjoint is complete before it is passed on to its parents.
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var node = order[k];
            for (var i = 0; i < node._parents.Length; i++)
            {
                node._parents[i]._adjoint += node._localGradients[i] * node._adjoint;
            }
        }

        foreach (var node in order)
        {
            node.Gradient += node._adjoint;
        }
    }

    /// <summary>Sets Gradient = 0 on this node and every node it depends on.</summary>
    public void ZeroGradients()
    {
        foreach (var node in TopologicalOrder())
        {
            node.Gradient = 0;
        }
    }

    private static Node Unary(Node u, Func<double, (double Value, double Local)> rule)
    {
        ArgumentNullException.ThrowIfNull(u);
        var (value, local) = rule(u.Value);
        return new Node(value, [u], [local]);
    }

    private static Node Binary(Node u, Node v, Func<double, double, (double Value, double LocalU, double LocalV)> rule)
    {
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(v);
        var (value, localU, localV) = rule(u.Value, v.Value);
        return new Node(value, [u, v], [localU, localV]);
    }

    /// <summary>
    /// Every node this one depends on, each once, parents before children and this node last: an iterative
    /// post-order depth-first search, whose explicit stack lives on the heap rather than the call stack.
    /// </summary>
    private List<Node> TopologicalOrder()
    {
        var order = new List<Node>();
        var visited = new HashSet<Node> { this };
        var stack = new Stack<(Node Node, int NextParent)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next == node._parents.Length)
            {
                // All parents are already in the list.
                order.Add(node);
                continue;
            }

            stack.Push((node, next + 1));
            var parent = node._parents[next];
            if (visited.Add(parent))
            {
                stack.Push((parent, 0));
            }
        }

        return order;
    }

    private static double RequireFinite(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A leaf's value must be finite.");
        }

        return value;
    }
}
