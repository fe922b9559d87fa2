using Azure.Core;
using Azure.Identity;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary>A credential giving the fake's token, or refusing as Entra ID refuses a wrong secret.</summary>
internal sealed class FakeCredential(bool refuse = false, string token = FakeDataverse.Token) : TokenCredential
{
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.AddRange(requestContext.Scopes);
        return refuse
            ? throw new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.")
            : new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
}
