// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Move focus to the error summary so screen readers announce it.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
    // Signing out clears the report steps' unsaved values kept in this tab (incident-form.js): nothing typed about a
    // client stays in the browser for the next person at a shared computer.
    var signOut = document.querySelector("form[data-sign-out]");
    if (signOut && window.sessionStorage) {
        signOut.addEventListener("submit", function () {
            for (var i = sessionStorage.length - 1; i >= 0; i--) {
                var key = sessionStorage.key(i);
                if (key && key.indexOf("cims-draft:") === 0) {
                    sessionStorage.removeItem(key);
                }
            }
        });
    }
})();
