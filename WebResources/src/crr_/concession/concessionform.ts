/*
 * Web resource crr_/concession/concessionform.js — form script of the Concession main form, compiled from this file.
 *
 * Registered as the form's OnLoad handler CrmRenewals.Concession.onLoad (pass execution context). While the user
 * types, it asks the server what the concession needs (the Custom API crr_EvaluateConcession, the same rules the
 * gate applies on save) and shows: the required level and the renewal's total discount with the reasons; what to fix
 * before submitting; the discount guidance for the account's risk. When the user may not approve, the status column
 * loses its Approved option and says why. The server decides on save whatever this script shows: it only saves the
 * user a refused save.
 */
namespace CrmRenewals.Concession {
    /** Concession columns the script reads (the form must hold them, hidden or not). */
    export const Columns = Object.freeze({
        Type: "crr_concessiontype",
        Discount: "crr_discountpercent",
        CustomDeal: "crr_iscustomdeal",
        Renewal: "crr_renewalopportunity",
        Status: "crr_concessionstatus",
        RequiredLevel: "crr_requiredlevel",
    });

    /** Values of the global choice crr_concessionstatus (Solution/src/OptionSets/crr_concessionstatus.xml). */
    export const ConcessionStatus = Object.freeze({
        Draft: 642310000,
        Submitted: 642310001,
        Approved: 642310002,
        Rejected: 642310003,
    });

    /** Values of the global choice crr_authoritylevel, with the English labels used when the form has no label. */
    export const AuthorityLevel = Object.freeze({
        CSM: 642310000,
        Manager: 642310001,
        Director: 642310002,
        VP: 642310003,
        Executive: 642310004,
    });

    const Api = Object.freeze({
        Name: "crr_EvaluateConcession",
        FunctionOperation: 1,
        PrimitiveProperty: 1,
        EntityTypeProperty: 5,
    });

    type Level = "WARNING" | "INFO";

    /** The notifications this script owns; setting one again replaces it. */
    export const Notifications = Object.freeze({
        Approval: "crr_concessionapproval",
        Problems: "crr_concessionproblems",
        Guidance: "crr_concessionguidance",
        CannotApprove: "crr_concessioncannotapprove",
    });

    /** The API's Reasons and Messages hold one line each; the last reason is the caller's own decision. */
    const LineSeparator = /\r?\n/;

    interface ParameterType { typeName: string; structuralProperty: number }

    /** The response of crr_EvaluateConcession, as the Web API returns it. */
    interface Evaluation {
        RequiredLevel: number;
        TotalDiscountPercent: number;
        Reasons?: string | null;
        Messages?: string | null;
        Guidance?: string | null;
        CanApprove?: boolean;
    }

    type Notice = { message: string; level: Level } | null;

    function attributeOf(formContext: Xrm.FormContext, column: string): Xrm.Attributes.Attribute {
        const attribute = formContext.getAttribute(column);
        if (!attribute) {
            throw new Error(`The form has no column ${column}; add it to the form (it may be hidden) so crr_/concession/concessionform.js can read it.`);
        }

        return attribute;
    }

    /** An error's message; errors from another window (the app's Xrm) are not instances of this window's Error. */
    function errorText(error: unknown): string {
        return error !== null && typeof error === "object" && "message" in error ? String((error as { message: unknown }).message) : String(error);
    }

    function lines(text: string | null | undefined): string[] {
        return text ? text.split(LineSeparator).map((line) => line.trim()).filter((line) => line.length > 0) : [];
    }

    function levelLabel(formContext: Xrm.FormContext, value: number): string {
        const option = (attributeOf(formContext, Columns.RequiredLevel) as Xrm.Attributes.OptionSetAttribute).getOption(value);
        return (option && option.text)
            || (Object.keys(AuthorityLevel) as Array<keyof typeof AuthorityLevel>).find((name) => AuthorityLevel[name] === value)
            || String(value);
    }

    function lookupId(attribute: Xrm.Attributes.Attribute): string | null {
        const value = attribute.getValue() as Xrm.LookupValue[] | null;
        return value && value.length > 0 ? value[0].id.replace(/[{}]/g, "") : null;
    }

    /** The crr_EvaluateConcession request for the form's values, or null while no type is chosen. */
    function evaluationRequest(formContext: Xrm.FormContext): Record<string, unknown> | null {
        const type = attributeOf(formContext, Columns.Type).getValue() as number | null | undefined;
        if (type === null || type === undefined) {
            return null;
        }

        const request: Record<string, unknown> = { ConcessionType: type };
        const parameterTypes: Record<string, ParameterType> = { ConcessionType: { typeName: "Edm.Int32", structuralProperty: Api.PrimitiveProperty } };
        const discount = attributeOf(formContext, Columns.Discount).getValue() as number | null | undefined;
        if (discount !== null && discount !== undefined) {
            request.DiscountPercent = discount;
            parameterTypes.DiscountPercent = { typeName: "Edm.Decimal", structuralProperty: Api.PrimitiveProperty };
        }

        request.IsCustomDeal = attributeOf(formContext, Columns.CustomDeal).getValue() === true;
        parameterTypes.IsCustomDeal = { typeName: "Edm.Boolean", structuralProperty: Api.PrimitiveProperty };
        const renewal = lookupId(attributeOf(formContext, Columns.Renewal));
        if (renewal) {
            request.RenewalOpportunity = { entityType: "opportunity", id: renewal };
            parameterTypes.RenewalOpportunity = { typeName: "mscrm.opportunity", structuralProperty: Api.EntityTypeProperty };
        }

        const id = formContext.data.entity.getId();
        if (id) {
            request.Concession = { entityType: "crr_concession", id: id.replace(/[{}]/g, "") };
            parameterTypes.Concession = { typeName: "mscrm.crr_concession", structuralProperty: Api.EntityTypeProperty };
        }

        request.getMetadata = () => ({ boundParameter: null, operationType: Api.FunctionOperation, operationName: Api.Name, parameterTypes });
        return request;
    }

