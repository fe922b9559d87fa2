namespace Crm.Renewals.Solution.Packing;

/// <summary>The two packages one pack produces, with the value <c>solution.xml</c> carries in <c>&lt;Managed&gt;</c>.</summary>
public enum PackageKind
{
    /// <summary>Open for further customization; for development environments.</summary>
    Unmanaged = 0,

    /// <summary>Locked; what an admin imports into test and production.</summary>
    Managed = 1,
}
