namespace MathForML.Calculus;

/// <summary>
/// Taylor polynomials: near a point a, a smooth f is approximated by the polynomial that matches its value and
/// its first n derivatives there, Tₙ(x) = Σ_{k=0..n} f⁽ᵏ⁾(a)/k! · (x − a)ᵏ. Taylor's theorem with the Lagrange
/// remainder bounds the error: |f(x) − Tₙ(x)| ≤ M·|x − a|ⁿ⁺¹/(n + 1)!, where M bounds |f⁽ⁿ⁺¹⁾| between a and x.
/// "order" means the degree n: the polynomial uses the terms k = 0 … n.
/// </summary>
/// <remarks>
/// Every method must stay finite and accurate at high orders (200 and more), where xᵏ and k! on their own overflow
/// (170! is already about 7·10³⁰⁶) although their quotient is small.
/// Lesson: katas/02-calculus/07-taylor/README.md
/// </remarks>
public static class Taylor
{
    /// <summary>
    /// The Taylor polynomial of eˣ about 0: Σ_{k=0..order} xᵏ/k! (every derivative of eˣ is 1 at 0).
    /// </summary>
    /// <param name="x">The point, finite.</param>
    /// <param name="order">The degree n ≥ 0; order 0 gives e⁰ = 1.</param>
    /// <returns>Tₙ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite ("finite").</exception>
    public static double Exp(double x, int order)
    {
        // TODO: sum = 0, term = 1; for k = 0 … order add the term, then update it to the next one.
        throw new NotImplementedException("TODO Taylor.Exp: return Σ_{k=0..order} xᵏ/k!.");
    }

    /// <summary>
    /// The Taylor polynomial of sin x about 0 of degree <paramref name="order"/>: only odd powers appear,
    /// x − x³/3! + x⁵/5! − …, using every odd k ≤ order. So order 0 gives sin 0 = 0, orders 1 and 2 give x, orders 3
    /// and 4 give x − x³/6.
    /// x is used as given (no reduction modulo 2π: this is the polynomial, not a library sine).
    /// </summary>
    /// <param name="x">The point (radians), finite.</param>
    /// <param name="order">The degree n ≥ 0.</param>
    /// <returns>Tₙ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite ("finite").</exception>
    public static double Sin(double x, int order)
    {
        // TODO: start with the term x for k = 1 and step k by 2 while k ≤ order.
        throw new NotImplementedException("TODO Taylor.Sin: return Σ over odd k ≤ order of (−1)^((k−1)/2)·xᵏ/k!.");
    }

    /// <summary>
    /// The Taylor polynomial of ln(1 + x) about 0: x − x²/2 + x³/3 − … = Σ_{k=1..order} (−1)ᵏ⁺¹·xᵏ/k (order 0 gives
    /// ln 1 = 0). The series converges only for −1 &lt; x ≤ 1; this method accepts |x| &lt; 1.
    /// </summary>
    /// <param name="x">The point, −1 &lt; x &lt; 1.</param>
    /// <param name="order">The degree n ≥ 0.</param>
    /// <returns>Tₙ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative, or |x| ≥ 1 (or x is NaN).</exception>
    public static double Log1p(double x, int order)
    {
        // TODO: keep the power xᵏ as a running product; the sign alternates, the divisor is k (not k!).
        throw new NotImplementedException("TODO Taylor.Log1p: return Σ_{k=1..order} (−1)ᵏ⁺¹·xᵏ/k.");
    }

    /// <summary>
    /// The Taylor coefficients cₖ = f⁽ᵏ⁾(a)/k! from the derivatives [f(a), f′(a), f″(a), …, f⁽ⁿ⁾(a)] at the
    /// center a; same length as the input, which is not modified. Example: all derivatives of eˣ at 0 are 1, so
    /// [1, 1, 1, 1] ↦ [1, 1, 1/2, 1/6]. cₖ must be accurate wherever it is itself an ordinary double, also past k = 170:
    /// the derivatives 30ᵏ of e³⁰ˣ give c₂₀₀ = 30²⁰⁰/200! ≈ 3.4·10⁻⁸⁰, although 200! overflows and 1/200! underflows
    /// (1/k! is already 0 from k = 178), so form neither.
    /// </summary>
    /// <param name="derivativesAtCenter">f⁽ᵏ⁾(a) for k = 0 … n, at least one entry.</param>
    /// <returns>[c₀, c₁, …, cₙ].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="derivativesAtCenter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="derivativesAtCenter"/> is empty ("empty").</exception>
    public static double[] Coefficients(double[] derivativesAtCenter)
    {
        // TODO: divide entry k by 2, 3, …, k in turn: the quotient shrinks towards cₖ and never leaves the double range.
        throw new NotImplementedException("TODO Taylor.Coefficients: return cₖ = f⁽ᵏ⁾(a)/k!.");
    }

    /// <summary>
    /// The Taylor polynomial with coefficients [c₀, …, cₙ] about <paramref name="center"/> a, at x:
    /// Tₙ(x) = Σₖ cₖ·(x − a)ᵏ. This is an ordinary polynomial in t = x − a, so
    /// <see cref="Derivatives.EvaluatePolynomial"/> from the derivatives kata does the work.
    /// </summary>
    /// <param name="coefficients">[c₀, …, cₙ], e.g. from <see cref="Coefficients"/>; at least one entry.</param>
    /// <param name="x">The point.</param>
    /// <param name="center">The center a of the expansion.</param>
    /// <returns>Tₙ(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty ("empty").</exception>
    public static double EvaluateAround(double[] coefficients, double x, double center)
    {
        // TODO: shift to t = x − center and evaluate the polynomial in t.
        throw new NotImplementedException("TODO Taylor.EvaluateAround: return Σₖ cₖ·(x − center)ᵏ.");
    }

    /// <summary>
    /// The Lagrange bound on the error of the Taylor polynomial of degree n about a:
    /// M·|x − a|ⁿ⁺¹/(n + 1)!, where M ≥ |f⁽ⁿ⁺¹⁾(ξ)| for every ξ between a and x. It must not overflow for large n:
    /// 3²⁰¹/201! ≈ 10⁻²⁸² is representable although 201! is not.
    /// </summary>
    /// <param name="maxDerivative">M ≥ 0.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="center">The center a, finite.</param>
    /// <param name="order">The degree n ≥ 0.</param>
    /// <returns>The bound, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDerivative"/> is negative or NaN, or <paramref name="order"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> or <paramref name="center"/> is NaN or infinite ("finite").</exception>
    public static double LagrangeRemainderBound(double maxDerivative, double x, double center, int order)
    {
        // TODO: start from M and multiply by |x − a|/k for k = 1 … order + 1.
        throw new NotImplementedException("TODO Taylor.LagrangeRemainderBound: return M·|x − a|ⁿ⁺¹/(n + 1)!.");
    }
}
