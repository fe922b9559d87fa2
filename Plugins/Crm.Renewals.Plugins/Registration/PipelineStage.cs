namespace Crm.Renewals.Plugins.Registration;

/// <summary>Event pipeline stage of a step, with the values Dataverse stores in <c>Stage</c>.</summary>
public enum PipelineStage
{
    /// <summary>Before the transaction in most cases; the place to refuse an operation early.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the core operation; may change the <c>Target</c>.</summary>
    PreOperation = 20,

    /// <summary>The core operation; only Custom API implementations run here.</summary>
    MainOperation = 30,

    /// <summary>Inside the transaction (synchronous) after the core operation; the only stage for asynchronous steps.</summary>
    PostOperation = 40,
}
