using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>A Custom API definition from <c>customapis/&lt;uniquename&gt;/</c>.</summary>
public sealed record CustomApiModel
{
    /// <summary>Unique name; also the message name.</summary>
    public required string UniqueName { get; init; }

    /// <summary>0 Global, 1 Entity, 2 EntityCollection.</summary>
    public int BindingType { get; init; }

    /// <summary>Bound table when <see cref="BindingType"/> is not 0.</summary>
    public string? BoundEntityLogicalName { get; init; }

    /// <summary>True for a function (GET in the Web API; must return something).</summary>
    public bool IsFunction { get; init; }

    /// <summary>True when hidden from metadata.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>0 None, 1 Async only, 2 Sync and async.</summary>
    public int AllowedCustomProcessingStepType { get; init; }

    /// <summary>Plugin type implementing the main operation, when bound (read from the export key form or the id form).</summary>
    public Guid? PluginTypeId { get; init; }

    /// <summary>The privilege a caller must hold to call the API (<c>executeprivilegename</c>), or null when anyone may.</summary>
    public string? ExecutePrivilegeName { get; init; }

    /// <summary>Request parameters.</summary>
    public IReadOnlyList<CustomApiParameterModel> RequestParameters { get; init; } = [];

    /// <summary>Response properties.</summary>
    public IReadOnlyList<CustomApiParameterModel> ResponseProperties { get; init; } = [];

    /// <summary>Repo-relative file it was read from.</summary>
    public string SourceFile { get; init; } = "";
}
