// A model-driven form as the browser tests need it: the fixture's form (window.__fixture.form) becomes a FakeFormContext
// (the same fake the unit tests use), its columns are drawn as inputs the test can type into (a change runs the
// column's OnChange handlers), and the form's notifications and each control's options and notification are shown
// as the app shows them. Then the form script's OnLoad handler runs; body[data-loaded] says when it has finished.
(function () {
    "use strict";

    const form = window.__fixture.form;
    const revive = (value) => (value && typeof value === "object" && value.$date ? new Date(value.$date) : value);
    const values = Object.fromEntries(Object.entries(form.values).map(([name, value]) => [name, revive(value)]));
    const context = new window.FakeFormContext(values, form.labels || {}, form.id || "");
    const notifications = document.getElementById("form-notifications");
    const fields = document.getElementById("form-fields");
    document.getElementById("form-title").textContent = form.title;

    function render() {
        notifications.replaceChildren(...Array.from(context.notifications.entries()).map(([id, { message, level }]) => {
            const item = document.createElement("p");
            item.className = `notification notification--${level.toLowerCase()}`;
            item.dataset.id = id;
            item.dataset.level = level;
            item.textContent = message;
            return item;
        }));
        (form.shown || []).forEach((name) => {
            const attribute = context.getAttribute(name);
            const control = attribute.controls[0];
            const select = document.getElementById(`field-${name}`);
            if (select.tagName === "SELECT") {
                const chosen = attribute.getValue();
                select.replaceChildren(...[null].concat(control.options).map((value) => {
                    const option = document.createElement("option");
                    option.value = value === null ? "" : String(value);
                    option.textContent = value === null ? "--Select--" : attribute.labels[value];
                    option.selected = value === chosen;
                    return option;
                }));
            }

            const note = document.getElementById(`note-${name}`);
            note.textContent = Array.from(control.notifications.values()).join(" ");
            note.hidden = control.notifications.size === 0;
        });
    }

    // Every change a script makes to what the form shows is drawn at once.
    const redraw = (target, method) => {
        const original = target[method].bind(target);
        target[method] = (...args) => { const result = original(...args); render(); return result; };
    };
    redraw(context.ui, "setFormNotification");
    redraw(context.ui, "clearFormNotification");
    (form.shown || []).forEach((name) => {
        const attribute = context.getAttribute(name);
        ["setNotification", "clearNotification", "removeOption", "addOption"].forEach((method) => redraw(attribute.controls[0], method));
        const label = document.createElement("label");
        label.htmlFor = `field-${name}`;
        label.textContent = form.captions[name];
        const input = document.createElement(attribute.labels ? "select" : "input");
        input.id = `field-${name}`;
        if (!attribute.labels) {
            input.value = attribute.getValue() === null ? "" : String(attribute.getValue());
        }

        input.addEventListener("change", () => {
            const text = input.value;
            context.change(name, text === "" ? null : (attribute.labels || typeof attribute.getValue() === "number" || form.numbers?.includes(name) ? Number(text) : text));
        });
        const note = document.createElement("p");
        note.id = `note-${name}`;
        note.className = "control-notification";
        note.setAttribute("role", "alert");
        note.hidden = true;
        const row = document.createElement("div");
        row.className = "field";
        row.append(label, input, note);
        fields.append(row);
    });
    render();

    const handler = form.handler.split(".").reduce((owner, name) => owner[name], window);
    Promise.resolve(handler(context.executionContext())).finally(() => {
        render();
        document.body.dataset.loaded = "true";
    });
}());
