/*
 * Web resource crr_/dashboard/renewalpipeline.js — the renewal pipeline dashboard's page, compiled from this file.
 * Hosted as the "Renewal pipeline" dashboard's web resource (an iframe), so the client API is the parent window's Xrm.
 *
 * The figures (headline, tiles, chart) come from the server (crr_GetRenewalPipeline: exact at any size, a bounded
 * number of queries) and crr_GetSaveMetrics; the table reads one page of renewals at a time, and the next milestone of
 * that page's renewals only. Each panel fails on its own, says why in words, and retries on its own.
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

    /** The page's state: what was read, what failed, what the user picked. */
    interface State {
        xrm: Xrm.XrmStatic;
        now: Date;
        format: Format;
        milestoneLabels: Map<number, string>;
        figures: Figures | null;
        figuresError: string | null;
        saves: Saves | null;
        savesError: string | null;
        filter: TableFilter;
        /** Query options of each page read so far; the next page's come from the server's nextLink. */
        pageOptions: string[];
        pageIndex: number;
        nextOptions: string | null;
        page: Page | null;
        tableError: string | null;
    }

    function errorText(error: unknown): string {
        return error !== null && typeof error === "object" && "message" in error ? String((error as { message: unknown }).message) : String(error);
    }

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

    /** The client API of the hosting app: this window's when loaded in a form, the parent's in a dashboard. */
    function hostXrm(): Xrm.XrmStatic | null {
        const page = globalThis as unknown as { Xrm?: Xrm.XrmStatic; parent?: { Xrm?: Xrm.XrmStatic } };
        if (page.Xrm && page.Xrm.WebApi) {
            return page.Xrm;
        }

        try {
            return page.parent && page.parent.Xrm && page.parent.Xrm.WebApi ? page.parent.Xrm : null;
        } catch {
            // A parent from another origin (the page opened outside the app) refuses access.
            return null;
        }
    }

    function renderFiguresPanel(state: State, element: HTMLElement): void {
        element.innerHTML = state.figures
            ? renderFigures(state.figures, state.saves, state.savesError, state.format, state.filter, state.milestoneLabels)
            : renderPanelError("figures", friendlyError("the pipeline's figures", state.figuresError || "no answer"));
    }

    function renderTablePanel(state: State, element: HTMLElement): void {
        if (state.tableError) {
            element.innerHTML = renderPanelError("table", friendlyError("the open renewals", state.tableError));
        } else if (state.page && state.figures && state.figures.totals.count > 0) {
            element.innerHTML = renderTable(state.page, state.filter, state.format, state.milestoneLabels);
        } else {
            element.innerHTML = "";
        }
    }

    async function readFigures(state: State): Promise<void> {
        const webApi = state.xrm.WebApi;
        const [figures, saves] = await Promise.allSettled([loadFigures(webApi), loadSaves(webApi, state.now)]);
        state.figures = figures.status === "fulfilled" ? figures.value : null;
        state.figuresError = figures.status === "rejected" ? errorText(figures.reason) : null;
        state.saves = saves.status === "fulfilled" ? saves.value : null;
        state.savesError = saves.status === "rejected" ? errorText(saves.reason) : null;
    }

    /** Reads the page at index (0 is the first), from the options already known for it. */
    async function readPage(state: State, index: number): Promise<void> {
        if (!state.figures) {
            state.page = null;
            return;
        }

        const options = index === 0 ? firstPageOptions(state.figures, state.filter) : state.pageOptions[index];
        if (options === null || options === undefined) {
            state.page = { rows: [], first: 1, total: 0, hasPrevious: false, hasNext: false };
            return;
        }

        try {
            const read = await loadPage(state.xrm.WebApi, options, state.now);
            state.pageOptions = state.pageOptions.slice(0, index).concat([options]);
            state.pageIndex = index;
            state.nextOptions = read.nextOptions;
            state.page = { rows: read.records, first: index * PageRows + 1, total: matching(state.figures, state.filter), hasPrevious: index > 0, hasNext: read.nextOptions !== null };
            state.tableError = null;
        } catch (error) {
            state.tableError = errorText(error);
        }
    }

    /** Handles a click (or Enter/Space) on an element with data-action; resolves once the page shows the result. */
    async function act(state: State, target: HTMLElement, panels: { figures: HTMLElement; table: HTMLElement }, busy: (on: boolean) => void): Promise<void> {
        const data = target.dataset;
        const navigation = state.xrm.Navigation;
        switch (data.action) {
            case "open-view": {
                const view = Views[data.view as ViewName];
                if (view && navigation) {
                    await navigation.navigateTo(view.id ? { pageType: "entitylist", entityName: view.entity, viewId: view.id } : { pageType: "entitylist", entityName: view.entity });
                }

                return;
            }
            case "open-record":
                if (navigation && data.id) {
                    await navigation.navigateTo({ pageType: "entityrecord", entityName: "opportunity", entityId: data.id });
                }

                return;
            case "filter":
            case "clear-filter":
                state.filter = data.action !== "filter"
                    ? NoFilter
                    : data.milestone !== undefined
                        ? { year: null, month: null, series: data.series ? seriesByKey(data.series) : null, milestone: { value: data.milestone === "none" ? null : Number(data.milestone) } }
                        : { year: Number(data.year), month: Number(data.month), series: data.series ? seriesByKey(data.series) : null, milestone: null };
                break;
            case "page":
                break;
            case "retry":
                break;
            default:
                return;
        }

        busy(true);
        try {
            if (data.action === "retry" && data.panel === "figures") {
                await readFigures(state);
                await readPage(state, 0);
            } else if (data.action === "page") {
                const index = data.direction === "next" ? state.pageIndex + 1 : Math.max(0, state.pageIndex - 1);
                if (data.direction === "next" && state.nextOptions) {
                    state.pageOptions = state.pageOptions.slice(0, index).concat([state.nextOptions]);
                }

                await readPage(state, index);
            } else {
                await readPage(state, 0);
            }

            renderFiguresPanel(state, panels.figures);
            renderTablePanel(state, panels.table);
        } finally {
            busy(false);
        }
    }

    /** Loads and renders into the element with id "crr-pipeline"; resolves once everything shown is read. */
    export async function start(document: Document, now: Date): Promise<void> {
        const container = document.getElementById("crr-pipeline") as HTMLElement;
        const xrm = hostXrm();
        if (!xrm) {
            container.innerHTML = renderPanelError("figures", "The renewal pipeline needs the Dynamics 365 client API: open it as the Renewal pipeline dashboard of the Renewals app.");
            container.setAttribute("aria-busy", "false");
            return;
        }

        const busy = (on: boolean): void => container.setAttribute("aria-busy", on ? "true" : "false");
        busy(true);
        const navigator = globalThis.navigator as Navigator | undefined;
        const [format, milestoneLabels] = await Promise.all([loadFormats(xrm, navigator && navigator.languages), loadMilestoneLabels(xrm)]);
        const state: State = {
            xrm, now, format, milestoneLabels, figures: null, figuresError: null, saves: null, savesError: null, filter: NoFilter,
            pageOptions: [], pageIndex: 0, nextOptions: null, page: null, tableError: null,
        };
        container.innerHTML = "<div id=\"crr-figures\"></div><section id=\"crr-table\" aria-label=\"Open renewals\"></section>";
        const panels = { figures: document.getElementById("crr-figures") as HTMLElement, table: document.getElementById("crr-table") as HTMLElement };
        // Buttons and links raise click for Enter themselves; the chart's SVG buttons (role="button") need the keys handled.
        const handle = (event: Event): void => {
            const target = (event.target as Element).closest("[data-action]") as HTMLElement | null;
            const key = event.type === "keydown" ? (event as KeyboardEvent).key : null;
            if (!target || (event.type === "keydown" && (target.tagName === "BUTTON" || target.tagName === "A" || (key !== "Enter" && key !== " ")))) {
                return;
            }

            event.preventDefault();
            void act(state, target, panels, busy);
        };
        container.addEventListener("click", handle);
        container.addEventListener("keydown", handle);
        try {
            await readFigures(state);
            await readPage(state, 0);
            renderFiguresPanel(state, panels.figures);
            renderTablePanel(state, panels.table);
        } finally {
            busy(false);
        }
    }

    const page = globalThis as unknown as { document?: Document };
    if (page.document && page.document.getElementById && page.document.getElementById("crr-pipeline")) {
        const document = page.document;
        const run = (): void => {
            void start(document, new Date());
        };
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", run);
        } else {
            run();
        }
    }
}
