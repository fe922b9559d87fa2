using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Registration;

/// <summary>An entity image registered on a step.</summary>
public sealed class StepImage
{
    /// <summary>Creates an image declaration.</summary>
    /// <param name="id">Stable id of the image registration (written to the Solution step file).</param>
    /// <param name="alias">Key under which the plugin finds the image, e.g. <c>PreImage</c>.</param>
    /// <param name="type">Pre, post or both.</param>
    /// <param name="attributes">Columns the image holds; empty means all columns.</param>
    public StepImage(Guid id, string alias, ImageType type, params string[] attributes)
    {
        Id = id;
        Alias = alias ?? throw new ArgumentNullException(nameof(alias));
        Type = type;
        Attributes = attributes ?? Array.Empty<string>();
    }

    /// <summary>Stable id of the image registration.</summary>
    public Guid Id { get; }

    /// <summary>Key under which the plugin finds the image (also its name).</summary>
    public string Alias { get; }

    /// <summary>Pre, post or both.</summary>
    public ImageType Type { get; }

    /// <summary>Columns the image holds; empty means all columns.</summary>
    public IReadOnlyList<string> Attributes { get; }
}
