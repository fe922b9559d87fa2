using System;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>The organization service: data operations and message execution.</summary>
public interface IOrganizationService
{
    /// <summary>Links records through a relationship.</summary>
    /// <param name="entityName">The primary record's table.</param>
    /// <param name="entityId">The primary record's id.</param>
    /// <param name="relationship">The relationship.</param>
    /// <param name="relatedEntities">The records to link.</param>
    void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Creates a record.</summary>
    /// <param name="entity">The record.</param>
    /// <returns>The new record's id.</returns>
    Guid Create(Entity entity);

    /// <summary>Deletes a record.</summary>
    /// <param name="entityName">The table.</param>
    /// <param name="id">The record id.</param>
    void Delete(string entityName, Guid id);

    /// <summary>Unlinks records from a relationship.</summary>
    /// <param name="entityName">The primary record's table.</param>
    /// <param name="entityId">The primary record's id.</param>
    /// <param name="relationship">The relationship.</param>
    /// <param name="relatedEntities">The records to unlink.</param>
    void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Executes a message.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    OrganizationResponse Execute(OrganizationRequest request);

    /// <summary>Retrieves a record.</summary>
    /// <param name="entityName">The table.</param>
    /// <param name="id">The record id.</param>
    /// <param name="columnSet">The columns to return.</param>
    /// <returns>The record.</returns>
    Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

    /// <summary>Retrieves the records a query matches.</summary>
    /// <param name="query">The query.</param>
    /// <returns>A page of records.</returns>
    EntityCollection RetrieveMultiple(QueryBase query);

    /// <summary>Updates the columns present in <paramref name="entity"/>.</summary>
    /// <param name="entity">The record.</param>
    void Update(Entity entity);
}
