using System;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Plugins.Pipeline;

/// <summary>The pipeline feature's plugin type and Custom API: the dashboard's figures, computed on the server.</summary>
public static class PipelineRegistrations
{
    /// <summary>The declarations, listed in <see cref="PluginRegistrations"/>.</summary>
    public static FeatureRegistrations Feature { get; } = new()
    {
        PluginTypes = new[]
        {
            new PluginTypeRegistration(new Guid("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"), typeof(GetRenewalPipelinePlugin)),
        },
        CustomApis = new[]
        {
            new CustomApiBinding(GetRenewalPipelineApi.MessageName, typeof(GetRenewalPipelinePlugin)),
        },
    };
}
