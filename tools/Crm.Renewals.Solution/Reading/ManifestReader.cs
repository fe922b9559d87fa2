using System;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Reading;

/// <summary>Reads the solution manifest, <c>Other/Solution.xml</c>.</summary>
internal static class ManifestReader
{
    /// <summary>Dataverse accepts option value prefixes from 10,000 to 99,999.</summary>
    private const int LowestOptionValuePrefix = 10_000;
    private const int HighestOptionValuePrefix = 99_999;

    public static ManifestInfo Read(XmlSource source)
    {
        XElement manifest = source.Child(source.Root("ImportExportXml"), "SolutionManifest", "<ImportExportXml>");
        string uniqueName = source.Text(manifest, "UniqueName", "<SolutionManifest>");
        string version = source.Text(manifest, "Version", "<SolutionManifest>");
        if (!Version.TryParse(version, out _))
        {
            throw source.Error(manifest.Element("Version"), $"<SolutionManifest> has <Version>{version}</Version>; expected a version such as 1.0.0.0");
        }

        XElement publisher = source.Child(manifest, "Publisher", "<SolutionManifest>");
        string prefix = source.Text(publisher, "CustomizationPrefix", "<Publisher>");
        int optionValuePrefix = source.Int(publisher, "CustomizationOptionValuePrefix", "<Publisher>");
        if (optionValuePrefix is < LowestOptionValuePrefix or > HighestOptionValuePrefix)
        {
            throw source.Error(publisher.Element("CustomizationOptionValuePrefix"),
                $"<Publisher> has <CustomizationOptionValuePrefix>{optionValuePrefix}</CustomizationOptionValuePrefix>; expected {LowestOptionValuePrefix}-{HighestOptionValuePrefix}");
        }

        return new ManifestInfo(uniqueName, version, prefix, optionValuePrefix);
    }
}
