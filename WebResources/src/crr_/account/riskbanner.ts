/*
 * Web resource crr_/account/riskbanner.js — form script of the "Account (Renewals)" main form, compiled from this file.
 *
 * Registered as the form's OnLoad handler CrmRenewals.Account.onLoad (pass execution context). Shows the
 * account's renewal risk as a form notification: effective category (and, while a CSM override is valid, who set
 * it, until when, the computed category and the justification, once), the risk score with what it means,
 * evaluation time, reasons, and the next step: the open save plan, else the open renewal's next milestone, else
 * the renewal's date (read through Xrm.WebApi; if that read fails the banner simply has no next step). An account
 * never evaluated says so. Re-renders when one of the risk columns changes on the form and when the form's data is
 * refreshed (after a save the server recomputes the risk; a refresh does not raise OnChange).
 */
namespace CrmRenewals.Account {
    /** Values of the global choice crr_riskcategory (Solution/src/OptionSets/crr_riskcategory.xml). */
    export const RiskCategory = Object.freeze({
        Green: 642310000,
        Yellow: 642310001,
        Red: 642310002,
        Expansion: 642310003,
    });

    /** Account columns the banner reads. */
    export const RiskColumns = Object.freeze({
        Category: "crr_riskcategory",
        ComputedCategory: "crr_computedcategory",
        Score: "crr_riskscore",
        Reasons: "crr_riskreasons",
        EvaluatedOn: "crr_riskevaluatedon",
        OverrideUntil: "crr_overrideuntil",
        OverrideJustification: "crr_overridejustification",
    });

    /** Value of crr_saveplanstatus for an open plan (Solution/src/OptionSets/crr_saveplanstatus.xml). */
    const SavePlanOpen = 642310000;

    /** The risk plugin's reason line for an active override; the headline states the override instead. */
    const OverrideReasonPrefix = "CSM override to ";

    type Level = "ERROR" | "WARNING" | "INFO";

    const LevelByCategory: Readonly<Record<number, Level>> = Object.freeze({
        [RiskCategory.Red]: "ERROR",
        [RiskCategory.Yellow]: "WARNING",
        [RiskCategory.Green]: "INFO",
        [RiskCategory.Expansion]: "INFO",
    });

    /** The one notification this script owns on the form; setting it again replaces it. */
    export const NotificationId = "crr_riskbanner";

    /** crr_riskreasons holds one reason per line (the risk plugin writes them so). */
    const ReasonSeparator = /\r?\n/;

    const DateFormat: Intl.DateTimeFormatOptions = Object.freeze({ dateStyle: "medium" });
    const DateTimeFormat: Intl.DateTimeFormatOptions = Object.freeze({ dateStyle: "medium", timeStyle: "short" });

    interface Risk {
        category: number | null;
        categoryLabel: string | null;
        computedLabel: string | null;
        score: number | null;
        reasons: string[];
        evaluatedOn: Date | null;
        overrideUntil: Date | null;
        justification: string | null;
    }

    /**
     * The user's locale for Intl: the browser's language list. Form scripts get no BCP 47 tag from the
     * client API (userSettings.languageId is an LCID), and the browser's locale is what the user reads in.
     */
    function userLocales(): readonly string[] | undefined {
        const navigator = globalThis.navigator as Navigator | undefined;
        if (navigator && Array.isArray(navigator.languages) && navigator.languages.length > 0) {
            return navigator.languages;
        }

        return navigator && navigator.language ? [navigator.language] : undefined;
    }

