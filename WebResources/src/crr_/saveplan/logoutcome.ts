/*
 * Web resource crr_/saveplan/logoutcome.js — the Log outcome dialog (crr_/saveplan/logoutcome.html), compiled from this file.
 *
 * Reads the plan's id from the page's "data" parameter, asks for the outcome fields and calls the bound action
 * crr_LogSaveOutcome through the app's Xrm.WebApi (the parent window's: the dialog is an iframe of the app). A refusal
 * is shown as the server words it and the fields stay as typed, so the user fixes and sends again; a success shows
 * what logging did and leaves only Close. The server checks everything; the dialog only refuses what it cannot send.
 */
namespace CrmRenewals.LogOutcome {
    /** Values of the global choice crr_saveoutcome (Solution/src/OptionSets/crr_saveoutcome.xml). */
    export const SaveOutcome = Object.freeze({
        Saved: 642310000,
        PartiallySaved: 642310001,
        Paused: 642310002,
        Lost: 642310003,
        GracefulExit: 642310004,
    });

    const OutcomeLabels: Readonly<Record<number, string>> = Object.freeze({
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

    /** What the user typed; numbers are null when left empty. */
    export interface Fields {
        outcome: number | null;
        outcomeDate: string;
        savedArr: number | null;
        effortHours: number | null;
        effortCost: number | null;
        lessons: string;
    }

    function number(text: string | null | undefined): number | null {
        return text === "" || text === null || text === undefined ? null : Number(text);
    }

    /** What the dialog cannot send, in words; empty when the call can be made (the server judges the rest). */
    export function problems(fields: Fields): string[] {
        const found: string[] = [];
        if (fields.outcome === null || !Object.prototype.hasOwnProperty.call(OutcomeLabels, fields.outcome)) {
            found.push("Choose the outcome.");
        }

        if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.outcomeDate || "")) {
            found.push("Enter the outcome date.");
        }

        const numbers: Array<[keyof Fields, string]> = [["savedArr", "saved ARR"], ["effortHours", "effort hours"], ["effortCost", "cost of the effort"]];
        numbers.forEach(([key, name]) => {
            const value = fields[key];
            if (value !== null && !Number.isFinite(value)) {
                found.push(`Enter the ${name} as a number.`);
            }
        });
        return found;
    }

    /** The bound crr_LogSaveOutcome request for the plan and the fields. */
    export function buildRequest(planId: string, fields: Fields): Record<string, unknown> {
        const primitive = (typeName: string) => ({ typeName, structuralProperty: Api.PrimitiveProperty });
        const request: Record<string, unknown> = {
            entity: { entityType: "crr_saveplan", id: planId.replace(/[{}]/g, "") },
            Outcome: fields.outcome,
            OutcomeDate: fields.outcomeDate,
            SavedArr: fields.savedArr === null ? 0 : fields.savedArr,
            EffortHours: fields.effortHours === null ? 0 : fields.effortHours,
            EffortCost: fields.effortCost === null ? 0 : fields.effortCost,
        };
        const parameterTypes: Record<string, { typeName: string; structuralProperty: number }> = {
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
    export function planIdFrom(search: string | null | undefined): string | null {
        const value = new URLSearchParams(search || "").get("data");
        return value && GuidPattern.test(value) ? value : null;
    }

    function element<T extends HTMLElement>(document: Document, id: string): T {
        return document.getElementById(id) as T;
    }

    function show(document: Document, kind: "error" | "done", text: string): void {
        const message = element(document, Field.Message);
        message.hidden = false;
        message.setAttribute("data-kind", kind);
        message.textContent = text;
    }

    function readFields(document: Document): Fields {
        const value = (id: string): string => element<HTMLInputElement>(document, id).value;
        return {
            outcome: number(value(Field.Outcome)),
            outcomeDate: value(Field.OutcomeDate),
            savedArr: number(value(Field.SavedArr)),
            effortHours: number(value(Field.EffortHours)),
            effortCost: number(value(Field.EffortCost)),
            lessons: value(Field.Lessons).trim(),
        };
    }

    /** Sends the fields; resolves to whether the outcome was logged, once the answer is shown. */
    export async function submit(document: Document, xrm: Xrm.XrmStatic, planId: string): Promise<boolean> {
        const fields = readFields(document);
        const found = problems(fields);
        if (found.length > 0) {
            show(document, "error", found.join(" "));
            return false;
        }

        const button = element<HTMLButtonElement>(document, Field.Submit);
        button.disabled = true;
        try {
            const response = await xrm.WebApi.online.execute(buildRequest(planId, fields));
            const result = await response.json() as { Message?: string };
            show(document, "done", result.Message || "The outcome is logged.");
            button.hidden = true;
            return true;
        } catch (error) {
            button.disabled = false;
            show(document, "error", error !== null && typeof error === "object" && "message" in error ? String((error as { message: unknown }).message) : String(error));
            return false;
        }
    }

    /** Wires the page: outcome options, today's date, submit and close; returns the plan id, or null without one. */
    export function init(document: Document, xrm: Xrm.XrmStatic, search: string | null | undefined, today: string, close: () => void): string | null {
        const planId = planIdFrom(search);
        const select = element<HTMLSelectElement>(document, Field.Outcome);
        Object.keys(OutcomeLabels).forEach((value) => {
            const option = document.createElement("option");
            option.value = value;
            option.textContent = OutcomeLabels[Number(value)];
            select.appendChild(option);
        });
        element<HTMLInputElement>(document, Field.OutcomeDate).value = today;
        element(document, Field.Close).addEventListener("click", close);
        if (!planId) {
            show(document, "error", "This dialog was opened without a save plan; open it with Log outcome on a saved plan.");
            element<HTMLButtonElement>(document, Field.Submit).disabled = true;
            return null;
        }

        // The listener hands back submit's promise, so a caller (a test, a host) can wait for the answer to show.
        element(document, Field.Form).addEventListener("submit", (event) => {
            event.preventDefault();
            return submit(document, xrm, planId);
        });
        return planId;
    }

    // In the app: the dialog's own page, the app's Xrm in the parent window.
    const page = globalThis as unknown as { document?: Document; parent?: { Xrm?: Xrm.XrmStatic }; location?: Location; close?: () => void };
    const hostXrm = page.parent && page.parent.Xrm;
    if (page.document && hostXrm) {
        const document = page.document;
        const now = new Date();
        const today = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
        const start = (): void => {
            init(document, hostXrm, page.location && page.location.search, today, () => page.close && page.close());
        };
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", start);
        } else {
            start();
        }
    }
}
