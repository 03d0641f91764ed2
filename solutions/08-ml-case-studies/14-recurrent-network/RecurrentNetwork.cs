namespace MathForML.CaseStudies;

/// <summary>Reference solution: a tanh RNN cell unrolled over a sequence, and backpropagation through time.</summary>
public static class RecurrentNetwork
{
    /// <summary>h₁ … h_T from h₀ = 0.</summary>
    public static double[][] Forward(RnnParameters parameters, double[][] inputs)
    {
        Validate(parameters, inputs);
        var hidden = parameters.Wh.GetLength(0);
        var states = new double[inputs.Length][];
        var previous = new double[hidden];
        for (var t = 0; t < inputs.Length; t++)
        {
            states[t] = Step(parameters, inputs[t], previous);
            previous = states[t];
        }

        return states;
    }

    /// <summary>½‖h_T − y‖².</summary>
    public static double Loss(RnnParameters parameters, double[][] inputs, double[] target)
    {
        ValidateTarget(parameters, target);
        var last = Forward(parameters, inputs)[^1];
        return 0.5 * last.Select((v, i) => (v - target[i]) * (v - target[i])).Sum();
    }

    /// <summary>BPTT: δ_T = (h_T − y) ⊙ (1 − h_T²), δₜ = (Wₕᵀδₜ₊₁) ⊙ (1 − hₜ²).</summary>
    public static RnnGradients Backward(RnnParameters parameters, double[][] inputs, double[] target)
    {
        ValidateTarget(parameters, target);
        var states = Forward(parameters, inputs);
        var (h, d, steps) = (parameters.Wx.GetLength(0), parameters.Wx.GetLength(1), inputs.Length);
        var (gWx, gWh, gB) = (new double[h, d], new double[h, h], new double[h]);
        var gInputs = new double[steps][];

        // ∂L/∂h_T = h_T − y; every earlier state gets its gradient only through the next step.
        var upstream = states[^1].Select((v, i) => v - target[i]).ToArray();
        var loss = 0.5 * upstream.Sum(e => e * e);
        for (var t = steps - 1; t >= 0; t--)
        {
            var previous = t > 0 ? states[t - 1] : new double[h];

            // Through tanh: δ = ∂L/∂zₜ = ∂L/∂hₜ ⊙ (1 − hₜ²).
            var delta = upstream.Select((g, i) => g * (1 - (states[t][i] * states[t][i]))).ToArray();
            gInputs[t] = new double[d];
            for (var i = 0; i < h; i++)
            {
                gB[i] += delta[i];
                for (var j = 0; j < d; j++)
                {
                    gWx[i, j] += delta[i] * inputs[t][j];
                    gInputs[t][j] += parameters.Wx[i, j] * delta[i];
                }

                for (var j = 0; j < h; j++)
                {
                    gWh[i, j] += delta[i] * previous[j];
                }
            }

            // ∂L/∂hₜ₋₁ = Wₕᵀδₜ: the same matrix at every step, which is why gradients shrink or grow geometrically.
            upstream = new double[h];
            for (var j = 0; j < h; j++)
            {
                for (var i = 0; i < h; i++)
                {
                    upstream[j] += parameters.Wh[i, j] * delta[i];
                }
            }
        }

        return new RnnGradients(loss, new RnnParameters(gWx, gWh, gB), gInputs);
    }

    private static double[] Step(RnnParameters parameters, double[] x, double[] previous)
    {
        var h = parameters.Wh.GetLength(0);
        var state = new double[h];
        for (var i = 0; i < h; i++)
        {
            var z = parameters.B[i];
            for (var j = 0; j < x.Length; j++)
            {
                z += parameters.Wx[i, j] * x[j];
            }

            for (var j = 0; j < h; j++)
            {
                z += parameters.Wh[i, j] * previous[j];
            }

            state[i] = Math.Tanh(z);
        }

        return state;
    }

    private static void Validate(RnnParameters parameters, double[][] inputs)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters.Wx);
        ArgumentNullException.ThrowIfNull(parameters.Wh);
        ArgumentNullException.ThrowIfNull(parameters.B);
        var (h, d) = (parameters.Wx.GetLength(0), parameters.Wx.GetLength(1));
        if (parameters.Wh.GetLength(0) != h || parameters.Wh.GetLength(1) != h || parameters.B.Length != h)
        {
            throw new ArgumentException($"With Wₓ of {h} rows, Wₕ must have shape {h}×{h} and b {h} entries.", nameof(parameters));
        }

        if (inputs.Length == 0)
        {
            throw new ArgumentException("The sequence is empty.", nameof(inputs));
        }

        foreach (var x in inputs)
        {
            ArgumentNullException.ThrowIfNull(x, nameof(inputs));
            if (x.Length != d)
            {
                throw new ArgumentException($"Every input must have length {d} (the columns of Wₓ), not {x.Length}.", nameof(inputs));
            }
        }
    }

    private static void ValidateTarget(RnnParameters parameters, double[] target)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(target);
        if (parameters.Wh is not null && target.Length != parameters.Wh.GetLength(0))
        {
            throw new ArgumentException($"The target must have one entry per hidden unit ({parameters.Wh.GetLength(0)}), not {target.Length}.", nameof(target));
        }
    }
}
