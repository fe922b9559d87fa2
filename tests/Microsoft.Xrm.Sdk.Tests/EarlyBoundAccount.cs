namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>An early-bound class as code generators write them: it overrides <see cref="Entity.Id"/> to keep the primary key column in step.</summary>
public sealed class EarlyBoundAccount : Entity
{
    public EarlyBoundAccount()
        : base("account")
    {
    }

    public override Guid Id
    {
        get => base.Id;
        set
        {
            base.Id = value;
            this["accountid"] = value;
        }
    }
}
