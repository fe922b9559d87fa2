using System;
using System.Diagnostics;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// What the scheduled flow does every morning: calls <c>crr_GenerateRenewals</c> until it reports no
/// more records, passing the continuation along; keeps the totals and the longest single call.
/// </summary>
internal sealed class RenewalDemoSweep
{
    private readonly IOrganizationService flow;

    public RenewalDemoSweep(IOrganizationService flow) => this.flow = flow;

    public int Calls { get; private set; }

    public int Created { get; private set; }

    public int Failed { get; private set; }

    public TimeSpan LongestCall { get; private set; }

    /// <summary>Runs today's sweep to the end.</summary>
    /// <returns>Renewals it created today.</returns>
    public int RunToday()
    {
        var createdToday = 0;
        string? continuation = null;
        bool more;
        do
        {
            var request = new OrganizationRequest(GenerateRenewalsApi.MessageName);
            if (continuation is not null)
            {
                request[GenerateRenewalsApi.RequestContinuation] = continuation;
            }

            var started = Stopwatch.GetTimestamp();
            var response = flow.Execute(request);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LongestCall = elapsed > LongestCall ? elapsed : LongestCall;
            Calls++;
            createdToday += (int)response[GenerateRenewalsApi.ResponseCreated];
            Failed += (int)response[GenerateRenewalsApi.ResponseFailed];
            more = (bool)response[GenerateRenewalsApi.ResponseMoreRecords];
            continuation = (string)response[GenerateRenewalsApi.ResponseContinuation];
        }
        while (more);

        Created += createdToday;
        return createdToday;
    }
}
