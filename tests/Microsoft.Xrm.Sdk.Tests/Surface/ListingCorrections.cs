namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Members the shared listing writes differently from Microsoft's assembly, as observed by running these tests on the
/// official SDK (<c>tools/test -p:XrmSdkPath=artifacts/microsoft/sdk</c>): the listing drops <c>virtual</c> from these
/// four, which matters (early-bound classes override <c>Entity.Id</c>). The listing itself stays byte-identical to
/// shared/xrm-sdk; the tests read it through these corrections, and on the official SDK they check the corrected
/// listing member by member, so a wrong correction fails there.
/// </summary>
internal static class ListingCorrections
{
    private static readonly (string Type, string Listed, string Official)[] All =
    [
        ("Microsoft.Xrm.Sdk.Entity", "Guid Id { get; set; }", "virtual Guid Id { get; set; }"),
        ("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>", "Boolean IsReadOnly { get; }", "virtual Boolean IsReadOnly { get; }"),
        ("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>", "TValue this[TKey key] { get; set; }", "virtual TValue this[TKey key] { get; set; }"),
        ("Microsoft.Xrm.Sdk.RelatedEntityCollection", "Boolean IsReadOnly { get; }", "virtual Boolean IsReadOnly { get; }"),
    ];

    /// <summary>The listing with every correction applied; a correction whose listed member is missing is an error.</summary>
    public static IReadOnlyDictionary<string, SurfaceType> Apply(IReadOnlyDictionary<string, SurfaceType> listing)
    {
        var corrected = listing.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (type, listed, official) in All.Where(c => listing.ContainsKey(c.Type)))
        {
            SurfaceType current = corrected[type];
            if (!current.Members.Contains(listed))
            {
                throw new InvalidOperationException($"Correction for {type} names '{listed}', which the listing does not have.");
            }

            corrected[type] = current with { Members = current.Members.Select(m => m == listed ? official : m).ToList() };
        }

        return corrected;
    }
}
