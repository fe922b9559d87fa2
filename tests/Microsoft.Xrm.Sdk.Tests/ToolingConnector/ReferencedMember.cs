namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>One member reference of a compiled assembly into an SDK assembly.</summary>
/// <param name="Assembly">The referenced assembly's simple name.</param>
/// <param name="TypeName">The declaring type's metadata name (namespace, name with arity, '+' for nesting).</param>
/// <param name="Signature">The canonical signature built by <see cref="CanonicalSignature"/>.</param>
internal sealed record ReferencedMember(string Assembly, string TypeName, string Signature);
