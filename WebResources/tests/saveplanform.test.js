"use strict";

// crr_/saveplan/saveplanform.js on a fake Save plan form, with Xrm.Navigation faked.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { FakeFormContext } = require("./fakes/fakeFormContext");

const Script = "crr_/saveplan/saveplanform.js";
const Status = { Open: 642310000, Closed: 642310001 };
const Labels = {
    crr_planstatus: { [Status.Open]: "Open", [Status.Closed]: "Closed" },
    crr_effortlevel: { 642310000: "Full", 642310002: "Light" },
    crr_timemode: { 642310000: "Comprehensive", 642310002: "Emergency" },
    crr_outcome: { 642310000: "Saved", 642310003: "Lost" },
};
const PlanId = "{1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9}";

function plan(overrides = {}) {
    return {
        crr_planstatus: Status.Open,
        crr_effortlevel: 642310000,
        crr_timemode: 642310000,
        crr_executiveescalationsuggested: true,
        crr_outcome: null,
        ...overrides,
    };
}

function openForm(values, id = PlanId) {
    const navigations = [];
    const xrm = { Navigation: { navigateTo: (page, options) => { navigations.push({ page, options }); return Promise.resolve(); } } };
    const page = loadBrowserScripts([Script], { Xrm: xrm });
    const form = new FakeFormContext(values, Labels, id);
    form.refreshes = 0;
    form.data.refresh = () => { form.refreshes++; return Promise.resolve(); };
    page.CrmRenewals.SavePlan.onLoad(form.executionContext());
    return { page, form, navigations, banner: () => form.notifications.get("crr_saveplanstatus") };
}

test("onLoad_SizedOpenPlan_SaysEffortTimeModeAndEscalation", () => {
    const { banner } = openForm(plan());

    assert.deepStrictEqual(banner(), { level: "INFO", message: "Effort Full · Comprehensive mode · executive escalation suggested. When the save is decided, use Log outcome." });
});

test("onLoad_NotSizedYet_SaysToLinkTheContract", () => {
    const { banner } = openForm(plan({ crr_effortlevel: null, crr_timemode: null }));

    assert.strictEqual(banner().level, "WARNING");
    assert.match(banner().message, /^Not sized yet: link the plan to the account's contract/);
});

test("onLoad_ClosedPlan_SaysItsOutcome", () => {
    const { banner } = openForm(plan({ crr_planstatus: Status.Closed, crr_outcome: 642310003 }));

    assert.strictEqual(banner().message, "This save plan is closed with the outcome Lost; its outcome cannot be logged again.");
});

// The command is offered on a saved, open plan only: a new plan has nothing to log on, a closed one was logged.
for (const [name, values, id, expected] of [
    ["SavedOpenPlan", plan(), PlanId, true],
    ["NewPlan", plan(), "", false],
    ["ClosedPlan", plan({ crr_planstatus: Status.Closed }), PlanId, false],
]) {
    test(`canLogOutcome_${name}_Is${expected}`, () => {
        const { page, form } = openForm(values, id);

        assert.strictEqual(page.CrmRenewals.SavePlan.canLogOutcome(form), expected);
    });
}

test("logOutcome_SavedPlan_OpensTheDialogForThePlanAndRefreshesWhenItCloses", async () => {
    const { page, form, navigations } = openForm(plan());

    await page.CrmRenewals.SavePlan.logOutcome(form);

    assert.deepStrictEqual(plain(navigations[0].page), { pageType: "webresource", webresourceName: "crr_/saveplan/logoutcome.html", data: PlanId.slice(1, -1) });
    assert.strictEqual(navigations[0].options.target, 2);
    assert.strictEqual(navigations[0].options.title, "Log outcome");
    assert.strictEqual(form.refreshes, 1);
});
