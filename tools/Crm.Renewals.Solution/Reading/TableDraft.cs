using System.Collections.Generic;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>A table as read from its Entity.xml, with its columns still to be resolved.</summary>
/// <param name="Table">The table; its <c>Columns</c> are filled in by <see cref="ModelResolver"/>.</param>
/// <param name="Columns">The columns as read.</param>
/// <param name="Source">The file, for messages.</param>
internal sealed record TableDraft(TableModel Table, IReadOnlyList<ColumnDraft> Columns, XmlSource Source);
