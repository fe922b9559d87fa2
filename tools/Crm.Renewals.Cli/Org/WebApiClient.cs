using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Crm.Renewals.Cli.Org;

/// <summary>
/// The Dataverse Web API (v9.2) of one environment, with a token from Azure.Identity. A throttled call (429: the
/// service-protection limits) waits the Retry-After the service gives and is sent again, a bounded number of times; an
/// authentication refusal and every other error come back as a <see cref="WebApiException"/> saying what to check.
/// </summary>
public sealed class WebApiClient : IDisposable
{
    /// <summary>Throttled calls sent again at most this many times.</summary>
    public const int MaxThrottleRetries = 5;

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);
    private readonly HttpClient http;
    private readonly Uri organization;
    private readonly TokenCredential credential;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private AccessToken token;

    /// <summary>Creates the client.</summary>
    /// <param name="organization">The environment's URL, e.g. https://contoso.crm.dynamics.com.</param>
    /// <param name="credential">Where tokens come from.</param>
    /// <param name="handler">The HTTP handler (tests give a loopback one); null for the default.</param>
    /// <param name="delay">How to wait before a retry (tests record instead of sleeping); null to wait.</param>
    public WebApiClient(Uri organization, TokenCredential credential, HttpMessageHandler? handler = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.credential = credential ?? throw new ArgumentNullException(nameof(credential));
        this.delay = delay ?? Task.Delay;
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = new Uri(organization, "/api/data/v9.2/");
        http.Timeout = TimeSpan.FromMinutes(5);
    }

    /// <summary>Throttled calls that were waited for and sent again, in all.</summary>
    public int ThrottledRetries { get; private set; }

    /// <summary>Requests sent, retries included.</summary>
    public int Requests { get; private set; }

    /// <summary>GETs a resource (relative to /api/data/v9.2/) and returns its JSON.</summary>
    public Task<JsonElement> GetAsync(string path, CancellationToken cancellation = default) => SendAsync(HttpMethod.Get, path, null, cancellation);

    /// <summary>POSTs a JSON body (an action) and returns the response's JSON (an empty object for 204).</summary>
    public Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellation = default) => SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body), cancellation);

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellation).ConfigureAwait(false));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Add("OData-Version", "4.0");
            request.Headers.Add("OData-MaxVersion", "4.0");
            request.Headers.Add("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"");
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            HttpResponseMessage response;
            try
            {
                Requests++;
                response = await http.SendAsync(request, cancellation).ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                throw new WebApiException(null, $"{organization} could not be reached ({exception.Message}); check the URL (--url or CRR_ORG_URL) and the network.");
            }

            using (response)
            {
                string text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
                if ((int)response.StatusCode == 429 && attempt < MaxThrottleRetries)
                {
                    ThrottledRetries++;
                    await delay(RetryAfter(response), cancellation).ConfigureAwait(false);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    return string.IsNullOrWhiteSpace(text) ? JsonDocument.Parse("{}").RootElement.Clone() : JsonDocument.Parse(text).RootElement.Clone();
                }

                throw Failure(method, path, response.StatusCode, text);
            }
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellation)
    {
        if (token.Token is null || token.ExpiresOn <= DateTimeOffset.UtcNow.AddMinutes(2))
        {
            try
            {
                token = await credential.GetTokenAsync(new TokenRequestContext([new Uri(organization, "/.default").ToString()]), cancellation).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or Azure.RequestFailedException)
            {
                throw new WebApiException(HttpStatusCode.Unauthorized, $"No token for {organization}: {exception.Message.Split('\n')[0]} Check the tenant (--tenant or AZURE_TENANT_ID), the client id and its secret or certificate.");
            }
        }

        return token.Token;
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta)
        {
            return delta;
        }

        return header?.Date is DateTimeOffset date && date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow : DefaultRetryAfter;
    }

    private WebApiException Failure(HttpMethod method, string path, HttpStatusCode status, string text)
    {
        string detail = text;
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message))
            {
                detail = message.GetString() ?? text;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page): the text as it came.
        }

        string what = $"{method} {path} answered {(int)status} {status.ToString()}";
        return status switch
        {
            HttpStatusCode.Unauthorized => new WebApiException(status, $"{what}: the token was refused. The app registration must be an application user of {organization} (Power Platform admin center → environment → Application users)."),
            HttpStatusCode.Forbidden => new WebApiException(status, $"{what}: {detail} Give the user or application user the Renewals Administrator role (or System Administrator for import)."),
            (HttpStatusCode)429 => new WebApiException(status, $"{what}: still throttled after {MaxThrottleRetries.ToString(CultureInfo.InvariantCulture)} waits; run again later, the sweep resumes from its continuation."),
            _ => new WebApiException(status, $"{what}: {detail}"),
        };
    }
}
