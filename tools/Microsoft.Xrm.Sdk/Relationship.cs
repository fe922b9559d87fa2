using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A relationship by schema name; equality compares <see cref="SchemaName"/> (ordinal) and <see cref="PrimaryEntityRole"/>.</summary>
public sealed class Relationship : IExtensibleDataObject
{
    /// <summary>Creates an empty relationship.</summary>
    public Relationship()
    {
    }

    /// <summary>Creates a relationship by schema name.</summary>
    /// <param name="schemaName">The relationship's schema name.</param>
    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the role of the primary record in a self-referencing relationship; null otherwise.</summary>
    public EntityRole? PrimaryEntityRole { get; set; }

    /// <summary>Gets or sets the relationship's schema name.</summary>
    public string SchemaName { get; set; }

    /// <summary>Tells whether <paramref name="obj"/> names the same relationship in the same role.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object obj) =>
        obj is Relationship other
        && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
        && PrimaryEntityRole == other.PrimaryEntityRole;

    /// <summary>Hashes the schema name and role, consistently with <see cref="Equals(object)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        int nameHash = SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName);
        return nameHash ^ PrimaryEntityRole.GetHashCode();
    }

    /// <summary>Returns the schema name and the role separated by a dot, as the official assembly does (a relationship without a role ends in the dot).</summary>
    /// <returns>E.g. <c>account_primary_contact.</c> or <c>account_parent_account.Referencing</c>.</returns>
    public override string ToString() => SchemaName + "." + (PrimaryEntityRole.HasValue ? PrimaryEntityRole.Value.ToString() : string.Empty);
}
