namespace Crm.Renewals.Plugins.Registration;

/// <summary>Kind of entity image a step asks for, with the values Dataverse stores in <c>ImageType</c>.</summary>
public enum ImageType
{
    /// <summary>The row as it was before the operation.</summary>
    PreImage = 0,

    /// <summary>The row as it is after the operation (PostOperation only).</summary>
    PostImage = 1,

    /// <summary>Both a pre-image and a post-image under the same alias.</summary>
    Both = 2,
}
