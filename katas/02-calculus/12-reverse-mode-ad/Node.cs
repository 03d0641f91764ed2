namespace MathForML.Calculus;

/// <summary>
/// A node of a scalar computational graph, for reverse-mode automatic differentiation (what backpropagation is).
/// Building an expression from nodes records, for every result, its parents and the local derivatives
/// ∂result/∂parent, evaluated at the current values. <see cref="Backward"/> then computes, in one sweep from the
/// output back to the inputs (the chain rule), the derivative of the output with respect to every node, however many
/// inputs there are.
/// </summary>
/// <remarks>
/// Add private state as you need it: typically the parent nodes and the local derivative with respect to each,
/// plus a private constructor for computed nodes. A node may appear several times as a parent (x·x has x twice):
/// its contributions add up. A plain number in an operation is a constant (no node, no gradient).
/// Domain errors follow IEEE arithmetic, as in <see cref="Math"/>: <c>Log</c> of 0 is −∞, of a negative value NaN;
/// division by a zero-valued node gives ±∞ or NaN. Only leaves are validated (their value must be finite).
/// Quotient derivatives must not square the denominator: v² overflows for |v| above about 10¹⁵⁴ (and underflows
/// below about 10⁻¹⁶²) even where −u/v² itself is an ordinary number; −(u/v)/v is the same value without that risk.
/// Lesson: katas/02-calculus/12-reverse-mode-ad/README.md
/// </remarks>
public sealed class Node
{
    /// <summary>A leaf: an input (or parameter) of the graph, with no parents and gradient 0.</summary>
    /// <param name="value">The leaf's value, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite (message contains "finite").</exception>
    public Node(double value)
    {
        // TODO: store the value; a leaf has no parents.
        throw new NotImplementedException("TODO Node: create a leaf holding value, with no parents and gradient 0.");
    }

    /// <summary>The node's value, computed when the node was built (the forward pass).</summary>
    public double Value { get; }

    /// <summary>
    /// ∂out/∂this, summed over every <see cref="Backward"/> call made on an output that depends on this node since the
    /// last <see cref="ZeroGradients"/> (0 before any). Gradients accumulate, as in PyTorch: calling Backward twice
    /// doubles them.
    /// </summary>
    public double Gradient { get; private set; }

    /// <summary>u + v; local derivatives ∂/∂u = 1, ∂/∂v = 1.</summary>
    /// <param name="u">The left operand.</param>
    /// <param name="v">The right operand.</param>
    /// <returns>A new node with parents u and v.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Node operator +(Node u, Node v)
    {
        // TODO: value u.Value + v.Value; remember both parents, each with local derivative 1.
        throw new NotImplementedException("TODO Node.op_Addition: return a node for u + v.");
    }

    /// <summary>u + c; local derivative 1.</summary>
    /// <param name="u">The node.</param>
    /// <param name="c">A constant.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator +(Node u, double c)
    {
        // TODO: one parent, local derivative 1.
        throw new NotImplementedException("TODO Node.op_Addition: return a node for u + c.");
    }

    /// <summary>c + u; local derivative 1.</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The node.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator +(double c, Node u)
    {
        // TODO: one parent, local derivative 1.
        throw new NotImplementedException("TODO Node.op_Addition: return a node for c + u.");
    }

    /// <summary>u − v; local derivatives 1 and −1.</summary>
    /// <param name="u">The left operand.</param>
    /// <param name="v">The right operand.</param>
    /// <returns>A new node with parents u and v.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Node operator -(Node u, Node v)
    {
        // TODO: two parents, local derivatives 1 and −1.
        throw new NotImplementedException("TODO Node.op_Subtraction: return a node for u − v.");
    }

    /// <summary>u − c; local derivative 1.</summary>
    /// <param name="u">The node.</param>
    /// <param name="c">A constant.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator -(Node u, double c)
    {
        // TODO: one parent, local derivative 1.
        throw new NotImplementedException("TODO Node.op_Subtraction: return a node for u − c.");
    }

    /// <summary>c − u; local derivative −1.</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The node.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator -(double c, Node u)
    {
        // TODO: one parent, local derivative −1.
        throw new NotImplementedException("TODO Node.op_Subtraction: return a node for c − u.");
    }

    /// <summary>−u; local derivative −1.</summary>
    /// <param name="u">The node.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator -(Node u)
    {
        // TODO: one parent, local derivative −1.
        throw new NotImplementedException("TODO Node.op_UnaryNegation: return a node for −u.");
    }

    /// <summary>u·v; local derivatives ∂/∂u = v, ∂/∂v = u (the values at build time).</summary>
    /// <param name="u">The left factor.</param>
    /// <param name="v">The right factor.</param>
    /// <returns>A new node with parents u and v.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Node operator *(Node u, Node v)
    {
        // TODO: each factor's local derivative is the other factor's value.
        throw new NotImplementedException("TODO Node.op_Multiply: return a node for u·v.");
    }

