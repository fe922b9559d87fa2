using System;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>A user or team that owns (or will own) a record.</summary>
public sealed record OwnerReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="type">User or team.</param>
    /// <param name="id">The principal's id.</param>
    public OwnerReference(OwnerType type, Guid id)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An owner needs a non-empty id.", nameof(id));
        }

        Type = type;
        Id = id;
    }

    /// <summary>User or team.</summary>
    public OwnerType Type { get; }

    /// <summary>The principal's id.</summary>
    public Guid Id { get; }
}
