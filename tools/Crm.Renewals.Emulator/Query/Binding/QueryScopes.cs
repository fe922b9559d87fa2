using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Emulator.Query.Faults;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>
/// The tables of one query in slot order (root first, then link-entities depth-first) and the aliases
/// that name them. A link-entity without an alias gets <c>{table}{n}</c> (n counting link-entities from 1),
/// the form Dataverse gives result keys such as <c>contact1.fullname</c>; it can also be named by its table.
/// </summary>
internal sealed class QueryScopes
{
    // Dataverse refuses queries with more link-entities.
    private const int MaxLinkEntities = 15;

    private readonly List<EntityScope> _scopes = [];
    private readonly Dictionary<string, EntityScope> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityScope> _byTable = new(StringComparer.Ordinal);

    private QueryScopes()
    {
    }

    public EntityScope Root => _scopes[0];

    public IReadOnlyList<EntityScope> All => _scopes;

    public static QueryScopes Build(QueryPlan plan, IQueryDataSource source)
    {
        var scopes = new QueryScopes();
        var root = new EntityScope(0, plan.EntityName, source.GetTable(plan.EntityName), null, null);
        scopes.Add(root, explicitAlias: false);
        foreach (var link in plan.Links)
        {
            scopes.AddLink(link, root, source);
        }

        return scopes;
    }

    /// <summary>The scope an alias (or table name) names; <paramref name="fallback"/> when no alias is given.</summary>
    public EntityScope Resolve(string? alias, EntityScope fallback)
    {
        if (string.IsNullOrEmpty(alias))
        {
            return fallback;
        }

        if (_byAlias.TryGetValue(alias, out var scope) || _byTable.TryGetValue(alias, out scope))
        {
            return scope;
        }

        throw QueryFaults.UnknownAlias(alias, string.Join(", ", _byAlias.Keys.Select(key => $"'{key}'")));
    }

    private void AddLink(LinkNode link, EntityScope parent, IQueryDataSource source)
    {
        if (_scopes.Count > MaxLinkEntities)
        {
            throw new OrganizationFaultException(QueryErrorCodes.TooManyLinkEntities, $"Number of link entities in query exceeded maximum limit of {MaxLinkEntities}.");
        }

        var table = source.GetTable(link.LinkedEntity);
        var explicitAlias = !string.IsNullOrEmpty(link.Alias);
        var alias = explicitAlias ? link.Alias! : link.LinkedEntity + _scopes.Count.ToString(CultureInfo.InvariantCulture);
        var scope = new EntityScope(_scopes.Count, alias, table, parent, link);
        JoinValidator.Validate(scope);
        Add(scope, explicitAlias);
        foreach (var child in link.Links)
        {
            AddLink(child, scope, source);
        }
    }

    private void Add(EntityScope scope, bool explicitAlias)
    {
        if (!_byAlias.TryAdd(scope.Alias, scope))
        {
            throw explicitAlias
                ? QueryFaults.DuplicateAlias(scope.Alias)
                : QueryFaults.InvalidQuery($"The generated alias '{scope.Alias}' clashes with an alias in the query: rename that alias.");
        }

        _byTable.TryAdd(scope.LogicalName, scope);
        _scopes.Add(scope);
    }
}