    function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
        return new Intl.DateTimeFormat(userLocales() as string[] | undefined, options).format(date);
    }

    function categoryName(value: number): string {
        return (Object.keys(RiskCategory) as Array<keyof typeof RiskCategory>).find((name) => RiskCategory[name] === value) || String(value);
    }

    /** The option's label in the user's language, falling back to the option's English name. */
    function categoryLabel(attribute: Xrm.Attributes.Attribute): string | null {
        const value = attribute.getValue() as number | null | undefined;
        if (value === null || value === undefined) {
            return null;
        }

        return (attribute as Xrm.Attributes.OptionSetAttribute).getText() || categoryName(value);
    }

    function attributeOf(formContext: Xrm.FormContext, column: string): Xrm.Attributes.Attribute {
        const attribute = formContext.getAttribute(column);
        if (!attribute) {
            throw new Error(`The form has no column ${column}; add it to the form (it may be hidden) so ${NotificationId} can read it.`);
        }

        return attribute;
    }

    /** The risk columns as the form holds them now. */
    function readRisk(formContext: Xrm.FormContext): Risk {
        const value = <T>(column: string): T | null => {
            const read = attributeOf(formContext, column).getValue() as T | null | undefined;
            return read === undefined ? null : read;
        };
        const reasons = value<string>(RiskColumns.Reasons);
        return {
            category: value<number>(RiskColumns.Category),
            categoryLabel: categoryLabel(attributeOf(formContext, RiskColumns.Category)),
            computedLabel: categoryLabel(attributeOf(formContext, RiskColumns.ComputedCategory)),
            score: value<number>(RiskColumns.Score),
            reasons: reasons ? reasons.split(ReasonSeparator).map((r) => r.trim()).filter((r) => r.length > 0) : [],
            evaluatedOn: value<Date>(RiskColumns.EvaluatedOn),
            overrideUntil: value<Date>(RiskColumns.OverrideUntil),
            justification: value<string>(RiskColumns.OverrideJustification),
        };
    }

    /** crr_overrideuntil is date-only: the override still holds on that calendar day. */
    function isOverrideActive(overrideUntil: Date | null, today: Date): overrideUntil is Date {
        if (!overrideUntil) {
            return false;
        }

        const lastDay = new Date(overrideUntil.getFullYear(), overrideUntil.getMonth(), overrideUntil.getDate());
        const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
        return lastDay.getTime() >= day.getTime();
    }

    /**
     * The notification for a risk read from the form. An account never evaluated (no category or no evaluation time)
     * says so and what evaluates it. The next step, when known, ends the message.
     */
    function describeRisk(risk: Risk, today: Date, nextStep: string | null | undefined): { level: Level; message: string } {
        if (risk.category === null || !risk.evaluatedOn) {
            return {
                level: "INFO",
                message: "Renewal risk: not evaluated yet. It is worked out when a health signal of the account (health score, usage, adoption, support, NPS, relationship) is saved.",
            };
        }

        const overridden = isOverrideActive(risk.overrideUntil, today);
        let headline = `Renewal risk: ${risk.categoryLabel}`;
        if (overridden && risk.overrideUntil) {
            const computed = risk.computedLabel ? `; computed: ${risk.computedLabel}` : "";
            const because = risk.justification ? `, because ${risk.justification.trim()}` : "";
            headline += ` (set by a CSM until ${formatDate(risk.overrideUntil, DateFormat)}${computed}${because})`;
        }

        const parts = [headline];
        if (risk.score !== null) {
            parts.push(`risk score ${risk.score} of 100 (higher is riskier)`);
        }

        parts.push(`evaluated ${formatDate(risk.evaluatedOn, DateTimeFormat)}`);
        const reasons = overridden ? risk.reasons.filter((reason) => !reason.startsWith(OverrideReasonPrefix)) : risk.reasons;
        if (reasons.length > 0) {
            parts.push(`Reasons: ${reasons.join("; ")}`);
        }

        if (nextStep) {
            parts.push(nextStep);
        }

        return { level: LevelByCategory[risk.category] || "INFO", message: parts.join(" · ") };
    }

    type Row = Record<string, any>;

    function first(result: Xrm.RetrieveMultipleResult | null | undefined): Row | null {
        return result && result.entities && result.entities.length > 0 ? result.entities[0] : null;
    }

    /**
     * The next step for the account: its open save plan, else its open renewal's earliest open milestone task, else
     * that renewal's date; null when there is none, the record is new, or a read fails (the banner then has none).
     */
    async function loadNextStep(formContext: Xrm.FormContext, webApi: Xrm.WebApi | undefined): Promise<string | null> {
        const id = (formContext.data.entity.getId() || "").replace(/[{}]/g, "");
        if (!id || !webApi) {
            return null;
        }

        const day = (iso: string): string => formatDate(new Date(iso), DateFormat);
        try {
            const plan = first(await webApi.retrieveMultipleRecords("crr_saveplan", `?$select=crr_name&$filter=_crr_account_value eq ${id} and crr_planstatus eq ${SavePlanOpen}&$top=1`));
            if (plan) {
                return `Next step: work the open save plan "${plan.crr_name}"`;
            }

            const renewal = first(await webApi.retrieveMultipleRecords("opportunity",
                `?$select=name,crr_termenddate&$filter=_parentaccountid_value eq ${id} and crr_isrenewal eq true and statecode eq 0&$orderby=crr_termenddate asc&$top=1`));
            if (!renewal) {
                return null;
            }

            const task = first(await webApi.retrieveMultipleRecords("task",
                `?$select=subject,scheduledend&$filter=_regardingobjectid_value eq ${renewal.opportunityid} and statecode eq 0 and crr_milestone ne null&$orderby=scheduledend asc&$top=1`));
            return task
                ? `Next step: ${task.subject}, due ${day(task.scheduledend)}`
                : `Next step: renewal ${renewal.name}, due ${day(renewal.crr_termenddate)}`;
        } catch {
            return null;
        }
    }

    // The next step of each form, once read: renders in between keep it.
    const nextSteps = new WeakMap<Xrm.FormContext, string | null>();

    function render(formContext: Xrm.FormContext): void {
        const notification = describeRisk(readRisk(formContext), new Date(), nextSteps.get(formContext));
        formContext.ui.setFormNotification(notification.message, notification.level, NotificationId);
    }

    /** Renders at once, then again with the next step once it is read; resolves then. */
    async function refresh(formContext: Xrm.FormContext): Promise<void> {
        render(formContext);
        const xrm = (globalThis as { Xrm?: Xrm.XrmStatic }).Xrm;
        const step = await loadNextStep(formContext, xrm && xrm.WebApi);
        nextSteps.set(formContext, step);
        render(formContext);
    }

    function onRiskChanged(executionContext: Xrm.Events.EventContext): void {
        render(executionContext.getFormContext());
    }

    function onDataLoaded(executionContext: Xrm.Events.EventContext): Promise<void> {
        return refresh(executionContext.getFormContext());
    }

    /**
     * Form OnLoad handler. Registering removes first so a second OnLoad (the form reloaded in place)
     * never doubles the handlers.
     */
    export function onLoad(executionContext: Xrm.Events.EventContext): Promise<void> {
        const formContext = executionContext.getFormContext();
        Object.values(RiskColumns).forEach((column) => {
            const attribute = attributeOf(formContext, column);
            attribute.removeOnChange(onRiskChanged);
            attribute.addOnChange(onRiskChanged);
        });
        formContext.data.removeOnLoad(onDataLoaded);
        formContext.data.addOnLoad(onDataLoaded);
        return refresh(formContext);
    }
}
