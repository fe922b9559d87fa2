using System;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>Reads <c>environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml</c>.</summary>
internal static class EnvironmentVariableReader
{
    /// <summary>Type codes: String, Number, Boolean, JSON, Data source, Secret.</summary>
    private static readonly int[] Types = [100_000_000, 100_000_001, 100_000_002, JsonType, 100_000_004, 100_000_005];

    private const int JsonType = 100_000_003;

    public static EnvironmentVariableModel Read(string folder, DisplayPaths paths)
    {
        XmlSource source = XmlSource.Load(Path.Combine(folder, SolutionLayout.EnvironmentVariableFile), paths);
        XElement root = source.Root("environmentvariabledefinition");
        string schemaName = source.Attribute(root, "schemaname", "<environmentvariabledefinition>");
        string folderName = Path.GetFileName(folder);
        if (!string.Equals(schemaName, folderName, StringComparison.Ordinal))
        {
            throw source.Error(root, $"schemaname=\"{schemaName}\" differs from its folder name {folderName}");
        }

        string owner = $"environment variable {schemaName}";
        int type = source.OneOf(root, "type", owner, Types);
        string? defaultValue = XmlSource.OptionalText(root, "defaultvalue");
        if (type == JsonType && defaultValue is not null)
        {
            CheckJson(source, root.Element("defaultvalue")!, owner, defaultValue);
        }

        return new EnvironmentVariableModel(schemaName, type, defaultValue, source.DisplayPath);
    }

    private static void CheckJson(XmlSource source, XElement element, string owner, string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw source.Error(element, $"{owner} is of type JSON but its <defaultvalue> is not valid JSON: {exception.Message}");
        }
    }
}
