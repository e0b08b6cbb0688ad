// The public privacy incident report: progressive enhancement only. Every stage works without this file
// (plain selects, text fields and the "Show this organisation's areas and programs" button).
(function () {
    "use strict";

    var script = document.currentScript;
    var base = (script && script.dataset.base) || "/PrivacyReport";

    function each(selector, action) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), action);
    }

    function getJson(url, done) {
        fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(done, function () { done(null); });
    }

    // 1. A small accessible combobox (WAI-ARIA "list autocomplete"): a text input with a listbox of
    //    suggestions; Down/Up move, Enter chooses, Escape closes. settings: label, source(query, done),
    //    text(item), choose(item), resolve() on leaving the field without choosing.
    function combobox(input, settings) {
        var listbox = document.createElement("ul");
        var status = document.createElement("div");
        var items = [];
        var active = -1;
        var request = 0;
        listbox.id = input.id + "-listbox";
        listbox.className = "list-group position-absolute w-100 z-3 shadow overflow-auto combobox-listbox";
        listbox.setAttribute("role", "listbox");
        listbox.setAttribute("aria-label", settings.label);
        listbox.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);
        input.setAttribute("autocomplete", "off");
        var wrapper = document.createElement("div");
        wrapper.className = "position-relative";
        input.insertAdjacentElement("beforebegin", wrapper);
        wrapper.appendChild(input);
        wrapper.appendChild(listbox);
        wrapper.appendChild(status);

        function close() {
            listbox.hidden = true;
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(listbox.children, function (li, i) {
                li.classList.toggle("text-bg-dark", i === index);
                li.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
                return;
            }
            input.setAttribute("aria-activedescendant", listbox.children[index].id);
            listbox.children[index].scrollIntoView({ block: "nearest" });
        }

        function show(list) {
            items = list || [];
            listbox.textContent = "";
            items.forEach(function (item, i) {
                var li = document.createElement("li");
                li.id = listbox.id + "-" + i;
                li.className = "list-group-item list-group-item-action";
                li.setAttribute("role", "option");
                li.setAttribute("aria-selected", "false");
                li.textContent = settings.text(item);
                li.addEventListener("mousedown", function (e) { e.preventDefault(); });
                li.addEventListener("click", function () { pick(i); });
                listbox.appendChild(li);
            });
            status.textContent = items.length === 0 ? "No suggestions." : items.length + (items.length === 1 ? " suggestion." : " suggestions.") + " Use the up and down arrows to choose.";
            if (items.length === 0) {
                close();
                return;
            }
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
            highlight(-1);
        }

        function pick(index) {
            var item = items[index];
            close();
            settings.choose(item);
        }

        function search() {
            var mine = ++request;
            settings.source(input.value.trim(), function (list) {
                if (mine === request && document.activeElement === input) { show(list); }
            });
        }

        input.addEventListener("input", search);
        input.addEventListener("keydown", function (e) {
            var open = !listbox.hidden;
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                e.preventDefault();
                if (!open) { search(); return; }
                var next = active + (e.key === "ArrowDown" ? 1 : -1);
                highlight(next >= items.length ? 0 : next < 0 ? items.length - 1 : next);
            } else if (e.key === "Enter" && open) {
                e.preventDefault();
                if (active >= 0) { pick(active); } else { close(); }
            } else if (e.key === "Escape" && open) {
                e.preventDefault();
                close();
            }
        });
        input.addEventListener("blur", function () {
            var chosen = !listbox.hidden && active >= 0;
            if (chosen) { pick(active); } else { close(); if (settings.resolve) { settings.resolve(); } }
            request++;
        });
    }

    // The items whose text starts with the query, then those containing it (case-insensitive).
    function match(list, query, text) {
        var q = query.toLowerCase();
        var starts = list.filter(function (x) { return text(x).toLowerCase().indexOf(q) === 0; });
        var contains = list.filter(function (x) { return text(x).toLowerCase().indexOf(q) > 0; });
        return starts.concat(contains);
    }

    // 2. Organisation typeahead (stage 1): the select becomes a combobox (the hidden select still posts
    //    OrganisationId); choosing fetches the organisation's areas, programs and service types. Area shows once
    //    an organisation is chosen, Program once an area is, Service type (of that program) once a program is.
    var organisationSelect = document.querySelector("select#OrganisationId");
    if (organisationSelect) {
        enhanceOrganisation(organisationSelect);
    }

    function enhanceOrganisation(select) {
        var area = document.getElementById("AreaId");
        var program = document.getElementById("ProgramId");
        var type = document.getElementById("ServiceTypeId");
        var hint = document.getElementById("choose-organisation-first");
        var organisations = Array.prototype.filter.call(select.options, function (o) { return o.value; })
            .map(function (o) { return { value: o.value, label: o.text.trim() }; });
        var input = document.createElement("input");
        input.type = "text";
        input.className = "form-control" + (select.classList.contains("is-invalid") ? " is-invalid" : "");
        ["aria-describedby", "aria-invalid"].forEach(function (a) {
            if (select.hasAttribute(a)) { input.setAttribute(a, select.getAttribute(a)); }
        });
        input.value = select.value ? select.options[select.selectedIndex].text.trim() : "";
        select.id = "OrganisationId-select";
        input.id = "OrganisationId";
        select.hidden = true;
        select.tabIndex = -1;
        select.setAttribute("aria-hidden", "true");
        select.insertAdjacentElement("beforebegin", input);
        var show = select.form && select.form.querySelector("button[name=Nav][value=Choose]");
        if (show) { show.remove(); }
        if (hint) { hint.textContent = "Choose the organisation name to choose the area, program and service type."; }
        var loaded = select.value;
        var model = pageModel();

        combobox(input, {
            label: "Matching organisations",
            source: function (q, done) { done(match(organisations, q, label)); },
            text: label,
            choose: function (o) {
                input.value = o.label;
                setOrganisation(o.value);
            },
            resolve: function () {
                var q = input.value.trim();
                var exact = organisations.filter(function (o) { return o.label.toLowerCase() === q.toLowerCase(); });
                var found = exact.length === 1 ? exact : q ? match(organisations, q, label) : [];
                if (found.length === 1) { input.value = found[0].label; }
                setOrganisation(found.length === 1 ? found[0].value : "");
            }
        });
        input.addEventListener("input", function () { select.value = ""; });
        area.addEventListener("change", update);
        program.addEventListener("change", function () {
            serviceTypes();
            update();
        });
        serviceTypes();
        update();

        function label(o) { return o.label; }

        function setOrganisation(value) {
            select.value = value;
            if (value === loaded) { update(); return; }
            loaded = value;
            if (!value) { fill({ areas: [], programs: [], serviceTypes: [] }); return; }
            getJson(base + "/OrganisationChoices/" + encodeURIComponent(value), function (data) {
                if (loaded !== value) { return; }
                if (data) { fill(data); return; }
                // The look-up failed: fall back to the page's own "Show this organisation's areas and programs".
                var nav = document.createElement("input");
                nav.type = "hidden";
                nav.name = "Nav";
                nav.value = "Choose";
                select.form.appendChild(nav);
                select.form.submit();
            });
        }

        function fill(data) {
            model = {
                programs: data.programs.map(function (p) { return { id: String(p.id), name: p.name }; }),
                types: data.serviceTypes.map(function (t) { return { id: String(t.id), name: t.name, programId: String(t.programId) }; })
            };
            options(area, data.areas.map(function (a) { return { value: a.value, text: a.label }; }));
            options(program, model.programs.map(function (p) { return { value: p.id, text: p.name }; }));
            serviceTypes();
            update();
        }

        // The program's and service types as the page rendered them (service types grouped by program name).
        function pageModel() {
            var programs = Array.prototype.filter.call(program.options, function (o) { return o.value; })
                .map(function (o) { return { id: o.value, name: o.text.trim() }; });
            var types = [];
            Array.prototype.forEach.call(type.querySelectorAll("optgroup"), function (g) {
                var owner = programs.filter(function (p) { return p.name === g.label; })[0];
                Array.prototype.forEach.call(g.querySelectorAll("option"), function (o) {
                    types.push({ id: o.value, name: o.text.trim(), programId: owner ? owner.id : "" });
                });
            });
            return { programs: programs, types: types };
        }

        // Replaces a select's options after its first ("Choose the …"), keeping its value when still offered.
        function options(target, list, group) {
            var keep = target.value;
            Array.prototype.slice.call(target.children, 1).forEach(function (c) { c.remove(); });
            var parent = target;
            if (group) {
                parent = document.createElement("optgroup");
                parent.label = group;
                target.appendChild(parent);
            }
            list.forEach(function (o) { parent.appendChild(new Option(o.text, o.value)); });
            target.value = keep;
            if (target.selectedIndex < 0) { target.value = ""; }
        }

        function serviceTypes() {
            var chosen = model.programs.filter(function (p) { return p.id === program.value; })[0];
            var list = model.types.filter(function (t) { return chosen && t.programId === chosen.id; })
                .map(function (t) { return { value: t.id, text: t.name }; });
            options(type, list, chosen ? chosen.name : null);
        }

        function update() {
            reveal(area, !!select.value);
            reveal(program, !!area.value);
            reveal(type, !!program.value);
            if (hint) { hint.hidden = !!select.value; }
        }

        // A dependent field shows once its parent has a value, or while it shows an error.
        function reveal(field, shown) {
            var box = field.closest(".mb-3") || field;
            box.hidden = !shown && !box.querySelector(".is-invalid");
        }
    }

    // 3. Suburb/Town typeahead (the address fields): choosing a suggestion fills Suburb/Town, State and Postcode.
    var suburb = document.querySelector("input#Suburb[data-localities]");
    if (suburb) {
        var cache = {};
        var timer = null;
        combobox(suburb, {
            label: "Matching suburbs and towns",
            source: function (q, done) {
                window.clearTimeout(timer);
                var key = q.toLowerCase();
                if (q.length < 2) { done([]); return; }
                if (cache[key]) { done(cache[key]); return; }
                timer = window.setTimeout(function () {
                    getJson(suburb.dataset.localities + "?q=" + encodeURIComponent(q), function (list) {
                        if (list) { cache[key] = list; }
                        done(list || []);
                    });
                }, 200);
            },
            text: function (l) { return l.suburb + " " + l.state + " " + l.postcode; },
            choose: function (l) {
                suburb.value = l.suburb;
                var state = document.getElementById("State");
                var postcode = document.getElementById("Postcode");
                if (state) { state.value = l.state; }
                if (postcode) { postcode.value = l.postcode; }
            }
        });
    }

    // 4. Live character counts: "4,321 characters left" under every textarea[data-count-max].
    each("textarea[data-count-max]", function (area) {
        var counter = document.querySelector("[data-count-for='" + area.id + "']");
        var max = parseInt(area.dataset.countMax, 10);
        if (!counter) { return; }
        var update = function () {
            var left = max - area.value.length;
            counter.textContent = left >= 0
                ? left.toLocaleString("en-AU") + (left === 1 ? " character left" : " characters left")
                : (-left).toLocaleString("en-AU") + " characters too many (the limit is " + max.toLocaleString("en-AU") + ")";
        };
        area.addEventListener("input", update);
        update();
    });

    // 5. Reveal-when: an element with data-reveal-when="<checkbox id>" or "<name>=<value>" shows only while
    //    that box is ticked; while hidden, its fields are not required.
    var reveals = document.querySelectorAll("[data-reveal-when]");
    var revealAll = function () {
        Array.prototype.forEach.call(reveals, function (el) {
            var when = el.dataset.revealWhen;
            var pair = when.split("=");
            var box = pair.length === 2
                ? document.querySelector("input[name='" + pair[0] + "'][value='" + pair[1] + "']")
                : document.getElementById(when);
            var shown = !box || box.checked;
            el.hidden = !shown;
            Array.prototype.forEach.call(el.querySelectorAll("input, select, textarea"), function (f) {
                if (!shown && f.required) { f.required = false; f.dataset.wasRequired = "true"; }
                if (shown && f.dataset.wasRequired) { f.required = true; delete f.dataset.wasRequired; }
            });
        });
    };
    if (reveals.length > 0) {
        document.addEventListener("change", revealAll);
        revealAll();
    }
})();
