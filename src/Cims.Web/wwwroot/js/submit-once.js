// Submit once, for the report forms: later clicks do nothing, and the pressed button's name and value
// (Nav=Next…) still post. Progressive enhancement: the server also makes a second submission harmless.
(function () {
    "use strict";
    function each(selector, action) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), action);
    }
    each("form", function (form) {
        form.addEventListener("submit", function (event) {
            if (form.dataset.submitted) {
                event.preventDefault();
                return;
            }
            form.dataset.submitted = "true";
            var submitter = event.submitter;
            if (submitter && submitter.name) {
                var hidden = document.createElement("input");
                hidden.type = "hidden";
                hidden.name = submitter.name;
                hidden.value = submitter.value;
                form.appendChild(hidden);
            }
            window.setTimeout(function () {
                Array.prototype.forEach.call(form.querySelectorAll("button[type=submit], input[type=submit]"), function (b) { b.disabled = true; });
            }, 0);
        });
    });
    window.addEventListener("pageshow", function (event) {
        if (!event.persisted) { return; }
        each("form[data-submitted]", function (form) {
            delete form.dataset.submitted;
            Array.prototype.forEach.call(form.querySelectorAll("button[type=submit], input[type=submit]"), function (b) { b.disabled = false; });
        });
    });
})();
