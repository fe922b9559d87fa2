using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Reads <c>customapis/&lt;uniquename&gt;/customapi.xml</c> with its request parameters and response
/// properties, in the file shapes of Microsoft's "Create a Custom API with solution files".
/// </summary>
internal static class CustomApiReader
{
    private const int GlobalBinding = 0;
    private const int HighestParameterType = 12;
    private const string UniqueNameAttribute = "uniquename";
    private const string IsOptionalElement = "isoptional";

    public static CustomApiModel Read(string folder, DisplayPaths paths)
    {
        XmlSource source = XmlSource.Load(Path.Combine(folder, SolutionLayout.CustomApiFile), paths);
        XElement root = source.Root("customapi");
        string uniqueName = CheckedUniqueName(source, root, folder);
        string owner = $"custom API {uniqueName}";
        int binding = source.OneOf(root, "bindingtype", owner, GlobalBinding, 1, 2);
        string? boundTable = XmlSource.OptionalText(root, "boundentitylogicalname")?.Trim();
        if (binding != GlobalBinding && string.IsNullOrEmpty(boundTable))
        {
            throw source.Error(root, $"{owner} is bound (<bindingtype>{binding}</bindingtype>) but has no <boundentitylogicalname>");
        }

        XElement? pluginType = root.Element("plugintypeid");
        return new CustomApiModel
        {
            UniqueName = uniqueName,
            BindingType = binding,
            BoundEntityLogicalName = binding == GlobalBinding ? null : boundTable,
            IsFunction = source.Flag(root, "isfunction", owner, absent: false),
            IsPrivate = source.Flag(root, "isprivate", owner, absent: false),
            AllowedCustomProcessingStepType = root.Element("allowedcustomprocessingsteptype") is null
                ? 0
                : source.OneOf(root, "allowedcustomprocessingsteptype", owner, 0, 1, 2),
            PluginTypeId = pluginType is null ? null : source.OptionalGuid(pluginType, "plugintypeexportkey", owner) ?? source.OptionalGuid(pluginType, "plugintypeid", owner),
            ExecutePrivilegeName = XmlSource.OptionalText(root, "executeprivilegename")?.Trim() is { Length: > 0 } privilege ? privilege : null,
            RequestParameters = ReadParameters(Path.Combine(folder, SolutionLayout.RequestParametersFolder), SolutionLayout.RequestParameterFile, paths, isRequest: true),
            ResponseProperties = ReadParameters(Path.Combine(folder, SolutionLayout.ResponsePropertiesFolder), SolutionLayout.ResponsePropertyFile, paths, isRequest: false),
            SourceFile = source.DisplayPath,
        };
    }

    private static List<CustomApiParameterModel> ReadParameters(string folder, string fileName, DisplayPaths paths, bool isRequest)
    {
        var parameters = new List<CustomApiParameterModel>();
        if (!Directory.Exists(folder))
        {
            return parameters;
        }

        foreach (string parameterFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            XmlSource source = XmlSource.Load(Path.Combine(parameterFolder, fileName), paths);
            XElement root = source.Root(Path.GetFileNameWithoutExtension(fileName));
            string uniqueName = CheckedUniqueName(source, root, parameterFolder);
            string owner = $"{root.Name.LocalName} {uniqueName}";
            int type = source.OneOf(root, "type", owner, Enumerable.Range(0, HighestParameterType + 1).ToArray());
            if (!isRequest && root.Element(IsOptionalElement) is XElement isOptional)
            {
                throw source.Error(isOptional, $"{owner} has <{IsOptionalElement}>, which response properties must not have (solution import fails); remove it");
            }

            bool optional = isRequest && OptionalFlag(source, root, owner);
            string? table = XmlSource.OptionalText(root, "logicalentityname")?.Trim();
            parameters.Add(new CustomApiParameterModel(uniqueName, type, optional, string.IsNullOrEmpty(table) ? null : table));
        }

        return parameters;
    }

    private static bool OptionalFlag(XmlSource source, XElement root, string owner) =>
        root.Element(IsOptionalElement) is null
            ? throw source.Error(root, $"{owner} has no <{IsOptionalElement}>")
            : source.Flag(root, IsOptionalElement, owner, absent: false);

    /// <summary>The uniquename attribute, which must equal the folder the file is in (the packer relies on it).</summary>
    private static string CheckedUniqueName(XmlSource source, XElement root, string folder)
    {
        string uniqueName = source.Attribute(root, UniqueNameAttribute, $"<{root.Name.LocalName}>");
        string folderName = Path.GetFileName(folder);
        return string.Equals(uniqueName, folderName, StringComparison.Ordinal)
            ? uniqueName
            : throw source.Error(root, $"{UniqueNameAttribute}=\"{uniqueName}\" differs from its folder name {folderName}");
    }
}
