using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>The repository's Solution/src, read once for all tests that only look at it.</summary>
internal static class RealSolution
{
    public static SolutionModel Model { get; } = SolutionReader.Read(RepositoryFolders.SolutionSource);

    public static TableModel Table(string logicalName) => Model.Tables.Single(t => t.LogicalName == logicalName);

    public static ColumnModel Column(string table, string column) => Table(table).Columns.Single(c => c.LogicalName == column);

    public static CustomApiModel Api(string uniqueName) => Model.CustomApis.Single(a => a.UniqueName == uniqueName);
}
