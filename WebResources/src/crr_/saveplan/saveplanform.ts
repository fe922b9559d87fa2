/*
 * Web resource crr_/saveplan/saveplanform.js — form script and command of the Save plan main form, compiled from this file.
 *
 * OnLoad handler CrmRenewals.SavePlan.onLoad (pass execution context): says how the plan is run (effort, time mode,
 * the executive escalation suggestion) or, once closed, its outcome. Command bar "Log outcome" (RibbonDiff of
 * crr_saveplan, PrimaryControl passed): CrmRenewals.SavePlan.logOutcome opens the crr_/saveplan/logoutcome.html dialog
 * for the plan and refreshes the form when it closes; CrmRenewals.SavePlan.canLogOutcome enables it on a saved, open plan.
 */
namespace CrmRenewals.SavePlan {
    /** Save plan columns the script reads. */
    const Column = Object.freeze({
        Status: "crr_planstatus",
        Effort: "crr_effortlevel",
        TimeMode: "crr_timemode",
        Escalation: "crr_executiveescalationsuggested",
        Outcome: "crr_outcome",
    });

    /** Values of the global choice crr_saveplanstatus (Solution/src/OptionSets/crr_saveplanstatus.xml). */
    export const PlanStatus = Object.freeze({ Open: 642310000, Closed: 642310001 });

    const Dialog = Object.freeze({
        WebResource: "crr_/saveplan/logoutcome.html",
        Title: "Log outcome",
        WidthPixels: 560,
        HeightPixels: 640,
        TargetDialog: 2 as const,
        PositionCenter: 1 as const,
    });

    const NotificationId = "crr_saveplanstatus";

    type Level = "WARNING" | "INFO";

    function attributeOf(formContext: Xrm.FormContext, column: string): Xrm.Attributes.Attribute {
        const attribute = formContext.getAttribute(column);
        if (!attribute) {
            throw new Error(`The form has no column ${column}; add it to the form (it may be hidden) so crr_/saveplan/saveplanform.js can read it.`);
        }

        return attribute;
    }

    function text(formContext: Xrm.FormContext, column: string): string {
        return (attributeOf(formContext, column) as Xrm.Attributes.OptionSetAttribute).getText();
    }

    /** The notification for the plan as the form holds it, or "not sized yet" while it has no effort. */
    function describePlan(formContext: Xrm.FormContext): { level: Level; message: string } {
        if (attributeOf(formContext, Column.Status).getValue() === PlanStatus.Closed) {
            const outcome = text(formContext, Column.Outcome);
            return { level: "INFO", message: `This save plan is closed${outcome ? ` with the outcome ${outcome}` : ""}; its outcome cannot be logged again.` };
        }

        const effort = text(formContext, Column.Effort);
        if (!effort) {
            return { level: "WARNING", message: "Not sized yet: link the plan to the account's contract, so its effort and time mode can be worked out." };
        }

        const escalate = attributeOf(formContext, Column.Escalation).getValue() === true ? " · executive escalation suggested" : "";
        return { level: "INFO", message: `Effort ${effort} · ${text(formContext, Column.TimeMode)} mode${escalate}. When the save is decided, use Log outcome.` };
    }

    function render(formContext: Xrm.FormContext): void {
        const notification = describePlan(formContext);
        formContext.ui.setFormNotification(notification.message, notification.level, NotificationId);
    }

    function onDataLoaded(executionContext: Xrm.Events.EventContext): void {
        render(executionContext.getFormContext());
    }

    /** Form OnLoad handler; a data reload (after a save or after logging) renders again. */
    export function onLoad(executionContext: Xrm.Events.EventContext): void {
        const formContext = executionContext.getFormContext();
        formContext.data.removeOnLoad(onDataLoaded);
        formContext.data.addOnLoad(onDataLoaded);
        render(formContext);
    }

    /** Enable rule of the command: a saved plan that is still open. */
    export function canLogOutcome(formContext: Xrm.FormContext): boolean {
        return Boolean(formContext.data.entity.getId()) && attributeOf(formContext, Column.Status).getValue() === PlanStatus.Open;
    }

    /** The command: opens the dialog for this plan; resolves once it is closed and the form shows what was logged. */
    export async function logOutcome(formContext: Xrm.FormContext): Promise<void> {
        const id = formContext.data.entity.getId().replace(/[{}]/g, "");
        const page: Xrm.Navigation.PageInputHtmlWebResource = { pageType: "webresource", webresourceName: Dialog.WebResource, data: id };
        const options: Xrm.Navigation.NavigationOptions = {
            target: Dialog.TargetDialog,
            position: Dialog.PositionCenter,
            width: { value: Dialog.WidthPixels, unit: "px" },
            height: { value: Dialog.HeightPixels, unit: "px" },
            title: Dialog.Title,
        };
        await Xrm.Navigation.navigateTo(page, options);
        await formContext.data.refresh(false);
    }
}
