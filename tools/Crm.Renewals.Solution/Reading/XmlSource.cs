using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// One loaded solution file and the checked accessors the readers use, so that every problem is
/// reported as "<c>file: owner has no &lt;Element&gt; (line n)</c>".
/// </summary>
internal sealed class XmlSource
{
    private XmlSource(XDocument document, string displayPath)
    {
        Document = document;
        DisplayPath = displayPath;
    }

    public XDocument Document { get; }

    /// <summary>Repo-relative path used in messages and in the model's <c>SourceFile</c>.</summary>
    public string DisplayPath { get; }

    public static XmlSource Load(string fullPath, DisplayPaths paths)
    {
        string display = paths.Of(fullPath);
        if (!File.Exists(fullPath))
        {
            throw new SolutionFormatException(display, "the file is missing");
        }

        using FileStream stream = File.OpenRead(fullPath);
        return Load(stream, display);
    }

    public static XmlSource Load(Stream stream, string displayPath)
    {
        try
        {
            return new XmlSource(XDocument.Load(stream, LoadOptions.SetLineInfo), displayPath);
        }
        catch (XmlException exception)
        {
            throw new SolutionFormatException(displayPath, $"not well-formed XML: {exception.Message}");
        }
    }

    /// <summary>The root element, which must have the given name.</summary>
    public XElement Root(string expectedName)
    {
        XElement root = Document.Root ?? throw Error(null, $"has no root element; expected <{expectedName}>");
        if (root.Name.LocalName != expectedName)
        {
            throw Error(root, $"root element is <{root.Name.LocalName}>; expected <{expectedName}>");
        }

        return root;
    }

    public SolutionFormatException Error(XObject? at, string detail)
    {
        string where = at is IXmlLineInfo info && info.HasLineInfo()
            ? $" (line {info.LineNumber.ToString(CultureInfo.InvariantCulture)})"
            : "";
        return new SolutionFormatException(DisplayPath, detail + where);
    }

    public XElement Child(XElement parent, string name, string owner) =>
        parent.Element(name) ?? throw Error(parent, $"{owner} has no <{name}>");

    /// <summary>Text of a required child element; empty text counts as missing.</summary>
    public string Text(XElement parent, string name, string owner)
    {
        string? value = OptionalText(parent, name);
        return string.IsNullOrWhiteSpace(value) ? throw Error(parent, $"{owner} has no <{name}>") : value.Trim();
    }

    /// <summary>Text of an optional child element; null when the element is absent or empty.</summary>
    public static string? OptionalText(XElement parent, string name)
    {
        string? value = parent.Element(name)?.Value;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Attribute(XElement element, string name, string owner)
    {
        string? value = element.Attribute(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? throw Error(element, $"{owner} has no {name}=\"…\" attribute") : value.Trim();
    }

    public int Int(XElement parent, string name, string owner) =>
        OptionalInt(parent, name, owner) ?? throw Error(parent, $"{owner} has no <{name}>");

    public int? OptionalInt(XElement parent, string name, string owner)
    {
        XElement? element = parent.Element(name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Error(element, $"{owner} has <{name}>{text}</{name}>, which is not a whole number");
    }

    public int IntAttribute(XElement element, string name, string owner)
    {
        string text = Attribute(element, name, owner);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Error(element, $"{owner} has {name}=\"{text}\", which is not a whole number");
    }

    public decimal? OptionalDecimal(XElement parent, string name, string owner)
    {
        XElement? element = parent.Element(name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw Error(element, $"{owner} has <{name}>{text}</{name}>, which is not a number");
    }

    /// <summary>A 0/1 flag; <paramref name="absent"/> when the element is missing.</summary>
    public bool Flag(XElement parent, string name, string owner, bool absent)
    {
        int? value = OptionalInt(parent, name, owner);
        return value switch
        {
            null => absent,
            0 => false,
            1 => true,
            _ => throw Error(parent.Element(name), $"{owner} has <{name}>{value}</{name}>; expected 0 or 1"),
        };
    }

    /// <summary>An integer that must be one of the allowed values.</summary>
    public int OneOf(XElement parent, string name, string owner, params int[] allowed)
    {
        int value = Int(parent, name, owner);
        if (!allowed.Contains(value))
        {
            string list = string.Join(", ", allowed.Select(a => a.ToString(CultureInfo.InvariantCulture)));
            throw Error(parent.Element(name), $"{owner} has <{name}>{value}</{name}>; expected one of {list}");
        }

        return value;
    }

    public Guid? OptionalGuid(XElement parent, string name, string owner)
    {
        XElement? element = parent.Element(name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Guid.TryParse(text, out Guid value)
            ? value
            : throw Error(element, $"{owner} has <{name}>{text}</{name}>, which is not a GUID");
    }
}
