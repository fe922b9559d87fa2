using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary>
/// A loopback fake of the Dataverse Web API endpoints <c>renewals org</c> uses: a real HTTP server on 127.0.0.1 that
/// answers each route from the test, refuses a request without the test's bearer token (401 with the platform's error
/// shape), throttles when told (429 with Retry-After), and records what it was sent. No test reaches the network.
/// </summary>
internal sealed class FakeDataverse : IDisposable
{
    public const string Token = "fake-token";
    private readonly HttpListener listener = new();
    private readonly List<(string Method, string Prefix, Func<Request, Answer> Answer)> routes = [];
    private readonly Task loop;
    private int throttles;
    private int retryAfterSeconds;

    public FakeDataverse()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public List<Request> Received { get; } = [];

    public sealed record Request(string Method, string PathAndQuery, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public sealed record Answer(int Status, string Body, int? RetryAfterSeconds = null);

    public static Answer Ok(object body) => new(200, JsonSerializer.Serialize(body));

    public static Answer Rows(params object[] rows) => Ok(new Dictionary<string, object> { ["value"] = rows });

    public static Answer Error(int status, string message) => new(status, JsonSerializer.Serialize(new { error = new { code = "0x80040220", message } }));

    /// <summary>Answers requests whose path (after /api/data/v9.2/) starts with prefix; the last route added wins.</summary>
    public FakeDataverse On(string method, string prefix, Func<Request, Answer> answer)
    {
        routes.Insert(0, (method, prefix, answer));
        return this;
    }

    public FakeDataverse Get(string prefix, Answer answer) => On("GET", prefix, _ => answer);

    /// <summary>The next <paramref name="count"/> requests get 429 with Retry-After.</summary>
    public void Throttle(int count, int retryAfter)
    {
        throttles = count;
        retryAfterSeconds = retryAfter;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync: the loop has ended.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Answer answer;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                string path = context.Request.Url!.PathAndQuery;
                path = Uri.UnescapeDataString(path.StartsWith("/api/data/v9.2/", StringComparison.Ordinal) ? path["/api/data/v9.2/".Length..] : path);
                var request = new Request(context.Request.HttpMethod, path, await reader.ReadToEndAsync());
                lock (Received)
                {
                    Received.Add(request);
                }

                answer = context.Request.Headers["Authorization"] != "Bearer " + Token
                    ? Error(401, "Bearer token is missing or not valid.")
                    : Interlocked.Decrement(ref throttles) >= 0
                        ? new Answer(429, JsonSerializer.Serialize(new { error = new { code = "0x80072322", message = "Number of requests exceeded the limit of 6000 over time window of 300 seconds." } }), retryAfterSeconds)
                        : routes.FirstOrDefault(r => r.Method == request.Method && request.PathAndQuery.StartsWith(r.Prefix, StringComparison.Ordinal)).Answer?.Invoke(request)
                            ?? Error(404, $"Resource not found for the segment '{request.PathAndQuery}'.");
            }

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            if (answer.RetryAfterSeconds is int seconds)
            {
                context.Response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
