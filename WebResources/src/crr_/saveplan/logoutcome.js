/*
 * Web resource crr_/saveplan/logoutcome.js — the Log outcome dialog (crr_/saveplan/logoutcome.html).
 *
 * Reads the plan's id from the page's "data" parameter, asks for the outcome fields and calls the bound action
 * crr_LogSaveOutcome through the app's Xrm.WebApi (the parent window's: the dialog is an iframe of the app). A refusal
 * is shown as the server words it and the fields stay as typed, so the user fixes and sends again; a success shows
 * what logging did and leaves only Close. The server checks everything; the dialog only refuses what it cannot send.
 */
(function (global) {
    "use strict";

    /** Values and labels of the global choice crr_saveoutcome (Solution/src/OptionSets/crr_saveoutcome.xml). */
    const SaveOutcome = Object.freeze({
        Saved: 642310000,
        PartiallySaved: 642310001,
        Paused: 642310002,
        Lost: 642310003,
        GracefulExit: 642310004,
    });

    const OutcomeLabels = Object.freeze({
        [SaveOutcome.Saved]: "Saved",
        [SaveOutcome.PartiallySaved]: "Partially saved (reduced scope)",
        [SaveOutcome.Paused]: "Paused",
        [SaveOutcome.Lost]: "Lost",
        [SaveOutcome.GracefulExit]: "Graceful exit",
    });

    const Api = Object.freeze({ Name: "crr_LogSaveOutcome", ActionOperation: 0, PrimitiveProperty: 1, EntityTypeProperty: 5 });

    const Field = Object.freeze({
        Form: "crr-logoutcome",
        Outcome: "crr-outcome",
        OutcomeDate: "crr-outcomedate",
        SavedArr: "crr-savedarr",
        EffortHours: "crr-efforthours",
        EffortCost: "crr-effortcost",
        Lessons: "crr-lessons",
        Message: "crr-message",
        Submit: "crr-submit",
        Close: "crr-close",
    });

    const GuidPattern = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

    function number(text) {
        return text === "" || text === null || text === undefined ? null : Number(text);
    }

    /** What the dialog cannot send, in words; empty when the call can be made (the server judges the rest). */
    function problems(fields) {
        const found = [];
        if (!Object.prototype.hasOwnProperty.call(OutcomeLabels, fields.outcome)) {
            found.push("Choose the outcome.");
        }

        if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.outcomeDate || "")) {
            found.push("Enter the outcome date.");
        }

        [["savedArr", "saved ARR"], ["effortHours", "effort hours"], ["effortCost", "cost of the effort"]].forEach(([key, name]) => {
            if (fields[key] !== null && !Number.isFinite(fields[key])) {
                found.push(`Enter the ${name} as a number.`);
            }
        });
        return found;
    }

    /** The bound crr_LogSaveOutcome request for the plan and the fields. */
    function buildRequest(planId, fields) {
        const primitive = (typeName) => ({ typeName, structuralProperty: Api.PrimitiveProperty });
        const request = {
            entity: { entityType: "crr_saveplan", id: planId.replace(/[{}]/g, "") },
            Outcome: fields.outcome,
            OutcomeDate: fields.outcomeDate,
            SavedArr: fields.savedArr === null ? 0 : fields.savedArr,
            EffortHours: fields.effortHours === null ? 0 : fields.effortHours,
            EffortCost: fields.effortCost === null ? 0 : fields.effortCost,
        };
        const parameterTypes = {
            entity: { typeName: "mscrm.crr_saveplan", structuralProperty: Api.EntityTypeProperty },
            Outcome: primitive("Edm.Int32"),
            OutcomeDate: primitive("Edm.DateTimeOffset"),
            SavedArr: primitive("Edm.Decimal"),
            EffortHours: primitive("Edm.Decimal"),
            EffortCost: primitive("Edm.Decimal"),
        };
        if (fields.lessons) {
            request.LessonsLearned = fields.lessons;
            parameterTypes.LessonsLearned = primitive("Edm.String");
        }

        request.getMetadata = () => ({ boundParameter: "entity", operationType: Api.ActionOperation, operationName: Api.Name, parameterTypes });
        return request;
    }

    /** The plan id from the page's query string ("data" parameter), or null. */
    function planIdFrom(search) {
        const value = new URLSearchParams(search || "").get("data");
        return value && GuidPattern.test(value) ? value : null;
    }

    function show(document, kind, text) {
        const message = document.getElementById(Field.Message);
        message.hidden = false;
        message.setAttribute("data-kind", kind);
        message.textContent = text;
    }

    function readFields(document) {
        const value = (id) => document.getElementById(id).value;
        return {
            outcome: number(value(Field.Outcome)),
            outcomeDate: value(Field.OutcomeDate),
            savedArr: number(value(Field.SavedArr)),
            effortHours: number(value(Field.EffortHours)),
            effortCost: number(value(Field.EffortCost)),
            lessons: value(Field.Lessons).trim(),
        };
    }

    /** Sends the fields; resolves when the outcome is shown. */
    function submit(document, xrm, planId) {
        const fields = readFields(document);
        const found = problems(fields);
        if (found.length > 0) {
            show(document, "error", found.join(" "));
            return Promise.resolve(false);
        }

        const button = document.getElementById(Field.Submit);
        button.disabled = true;
        return xrm.WebApi.online.execute(buildRequest(planId, fields))
            .then((response) => response.json())
            .then((result) => {
                show(document, "done", result.Message || "The outcome is logged.");
                button.hidden = true;
                return true;
            })
            .catch((error) => {
                button.disabled = false;
                show(document, "error", error && error.message ? error.message : String(error));
                return false;
            });
    }

    /** Wires the page: outcome options, today's date, submit and close. */
    function init(document, xrm, search, today, close) {
        const planId = planIdFrom(search);
        const select = document.getElementById(Field.Outcome);
        Object.keys(OutcomeLabels).forEach((value) => {
            const option = document.createElement("option");
            option.value = value;
            option.textContent = OutcomeLabels[value];
            select.appendChild(option);
        });
        document.getElementById(Field.OutcomeDate).value = today;
        document.getElementById(Field.Close).addEventListener("click", close);
        if (!planId) {
            show(document, "error", "This dialog was opened without a save plan; open it with Log outcome on a saved plan.");
            document.getElementById(Field.Submit).disabled = true;
            return null;
        }

        document.getElementById(Field.Form).addEventListener("submit", (event) => {
            event.preventDefault();
            return submit(document, xrm, planId);
        });
        return planId;
    }

    const namespace = (global.CrmRenewals = global.CrmRenewals || {});
    namespace.LogOutcome = { SaveOutcome, problems, buildRequest, planIdFrom, submit, init };

    // In the app: the dialog's own page, the app's Xrm in the parent window.
    const document = global.document;
    if (document && global.parent && global.parent.Xrm) {
        const now = new Date();
        const today = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
        const start = () => init(document, global.parent.Xrm, global.location && global.location.search, today, () => global.close());
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", start);
        } else {
            start();
        }
    }
}(globalThis));
