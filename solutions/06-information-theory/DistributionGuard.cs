namespace MathForML.InformationTheory;

/// <summary>
/// The input checks every information-theory reference shares: a probability vector, a joint probability table, two
/// vectors over the same outcomes. One copy here instead of one per kata.
/// </summary>
internal static class DistributionGuard
{
    /// <summary>
    /// How far the entries of a probability vector may sum away from 1: generous enough for rounding in data built
    /// by dividing by a total, tight enough to catch unnormalised weights.
    /// </summary>
    public const double SumTolerance = 1e-9;

    /// <summary>Rejects a null or empty vector, a negative or NaN entry, or entries that do not sum to 1.</summary>
    public static void RequireDistribution(double[] p, string name)
    {
        ArgumentNullException.ThrowIfNull(p, name);
        if (p.Length == 0)
        {
            throw new ArgumentException("A distribution needs at least one outcome, but the vector is empty.", name);
        }

        var total = 0.0;
        foreach (var pi in p)
        {
            RequireProbability(pi, name);
            total += pi;
        }

        RequireUnitSum(total, name);
    }

    /// <summary>Rejects two distributions over different numbers of outcomes (after checking each).</summary>
    public static void RequirePair(double[] p, double[] q, string pName, string qName)
    {
        RequireDistribution(p, pName);
        RequireDistribution(q, qName);
        if (p.Length != q.Length)
        {
            throw new ArgumentException($"Both distributions must have the same length, but p has {p.Length} outcomes and q has {q.Length}.", qName);
        }
    }

    /// <summary>Rejects a null or empty table, a negative or NaN entry, or entries that do not sum to 1.</summary>
    public static void RequireJoint(double[,] joint, string name)
    {
        ArgumentNullException.ThrowIfNull(joint, name);
        if (joint.Length == 0)
        {
            throw new ArgumentException($"A joint table needs at least one cell, but it is empty ({joint.GetLength(0)}x{joint.GetLength(1)}).", name);
        }

        var total = 0.0;
        foreach (var pij in joint)
        {
            RequireProbability(pij, name);
            total += pij;
        }

        RequireUnitSum(total, name);
    }

    private static void RequireProbability(double p, string name)
    {
        if (!(p >= 0) || double.IsInfinity(p))
        {
            throw new ArgumentException($"Probabilities must be finite and non-negative, but one is {p}.", name);
        }
    }

    private static void RequireUnitSum(double total, string name)
    {
        if (Math.Abs(total - 1) > SumTolerance)
        {
            throw new ArgumentException($"Probabilities must sum to 1, but they sum to {total}.", name);
        }
    }
}
