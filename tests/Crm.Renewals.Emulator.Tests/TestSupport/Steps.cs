using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>Step registrations for test plugins whose behaviour is a delegate.</summary>
internal static class Steps
{
    public static StepRegistration On(
        string message,
        string table,
        PipelineStage stage,
        Action<PluginCall> behavior,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string[]? filteringAttributes = null,
        StepImage[]? images = null) => On(message, table, stage, behavior, out _, mode, rank, filteringAttributes, images);

    public static StepRegistration On(
        string message,
        string table,
        PipelineStage stage,
        Action<PluginCall> behavior,
        out PluginBehavior registered,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string[]? filteringAttributes = null,
        StepImage[]? images = null)
    {
        registered = DelegatePlugin.Register(behavior);
        return new StepRegistration(Guid.NewGuid(), typeof(DelegatePlugin), message, table, stage, mode, rank)
        {
            UnsecureConfiguration = registered.Key,
            FilteringAttributes = filteringAttributes ?? [],
            Images = images ?? [],
        };
    }

    public static StepImage Image(string alias, ImageType type, params string[] attributes) => new(Guid.NewGuid(), alias, type, attributes);
}
