// The API reference page (/api/docs), loaded before the vendored Scalar bundle: the <style> elements Scalar's
// scripts create carry this response's nonce (from <meta property="csp-nonce">, which Scalar reads too), and its
// schema library runs without compiling code (no eval under script-src 'self'). When the page has loaded, it starts
// the reference over the document named by the container's data-url. Nothing is fetched from another origin: no web
// fonts, no telemetry, no AI assistant. See ADR 0031.
(function () {
    "use strict";
    var meta = document.querySelector("meta[property=csp-nonce]");
    var nonce = meta ? meta.content : "";
    var createElement = document.createElement;
    document.createElement = function (name, options) {
        var element = createElement.call(document, name, options);
        if (nonce && String(name).toLowerCase() === "style") {
            element.nonce = nonce;
        }
        return element;
    };
    window.__zod_globalConfig = Object.assign(window.__zod_globalConfig || {}, { jitless: true });

    document.addEventListener("DOMContentLoaded", function () {
        var container = document.getElementById("api-docs");
        if (!container || !window.Scalar) {
            return;
        }
        window.Scalar.createApiReference(container, {
            url: container.dataset.url,
            withDefaultFonts: false,
            telemetry: false,
            agent: { disabled: true },
            showDeveloperTools: "never",
            defaultOpenAllTags: true,
            documentDownloadType: "json",
            forceDarkModeState: "light",
            hideDarkModeToggle: true,
            // Darker text and accent colours than Scalar's own theme, for 4.5:1 contrast on its light backgrounds.
            customCss: ".light-mode, .light-mode .t-doc__sidebar { --scalar-color-1: #1a1a1a; --scalar-color-2: #3b3b3b;"
                + " --scalar-color-3: #4a4a4a; --scalar-color-accent: #0b57d0; --scalar-color-blue: #0b57d0;"
                + " --scalar-color-green: #0a6b2b; --scalar-color-red: #b3261e; --scalar-color-orange: #8a4300;"
                + " --scalar-color-yellow: #6f5200; --scalar-color-purple: #6a2fa3; --scalar-color-query: #6f5200;"
                + " --scalar-color-danger: #b3261e; --scalar-color-alert: #8a4300; --scalar-color-disabled: #4a4a4a;"
                + " --scalar-color-ghost: #4a4a4a; --scalar-sidebar-color-1: #1a1a1a; --scalar-sidebar-color-2: #3b3b3b;"
                + " --scalar-sidebar-color-active: #0b57d0; --scalar-sidebar-search-color: #3b3b3b; }"
        });
    });
})();
