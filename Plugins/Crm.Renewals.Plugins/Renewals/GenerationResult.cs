using System;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>The outcome of renewal generation for one contract, with the reason in plain words.</summary>
internal sealed class GenerationResult
{
    public GenerationResult(RenewalCandidate candidate, GenerationOutcome outcome, string message, Guid? renewalId = null)
    {
        Candidate = candidate;
        Outcome = outcome;
        Message = message;
        RenewalId = renewalId;
    }

    public RenewalCandidate Candidate { get; }

    public GenerationOutcome Outcome { get; }

    public string Message { get; }

    /// <summary>The renewal created, or the existing one found for the term.</summary>
    public Guid? RenewalId { get; }

    /// <summary>One trace line.</summary>
    public override string ToString() => Candidate.Label + ": " + Outcome + ". " + Message;
}
