namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>One type in the notation of surface-9.0.txt: its header line and its member lines.</summary>
/// <param name="Name">The full type name as written in the header (generic parameters as <c>&lt;T&gt;</c>).</param>
/// <param name="Header">The header normalised by <see cref="SurfaceHeader.Normalise"/>.</param>
/// <param name="Members">The member lines, trimmed.</param>
internal sealed record SurfaceType(string Name, string Header, IReadOnlyCollection<string> Members);
