namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>A public class that is not a plugin.</summary>
public sealed class NotAPlugin
{
}
