"use strict";

// crr_/saveplan/logoutcome.js on a fake dialog page, with crr_LogSaveOutcome answered by a fake Xrm.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { createFakeXrm } = require("./fakes/fakeXrm");

const Script = "crr_/saveplan/logoutcome.js";
const PlanId = "6a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9";
const Saved = 642310000;

/** The dialog's elements, as the HTML declares them; only what the script touches. */
function dialogPage() {
    const listeners = {};
    const element = (id) => ({
        id, value: "", hidden: id === "crr-message", disabled: false, textContent: "", children: [], attributes: {},
        setAttribute(name, value) { this.attributes[name] = value; },
        appendChild(child) { this.children.push(child); },
        addEventListener(name, listener) { listeners[`${id}:${name}`] = listener; },
    });
    const elements = new Map(["crr-logoutcome", "crr-outcome", "crr-outcomedate", "crr-savedarr", "crr-efforthours", "crr-effortcost", "crr-lessons", "crr-message", "crr-submit", "crr-close"]
        .map((id) => [id, element(id)]));
    const document = { getElementById: (id) => elements.get(id) || null, createElement: () => ({ value: "", textContent: "" }) };
    return { document, elements, listeners };
}

function open(answer, search = `?data=${PlanId}`) {
    const xrm = createFakeXrm({ execute: answer });
    const page = loadBrowserScripts([Script], { URLSearchParams }); // a browser's global; the vm context has none
    const dialog = dialogPage();
    let closed = 0;
    const id = page.CrmRenewals.LogOutcome.init(dialog.document, xrm, search, "2026-12-03", () => { closed++; });
    const field = (name) => dialog.elements.get(`crr-${name}`);
    const send = () => dialog.listeners["crr-logoutcome:submit"]({ preventDefault() {} });
    return { xrm, id, field, send, closed: () => closed, listeners: dialog.listeners };
}

test("init_OpenedForAPlan_ListsTheOutcomesAndProposesToday", () => {
    const { id, field } = open(() => ({}));

    assert.strictEqual(id, PlanId);
    assert.deepStrictEqual(field("outcome").children.map((o) => o.textContent), ["Saved", "Partially saved (reduced scope)", "Paused", "Lost", "Graceful exit"]);
    assert.strictEqual(field("outcomedate").value, "2026-12-03");
});

test("submit_SavedWithFigures_CallsTheBoundActionWithTheTypedValues", async () => {
    const { xrm, field, send } = open(() => ({ Message: "Outcome Saved logged." }));
    field("outcome").value = String(Saved);
    field("savedarr").value = "40000";
    field("efforthours").value = "12";
    field("effortcost").value = "3000";
    field("lessons").value = " Sponsor early ";

    await send();

    const call = xrm.calls[0];
    assert.strictEqual(call.metadata.operationName, "crr_LogSaveOutcome");
    assert.strictEqual(call.metadata.boundParameter, "entity");
    assert.strictEqual(call.metadata.operationType, 0); // an action
    assert.deepStrictEqual(plain({ ...call.request, getMetadata: undefined }), {
        entity: { entityType: "crr_saveplan", id: PlanId },
        Outcome: Saved,
        OutcomeDate: "2026-12-03",
        SavedArr: 40000,
        EffortHours: 12,
        EffortCost: 3000,
        LessonsLearned: "Sponsor early",
    });
});

test("submit_Accepted_ShowsWhatLoggingDidAndLeavesOnlyClose", async () => {
    const { field, send } = open(() => ({ Message: "Outcome Saved logged; the save plan is closed after 20 days." }));
    field("outcome").value = String(Saved);

    await send();

    assert.strictEqual(field("message").textContent, "Outcome Saved logged; the save plan is closed after 20 days.");
    assert.strictEqual(field("message").attributes["data-kind"], "done");
    assert.strictEqual(field("submit").hidden, true);
});

// The server's refusal is shown as worded, and the fields stay so the user can correct and send again.
test("submit_Refused_ShowsTheServersMessageAndKeepsTheFields", async () => {
    const { field, send } = open(() => { throw new Error("The outcome cannot be logged: The saved ARR 60,000 is above the contract's ARR of 50,000; enter at most 50,000."); });
    field("outcome").value = String(Saved);
    field("savedarr").value = "60000";

    await send();

    assert.strictEqual(field("message").textContent, "The outcome cannot be logged: The saved ARR 60,000 is above the contract's ARR of 50,000; enter at most 50,000.");
    assert.strictEqual(field("message").attributes["data-kind"], "error");
    assert.strictEqual(field("savedarr").value, "60000");
    assert.strictEqual(field("submit").disabled, false);
});

test("submit_NoOutcomeChosen_SaysSoWithoutCallingTheServer", async () => {
    const { xrm, field, send } = open(() => ({}));

    await send();

    assert.strictEqual(xrm.calls.length, 0);
    assert.strictEqual(field("message").textContent, "Choose the outcome.");
});

test("init_OpenedWithoutAPlan_SaysHowToOpenItAndDisablesSending", () => {
    const { id, field } = open(() => ({}), "?data=not-a-plan");

    assert.strictEqual(id, null);
    assert.strictEqual(field("submit").disabled, true);
    assert.match(field("message").textContent, /opened without a save plan/);
});

test("close_Clicked_ClosesTheDialog", () => {
    const { listeners, closed } = open(() => ({}));

    listeners["crr-close:click"]();

    assert.strictEqual(closed(), 1);
});
