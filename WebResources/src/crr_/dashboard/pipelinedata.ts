/*
 * Web resource crr_/dashboard/pipelinedata.js — what the renewal pipeline dashboard reads through Xrm.WebApi, compiled
 * from this file: the server's figures (crr_GetRenewalPipeline) and save metrics (crr_GetSaveMetrics), the user's
 * formats and milestone labels, and one page of renewals with that page's milestone tasks (two requests a page).
 */
namespace CrmRenewals.RenewalPipeline {
    /** Rows per page of the table: a page is a glance, not an export. */
    export const PageRows = 25;

    /** statecode 0 is Open for both opportunity and task. */
    const OpenState = 0;

    const FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    const Api = Object.freeze({ Pipeline: "crr_GetRenewalPipeline", SaveMetrics: "crr_GetSaveMetrics", FunctionOperation: 1, PrimitiveProperty: 1 });

    /**
     * Values of crr_milestone that are not a renewal's milestone: the weekly post-save health checks and win-back tasks
     * sit on accounts; left out so they are never taken for a renewal's next milestone.
     */
    const NotRenewalMilestones = Object.freeze({ WinBack: 642310010, PostSaveHealthCheck: 642310011 });

    /** A Web API record or response body. */
    type Json = Record<string, any>;

    function day(date: Date): string {
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
    }

    async function execute(webApi: Xrm.WebApi, name: string, parameters: Record<string, unknown>, parameterTypes: Record<string, unknown>): Promise<Json> {
        const request = { ...parameters, getMetadata: () => ({ boundParameter: null, operationType: Api.FunctionOperation, operationName: name, parameterTypes }) };
        const response = await webApi.online.execute(request);
        return await response.json() as Json;
    }

    /** The server's figures of this month and the eleven after it. */
    export async function loadFigures(webApi: Xrm.WebApi): Promise<Figures> {
        const result = await execute(webApi, Api.Pipeline, {}, {});
        return parseFigures(String(result.Figures));
    }

    /** The save metrics of the last twelve months. */
    export async function loadSaves(webApi: Xrm.WebApi, today: Date): Promise<Saves> {
        const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
        const dateType = { typeName: "Edm.DateTimeOffset", structuralProperty: Api.PrimitiveProperty };
        const result = await execute(webApi, Api.SaveMetrics, { From: day(from), To: day(today) }, { From: dateType, To: dateType });
        return {
            rate: typeof result.SaveSuccessRate === "number" ? result.SaveSuccessRate : null,
            saved: Number(result.SuccessfulSaves) || 0,
            closed: Number(result.ClosedSavePlans) || 0,
            assessment: result.SuccessAssessment || null,
        };
    }

    /** The user's formats and the base currency; what cannot be read falls back to the browser's locale. */
    export async function loadFormats(xrm: Xrm.XrmStatic, browserLocales: readonly string[] | undefined): Promise<Format> {
        const context = xrm.Utility.getGlobalContext();
        const user = context.userSettings;
        const settings = async (): Promise<Json | null> => {
            const userId = user && user.userId ? user.userId.replace(/[{}]/g, "") : null;
            if (!userId) {
                return null;
            }

            const rows = await xrm.WebApi.retrieveMultipleRecords("usersettings", `${UserSettingsQuery}&$filter=systemuserid eq ${userId}`);
            return rows.entities.length > 0 ? rows.entities[0] : null;
        };
        const currency = async (): Promise<string | null> => {
            const base = context.organizationSettings && context.organizationSettings.baseCurrency;
            if (!base || !base.id) {
                return null;
            }

            const record = await xrm.WebApi.retrieveRecord("transactioncurrency", base.id.replace(/[{}]/g, ""), "?$select=isocurrencycode");
            return record.isocurrencycode || null;
        };
        const [found, code] = await Promise.all([settings().catch(() => null), currency().catch(() => null)]);
        return createFormat(userFormats(found, user ? user.languageId : null, browserLocales, code));
    }

