namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Types that surface-9.0.txt names in member signatures (ExecuteMultipleRequest.Requests, ExecuteMultipleResponse.Responses)
/// without describing them, written in the listing's notation from Microsoft's reference pages for the classes
/// (learn.microsoft.com, Microsoft.Xrm.Sdk.OrganizationRequestCollection, ExecuteMultipleResponseItem,
/// ExecuteMultipleResponseItemCollection). The tests read the listing with these added, so on the official SDK every member
/// here must exist exactly as written: a wrong line fails there, as a wrong <see cref="ListingCorrections"/> entry does.
/// </summary>
internal static class ListingSupplement
{
    private static readonly string[] Lines =
    [
        "sealed class Microsoft.Xrm.Sdk.ExecuteMultipleResponseItem",
        "  .ctor()",
        "  System.Runtime.Serialization.ExtensionDataObject ExtensionData { get; set; }",
        "  Microsoft.Xrm.Sdk.OrganizationServiceFault Fault { get; set; }",
        "  Int32 RequestIndex { get; set; }",
        "  Microsoft.Xrm.Sdk.OrganizationResponse Response { get; set; }",
        "sealed class Microsoft.Xrm.Sdk.ExecuteMultipleResponseItemCollection : Microsoft.Xrm.Sdk.DataCollection<Microsoft.Xrm.Sdk.ExecuteMultipleResponseItem>",
        "  .ctor()",
        "sealed class Microsoft.Xrm.Sdk.OrganizationRequestCollection : Microsoft.Xrm.Sdk.DataCollection<Microsoft.Xrm.Sdk.OrganizationRequest>",
        "  .ctor()",
    ];

    /// <summary>The listing of <paramref name="listing"/> with the supplement added (the supplement belongs to the core SDK listing only).</summary>
    public static IReadOnlyDictionary<string, SurfaceType> Apply(string listing, IReadOnlyDictionary<string, SurfaceType> types)
    {
        if (listing != SurfaceFiles.XrmSdk)
        {
            return types;
        }

        var supplemented = types.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (name, type) in SurfaceFile.Parse(Lines, nameof(ListingSupplement)))
        {
            if (!supplemented.TryAdd(name, type))
            {
                throw new InvalidOperationException($"The supplement describes {name}, which the listing already describes.");
            }
        }

        return supplemented;
    }
}
