using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Emulator.Query.Faults;

namespace Crm.Renewals.Emulator.Query.FetchXml;

/// <summary>
/// One FetchXML element with typed, validated access to its attributes. Every fault names the element
/// by its path (<c>fetch/entity[account]/link-entity[contact]</c>) and the attribute at fault.
/// </summary>
internal sealed class FetchXmlElement
{
    private readonly XElement _element;

    public FetchXmlElement(XElement element, string? parentPath)
    {
        _element = element;
        var name = element.Attribute(FetchXmlNames.Name)?.Value ?? element.Attribute(FetchXmlNames.Attribute)?.Value;
        var self = name is null ? element.Name.LocalName : $"{element.Name.LocalName}[{name}]";
        Path = parentPath is null ? self : parentPath + "/" + self;
    }

    /// <summary>Where the element is, for messages.</summary>
    public string Path { get; }

    public string Name => _element.Name.LocalName;

    /// <summary>Text content (of a <c>value</c> element).</summary>
    public string Text => _element.Value;

    public string? Optional(string attribute) => _element.Attribute(attribute)?.Value;

    public string Required(string attribute)
    {
        var value = Optional(attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fault($"the '{attribute}' attribute is required");
        }

        return value;
    }

    /// <summary>A FetchXML boolean: <c>true</c>/<c>false</c> or <c>1</c>/<c>0</c>; false when absent.</summary>
    public bool Flag(string attribute)
    {
        var value = Optional(attribute);
        return value switch
        {
            null => false,
            _ when value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" => true,
            _ when value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" => false,
            _ => throw Fault($"'{attribute}' must be true or false, not '{value}'"),
        };
    }

    public int? Integer(string attribute)
    {
        var value = Optional(attribute);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            throw Fault($"'{attribute}' must be a whole number, not '{value}'");
        }

        return number;
    }

    /// <summary>Refuses attributes the element does not know, naming them.</summary>
    public void AllowOnly(IReadOnlyCollection<string> known)
    {
        foreach (var attribute in _element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && !known.Contains(attribute.Name.LocalName))
            {
                throw Fault($"unknown attribute '{attribute.Name.LocalName}'; allowed: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>The child elements, refusing any not in <paramref name="allowed"/>.</summary>
    public IEnumerable<FetchXmlElement> Children(params string[] allowed)
    {
        foreach (var child in _element.Elements())
        {
            if (!allowed.Contains(child.Name.LocalName))
            {
                var expected = allowed.Length == 0 ? "no child elements" : string.Join(", ", allowed);
                throw Fault($"unexpected child element <{child.Name.LocalName}>; expected: {expected}");
            }

            yield return new FetchXmlElement(child, Path);
        }
    }

    public OrganizationFaultException Fault(string problem) => QueryFaults.InvalidFetchXml($"<{Path}>: {problem}.");
}