    /**
     * The labels of the choice crr_milestone in the user's language, from the client API's metadata cache; empty when
     * it cannot be read (the chart then names a milestone by its value).
     */
    export async function loadMilestoneLabels(xrm: Xrm.XrmStatic): Promise<Map<number, string>> {
        try {
            const metadata = await xrm.Utility.getEntityMetadata("opportunity", ["crr_nextmilestone"]);
            const attribute = metadata.Attributes.get("crr_nextmilestone");
            const options = attribute ? (Array.isArray(attribute.OptionSet) ? attribute.OptionSet : Object.values(attribute.OptionSet || {})) as Xrm.Metadata.OptionMetadata[] : [];
            return new Map(options.map((option) => [option.Value, option.Label && option.Label.UserLocalizedLabel ? option.Label.UserLocalizedLabel.Label : String(option.Value)]));
        } catch {
            return new Map();
        }
    }

    /** The options of the table's first page for a filter, or null when the filter matches no month of the figures. */
    export function firstPageOptions(figures: Figures, filter: TableFilter): string | null {
        const dates = period(figures, filter);
        if (!dates) {
            return null;
        }

        const risk = filter.series ? (filter.series.value === null ? " and crr_riskcategory eq null" : ` and crr_riskcategory eq ${filter.series.value}`) : "";
        const milestone = filter.milestone ? ` and crr_nextmilestone eq ${filter.milestone.value === null ? "null" : filter.milestone.value}` : "";
        return "?$select=name,crr_riskcategory,estimatedvalue,estimatedvalue_base,crr_termenddate,_customerid_value"
            + `&$filter=crr_isrenewal eq true and statecode eq ${OpenState} and crr_termenddate ge ${dates.from} and crr_termenddate lt ${dates.to}${risk}${milestone}`
            + "&$orderby=crr_termenddate asc,name asc";
    }

    /** The open milestone tasks of the given renewals: one query, whatever the organization's size. */
    export function milestoneOptions(renewalIds: readonly string[]): string {
        const regarding = renewalIds.map((id) => `_regardingobjectid_value eq ${id}`).join(" or ");
        return "?$select=crr_milestone,scheduledend,_regardingobjectid_value"
            + `&$filter=statecode eq ${OpenState} and crr_milestone ne null`
            + Object.values(NotRenewalMilestones).map((value) => ` and crr_milestone ne ${value}`).join("")
            + ` and (${regarding})&$orderby=scheduledend asc`;
    }

    function toRow(record: Json, milestones: Map<string, NextMilestone>): Row {
        const present = (value: unknown): unknown => (value === undefined ? null : value);
        const arr = present(record.estimatedvalue_base) !== null ? record.estimatedvalue_base : present(record.estimatedvalue);
        return {
            id: record.opportunityid,
            name: record.name,
            account: record[`_customerid_value${FormattedValue}`] || null,
            series: seriesOf(present(record.crr_riskcategory) as number | null),
            arr: typeof arr === "number" ? arr : 0,
            arrText: record[`estimatedvalue${FormattedValue}`] || null,
            renewalDate: parseDateOnly(record.crr_termenddate),
            nextMilestone: milestones.get(record.opportunityid) || null,
        };
    }

    /** One page of renewals and their next milestones: two requests. */
    export async function loadPage(webApi: Xrm.WebApi, options: string, now: Date): Promise<{ records: Row[]; nextOptions: string | null }> {
        const result = await webApi.retrieveMultipleRecords("opportunity", options, PageRows);
        const records = result.entities.slice(0, PageRows);
        let milestones = new Map<string, NextMilestone>();
        if (records.length > 0) {
            const tasks = await webApi.retrieveMultipleRecords("task", milestoneOptions(records.map((r) => r.opportunityid)));
            milestones = nextMilestones(tasks.entities.map((task) => ({
                renewalId: task._regardingobjectid_value,
                label: task[`crr_milestone${FormattedValue}`] || String(task.crr_milestone),
                due: task.scheduledend || null,
            })), now);
        }

        const nextLink = result.nextLink;
        return { records: records.map((r) => toRow(r, milestones)), nextOptions: nextLink ? `?${nextLink.slice(nextLink.indexOf("?") + 1)}` : null };
    }
}
