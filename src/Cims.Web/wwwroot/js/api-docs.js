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
            documentDownloadType: "json"
        });
    });
})();
