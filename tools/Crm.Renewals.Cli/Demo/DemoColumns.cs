namespace Crm.Renewals.Cli.Demo;

/// <summary>The solution's tables, columns and option labels the demo seeds (values are looked up by label in the metadata).</summary>
public static class DemoColumns
{
    /// <summary>Account table.</summary>
    public const string Account = "account";

    /// <summary>Account name.</summary>
    public const string AccountName = "name";

    /// <summary>Customer segment (choice).</summary>
    public const string Segment = "crr_segment";

    /// <summary>Health score 0–100.</summary>
    public const string HealthScore = "crr_healthscore";

    /// <summary>Usage trend (choice).</summary>
    public const string UsageTrend = "crr_usagetrend";

    /// <summary>Usage change over the last quarter, percent.</summary>
    public const string UsageChange = "crr_usagechangepercent";

    /// <summary>Share of licensed seats in use, percent.</summary>
    public const string Adoption = "crr_adoptionpercent";

    /// <summary>Support sentiment (choice).</summary>
    public const string Sentiment = "crr_supportsentiment";

    /// <summary>Net promoter score −100…100.</summary>
    public const string Nps = "crr_nps";

    /// <summary>Relationship strength (choice).</summary>
    public const string Relationship = "crr_relationshipstrength";

    /// <summary>Champion or decision maker left.</summary>
    public const string ChampionLeft = "crr_championleft";

    /// <summary>Competitive signal.</summary>
    public const string Competitive = "crr_competitivesignal";

    /// <summary>Budget signal.</summary>
    public const string Budget = "crr_budgetsignal";

    /// <summary>Business change (layoffs, M&amp;A...).</summary>
    public const string BusinessChange = "crr_businesschange";

    /// <summary>Engagement drop.</summary>
    public const string EngagementDrop = "crr_engagementdrop";

    /// <summary>Whitespace identified (growth signal).</summary>
    public const string Whitespace = "crr_whitespaceidentified";

    /// <summary>Customer states growth needs (growth signal).</summary>
    public const string GrowthNeed = "crr_growthneedstated";

    /// <summary>Usage near tier limits (growth signal).</summary>
    public const string NearTierLimit = "crr_neartierlimit";

    /// <summary>Risk category the solution computes (choice).</summary>
    public const string RiskCategory = "crr_riskcategory";

    /// <summary>Customer contract table.</summary>
    public const string Contract = "crr_customercontract";

    /// <summary>Contract name.</summary>
    public const string ContractName = "crr_name";

    /// <summary>Contract's account.</summary>
    public const string ContractAccount = "crr_account";

    /// <summary>Annual recurring revenue (currency).</summary>
    public const string Arr = "crr_arr";

    /// <summary>Term start date.</summary>
    public const string StartDate = "crr_startdate";

    /// <summary>Term end date.</summary>
    public const string EndDate = "crr_enddate";

    /// <summary>Term length in months.</summary>
    public const string TermMonths = "crr_termmonths";

    /// <summary>Contract status (choice).</summary>
    public const string ContractStatus = "crr_contractstatus";

    /// <summary>Label of the active contract status.</summary>
    public const string ActiveStatusLabel = "Active";
}
