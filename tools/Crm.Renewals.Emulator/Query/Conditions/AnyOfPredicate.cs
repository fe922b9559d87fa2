using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>An Or filter.</summary>
internal sealed class AnyOfPredicate(IRowPredicate[] parts) : IRowPredicate
{
    public bool Matches(Entity?[] row)
    {
        foreach (var part in parts)
        {
            if (part.Matches(row))
            {
                return true;
            }
        }

        return false;
    }
}
