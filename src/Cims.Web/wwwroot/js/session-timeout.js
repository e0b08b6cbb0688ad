// Warns before the session ends and lets the user stay signed in (WCAG 2.2.1 Timing Adjustable).
// Progressive enhancement: without this file the session still ends on time and nothing else changes.
(function () {
    "use strict";
    var dialog = document.getElementById("session-warning");
    if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) {
        return;
    }
    var lead = Number(dialog.getAttribute("data-warning-seconds")) * 1000;
    var message = dialog.querySelector("[data-session-message]");
    var stay = dialog.querySelector("[data-session-stay]");
    var signOut = dialog.querySelector("[data-session-signout]");
    var signIn = dialog.querySelector("[data-session-signin]");
    var close = dialog.querySelector("[data-session-close]");
    var token = signOut.querySelector("input[name=__RequestVerificationToken]");
    var endsAt = 0;
    var final = false;
    var state = "waiting"; // waiting, asking, warning, ended

    function schedule(left) {
        endsAt = Date.now() + left.seconds * 1000;
        final = left.final;
        state = "waiting";
    }

    function open(text, focusTarget) {
        message.textContent = dialog.getAttribute(text);
        if (!dialog.open) {
            dialog.showModal();
        }
        focusTarget.focus();
    }

    function warn() {
        state = "warning";
        stay.hidden = final;
        open(final ? "data-message-final" : "data-message-idle", final ? signOut.querySelector("button") : stay);
    }

    function ended() {
        state = "ended";
        stay.hidden = true;
        signOut.hidden = true;
        signIn.hidden = false;
        close.hidden = false;
        open("data-message-ended", signIn);
    }

    // The session's time left as the server sees it, or null when it has ended (the answer is then a redirect to sign-in).
    function ask(method, url) {
        var headers = { "Accept": "application/json" };
        if (method === "POST" && token) {
            headers.RequestVerificationToken = token.value;
        }
        return fetch(url, { method: method, headers: headers, credentials: "same-origin", redirect: "manual" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .catch(function () { return null; });
    }

    function handle(left) {
        if (!left || left.seconds <= 0) {
            ended();
        } else {
            schedule(left);
            if (left.seconds * 1000 <= lead) {
                warn();
            } else if (dialog.open) {
                dialog.close();
            }
        }
    }

    function tick() {
        if (state === "waiting" && endsAt - Date.now() <= lead) {
            // Another tab may have kept the session alive: ask before warning.
            state = "asking";
            ask("GET", dialog.getAttribute("data-status-url")).then(handle);
        } else if (state === "warning" && Date.now() >= endsAt) {
            ended();
        }
    }

    stay.addEventListener("click", function () {
        ask("POST", dialog.getAttribute("data-keep-alive-url")).then(handle);
    });
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("cancel", function (event) {
        // Escape: the user is here, so it counts as "Stay signed in" while that is possible.
        if (state === "warning" && !final) {
            event.preventDefault();
            stay.click();
        }
    });
    schedule({ seconds: Number(dialog.getAttribute("data-seconds")), final: dialog.getAttribute("data-final") === "true" });
    window.setInterval(tick, 1000);
})();
