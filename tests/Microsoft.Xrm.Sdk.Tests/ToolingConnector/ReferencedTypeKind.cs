namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>A type as a signature encodes it: the compiler wrote it as a value type or as a class.</summary>
/// <param name="Assembly">The referenced assembly's simple name.</param>
/// <param name="TypeName">The type's metadata name.</param>
/// <param name="IsValueType">True when encoded as a value type.</param>
internal sealed record ReferencedTypeKind(string Assembly, string TypeName, bool IsValueType);
