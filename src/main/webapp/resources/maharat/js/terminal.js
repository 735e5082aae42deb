/*
 * A shared terminal that forgets its last trainee. The page keeps the time of her last activity (a key,
 * a click, a touch, a scroll) in localStorage, which every tab of the browser shares: activity in one
 * tab counts for all of them, and an idle terminal is simply a stored time long ago. After the idle
 * time the page asks "are you still there?" and counts down; when the countdown runs out, or the next
 * person presses "Not me", or she signs out herself, the page saves the quiz answers still on their
 * way (quiz.js), signs out, and every tab of the browser goes to the sign-in page, which says why in
 * her language. While she reads without loading a page, the page tells the server she is still here,
 * since her session there ends after the same idle time and countdown (IdleLimit).
 *
 * On the sign-in page (no #terminal), no one is signed in any more: her activity time is forgotten, so
 * that the next person's first page starts from her own sign-in.
 */
(function () {
    "use strict";

    var LAST_ACTIVITY = "maharat.terminal.lastActivity";
    var SIGNED_OUT = "maharat.terminal.signedOut";
    var FLUSH = "maharat.terminal.flush";
    var FLUSHING = "maharat.terminal.flushing.";
    var PING_EVERY = 30000;
    var FLUSH_PATIENCE = 6000;

    /* localStorage, or this page's memory where the browser refuses it (then tabs do not share it). */
    var memory = {};
    var store = {
        get: function (key) {
            try { return window.localStorage.getItem(key); } catch (e) { return memory.hasOwnProperty(key) ? memory[key] : null; }
        },
        set: function (key, value) {
            try { window.localStorage.setItem(key, value); } catch (e) { memory[key] = value; }
        },
        remove: function (key) {
            try { window.localStorage.removeItem(key); } catch (e) { delete memory[key]; }
        },
        keys: function () {
            try {
                var keys = [];
                for (var i = 0; i < window.localStorage.length; i++) { keys.push(window.localStorage.key(i)); }
                return keys;
            } catch (e) { return Object.keys(memory); }
        }
    };

    var terminal = document.getElementById("terminal");
    if (!terminal) {
        store.remove(LAST_ACTIVITY);
        return;
    }

    var data = terminal.dataset;
    var idleMs = Number(data.idleSeconds) * 1000;
    var countdownMs = Number(data.countdownSeconds) * 1000;
    var language = document.documentElement.lang || "fr";
    var signOutForm = document.querySelector("form.signout");
    var stay = document.getElementById("terminal-stay");
    var text = document.getElementById("terminal-text");
    var loadedAt = Date.now();
    var tab = loadedAt + "-" + Math.random().toString(36).slice(2);
    var lastPing = loadedAt;
    var pingTimer = null;
    var leaving = false;
    var focusBefore = null;

    function lastActivity() {
        var value = Number(store.get(LAST_ACTIVITY));
        return value > 0 ? value : null;
    }

    function signInUrl(reason, lang) {
        return data.signInUrl + "?signedOut=" + encodeURIComponent(reason) + "&language=" + encodeURIComponent(lang);
    }

    /* Her page, gone from the screen at once: the next person sees nothing of it while the page leaves. */
    function hideHerPage() {
        document.documentElement.classList.add("terminal-leaving");
    }

    function go(reason, lang) {
        leaving = true;
        hideHerPage();
        window.location.replace(signInUrl(reason, lang));
    }

    // The server ends her session after the idle time and the countdown since its last request: reading
    // and typing make no request, so say she is here, at most every 30 s, and always after her last
    // activity (a trailing call), so the server never ends it before this page would.
    function ping() {
        pingTimer = null;
        lastPing = Date.now();
        fetch(data.stillHereUrl, { credentials: "same-origin", cache: "no-store", redirect: "manual" }).then(function (reply) {
            if (reply.type === "opaqueredirect" || reply.status === 401 || reply.status === 403) {
                // Her session has ended on the server (the idle time, a restart): nothing of hers stays on screen.
                go("idle", language);
            }
        }).catch(function () {
            // The network is down: the server's own timeout still ends the session.
        });
    }

    function schedulePing(now) {
        if (pingTimer === null) {
            pingTimer = setTimeout(ping, Math.max(0, lastPing + PING_EVERY - now));
        }
    }

    function noteActivity() {
        if (leaving || !terminal.hidden) {
            // While the question is on screen only its button answers it: a stray touch of the next person does not.
            return;
        }
        var now = Date.now();
        if (now - (lastActivity() || 0) >= 1000) {
            store.set(LAST_ACTIVITY, String(now));
        }
        schedulePing(now);
    }

    function showCountdown(left) {
        var seconds = Math.max(0, Math.ceil(left / 1000));
        text.textContent = text.dataset.template.replace("{0}", String(seconds));
        if (terminal.hidden) {
            focusBefore = document.activeElement;
            terminal.hidden = false;
            document.documentElement.classList.add("terminal-asking");
            stay.focus();
        }
    }

    function hideCountdown() {
        if (!terminal.hidden) {
            terminal.hidden = true;
            document.documentElement.classList.remove("terminal-asking");
            if (focusBefore && typeof focusBefore.focus === "function" && document.contains(focusBefore)) {
                focusBefore.focus();
            }
            focusBefore = null;
        }
    }

    function tick() {
        if (leaving) {
            return;
        }
        var last = lastActivity();
        if (last === null) {
            last = Date.now();
            store.set(LAST_ACTIVITY, String(last));
        }
        var idle = Date.now() - last;
        if (idle >= idleMs + countdownMs) {
            signOut("idle");
        } else if (idle >= idleMs) {
            showCountdown(idleMs + countdownMs - idle);
        } else {
            hideCountdown();
        }
    }

    /* Answers typed a moment ago are saved before anyone signs out (quiz.js); at most a few seconds. */
    function flushAnswers() {
        return window.maharatQuiz ? window.maharatQuiz.flush(FLUSH_PATIENCE - 1000) : Promise.resolve();
    }

    /* Other tabs flush theirs when asked; this waits until none says it is still saving, or long enough. */
    function otherTabsFlushed() {
        var started = Date.now();
        return new Promise(function (resolve) {
            (function check() {
                var now = Date.now();
                var busy = store.keys().some(function (key) {
                    return key && key.indexOf(FLUSHING) === 0 && now - Number(store.get(key)) < FLUSH_PATIENCE;
                });
                if ((now - started >= 300 && !busy) || now - started >= FLUSH_PATIENCE) {
                    resolve();
                } else {
                    setTimeout(check, 100);
                }
            }());
        });
    }

    function signOut(reason) {
        if (leaving) {
            return;
        }
        leaving = true;
        hideCountdown();
        hideHerPage();
        // Saving, said to the other tabs too: one that starts signing out at the same moment waits for it.
        var saving = FLUSHING + tab;
        store.set(saving, String(Date.now()));
        store.set(FLUSH, JSON.stringify({ at: Date.now(), tab: tab }));
        var flushed = flushAnswers().then(function () { store.remove(saving); });
        Promise.all([flushed, otherTabsFlushed()]).then(function () {
            var form = new URLSearchParams();
            form.append("reason", reason);
            form.append("language", language);
            return fetch(signOutForm.action, { method: "POST", body: form, credentials: "same-origin", redirect: "manual", cache: "no-store" })
                .catch(function () { /* the server's timeout ends it then */ });
        }).then(function () {
            store.remove(LAST_ACTIVITY);
            store.set(SIGNED_OUT, JSON.stringify({ at: Date.now(), reason: reason, language: language }));
            window.location.replace(signInUrl(reason, language));
        });
    }

    /* Another tab signs out: save this tab's answers first, then follow it to the sign-in page. */
    function flushForAnotherTab() {
        if (leaving) {
            return;
        }
        leaving = true;
        hideCountdown();
        hideHerPage();
        var key = FLUSHING + tab;
        store.set(key, String(Date.now()));
        flushAnswers().then(function () { store.remove(key); });
        // Should the other tab never finish (closed meanwhile), this one carries on by itself.
        setTimeout(function () {
            leaving = false;
            store.remove(key);
            signOut("idle");
        }, FLUSH_PATIENCE + 4000);
    }

    window.addEventListener("storage", function (event) {
        if (event.key === SIGNED_OUT && event.newValue) {
            var gone = JSON.parse(event.newValue);
            go(gone.reason, gone.language);
        } else if (event.key === FLUSH && event.newValue) {
            flushForAnotherTab();
        } else if (event.key === LAST_ACTIVITY) {
            tick();
        }
    });

    // A page restored from the back-forward cache after a sign-out shows nothing of hers.
    window.addEventListener("pageshow", function (event) {
        if (!event.persisted) {
            return;
        }
        var gone = null;
        try { gone = JSON.parse(store.get(SIGNED_OUT)); } catch (e) { gone = null; }
        if (gone && gone.at > loadedAt) {
            go(gone.reason, gone.language);
        } else {
            tick();
        }
    });

    ["keydown", "pointerdown", "touchstart", "wheel", "scroll", "input"].forEach(function (type) {
        window.addEventListener(type, noteActivity, { capture: true, passive: true });
    });
    // Moving the mouse is activity too, but not each pixel of it.
    var lastMove = 0;
    window.addEventListener("mousemove", function () {
        var now = Date.now();
        if (now - lastMove > 5000) {
            lastMove = now;
            noteActivity();
        }
    }, { passive: true });

    stay.addEventListener("click", function () {
        var now = Date.now();
        store.set(LAST_ACTIVITY, String(now));
        hideCountdown();
        clearTimeout(pingTimer);
        ping();
    });
    // The question holds the keyboard while it is open: Tab stays on its button, Escape answers "still here".
    terminal.addEventListener("keydown", function (event) {
        if (event.key === "Tab") {
            event.preventDefault();
            stay.focus();
        } else if (event.key === "Escape") {
            event.preventDefault();
            stay.click();
        }
    });

    if (signOutForm) {
        signOutForm.addEventListener("submit", function (event) {
            event.preventDefault();
            var button = event.submitter;
            // The sign-in page's reasons (SignOut): "notMe", "idle", or "true" when she signs out herself.
            signOut(button && button.value === "notMe" ? "notMe" : "true");
        });
    }

    // A hidden page's timers may run once a minute only: look again the moment the screen shows it.
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") {
            tick();
        }
    });
    window.addEventListener("focus", tick);

    // A page opened long after her last activity (another tab, a laptop woken up) asks at once; a first
    // page after signing in starts from now.
    tick();
    setInterval(tick, 1000);
}());
