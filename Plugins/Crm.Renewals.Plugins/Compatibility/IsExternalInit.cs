#if NETFRAMEWORK
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the net462 build use <c>init</c> accessors and records; the modern framework ships
/// this type itself. Internal, so it never shows on the assembly's surface.
/// </summary>
internal static class IsExternalInit
{
}
#endif
