using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Emulator.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Time;

public class EmulatorClockTests
{
    [Fact]
    public void NewOrganization_ClockStartsAtTheFixedDefault()
    {
        var org = Organizations.New();

        Assert.Equal(EmulatorClock.DefaultStart, org.Clock.UtcNow);
        Assert.Equal(DateTimeKind.Utc, org.Clock.UtcNow.Kind);
    }

    [Fact]
    public void Advance_MovesForwardByTheDuration()
    {
        var clock = new EmulatorClock();

        clock.Advance(TimeSpan.FromHours(5));
        clock.AdvanceDays(2);

        Assert.Equal(EmulatorClock.DefaultStart.AddHours(53), clock.UtcNow);
    }

    [Fact]
    public void Advance_Negative_Throws()
    {
        var clock = new EmulatorClock();

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Set_UnspecifiedKind_IsTakenAsUtc()
    {
        var clock = new EmulatorClock();

        clock.Set(new DateTime(2027, 2, 3, 4, 5, 6, DateTimeKind.Unspecified));

        Assert.Equal(new DateTime(2027, 2, 3, 4, 5, 6, DateTimeKind.Utc), clock.UtcNow);
        Assert.Equal(new DateTime(2027, 2, 3, 0, 0, 0, DateTimeKind.Utc), clock.Today);
    }

    [Fact]
    public void Set_LocalKind_IsConvertedToUtc()
    {
        var clock = new EmulatorClock();
        var local = new DateTime(2027, 2, 3, 4, 5, 6, DateTimeKind.Local);

        clock.Set(local);

        Assert.Equal(local.ToUniversalTime(), clock.UtcNow);
    }

    [Fact]
    public void Clock_DrivesRelativeDateQueries()
    {
        var org = Organizations.New();
        org.Service.Create(new Entity(TestSchema.Widget) { [TestSchema.Name] = "Soon", [TestSchema.Due] = org.Clock.UtcNow.AddDays(5) });
        var query = new QueryExpression(TestSchema.Widget);
        query.Criteria.AddCondition(TestSchema.Due, ConditionOperator.NextXDays, 7);

        var before = org.Service.RetrieveMultiple(query).Entities.Count;
        org.Clock.AdvanceDays(30);
        var after = org.Service.RetrieveMultiple(query).Entities.Count;

        Assert.Equal(1, before);
        Assert.Equal(0, after);
    }

    [Fact]
    public void Clock_DrivesOperationCreatedOnOfEveryStep()
    {
        var org = Organizations.New();
        var times = new List<DateTime>();
        org.RegisterStep(Steps.On("Create", TestSchema.Widget, Plugins.Registration.PipelineStage.PostOperation, call => times.Add(call.Context.OperationCreatedOn)));
        org.Service.Create(Organizations.Widget());
        org.Clock.Advance(TimeSpan.FromMinutes(90));

        org.Service.Create(Organizations.Widget());

        Assert.Equal([EmulatorClock.DefaultStart, EmulatorClock.DefaultStart.AddMinutes(90)], times);
    }
}
