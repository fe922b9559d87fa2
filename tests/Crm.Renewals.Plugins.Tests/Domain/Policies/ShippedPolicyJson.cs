namespace Crm.Renewals.Plugins.Tests.Domain.Policies;

/// <summary>The default values the Solution ships in its environment variables, exactly as specified.</summary>
internal static class ShippedPolicyJson
{
    public const string Risk =
        "{\"healthScoreRedFlagBelow\":50,\"healthScoreRedBelow\":35,\"healthScoreGreenFrom\":70,\"usageChangeRedFlagAtOrBelowPercent\":-20,"
        + "\"adoptionRedFlagBelowPercent\":50,\"npsRedFlagBelow\":0,\"redFlagsForRed\":2,\"overrideValidDays\":30}";

    public const string Renewal =
        "{\"leadTimeDays\":{\"enterprise\":150,\"midMarket\":120,\"smb\":120},\"atRiskLeadTimeDays\":180,\"upliftPercent\":0,"
        + "\"salesOwnershipArrThreshold\":100000,\"salesOwner\":null,\"milestoneOffsetsDays\":[120,90,60,45,30,14,7,0],\"winBackMonths\":[3,6,12]}";

    public const string Approval =
        "{\"discountBands\":[{\"upToPercent\":5,\"level\":\"csm\"},{\"upToPercent\":15,\"level\":\"manager\"},{\"upToPercent\":25,\"level\":\"director\"}],"
        + "\"discountAboveBandsLevel\":\"vp\",\"emergencyDiscountFromPercent\":30,\"emergencyLevel\":\"executive\",\"paymentTermsLevel\":\"csm\","
        + "\"serviceLevel\":\"manager\",\"contractualLevel\":\"director\",\"customDealLevel\":\"vp\",\"sunsetRequiredAbovePercent\":10,"
        + "\"sunsetWaiverLevel\":\"vp\",\"rationaleRequiredFromPercent\":30,\"guidance\":{\"low\":[5,10],\"medium\":[15,20],\"high\":[25,30]}}";

    public const string Save =
        "{\"highValueArrFrom\":50000,\"mediumValueArrFrom\":10000,\"executiveEscalationArrFrom\":50000,\"comprehensiveFromDays\":90,"
        + "\"compressedFromDays\":30,\"postSaveMonitoringWeeks\":26,\"winBackMonths\":[3,6,12],"
        + "\"successBenchmark\":{\"solidFromPercent\":50,\"solidToPercent\":60,\"overInvestmentAbovePercent\":70}}";
}
