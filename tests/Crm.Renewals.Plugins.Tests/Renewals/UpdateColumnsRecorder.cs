using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>
/// Records what an Update sends: registered at PreValidation of a table's Update, it traces the Target's
/// columns exactly as the caller passed them (sorted, comma-separated), so a test can assert that only the
/// changed columns were sent.
/// </summary>
public sealed class UpdateColumnsRecorder : IPlugin
{
    /// <summary>The prefix of the trace line.</summary>
    public const string Prefix = "Update columns: ";

    private static readonly Guid StepId = new("0f3d5c5e-7f0e-4a3b-9c1d-6a2b8e4f1c27");

    /// <summary>Registers the recorder on Update of <paramref name="table"/>.</summary>
    public static void RegisterOn(OrganizationEmulator org, string table) =>
        org.RegisterStep(new StepRegistration(StepId, typeof(UpdateColumnsRecorder), "Update", table, PipelineStage.PreValidation));

    /// <summary>The columns of each recorded Update, oldest first.</summary>
    public static IReadOnlyList<string> Recorded(OrganizationEmulator org) =>
        org.Log.StepsOf<UpdateColumnsRecorder>().SelectMany(step => step.Traces).Where(line => line.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(line => line.Substring(Prefix.Length)).ToArray();

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var target = (Entity)context.InputParameters["Target"];
        tracing.Trace(Prefix + string.Join(",", target.Attributes.Keys.OrderBy(key => key, StringComparer.Ordinal)));
    }
}
