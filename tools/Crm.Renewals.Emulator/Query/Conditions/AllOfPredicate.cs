using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>An And filter.</summary>
internal sealed class AllOfPredicate(IRowPredicate[] parts) : IRowPredicate
{
    public bool Matches(Entity?[] row)
    {
        foreach (var part in parts)
        {
            if (!part.Matches(row))
            {
                return false;
            }
        }

        return true;
    }
}
