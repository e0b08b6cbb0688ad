// The client incident report form: progressive enhancement only. Every step works without this file.
(function () {
    "use strict";

    // 1. Program → service type: offer only the chosen program's service types.
    var program = document.querySelector("[data-program-select]");
    var serviceType = document.querySelector("[data-service-type-select]");
    if (program && serviceType) {
        var groups = Array.prototype.slice.call(serviceType.querySelectorAll("optgroup"));
        var filter = function () {
            groups.forEach(function (g) { g.remove(); });
            groups.filter(function (g) { return !program.value || g.dataset.program === program.value; })
                .forEach(function (g) { serviceType.appendChild(g); });
            if (serviceType.selectedOptions.length === 0 || !serviceType.selectedOptions[0].parentElement.matches("optgroup")) {
                serviceType.value = "";
            }
        };
        program.addEventListener("change", filter);
        filter();
    }

    // 2. Live character count, announced politely.
    document.querySelectorAll("[data-count-max]").forEach(function (area) {
        var counter = document.querySelector("[data-count-for='" + area.id + "']");
        var max = parseInt(area.dataset.countMax, 10);
        if (!counter) { return; }
        var update = function () {
            var left = max - area.value.length;
            counter.textContent = left >= 0
                ? "You have " + left + " characters left of " + max + "."
                : "You have " + (-left) + " characters too many (the limit is " + max + ").";
        };
        area.addEventListener("input", update);
        update();
    });

    // 3. Secondary incident type: only for an abuse primary type.
    var primary = document.querySelector("[data-primary-type]");
    var secondary = document.querySelector("[data-secondary-type]");
    if (primary && secondary) {
        var toggle = function () {
            var option = primary.selectedOptions[0];
            var abuse = option && option.dataset.abuse === "true";
            secondary.hidden = !abuse;
            if (!abuse) { secondary.querySelector("select").value = ""; }
        };
        primary.addEventListener("change", toggle);
        toggle();
    }

    // 4. Unsaved values kept in this tab (sessionStorage), per report step, so a session that ends loses nothing; signing
    //    out clears them (site.js). The warning before the session ends is the layout's (session-timeout.js).
    var draft = document.querySelector("form[data-draft-form]");
    if (draft && window.sessionStorage) {
        var key = "cims-draft:" + window.location.pathname.toLowerCase();
        var version = draft.dataset.version || "";
        var fields = function () {
            return Array.prototype.slice.call(draft.elements).filter(function (el) {
                return el.name && el.name !== "__RequestVerificationToken" && el.name !== "Version" && el.type !== "submit" && el.type !== "hidden";
            });
        };
        var save = function () {
            var values = {};
            fields().forEach(function (el) {
                if (el.type === "checkbox" || el.type === "radio") {
                    values[el.name + "=" + el.value] = el.checked;
                } else {
                    values[el.name] = el.value;
                }
            });
            sessionStorage.setItem(key, JSON.stringify({ version: version, values: values }));
        };
        var stored = null;
        try { stored = JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { stored = null; }
        var hasErrors = document.querySelector("[data-error-summary]") !== null;
        if (stored && stored.version === version && !hasErrors) {
            fields().forEach(function (el) {
                var k = (el.type === "checkbox" || el.type === "radio") ? el.name + "=" + el.value : el.name;
                if (!(k in stored.values)) { return; }
                if (el.type === "checkbox" || el.type === "radio") { el.checked = stored.values[k]; } else { el.value = stored.values[k]; }
                el.dispatchEvent(new Event("change"));
                el.dispatchEvent(new Event("input"));
            });
        } else if (stored && stored.version !== version) {
            sessionStorage.removeItem(key); // The server has a newer save.
        }
        draft.addEventListener("input", save);
        draft.addEventListener("change", save);
    }
})();
