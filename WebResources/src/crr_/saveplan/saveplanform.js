/*
 * Web resource crr_/saveplan/saveplanform.js — form script and command of the Save plan main form.
 *
 * OnLoad handler CrmRenewals.SavePlan.onLoad (pass execution context): says how the plan is run (effort, time mode,
 * the executive escalation suggestion) or, once closed, its outcome. Command bar "Log outcome" (RibbonDiff of
 * crr_saveplan, PrimaryControl passed): CrmRenewals.SavePlan.logOutcome opens the crr_/saveplan/logoutcome.html dialog
 * for the plan and refreshes the form when it closes; CrmRenewals.SavePlan.canLogOutcome enables it on a saved, open plan.
 *
 * A plain browser script for the Unified Interface client API: no modules, one global namespace.
 */
(function (global) {
    "use strict";

    /** Save plan columns the script reads. */
    const Column = Object.freeze({
        Status: "crr_planstatus",
        Effort: "crr_effortlevel",
        TimeMode: "crr_timemode",
        Escalation: "crr_executiveescalationsuggested",
        Outcome: "crr_outcome",
    });

    /** Values of the global choice crr_saveplanstatus (Solution/src/OptionSets/crr_saveplanstatus.xml). */
    const PlanStatus = Object.freeze({ Open: 642310000, Closed: 642310001 });

    const Dialog = Object.freeze({
        WebResource: "crr_/saveplan/logoutcome.html",
        Title: "Log outcome",
        WidthPixels: 560,
        HeightPixels: 640,
        TargetDialog: 2,
        PositionCenter: 1,
    });

    const NotificationId = "crr_saveplanstatus";

    function valueOf(formContext, column) {
        const attribute = formContext.getAttribute(column);
        if (!attribute) {
            throw new Error(`The form has no column ${column}; add it to the form (it may be hidden) so crr_/saveplan/saveplanform.js can read it.`);
        }

        return attribute;
    }

    function text(formContext, column) {
        return valueOf(formContext, column).getText();
    }

    /** The notification for the plan as the form holds it, or null while it is not sized yet. */
    function describePlan(formContext) {
        if (valueOf(formContext, Column.Status).getValue() === PlanStatus.Closed) {
            const outcome = text(formContext, Column.Outcome);
            return { level: "INFO", message: `This save plan is closed${outcome ? ` with the outcome ${outcome}` : ""}; its outcome cannot be logged again.` };
        }

        const effort = text(formContext, Column.Effort);
        if (!effort) {
            return { level: "WARNING", message: "Not sized yet: link the plan to the account's contract, so its effort and time mode can be worked out." };
        }

        const escalate = valueOf(formContext, Column.Escalation).getValue() === true ? " · executive escalation suggested" : "";
        return { level: "INFO", message: `Effort ${effort} · ${text(formContext, Column.TimeMode)} mode${escalate}. When the save is decided, use Log outcome.` };
    }

    function render(formContext) {
        const notification = describePlan(formContext);
        formContext.ui.setFormNotification(notification.message, notification.level, NotificationId);
    }

    function onDataLoaded(executionContext) {
        render(executionContext.getFormContext());
    }

    /** Form OnLoad handler; a data reload (after a save or after logging) renders again. */
    function onLoad(executionContext) {
        const formContext = executionContext.getFormContext();
        formContext.data.removeOnLoad(onDataLoaded);
        formContext.data.addOnLoad(onDataLoaded);
        render(formContext);
    }

    /** Enable rule of the command: a saved plan that is still open. */
    function canLogOutcome(formContext) {
        return Boolean(formContext.data.entity.getId()) && valueOf(formContext, Column.Status).getValue() === PlanStatus.Open;
    }

    /** The command: opens the dialog for this plan; resolves once it is closed and the form shows what was logged. */
    function logOutcome(formContext) {
        const id = formContext.data.entity.getId().replace(/[{}]/g, "");
        const page = { pageType: "webresource", webresourceName: Dialog.WebResource, data: id };
        const options = {
            target: Dialog.TargetDialog,
            position: Dialog.PositionCenter,
            width: { value: Dialog.WidthPixels, unit: "px" },
            height: { value: Dialog.HeightPixels, unit: "px" },
            title: Dialog.Title,
        };
        return global.Xrm.Navigation.navigateTo(page, options).then(() => formContext.data.refresh(false));
    }

    const namespace = (global.CrmRenewals = global.CrmRenewals || {});
    namespace.SavePlan = namespace.SavePlan || {};
    namespace.SavePlan.onLoad = onLoad;
    namespace.SavePlan.canLogOutcome = canLogOutcome;
    namespace.SavePlan.logOutcome = logOutcome;
    namespace.SavePlan.PlanStatus = PlanStatus;
}(globalThis));
