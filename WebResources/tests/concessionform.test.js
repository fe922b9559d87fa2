"use strict";

// crr_/concession/concessionform.js on a fake Concession form, with crr_EvaluateConcession answered by a fake Xrm.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { FakeFormContext } = require("./fakes/fakeFormContext");
const { createFakeXrm } = require("./fakes/fakeXrm");

const Script = "crr_/concession/concessionform.js";
const Status = { Draft: 642310000, Submitted: 642310001, Approved: 642310002, Rejected: 642310003 };
const StatusLabels = { [Status.Draft]: "Draft", [Status.Submitted]: "Submitted", [Status.Approved]: "Approved", [Status.Rejected]: "Rejected" };
const Level = { CSM: 642310000, Manager: 642310001 };
const LevelLabels = { [Level.CSM]: "CSM", [Level.Manager]: "Manager" };
const PriceDiscount = 642310000;
const ConcessionId = "{6A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}";
const RenewalId = "{0F1E2D3C-4B5A-4968-8776-655443322110}";

function concession(overrides = {}) {
    return {
        crr_concessiontype: PriceDiscount,
        crr_discountpercent: 8,
        crr_iscustomdeal: false,
        crr_renewalopportunity: [{ id: RenewalId, entityType: "opportunity", name: "Renewal 2027" }],
        crr_concessionstatus: Status.Submitted,
        crr_requiredlevel: Level.Manager,
        ...overrides,
    };
}

/** What crr_EvaluateConcession answers for a manager-level total the caller may not approve. */
function managerNeeded(overrides = {}) {
    return {
        RequiredLevel: Level.Manager,
        TotalDiscountPercent: 13,
        CanApprove: false,
        Reasons: "A total discount of 13% on this renewal (5% already approved + 8% here) requires Manager\nRequires Manager; you hold CSM.",
        Messages: "",
        Guidance: "High-risk account (Red): discounts of 25–30% are usual.",
        ...overrides,
    };
}

/** Opens the form (saved unless id is ""), runs OnLoad and waits for its evaluation. */
async function openForm(values, answer, id = ConcessionId) {
    const xrm = createFakeXrm({ execute: answer });
    const page = loadBrowserScripts([Script], { Xrm: xrm });
    const form = new FakeFormContext(values, { crr_concessionstatus: StatusLabels, crr_requiredlevel: LevelLabels }, id);
    await page.CrmRenewals.Concession.onLoad(form.executionContext());
    const status = form.getAttribute("crr_concessionstatus").controls[0];
    return { xrm, form, status, note: (name) => form.notifications.get(name) };
}

test("onLoad_SavedConcessionOnARenewal_AsksTheServerWithTheTypedValues", async () => {
    const { xrm } = await openForm(concession(), () => managerNeeded());

    const call = xrm.calls[0];
    assert.strictEqual(call.metadata.operationName, "crr_EvaluateConcession");
    assert.strictEqual(call.metadata.operationType, 1); // a function
    assert.strictEqual(call.metadata.boundParameter, null);
    assert.deepStrictEqual(plain(call.metadata.parameterTypes.RenewalOpportunity), { typeName: "mscrm.opportunity", structuralProperty: 5 });
    assert.deepStrictEqual(plain({ ...call.request, getMetadata: undefined }), {
        ConcessionType: PriceDiscount,
        DiscountPercent: 8,
        IsCustomDeal: false,
        RenewalOpportunity: { entityType: "opportunity", id: RenewalId.slice(1, -1) },
        Concession: { entityType: "crr_concession", id: ConcessionId.slice(1, -1) },
    });
});

test("onLoad_TotalNeedsAManager_ShowsLevelTotalReasonsAndGuidance", async () => {
    const { note } = await openForm(concession(), () => managerNeeded());

    assert.deepStrictEqual(note("crr_concessionapproval"), {
        level: "INFO",
        message: "Requires Manager · total discount on this renewal 13% · A total discount of 13% on this renewal (5% already approved + 8% here) requires Manager",
    });
    assert.deepStrictEqual(note("crr_concessionguidance"), { level: "INFO", message: "High-risk account (Red): discounts of 25–30% are usual." });
    assert.strictEqual(note("crr_concessionproblems"), undefined);
});

test("onLoad_CallerMayNotApprove_WithdrawsApprovedAndSaysWhy", async () => {
    const { status } = await openForm(concession(), () => managerNeeded());

    assert.deepStrictEqual(status.options, [Status.Draft, Status.Submitted, Status.Rejected]);
    assert.strictEqual(status.notifications.get("crr_concessioncannotapprove"), "You cannot approve this concession: Requires Manager; you hold CSM.");
});

