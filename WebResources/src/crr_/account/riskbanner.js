/*
 * Web resource crr_/account/riskbanner.js — form script of the "Account (Renewals)" main form.
 *
 * Registered as the form's OnLoad handler CrmRenewals.Account.onLoad (pass execution context). Shows the
 * account's renewal risk as a form notification: effective category (and, while a CSM override is valid, who set
 * it, until when, the computed category and the justification, once), the risk score with what it means,
 * evaluation time, reasons, and the next step: the open save plan, else the open renewal's next milestone, else
 * the renewal's date (read through Xrm.WebApi; if that read fails the banner simply has no next step). An account
 * never evaluated says so. Re-renders when one of the risk columns changes on the form and when the form's data is
 * refreshed (after a save the server recomputes the risk; a refresh does not raise OnChange).
 *
 * A plain browser script for the Unified Interface client API: no modules, one global namespace.
 */
(function (global) {
    "use strict";

    /** Values of the global choice crr_riskcategory (Solution/src/OptionSets/crr_riskcategory.xml). */
    const RiskCategory = Object.freeze({
        Green: 642310000,
        Yellow: 642310001,
        Red: 642310002,
        Expansion: 642310003,
    });

    /** Account columns the banner reads. */
    const Column = Object.freeze({
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

    /** Levels accepted by formContext.ui.setFormNotification. */
    const NotificationLevel = Object.freeze({ Error: "ERROR", Warning: "WARNING", Info: "INFO" });

    const LevelByCategory = Object.freeze({
        [RiskCategory.Red]: NotificationLevel.Error,
        [RiskCategory.Yellow]: NotificationLevel.Warning,
        [RiskCategory.Green]: NotificationLevel.Info,
        [RiskCategory.Expansion]: NotificationLevel.Info,
    });

    /** The one notification this script owns on the form; setting it again replaces it. */
    const NotificationId = "crr_riskbanner";

    /** crr_riskreasons holds one reason per line (the risk plugin writes them so). */
    const ReasonSeparator = /\r?\n/;

    const DateFormat = Object.freeze({ dateStyle: "medium" });
    const DateTimeFormat = Object.freeze({ dateStyle: "medium", timeStyle: "short" });

    /**
     * The user's locale for Intl: the browser's language list. Form scripts get no BCP 47 tag from the
     * client API (userSettings.languageId is an LCID), and the browser's locale is what the user reads in.
     */
    function userLocales() {
        const navigator = global.navigator;
        if (navigator && Array.isArray(navigator.languages) && navigator.languages.length > 0) {
            return navigator.languages;
        }

        return navigator && navigator.language ? [navigator.language] : undefined;
    }

    function formatDate(date, options) {
        return new Intl.DateTimeFormat(userLocales(), options).format(date);
    }

    function categoryName(value) {
        return Object.keys(RiskCategory).find((name) => RiskCategory[name] === value) || String(value);
    }

    /** The option's label in the user's language, falling back to the option's English name. */
    function categoryLabel(attribute) {
        const value = attribute.getValue();
        if (value === null || value === undefined) {
            return null;
        }

        return attribute.getText() || categoryName(value);
    }

    function attributeOf(formContext, column) {
        const attribute = formContext.getAttribute(column);
        if (!attribute) {
            throw new Error(`The form has no column ${column}; add it to the form (it may be hidden) so ${NotificationId} can read it.`);
        }

        return attribute;
    }

    /** The risk columns as the form holds them now. */
    function readRisk(formContext) {
        const value = (column) => attributeOf(formContext, column).getValue();
        const reasons = value(Column.Reasons);
        return {
            category: value(Column.Category),
            categoryLabel: categoryLabel(attributeOf(formContext, Column.Category)),
            computedLabel: categoryLabel(attributeOf(formContext, Column.ComputedCategory)),
            score: value(Column.Score),
            reasons: reasons ? reasons.split(ReasonSeparator).map((r) => r.trim()).filter((r) => r.length > 0) : [],
            evaluatedOn: value(Column.EvaluatedOn),
            overrideUntil: value(Column.OverrideUntil),
            justification: value(Column.OverrideJustification),
        };
    }

    /** crr_overrideuntil is date-only: the override still holds on that calendar day. */
    function isOverrideActive(overrideUntil, today) {
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
    function describeRisk(risk, today, nextStep) {
        if (risk.category === null || risk.category === undefined || !risk.evaluatedOn) {
            return {
                level: NotificationLevel.Info,
                message: "Renewal risk: not evaluated yet. It is worked out when a health signal of the account (health score, usage, adoption, support, NPS, relationship) is saved.",
            };
        }

        const overridden = isOverrideActive(risk.overrideUntil, today);
        let headline = `Renewal risk: ${risk.categoryLabel}`;
        if (overridden) {
            const computed = risk.computedLabel ? `; computed: ${risk.computedLabel}` : "";
            const because = risk.justification ? `, because ${risk.justification.trim()}` : "";
            headline += ` (set by a CSM until ${formatDate(risk.overrideUntil, DateFormat)}${computed}${because})`;
        }

        const parts = [headline];
        if (risk.score !== null && risk.score !== undefined) {
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

        return {
            level: LevelByCategory[risk.category] || NotificationLevel.Info,
            message: parts.join(" · "),
        };
    }

    function first(result) {
        return result && result.entities && result.entities.length > 0 ? result.entities[0] : null;
    }

    /**
     * The next step for the account: its open save plan, else its open renewal's earliest open milestone task, else
     * that renewal's date; null when there is none, the record is new, or a read fails (the banner then has none).
     */
    function loadNextStep(formContext, webApi) {
        const id = (formContext.data.entity.getId() || "").replace(/[{}]/g, "");
        if (!id || !webApi) {
            return Promise.resolve(null);
        }

        const day = (iso) => formatDate(new Date(iso), DateFormat);
        return webApi.retrieveMultipleRecords("crr_saveplan", `?$select=crr_name&$filter=_crr_account_value eq ${id} and crr_planstatus eq ${SavePlanOpen}&$top=1`)
            .then((plans) => {
                const plan = first(plans);
                if (plan) {
                    return `Next step: work the open save plan "${plan.crr_name}"`;
                }

                return webApi.retrieveMultipleRecords("opportunity",
                    `?$select=name,crr_termenddate&$filter=_parentaccountid_value eq ${id} and crr_isrenewal eq true and statecode eq 0&$orderby=crr_termenddate asc&$top=1`)
                    .then((renewals) => {
                        const renewal = first(renewals);
                        if (!renewal) {
                            return null;
                        }

                        return webApi.retrieveMultipleRecords("task",
                            `?$select=subject,scheduledend&$filter=_regardingobjectid_value eq ${renewal.opportunityid} and statecode eq 0 and crr_milestone ne null&$orderby=scheduledend asc&$top=1`)
                            .then((tasks) => {
                                const task = first(tasks);
                                return task
                                    ? `Next step: ${task.subject}, due ${day(task.scheduledend)}`
                                    : `Next step: renewal ${renewal.name}, due ${day(renewal.crr_termenddate)}`;
                            });
                    });
            })
            .catch(() => null);
    }

    // The next step of each form, once read: renders in between keep it.
    const nextSteps = new WeakMap();

    function render(formContext) {
        const notification = describeRisk(readRisk(formContext), new Date(), nextSteps.get(formContext));
        formContext.ui.setFormNotification(notification.message, notification.level, NotificationId);
    }

    /** Renders at once, then again with the next step once it is read; resolves then. */
    function refresh(formContext) {
        render(formContext);
        const xrm = global.Xrm;
        return loadNextStep(formContext, xrm && xrm.WebApi).then((step) => {
            nextSteps.set(formContext, step);
            render(formContext);
        });
    }

    function onRiskChanged(executionContext) {
        render(executionContext.getFormContext());
    }

    function onDataLoaded(executionContext) {
        return refresh(executionContext.getFormContext());
    }

    /**
     * Form OnLoad handler. Registering removes first so a second OnLoad (the form reloaded in place)
     * never doubles the handlers.
     */
    function onLoad(executionContext) {
        const formContext = executionContext.getFormContext();
        Object.values(Column).forEach((column) => {
            const attribute = attributeOf(formContext, column);
            attribute.removeOnChange(onRiskChanged);
            attribute.addOnChange(onRiskChanged);
        });
        formContext.data.removeOnLoad(onDataLoaded);
        formContext.data.addOnLoad(onDataLoaded);
        return refresh(formContext);
    }

    const namespace = (global.CrmRenewals = global.CrmRenewals || {});
    namespace.Account = namespace.Account || {};
    namespace.Account.onLoad = onLoad;
    namespace.Account.RiskCategory = RiskCategory;
    namespace.Account.RiskColumns = Column;
    namespace.Account.NotificationId = NotificationId;
}(globalThis));
