using System;
using System.Reflection;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The rules <see cref="Entity.ToEntity{T}"/> applies to an early-bound type. The attribute is matched by
/// name because its type is not part of this assembly's surface.
/// </summary>
internal static class EarlyBoundTypeCheck
{
    internal const string LogicalNameAttributeTypeName = "Microsoft.Xrm.Sdk.Client.EntityLogicalNameAttribute";

    internal static void EnsureConvertible(Type earlyBoundType, string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        string declared = DeclaredLogicalName(earlyBoundType);
        if (string.IsNullOrWhiteSpace(declared))
        {
            throw new NotSupportedException($"Cannot convert to type {earlyBoundType.FullName}: it does not carry {LogicalNameAttributeTypeName}.");
        }

        if (!string.Equals(declared, logicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Cannot convert entity {logicalName} to {declared}.");
        }
    }

    private static string DeclaredLogicalName(Type earlyBoundType)
    {
        for (Type type = earlyBoundType; type != null; type = type.BaseType)
        {
            foreach (CustomAttributeData attribute in type.GetCustomAttributesData())
            {
                if (attribute.AttributeType.FullName == LogicalNameAttributeTypeName
                    && attribute.ConstructorArguments.Count == 1)
                {
                    return attribute.ConstructorArguments[0].Value as string;
                }
            }
        }

        return null;
    }
}
