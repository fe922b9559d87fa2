using System.Collections.Generic;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// A column as read from one Entity.xml, before global option sets and lookup targets (which live in
/// other files) are resolved onto it.
/// </summary>
/// <param name="Column">The column with everything its own attribute element says.</param>
/// <param name="GlobalOptionSetName">For a choice bound to a global option set: its name.</param>
/// <param name="LookupTypeTargets">Tables named by object type code in <c>&lt;LookupTypes&gt;</c>.</param>
/// <param name="IsPrimaryName">True when the display mask marks the table's primary name.</param>
/// <param name="Element">The attribute element, for line numbers in messages.</param>
internal sealed record ColumnDraft(
    ColumnModel Column,
    string? GlobalOptionSetName,
    IReadOnlyList<string> LookupTypeTargets,
    bool IsPrimaryName,
    XElement Element);
