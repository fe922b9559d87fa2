/*
 * Web resource crr_/account/riskbanner.js — form script of the "Account (Renewals)" main form.
 *
 * Registered as the form's OnLoad handler CrmRenewals.Account.onLoad (pass execution context). Shows the
 * account's renewal risk as a form notification: effective category (and, while a CSM override is valid,
 * the computed one with the override's end date), score, evaluation time and reasons. Re-renders when one
 * of the risk columns changes on the form and when the form's data is refreshed (after a save the server
 * recomputes the risk; a refresh does not raise OnChange).
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
    });

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
     * The notification for a risk read from the form, or null when the account was never evaluated
     * (no category or no evaluation time: there is nothing true to say yet).
     */
    function describeRisk(risk, today) {
        if (risk.category === null || risk.category === undefined || !risk.evaluatedOn) {
            return null;
        }

        let headline = `Renewal risk: ${risk.categoryLabel}`;
        if (isOverrideActive(risk.overrideUntil, today)) {
            const computed = risk.computedLabel ? `; computed category: ${risk.computedLabel}` : "";
            headline += ` (CSM override until ${formatDate(risk.overrideUntil, DateFormat)}${computed})`;
        }

        const parts = [headline];
        if (risk.score !== null && risk.score !== undefined) {
            parts.push(`score ${risk.score}/100`);
        }

        parts.push(`evaluated ${formatDate(risk.evaluatedOn, DateTimeFormat)}`);
        if (risk.reasons.length > 0) {
            parts.push(`Reasons: ${risk.reasons.join("; ")}`);
        }

        return {
            level: LevelByCategory[risk.category] || NotificationLevel.Info,
            message: parts.join(" · "),
        };
    }

    function render(formContext) {
        const notification = describeRisk(readRisk(formContext), new Date());
        if (notification) {
            formContext.ui.setFormNotification(notification.message, notification.level, NotificationId);
        } else {
            formContext.ui.clearFormNotification(NotificationId);
        }
    }

    function onRiskChanged(executionContext) {
        render(executionContext.getFormContext());
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
        formContext.data.removeOnLoad(onRiskChanged);
        formContext.data.addOnLoad(onRiskChanged);
        render(formContext);
    }

    const namespace = (global.CrmRenewals = global.CrmRenewals || {});
    namespace.Account = namespace.Account || {};
    namespace.Account.onLoad = onLoad;
    namespace.Account.RiskCategory = RiskCategory;
    namespace.Account.RiskColumns = Column;
    namespace.Account.NotificationId = NotificationId;
}(globalThis));
