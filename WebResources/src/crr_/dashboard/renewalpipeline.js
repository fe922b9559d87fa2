/*
 * Web resource crr_/dashboard/renewalpipeline.js — loads the renewal pipeline through Xrm.WebApi and
 * renders it into renewalpipeline.html with pipelinemodel.js and pipelineview.js (loaded before this file).
 * Hosted as a dashboard component in an iframe, so the client API is the parent window's Xrm.
 */
(function (global) {
    "use strict";

    const pipeline = global.CrmRenewals.RenewalPipeline;

    /** statecode 0 is Open for both opportunity and task. */
    const OpenState = 0;

    /** Web API maximum page size; fewer round trips for a large pipeline. */
    const PageSize = 5000;

    /** A dashboard is a picture, not an export: beyond this many renewals it says it shows the first ones. */
    const MaxRenewals = 5000;

    /** Up to eight milestone tasks per renewal (T-120 … T-0) plus the odd late-start or review task. */
    const MaxMilestoneTasks = MaxRenewals * 10;

    const FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    /** The Custom API computing the pipeline's totals on the server, and the Web API's code for a function. */
    const PipelineApi = "crr_GetRenewalPipeline";
    const SaveMetricsApi = "crr_GetSaveMetrics";
    const FunctionOperation = 1;

    const Opportunity = Object.freeze({
        entity: "opportunity",
        query: "?$select=name,crr_riskcategory,estimatedvalue,estimatedvalue_base,estimatedclosedate,crr_termenddate,_customerid_value"
            + `&$filter=crr_isrenewal eq true and statecode eq ${OpenState}&$orderby=crr_termenddate asc`,
    });

    /**
     * Values of crr_milestone that are not a renewal's milestone: the weekly post-save health checks (26 per saved
     * account) and win-back tasks sit on accounts, and would crowd the renewals' own milestones out of the read.
     */
    const NotRenewalMilestones = Object.freeze({ WinBack: 642310010, PostSaveHealthCheck: 642310011 });

    /** Open tasks carrying a renewal milestone; the generator creates them regarding the renewal opportunity. */
    const MilestoneTask = Object.freeze({
        entity: "task",
        query: "?$select=crr_milestone,scheduledend,_regardingobjectid_value"
            + `&$filter=statecode eq ${OpenState} and crr_milestone ne null`
            + Object.values(NotRenewalMilestones).map((value) => ` and crr_milestone ne ${value}`).join("")
            + "&$orderby=scheduledend asc",
    });

    const Currency = Object.freeze({ entity: "transactioncurrency", query: "?$select=isocurrencycode" });

    /** The next page's options: the query part of nextLink, unchanged, as the client API requires. */
    function nextOptions(nextLink) {
        return nextLink ? `?${nextLink.slice(nextLink.indexOf("?") + 1)}` : null;
    }

    /** Every record of a query, page by page, up to limit (truncated tells whether more were left). */
    async function retrieveAll(webApi, entity, query, limit) {
        const records = [];
        let options = query;
        while (options !== null) {
            const page = await webApi.retrieveMultipleRecords(entity, options, PageSize);
            records.push(...page.entities);
            options = nextOptions(page.nextLink);
            if (records.length >= limit) {
                return { records: records.slice(0, limit), truncated: records.length > limit || options !== null };
            }
        }

        return { records, truncated: false };
    }

    function toRenewal(record) {
        const present = (value) => (value === undefined ? null : value);
        const arr = present(record.estimatedvalue_base) !== null ? record.estimatedvalue_base : present(record.estimatedvalue);
        return {
            id: record.opportunityid,
            name: record.name,
            account: record[`_customerid_value${FormattedValue}`] || null,
            category: present(record.crr_riskcategory),
            arr,
            arrText: record[`estimatedvalue${FormattedValue}`] || null,
            renewalDate: record.crr_termenddate || record.estimatedclosedate || null,
        };
    }

    function toMilestoneTask(record) {
        return {
            renewalId: record._regardingobjectid_value,
            label: record[`crr_milestone${FormattedValue}`] || String(record.crr_milestone),
            due: record.scheduledend || null,
        };
    }

    /** ISO code of the organization's base currency (estimatedvalue_base is in it), or null if unknown. */
    async function baseCurrencyCode(xrm) {
        const settings = xrm.Utility.getGlobalContext().organizationSettings;
        const currency = settings && settings.baseCurrency;
        if (!currency || !currency.id) {
            return null;
        }

        const record = await xrm.WebApi.retrieveRecord(Currency.entity, currency.id.replace(/[{}]/g, ""), Currency.query);
        return record.isocurrencycode || null;
    }

    /**
     * The totals of the next twelve months computed on the server (crr_GetRenewalPipeline), exact however many
     * renewals there are; null when the server cannot give them (the page then shows what it loaded).
     */
    async function exactTotals(webApi) {
        if (!webApi.online || !webApi.online.execute) {
            return null;
        }

        const request = {
            getMetadata: () => ({ boundParameter: null, operationType: FunctionOperation, operationName: PipelineApi, parameterTypes: {} }),
        };
        try {
            const response = await webApi.online.execute(request);
            const result = await response.json();
            return JSON.parse(result.Figures).totals;
        } catch (error) {
            return null;
        }
    }

    /** The save metrics of the last twelve months (crr_GetSaveMetrics), or null when the server cannot give them. */
    async function saveMetrics(webApi, today) {
        if (!webApi.online || !webApi.online.execute) {
            return null;
        }

        const day = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
        const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
        const dateType = { typeName: "Edm.DateTimeOffset", structuralProperty: 1 };
        const request = {
            From: day(from),
            To: day(today),
            getMetadata: () => ({ boundParameter: null, operationType: FunctionOperation, operationName: SaveMetricsApi, parameterTypes: { From: dateType, To: dateType } }),
        };
        try {
            const response = await webApi.online.execute(request);
            const result = await response.json();
            return { rate: result.SaveSuccessRate, saved: result.SuccessfulSaves, closed: result.ClosedSavePlans, assessment: result.SuccessAssessment };
        } catch (error) {
            return null;
        }
    }

    /** Reads what the dashboard shows: open renewals, their open milestone tasks, the base currency and the exact totals. */
    async function loadPipeline(xrm, today = new Date()) {
        const [renewals, tasks, currency, totals, saves] = await Promise.all([
            retrieveAll(xrm.WebApi, Opportunity.entity, Opportunity.query, MaxRenewals),
            retrieveAll(xrm.WebApi, MilestoneTask.entity, MilestoneTask.query, MaxMilestoneTasks),
            baseCurrencyCode(xrm),
            exactTotals(xrm.WebApi),
            saveMetrics(xrm.WebApi, today),
        ]);
        return {
            renewals: renewals.records.map(toRenewal),
            tasks: tasks.records.map(toMilestoneTask),
            currency,
            truncated: renewals.truncated,
            milestonesTruncated: tasks.truncated,
            totals,
            saves,
        };
    }

    /** The client API of the hosting app: this window's when loaded in a form, the parent's in a dashboard. */
    function hostXrm() {
        if (global.Xrm && global.Xrm.WebApi) {
            return global.Xrm;
        }

        try {
            return global.parent && global.parent.Xrm && global.parent.Xrm.WebApi ? global.parent.Xrm : null;
        } catch (error) {
            // A parent from another origin (the page opened outside the app) refuses access.
            return null;
        }
    }

    function userLocales() {
        const navigator = global.navigator;
        return navigator && navigator.languages && navigator.languages.length > 0 ? navigator.languages : undefined;
    }

    /** Loads and renders into the element with id "crr-pipeline". */
    async function start(document, today) {
        const container = document.getElementById("crr-pipeline");
        const xrm = hostXrm();
        if (!xrm) {
            container.innerHTML = pipeline.renderError("the Dynamics 365 client API is not available; open this page as a dashboard component of the app.");
            return;
        }

        container.setAttribute("aria-busy", "true");
        try {
            const data = await loadPipeline(xrm, today);
            const model = { ...pipeline.summarize(data.renewals, data.tasks, today, data.truncated, data.totals, data.milestonesTruncated), saves: data.saves };
            container.innerHTML = pipeline.renderPipeline(model, pipeline.createFormat(userLocales(), data.currency));
        } catch (error) {
            container.innerHTML = pipeline.renderError(error && error.message ? error.message : String(error));
        } finally {
            container.setAttribute("aria-busy", "false");
        }
    }

    pipeline.loadPipeline = loadPipeline;
    pipeline.start = start;

    const document = global.document;
    if (document && document.getElementById) {
        const run = () => start(document, new Date());
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", run);
        } else {
            run();
        }
    }
}(globalThis));
