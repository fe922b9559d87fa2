using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Crm.Renewals.Cli.Policies;
using ApprovalAuthority = Crm.Renewals.Plugins.Model.ApprovalAuthority;
using AuthorityLevelChoice = Crm.Renewals.Plugins.Model.AuthorityLevelChoice;

namespace Crm.Renewals.Cli.Org;

/// <summary>
/// <c>renewals org doctor</c>: reads a live environment and says, check by check, what is as the solution needs it and
/// what to do about the rest. Read-only; a check that cannot be read says why and the others still run.
/// </summary>
public sealed class Doctor
{
    private const int Enabled = 0;
    private const int FlowOn = 1;
    private const string ActiveIndex = "Active";
    private readonly WebApiClient api;
    private readonly DoctorExpectations expected;
    private readonly DateTime today;

    /// <summary>Creates the doctor.</summary>
    public Doctor(WebApiClient api, DoctorExpectations expected, DateTime today)
    {
        this.api = api ?? throw new ArgumentNullException(nameof(api));
        this.expected = expected ?? throw new ArgumentNullException(nameof(expected));
        this.today = today.Date;
    }

    /// <summary>Runs every check.</summary>
    public async Task<IReadOnlyList<Finding>> ExamineAsync()
    {
        var findings = new List<Finding>();
        await Run(findings, "solution installed", Solution).ConfigureAwait(false);
        await Run(findings, "steps enabled", Steps).ConfigureAwait(false);
        await Run(findings, "environment variables", Variables).ConfigureAwait(false);
        await Run(findings, "daily sweep flow", Flow).ConfigureAwait(false);
        await Run(findings, "approval authorities", Authorities).ConfigureAwait(false);
        await Run(findings, "alternate keys", Keys).ConfigureAwait(false);
        return findings;
    }

    private static async Task Run(List<Finding> findings, string check, Func<Task<IEnumerable<Finding>>> examine)
    {
        try
        {
            findings.AddRange(await examine().ConfigureAwait(false));
        }
        catch (WebApiException exception)
        {
            findings.Add(new Finding(check, false, "could not be read: " + exception.Message));
        }
    }

    private async Task<IEnumerable<Finding>> Solution()
    {
        var rows = Rows(await api.GetAsync($"solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq '{expected.SolutionName}'").ConfigureAwait(false));
        if (rows.Count == 0)
        {
            return [new Finding("solution installed", false, $"{expected.SolutionName} is not installed: import Crm.Renewals_{expected.Version}_managed.zip (renewals org import <zip>).")];
        }

        string version = rows[0].GetProperty("version").GetString() ?? "";
        bool managed = rows[0].TryGetProperty("ismanaged", out var flag) && flag.ValueKind == JsonValueKind.True;
        bool current = Version.TryParse(version, out var installed) && Version.TryParse(expected.Version, out var built) && installed >= built;
        return
        [
            new Finding("solution installed", true, $"{expected.SolutionName} {version}, {(managed ? "managed" : "unmanaged: import the managed zip into test and production")}"),
            new Finding("solution version", current, current
                ? $"{version} (this repository builds {expected.Version})"
                : $"{version} is older than {expected.Version}, which this repository builds: import the new managed zip to upgrade."),
        ];
    }

    private async Task<IEnumerable<Finding>> Steps()
    {
        string filter = string.Join(" or ", expected.Steps.Select(s => "sdkmessageprocessingstepid eq " + s.Id.ToString("D")));
        var rows = Rows(await api.GetAsync($"sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid,name,statecode&$filter={filter}").ConfigureAwait(false))
            .ToDictionary(r => Guid.Parse(r.GetProperty("sdkmessageprocessingstepid").GetString()!), r => r.GetProperty("statecode").GetInt32());
        var missing = expected.Steps.Where(s => !rows.ContainsKey(s.Id)).ToList();
        var disabled = expected.Steps.Where(s => rows.TryGetValue(s.Id, out int state) && state != Enabled).ToList();
        var findings = missing.Select(s => new Finding("steps enabled", false, $"{s.Name} is not registered: import the solution again (it registers every step)."))
            .Concat(disabled.Select(s => new Finding("steps enabled", false, $"{s.Name} is disabled: enable it (Solutions → Crm.Renewals → Plug-in steps → Activate); until then its rule does not run.")))
            .ToList();
        return findings.Count > 0 ? findings : [new Finding("steps enabled", true, $"all {expected.Steps.Count} steps registered and enabled")];
    }

    private async Task<IEnumerable<Finding>> Variables()
    {
        var rows = Rows(await api.GetAsync("environmentvariabledefinitions?$select=schemaname,defaultvalue&$filter=startswith(schemaname,'crr_')&$expand=environmentvariabledefinition_environmentvariablevalue($select=value)").ConfigureAwait(false));
        var findings = new List<Finding>();
        foreach (string variable in PolicyCatalog.Variables)
        {
            var row = rows.FirstOrDefault(r => string.Equals(r.GetProperty("schemaname").GetString(), variable, StringComparison.OrdinalIgnoreCase));
            if (row.ValueKind == JsonValueKind.Undefined)
            {
                findings.Add(new Finding(variable, false, "the definition is missing: import the solution again."));
                continue;
            }

            string? current = row.TryGetProperty("environmentvariabledefinition_environmentvariablevalue", out var values) && values.GetArrayLength() > 0 ? values[0].GetProperty("value").GetString() : null;
            string? value = current ?? (row.TryGetProperty("defaultvalue", out var fallback) ? fallback.GetString() : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                findings.Add(new Finding(variable, true, "no value: the plugins' built-in defaults apply"));
                continue;
            }

            var problems = PolicyCatalog.Check(variable, value!);
            findings.Add(problems.Count == 0
                ? new Finding(variable, true, current is null ? "the default value, valid" : "current value valid")
                : new Finding(variable, false, $"{(current is null ? "the default value" : "the current value")} is refused, so every plugin reading it fails: {string.Join(" ", problems)} Fix the value (check it first with renewals policy check {variable} <file>)."));
        }

        return findings;
    }

