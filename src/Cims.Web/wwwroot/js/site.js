// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Move focus to the error summary so screen readers announce it.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
