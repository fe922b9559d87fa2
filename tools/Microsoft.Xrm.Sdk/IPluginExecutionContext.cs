namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context of a plugin step.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>Gets the context of the operation that caused this one, or null.</summary>
    IPluginExecutionContext ParentContext { get; }

    /// <summary>Gets the pipeline stage (10 pre-validation, 20 pre-operation, 30 main operation, 40 post-operation).</summary>
    int Stage { get; }
}
