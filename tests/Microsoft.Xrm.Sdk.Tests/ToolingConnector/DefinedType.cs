namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>A type an SDK assembly defines, as <see cref="DefinedMemberReader"/> reads it.</summary>
/// <param name="Signatures">Its public and protected members in canonical form.</param>
/// <param name="IsValueType">True for a struct or enum.</param>
internal sealed record DefinedType(IReadOnlySet<string> Signatures, bool IsValueType);