    /// <summary>u·c; local derivative c.</summary>
    /// <param name="u">The node.</param>
    /// <param name="c">A constant.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator *(Node u, double c)
    {
        // TODO: one parent, local derivative c.
        throw new NotImplementedException("TODO Node.op_Multiply: return a node for u·c.");
    }

    /// <summary>c·u; local derivative c.</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The node.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator *(double c, Node u)
    {
        // TODO: one parent, local derivative c.
        throw new NotImplementedException("TODO Node.op_Multiply: return a node for c·u.");
    }

    /// <summary>u/v; local derivatives ∂/∂u = 1/v, ∂/∂v = −u/v².</summary>
    /// <param name="u">The numerator.</param>
    /// <param name="v">The denominator.</param>
    /// <returns>A new node with parents u and v.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Node operator /(Node u, Node v)
    {
        // TODO: with q = u/v, the local derivatives are 1/v and −q/v.
        throw new NotImplementedException("TODO Node.op_Division: return a node for u/v.");
    }

    /// <summary>u/c; local derivative 1/c.</summary>
    /// <param name="u">The numerator.</param>
    /// <param name="c">A constant denominator.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator /(Node u, double c)
    {
        // TODO: one parent, local derivative 1/c.
        throw new NotImplementedException("TODO Node.op_Division: return a node for u/c.");
    }

    /// <summary>c/u; local derivative −c/u².</summary>
    /// <param name="c">A constant numerator.</param>
    /// <param name="u">The denominator.</param>
    /// <returns>A new node with parent u.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="u"/> is null.</exception>
    public static Node operator /(double c, Node u)
    {
        // TODO: one parent, local derivative −c/u² = −(c/u)/u.
        throw new NotImplementedException("TODO Node.op_Division: return a node for c/u.");
    }

    /// <summary>this^p for a constant p; local derivative p·this^{p−1} (0 when p = 0, even at a zero value).</summary>
    /// <param name="p">The constant exponent.</param>
    /// <returns>A new node with this node as parent.</returns>
    public Node Pow(double p)
    {
        // TODO: the power rule; treat p = 0 separately (0·∞ would be NaN at 0).
        throw new NotImplementedException("TODO Node.Pow: return a node for this^p.");
    }

    /// <summary>e^this; local derivative e^this.</summary>
    /// <returns>A new node with this node as parent.</returns>
    public Node Exp()
    {
        // TODO: the exponential is its own derivative.
        throw new NotImplementedException("TODO Node.Exp: return a node for e^this.");
    }

    /// <summary>ln this; local derivative 1/this.</summary>
    /// <returns>A new node with this node as parent.</returns>
    public Node Log()
    {
        // TODO: local derivative 1/value.
        throw new NotImplementedException("TODO Node.Log: return a node for ln this.");
    }

    /// <summary>tanh this; local derivative 1 − tanh²(this).</summary>
    /// <returns>A new node with this node as parent.</returns>
    public Node Tanh()
    {
        // TODO: compute t = tanh(value) once; the local derivative is 1 − t².
        throw new NotImplementedException("TODO Node.Tanh: return a node for tanh this.");
    }

    /// <summary>
    /// ReLU, max(0, this); local derivative 1 where this &gt; 0 and 0 otherwise (0 at exactly 0, the usual convention
    /// for the kink).
    /// </summary>
    /// <returns>A new node with this node as parent.</returns>
    public Node Relu()
    {
        // TODO: the slope is 1 on the positive side and 0 elsewhere.
        throw new NotImplementedException("TODO Node.Relu: return a node for max(0, this).");
    }

    /// <summary>sin this; local derivative cos this.</summary>
    /// <returns>A new node with this node as parent.</returns>
    public Node Sin()
    {
        // TODO: local derivative cos(value).
        throw new NotImplementedException("TODO Node.Sin: return a node for sin this.");
    }

    /// <summary>
    /// Reverse-mode sweep from this node (the output, ∂out/∂out = 1): ADDS ∂out/∂node to the <see cref="Gradient"/> of
    /// this node and of every node it depends on, each exactly once per call, with every contribution of a reused node
    /// included. No recursion: a chain of 100 000 nodes must not overflow the call stack.
    /// </summary>
    public void Backward()
    {
        // TODO: 1) list the graph in topological order with an iterative depth-first search (post-order);
        //       2) walk it backwards from this node (adjoint 1), adding localDerivative × adjoint to each parent;
        //       3) add every adjoint to the node's Gradient.
        throw new NotImplementedException("TODO Node.Backward: add ∂this/∂node to the Gradient of every node this one depends on.");
    }

    /// <summary>
    /// Resets <see cref="Gradient"/> to 0 on this node and on every node it depends on (iteratively, like
    /// <see cref="Backward"/>); call it between optimisation steps, since gradients accumulate.
    /// </summary>
    public void ZeroGradients()
    {
        // TODO: visit the same nodes as Backward and set each Gradient to 0.
        throw new NotImplementedException("TODO Node.ZeroGradients: set Gradient = 0 on this node and every node it depends on.");
    }
}