    private async Task<IEnumerable<Finding>> Flow()
    {
        JsonElement flow;
        try
        {
            flow = await api.GetAsync($"workflows({expected.SweepFlow:D})?$select=name,statecode").ConfigureAwait(false);
        }
        catch (WebApiException exception) when (exception.Status == HttpStatusCode.NotFound)
        {
            return [new Finding("daily sweep flow", false, "the flow is missing: import the solution again.")];
        }

        string name = flow.GetProperty("name").GetString() ?? "the sweep flow";
        return flow.GetProperty("statecode").GetInt32() == FlowOn
            ? [new Finding("daily sweep flow", true, $"{name} is on")]
            : [new Finding("daily sweep flow", false, $"{name} is off, so no renewal is generated at T-120: open it (Solutions → Crm.Renewals → Cloud flows), set its connection and Turn on.")];
    }

    private async Task<IEnumerable<Finding>> Authorities()
    {
        var rows = Rows(await api.GetAsync($"{expected.AuthoritiesSet}?$select={ApprovalAuthority.Level},{ApprovalAuthority.ValidFrom},{ApprovalAuthority.ValidTo},_{ApprovalAuthority.User}_value,{ApprovalAuthority.StateCode}&$filter={ApprovalAuthority.StateCode} eq 0").ConfigureAwait(false));
        var findings = new List<Finding>();
        int[] levels = [AuthorityLevelChoice.CSM, AuthorityLevelChoice.Manager, AuthorityLevelChoice.Director, AuthorityLevelChoice.VP, AuthorityLevelChoice.Executive];
        var grants = rows.Select(r => new
        {
            User = r.TryGetProperty($"_{ApprovalAuthority.User}_value", out var user) ? user.GetString() : null,
            Name = r.TryGetProperty($"_{ApprovalAuthority.User}_value@OData.Community.Display.V1.FormattedValue", out var shown) ? shown.GetString() : null,
            Level = r.TryGetProperty(ApprovalAuthority.Level, out var level) && level.ValueKind == JsonValueKind.Number ? level.GetInt32() : (int?)null,
            From = Day(r, ApprovalAuthority.ValidFrom) ?? DateTime.MinValue,
            To = Day(r, ApprovalAuthority.ValidTo) ?? DateTime.MaxValue,
        }).ToList();
        foreach (var grant in grants.Where(g => g.Level is null || !levels.Contains(g.Level.Value)))
        {
            findings.Add(new Finding("approval authorities", false, $"{grant.Name ?? grant.User} holds a level that is not one of CSM … Executive ({grant.Level?.ToString(CultureInfo.InvariantCulture) ?? "none"}): correct or deactivate the row."));
        }

        foreach (var grant in grants.Where(g => g.To < today))
        {
            findings.Add(new Finding("approval authorities", false, $"{grant.Name ?? grant.User}'s authority ended {grant.To:yyyy-MM-dd} but the row is still active: deactivate it."));
        }

        foreach (var user in grants.GroupBy(g => g.User))
        {
            var sorted = user.OrderBy(g => g.From).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].From <= sorted[i - 1].To)
                {
                    findings.Add(new Finding("approval authorities", false, $"{sorted[i].Name ?? user.Key} has overlapping authorities ({sorted[i - 1].From:yyyy-MM-dd} … and {sorted[i].From:yyyy-MM-dd} …); the highest counts, so end or deactivate the one that should not."));
                }
            }
        }

        return findings.Count > 0 ? findings : [new Finding("approval authorities", true, $"{grants.Count} active rows, levels CSM … Executive, no overlaps")];
    }

    private async Task<IEnumerable<Finding>> Keys()
    {
        var findings = new List<Finding>();
        foreach (var (table, key) in expected.Keys)
        {
            var rows = Rows(await api.GetAsync($"EntityDefinitions(LogicalName='{table}')/Keys?$select=LogicalName,EntityKeyIndexStatus").ConfigureAwait(false));
            var row = rows.FirstOrDefault(r => r.GetProperty("LogicalName").GetString() == key);
            string? status = row.ValueKind == JsonValueKind.Undefined ? null : row.GetProperty("EntityKeyIndexStatus").GetString();
            findings.Add(status switch
            {
                ActiveIndex => new Finding($"key {key}", true, $"{table}.{key} index Active"),
                null => new Finding($"key {key}", false, $"{table} has no key {key}: import the solution again."),
                "Failed" => new Finding($"key {key}", false, $"{table}.{key} index Failed, usually because duplicate rows already exist: find and merge them, then reactivate the key (Tables → {table} → Keys → Reactivate). Until it is Active duplicates can slip in."),
                _ => new Finding($"key {key}", false, $"{table}.{key} index is {status}: the platform is still building it after the import; run doctor again in a few minutes. Until it is Active duplicates can slip in."),
            });
        }

        return findings;
    }

    private static List<JsonElement> Rows(JsonElement response) => response.GetProperty("value").EnumerateArray().ToList();

    private static DateTime? Day(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day) ? day.Date : null;
}
