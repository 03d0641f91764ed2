namespace MathForML.CaseStudies;

/// <summary>How the weights of a dense layer with fan_in inputs and fan_out outputs are drawn (given code: read, don't edit).</summary>
public enum InitScheme
{
    /// <summary>The naive choice: every weight from N(0, 1), whatever the layer's size.</summary>
    StandardNormal,

    /// <summary>Another naive choice: every weight from N(0, 0.01²).</summary>
    SmallNormal,

    /// <summary>Xavier (Glorot): N(0, 2/(fan_in + fan_out)), for tanh and linear layers.</summary>
    Xavier,

    /// <summary>He (Kaiming): N(0, 2/fan_in), for ReLU layers.</summary>
    He,
}