test("onLoad_CallerMayApprove_OffersApprovedInItsPlaceWithNoReason", async () => {
    const { status } = await openForm(concession(), () => managerNeeded({ CanApprove: true, Reasons: "Requires Manager\nRequires Manager; you hold Manager." }));

    assert.deepStrictEqual(status.options, [Status.Draft, Status.Submitted, Status.Approved, Status.Rejected]);
    assert.strictEqual(status.notifications.size, 0);
});

// An approved concession keeps its status; any change the user makes is judged by the server on save.
test("onLoad_AlreadyApprovedAndCallerMayNot_KeepsApprovedOffered", async () => {
    const { status } = await openForm(concession({ crr_concessionstatus: Status.Approved }), () => managerNeeded());

    assert.ok(status.options.includes(Status.Approved));
});

test("onLoad_ProblemsToFix_ShowsThemAsAWarningAndTheyAreTheReasonNotToApprove", async () => {
    const { note, status } = await openForm(concession(), () => managerNeeded({ Messages: "Say what the discount is tied to.\nGive the sunset." }));

    assert.deepStrictEqual(note("crr_concessionproblems"), { level: "WARNING", message: "To fix before submitting: Say what the discount is tied to.; Give the sunset." });
    assert.strictEqual(status.notifications.get("crr_concessioncannotapprove"), "You cannot approve this concession: fix the problems listed above first");
});

test("discountChanged_AnotherValue_AsksAgainAndShowsTheNewTotal", async () => {
    const { xrm, form, note } = await openForm(concession(), (request) => managerNeeded({ TotalDiscountPercent: 5 + request.DiscountPercent }));

    form.change("crr_discountpercent", 12);
    await settle();

    assert.strictEqual(xrm.calls.length, 2);
    assert.strictEqual(xrm.calls[1].request.DiscountPercent, 12);
    assert.match(note("crr_concessionapproval").message, /total discount on this renewal 17%/);
});

// Typing fast: the answer to an earlier value arrives last and must not replace the answer to the latest one.
test("discountChanged_EarlierAnswerArrivesLast_TheLatestValueIsShown", async () => {
    const answers = [];
    let asked = 0;
    const { form, note } = await openForm(concession(), (request) => {
        asked++;
        const body = managerNeeded({ TotalDiscountPercent: 5 + request.DiscountPercent });
        return asked === 1 ? body : new Promise((resolve) => answers.push(() => resolve(body))); // OnLoad's own evaluation answers at once
    });

    form.change("crr_discountpercent", 10);
    form.change("crr_discountpercent", 20);
    await settle();
    answers[1]();
    await settle();
    answers[0]();
    await settle();

    assert.match(note("crr_concessionapproval").message, /total discount on this renewal 25%/);
});

test("onLoad_ServerUnreachable_WarnsThatTheSaveIsStillChecked", async () => {
    const { note } = await openForm(concession(), () => {
        throw new Error("Network error");
    });

    assert.deepStrictEqual(note("crr_concessionapproval"), {
        level: "WARNING",
        message: "Who must approve could not be checked (Network error); the server still checks it when you save.",
    });
});

test("onLoad_NewConcessionWithoutType_AsksForATypeWithoutCallingTheServer", async () => {
    const { xrm, note } = await openForm(concession({ crr_concessiontype: null, crr_renewalopportunity: null }), () => managerNeeded(), "");

    assert.strictEqual(xrm.calls.length, 0);
    assert.deepStrictEqual(note("crr_concessionapproval"), { level: "INFO", message: "Choose a concession type to see who must approve it." });
});

test("onLoad_NewConcession_SendsNoConcessionReference", async () => {
    const { xrm } = await openForm(concession({ crr_renewalopportunity: null }), () => managerNeeded(), "");

    assert.strictEqual(xrm.calls[0].request.Concession, undefined);
    assert.strictEqual(xrm.calls[0].request.RenewalOpportunity, undefined);
});

test("onLoad_FormWithoutTheStatusColumn_FailsNamingTheColumn", () => {
    const values = concession();
    delete values.crr_concessionstatus;
    const page = loadBrowserScripts([Script], { Xrm: createFakeXrm({ execute: () => managerNeeded() }) });
    const form = new FakeFormContext(values, {}, ConcessionId);

    assert.throws(() => page.CrmRenewals.Concession.onLoad(form.executionContext()), /The form has no column crr_concessionstatus/);
});

/** Lets every pending promise callback run. */
function settle() {
    return new Promise((resolve) => setImmediate(resolve));
}
