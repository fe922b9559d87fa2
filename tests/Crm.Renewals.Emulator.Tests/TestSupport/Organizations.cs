using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>Fresh organizations and sample rows for the emulator's tests.</summary>
internal static class Organizations
{
    public static OrganizationEmulator New() => new(TestSchema.Metadata);

    public static Entity Widget(string name = "Widget", string? code = null)
    {
        var widget = new Entity(TestSchema.Widget) { [TestSchema.Name] = name };
        if (code is not null)
        {
            widget[TestSchema.Code] = code;
        }

        return widget;
    }

    public static Entity Account(string name = "Contoso") => new(PlatformTables.Account) { ["name"] = name };

    public static OrganizationFaultException Fault(Action action) => Assert.Throws<OrganizationFaultException>(action);
}
