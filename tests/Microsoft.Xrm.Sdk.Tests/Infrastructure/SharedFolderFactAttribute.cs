namespace Microsoft.Xrm.Sdk.Tests.Infrastructure;

/// <summary>A fact that is skipped, with the reason, when <c>shared/xrm-sdk</c> is not beside the repository (for example on CI).</summary>
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute()
    {
        if (RepositoryPaths.SharedXrmSdkFolder == null)
        {
            Skip = "shared/xrm-sdk is not beside the repository (expected at ../shared/xrm-sdk from the folder holding Crm.Renewals.sln); the committed copies under Reference/ are used unchecked.";
        }
    }
}