    /** What the form shows for an evaluation: notifications by id (null clears one) and whether Approved is offered. */
    function describe(formContext: Xrm.FormContext, result: Evaluation): { notifications: Record<string, Notice>; canApprove: boolean; cannotApproveReason: string | null } {
        const reasons = lines(result.Reasons);
        const decision = reasons.length > 0 ? reasons[reasons.length - 1] : "";
        const problems = lines(result.Messages);
        const approval = `Requires ${levelLabel(formContext, result.RequiredLevel)} · total discount on this renewal ${result.TotalDiscountPercent}%`
            + (reasons.length > 1 ? ` · ${reasons.slice(0, -1).join("; ")}` : "");
        return {
            notifications: {
                [Notifications.Approval]: { message: approval, level: "INFO" },
                [Notifications.Problems]: problems.length > 0 ? { message: `To fix before submitting: ${problems.join("; ")}`, level: "WARNING" } : null,
                [Notifications.Guidance]: result.Guidance ? { message: result.Guidance, level: "INFO" } : null,
            },
            canApprove: result.CanApprove === true,
            cannotApproveReason: result.CanApprove === true ? null : `You cannot approve this concession: ${problems.length > 0 ? "fix the problems listed above first" : decision}`,
        };
    }

    function showNotifications(formContext: Xrm.FormContext, notifications: Record<string, Notice>): void {
        Object.keys(notifications).forEach((id) => {
            const notification = notifications[id];
            if (notification) {
                formContext.ui.setFormNotification(notification.message, notification.level, id);
            } else {
                formContext.ui.clearFormNotification(id);
            }
        });
    }

    /**
     * Offers or withdraws the Approved option (put back at its place in the choice); a concession already approved
     * keeps it, since the server judges any change to it anyway.
     */
    function offerApproval(formContext: Xrm.FormContext, canApprove: boolean, reason: string | null): void {
        const status = attributeOf(formContext, Columns.Status) as Xrm.Attributes.OptionSetAttribute;
        const approved = status.getValue() === ConcessionStatus.Approved;
        const place = status.getOptions().findIndex((option) => option.value === ConcessionStatus.Approved);
        status.controls.forEach((control) => {
            control.removeOption(ConcessionStatus.Approved);
            if (canApprove || approved) {
                control.addOption(status.getOption(ConcessionStatus.Approved) as Xrm.OptionSetValue, place);
                control.clearNotification(Notifications.CannotApprove);
            } else {
                control.setNotification(reason || "", Notifications.CannotApprove);
            }
        });
    }

    function clearAll(formContext: Xrm.FormContext): void {
        showNotifications(formContext, { [Notifications.Approval]: null, [Notifications.Problems]: null, [Notifications.Guidance]: null });
    }

    // Each form instance counts its evaluations, so a slow answer to an earlier value never overwrites a later one.
    const latestEvaluation = new WeakMap<Xrm.FormContext, number>();

    /** Evaluates the form's values and shows the result; resolves when shown. */
    async function evaluate(formContext: Xrm.FormContext): Promise<void> {
        const request = evaluationRequest(formContext);
        const sequence = (latestEvaluation.get(formContext) || 0) + 1;
        latestEvaluation.set(formContext, sequence);
        if (!request) {
            clearAll(formContext);
            formContext.ui.setFormNotification("Choose a concession type to see who must approve it.", "INFO", Notifications.Approval);
            return;
        }

        try {
            const response = await Xrm.WebApi.online.execute(request);
            const result = await response.json() as Evaluation;
            if (latestEvaluation.get(formContext) !== sequence) {
                return;
            }

            const view = describe(formContext, result);
            showNotifications(formContext, view.notifications);
            offerApproval(formContext, view.canApprove, view.cannotApproveReason);
        } catch (error) {
            if (latestEvaluation.get(formContext) !== sequence) {
                return;
            }

            clearAll(formContext);
            formContext.ui.setFormNotification(
                `Who must approve could not be checked (${errorText(error)}); the server still checks it when you save.`,
                "WARNING",
                Notifications.Approval);
        }
    }

    function onInputChanged(executionContext: Xrm.Events.EventContext): Promise<void> {
        return evaluate(executionContext.getFormContext());
    }

    /**
     * Form OnLoad handler. Registering removes first so a second OnLoad (the form reloaded in place) never doubles the
     * handlers; a data reload after a save evaluates again (the server may have changed status and level).
     */
    export function onLoad(executionContext: Xrm.Events.EventContext): Promise<void> {
        const formContext = executionContext.getFormContext();
        [Columns.Type, Columns.Discount, Columns.CustomDeal, Columns.Renewal].forEach((column) => {
            const attribute = attributeOf(formContext, column);
            attribute.removeOnChange(onInputChanged);
            attribute.addOnChange(onInputChanged);
        });
        attributeOf(formContext, Columns.Status);
        formContext.data.removeOnLoad(onInputChanged);
        formContext.data.addOnLoad(onInputChanged);
        return evaluate(formContext);
    }
}
