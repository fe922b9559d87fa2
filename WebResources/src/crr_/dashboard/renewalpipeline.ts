/*
 * Web resource crr_/dashboard/renewalpipeline.js — the renewal pipeline dashboard's page, compiled from this file.
 * Hosted as the "Renewal pipeline" dashboard's web resource (an iframe), so the client API is the parent window's Xrm.
 *
 * The figures (headline, tiles, chart) come from the server (crr_GetRenewalPipeline: exact at any size, a bounded
 * number of queries) and crr_GetSaveMetrics; the table reads one page of renewals at a time, and the next milestone of
 * that page's renewals only. Each panel fails on its own, says why in words, and retries on its own.
 */
namespace CrmRenewals.RenewalPipeline {
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
