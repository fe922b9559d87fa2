"use strict";

// A small stand-in for the Unified Interface formContext: attributes with getValue/getText/getOption and
// OnChange handlers, one control per attribute (choice options and a control notification), form
// notifications, the record id and data OnLoad handlers. Only what form scripts here use.

class FakeControl {
    constructor(labels) {
        this.options = labels ? Object.keys(labels).map(Number) : [];
        this.notifications = new Map();
    }

    removeOption(value) {
        this.options = this.options.filter((option) => option !== value);
    }

    /** Like the client API: at the index given, else at the end; adding an option already offered shows it twice. */
    addOption(option, index) {
        this.options.splice(index === undefined ? this.options.length : index, 0, option.value);
    }

    setNotification(message, uniqueId) {
        this.notifications.set(uniqueId, message);
        return true;
    }

    clearNotification(uniqueId) {
        return this.notifications.delete(uniqueId);
    }
}

class FakeAttribute {
    constructor(name, value, labels) {
        this.name = name;
        this.value = value === undefined ? null : value;
        this.labels = labels || null;
        this.changeHandlers = [];
        this.controls = [new FakeControl(this.labels)];
    }

    /** A choice column's options in their order. */
    getOptions() {
        return this.labels ? Object.keys(this.labels).map((value) => this.getOption(value)) : [];
    }

    /** A choice column's option { value, text }, or null when the choice has no such value. */
    getOption(value) {
        return this.labels && this.labels[value] !== undefined ? { value: Number(value), text: this.labels[value] } : null;
    }

    getName() {
        return this.name;
    }

    getValue() {
        return this.value;
    }

    /** Choice columns return the selected option's label; other columns their value as text. */
    getText() {
        if (this.value === null) {
            return null;
        }

        return this.labels ? this.labels[this.value] || null : String(this.value);
    }

    addOnChange(handler) {
        this.changeHandlers.push(handler);
    }

    removeOnChange(handler) {
        this.changeHandlers = this.changeHandlers.filter((h) => h !== handler);
    }
}

class FakeFormContext {
    /**
     * @param {object} values column → value
     * @param {object} choiceLabels column → { optionValue: label } for choice columns
     * @param {string} id the record's id as the client API gives it ("{GUID}"), "" for a new record
     */
    constructor(values, choiceLabels = {}, id = "") {
        this.attributes = new Map();
        Object.keys(values).forEach((name) => this.attributes.set(name, new FakeAttribute(name, values[name], choiceLabels[name])));
        this.notifications = new Map();
        this.loadHandlers = [];
        this.ui = {
            setFormNotification: (message, level, uniqueId) => {
                this.notifications.set(uniqueId, { message, level });
                return true;
            },
            clearFormNotification: (uniqueId) => this.notifications.delete(uniqueId),
        };
        this.data = {
            entity: { getId: () => id },
            addOnLoad: (handler) => this.loadHandlers.push(handler),
            removeOnLoad: (handler) => {
                this.loadHandlers = this.loadHandlers.filter((h) => h !== handler);
            },
        };
    }

    getAttribute(name) {
        return this.attributes.get(name) || null;
    }

    executionContext() {
        return { getFormContext: () => this };
    }

    /** The user changes a column: the value is set and its OnChange handlers run. */
    change(name, value) {
        const attribute = this.attributes.get(name);
        attribute.value = value;
        attribute.changeHandlers.forEach((handler) => handler(this.executionContext()));
    }

    /** The form's data is reloaded (e.g. after a save): values change without OnChange, data OnLoad runs. */
    refresh(values) {
        Object.keys(values).forEach((name) => {
            this.attributes.get(name).value = values[name];
        });
        this.loadHandlers.forEach((handler) => handler(this.executionContext()));
    }
}

module.exports = { FakeFormContext };
