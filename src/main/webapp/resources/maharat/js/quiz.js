/*
 * The quiz page's autosave. Every answer is sent to the server the moment it changes (typed answers
 * after a short pause, or when the field is left), one request at a time per question, and the page
 * says what the server acknowledged. A failed save is retried on its own with a growing delay and a
 * visible warning; nothing is ever kept only in the browser. Each save names the revision it replaces,
 * so a second tab or terminal cannot overwrite a newer answer without the trainee deciding it.
 */
(function () {
    "use strict";

    var form = document.getElementById("attempt");
    if (!form) {
        return;
    }
    /* The form is never submitted (Enter in a field would reload the page): every answer leaves on its own. */
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var data = form.dataset;
    var attemptId = Number(data.attempt);
    var slots = {};
    var closed = false;

    function text(key) {
        return data[key] || "";
    }

    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (_, i) { return values[Number(i)]; });
    }

    /* Decimal comma, Arabic-Indic and Persian digits, the Arabic decimal separator, spaces: all read as a number. */
    function normaliseNumber(raw) {
        var ascii = raw.trim()
            .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
            .replace(/[\u06F0-\u06F9]/g, function (d) { return String(d.charCodeAt(0) - 0x06F0); })
            .replace(/[\u066B,]/g, ".")
            .replace(/[\s\u00A0\u202F\u066C]/g, "");
        /* At most 30 digits, as the server accepts (Numbers.MAX_DIGITS): more is a typing accident. */
        return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(ascii) && ascii.replace(/\D/g, "").length <= 30 ? ascii : null;
    }

    function responseOf(fieldset) {
        var type = fieldset.dataset.type;
        var name = "q-" + fieldset.dataset.slot;
        var inputs = fieldset.querySelectorAll("[name='" + name + "']");
        var i;
        if (type === "single_choice" || type === "true_false") {
            for (i = 0; i < inputs.length; i++) {
                if (inputs[i].checked) {
                    return type === "true_false" ? { value: inputs[i].value === "true" } : { choice: Number(inputs[i].value) };
                }
            }
            return undefined;
        }
        if (type === "multiple_response") {
            var choices = [];
            for (i = 0; i < inputs.length; i++) {
                if (inputs[i].checked) {
                    choices.push(Number(inputs[i].value));
                }
            }
            return { choices: choices };
        }
        if (type === "short_answer") {
            return { text: inputs[0].value };
        }
        if (type === "numerical") {
            if (inputs[0].value.trim() === "") {
                return undefined;
            }
            var number = normaliseNumber(inputs[0].value);
            /* The number is graded; the text as she typed it («0,44», «٠٫٤٤») is what her pages show back. */
            var typed = inputs[0].value.trim();
            /* NumberResponse.MAX_TYPED_LENGTH: a longer text (spaces inside) is sent as the number alone. */
            return number === null ? null
                : (typed === number || typed.length > 48 ? { number: number } : { number: number, typed: typed });
        }
        if (type === "matching") {
            var pairs = {};
            for (i = 0; i < inputs.length; i++) {
                if (inputs[i].value !== "") {
                    pairs[inputs[i].dataset.pair] = inputs[i].value;
                }
            }
            return { pairs: pairs };
        }
        return undefined;
    }

    /* Shows an answer from the server (the newer one of a conflict) in the inputs. */
    function showResponse(fieldset, response) {
        var name = "q-" + fieldset.dataset.slot;
        var inputs = fieldset.querySelectorAll("[name='" + name + "']");
        var type = fieldset.dataset.type;
        inputs.forEach(function (input) {
            if (type === "single_choice") {
                input.checked = response !== null && Number(input.value) === response.choice;
            } else if (type === "true_false") {
                input.checked = response !== null && (input.value === "true") === response.value;
            } else if (type === "multiple_response") {
                input.checked = response !== null && response.choices.indexOf(Number(input.value)) >= 0;
            } else if (type === "short_answer") {
                input.value = response === null ? "" : response.text;
            } else if (type === "numerical") {
                input.value = response === null ? "" : (response.typed || response.number);
            } else if (type === "matching") {
                input.value = response === null ? "" : (response.pairs[input.dataset.pair] || "");
            }
        });
    }

    function setStatus(slot, state, message) {
        var status = document.getElementById("q-" + slot.number + "-status");
        slot.state = state;
        status.className = "slot-status " + state;
        status.textContent = message;
        updateSummary();
    }

    function updateSummary() {
        var retrying = 0;
        var answered = 0;
        Object.keys(slots).forEach(function (key) {
            var slot = slots[key];
            if (slot.state === "retrying" || slot.state === "saving" && slot.failures > 0) {
                retrying++;
            }
            if (slot.answered) {
                answered++;
            }
        });
        var summary = document.getElementById("save-status");
        if (closed) {
            return;
        }
        if (retrying > 0) {
            summary.className = "save-status warning";
            summary.textContent = text("msgRetrying");
        } else {
            summary.className = "save-status";
            summary.textContent = "";
        }
        var count = document.getElementById("answered-count");
        if (count) {
            count.textContent = format(count.dataset.template, [answered, count.dataset.total]);
        }
    }

    function closeAttempt(message) {
        closed = true;
        form.querySelectorAll("input, select").forEach(function (input) { input.disabled = true; });
        var summary = document.getElementById("save-status");
        summary.className = "save-status warning";
        summary.textContent = message;
        // The server has closed (or is closing) the attempt: its result page says what counted.
        setTimeout(function () { window.location.reload(); }, 3000);
    }

    function queue(slot, response) {
        if (closed) {
            return;
        }
        if (response === null) {
            setStatus(slot, "invalid", text("msgNotANumber"));
            return;
        }
        slot.pending = response;
        slot.answered = true;
        send(slot);
    }

    function send(slot) {
        if (slot.inFlight || slot.pending === undefined || closed || slot.conflict) {
            return;
        }
        var response = slot.pending;
        slot.pending = undefined;
        slot.inFlight = true;
        setStatus(slot, "saving", text("msgSaving"));
        fetch(data.saveUrl, {
            method: "POST",
            credentials: "same-origin",
            redirect: "manual",
            cache: "no-store",
            headers: { "Content-Type": "application/json", "X-Maharat-Quiz": "answer" },
            body: JSON.stringify({ attempt: attemptId, slot: slot.number, revision: slot.revision, response: response })
        }).then(function (reply) {
            if (reply.type === "opaqueredirect" || reply.status === 401) {
                // The session ended (idle timeout, sign-out elsewhere): keep the answer, say so, and keep
                // trying, so that signing in again in another tab sends it without a reload.
                retry(slot, response);
                setStatus(slot, "retrying", text("msgSession"));
                document.getElementById("save-status").textContent = text("msgSession");
                return null;
            }
            return reply.json().then(function (body) { handle(slot, response, reply.status, body); });
        }).catch(function () {
            retry(slot, response);
        }).then(function () {
            slot.inFlight = false;
            if (slot.pending !== undefined && slot.state !== "retrying") {
                send(slot);
            }
        });
    }

    function handle(slot, response, status, body) {
        if (status === 200) {
            slot.revision = body.revision;
            slot.failures = 0;
            if (slot.pending === undefined) {
                setStatus(slot, "saved", text("msgSaved"));
            }
        } else if (status === 409) {
            slot.conflict = { revision: body.revision, response: body.response, mine: response };
            showConflict(slot);
        } else if (status === 410) {
            closeAttempt(body.timeUp ? text("msgTimeUp") : text("msgClosed"));
        } else if (status >= 500) {
            retry(slot, response);
        } else {
            setStatus(slot, "invalid", text("msgInvalid"));
        }
    }

    function retry(slot, response) {
        if (slot.pending === undefined) {
            slot.pending = response;
        }
        slot.failures = (slot.failures || 0) + 1;
        setStatus(slot, "retrying", text("msgRetrying"));
        var delay = Math.min(15000, 500 * Math.pow(2, slot.failures));
        setTimeout(function () {
            slot.state = "waiting";
            send(slot);
        }, delay);
    }

    /* Another tab or terminal saved a different answer: show it, and let the trainee choose. */
    function showConflict(slot) {
        var fieldset = document.getElementById("q-" + slot.number);
        setStatus(slot, "conflict", text("msgConflict"));
        var status = document.getElementById("q-" + slot.number + "-status");
        var keep = document.createElement("button");
        keep.type = "button";
        keep.className = "secondary-button";
        keep.textContent = text("msgKeepMine");
        keep.addEventListener("click", function () {
            var mine = slot.conflict.mine;
            slot.revision = slot.conflict.revision;
            slot.conflict = null;
            showResponse(fieldset, mine);
            queue(slot, mine);
        });
        var take = document.createElement("button");
        take.type = "button";
        take.className = "secondary-button";
        take.textContent = text("msgTakeTheirs");
        take.addEventListener("click", function () {
            slot.revision = slot.conflict.revision;
            showResponse(fieldset, slot.conflict.response);
            slot.conflict = null;
            slot.pending = undefined;
            setStatus(slot, "saved", text("msgSaved"));
        });
        status.appendChild(document.createTextNode(" "));
        status.appendChild(keep);
        status.appendChild(document.createTextNode(" "));
        status.appendChild(take);
        showResponse(fieldset, slot.conflict.response);
    }

    form.querySelectorAll("fieldset.question").forEach(function (fieldset) {
        var slot = {
            number: Number(fieldset.dataset.slot),
            revision: Number(fieldset.dataset.revision),
            pending: undefined,
            inFlight: false,
            failures: 0,
            state: "",
            answered: responseOf(fieldset) !== undefined && Number(fieldset.dataset.revision) > 0,
            conflict: null
        };
        slots[slot.number] = slot;
        slot.fieldset = fieldset;
        slot.typing = null;
        fieldset.addEventListener("change", function () {
            clearTimeout(slot.typing);
            slot.typing = null;
            queue(slot, responseOf(fieldset));
        });
        fieldset.addEventListener("input", function (event) {
            if (event.target.type === "text") {
                clearTimeout(slot.typing);
                slot.typing = setTimeout(function () {
                    slot.typing = null;
                    queue(slot, responseOf(fieldset));
                }, 700);
            }
        });
    });

    /* The countdown shows the server's deadline; the server refuses late answers whatever this says. */
    var secondsLeft = Number(data.secondsLeft);
    if (secondsLeft >= 0) {
        var timer = document.getElementById("timer");
        var end = Date.now() + secondsLeft * 1000;
        timer.hidden = false;
        var tick = function () {
            var left = Math.max(0, Math.round((end - Date.now()) / 1000));
            var minutes = Math.floor(left / 60);
            var seconds = left % 60;
            timer.textContent = text("msgTimeLeft") + " " + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
            timer.className = left <= 60 ? "timer ending" : "timer";
            if (left === 0) {
                closeAttempt(text("msgTimeUp"));
                return;
            }
            setTimeout(tick, 1000);
        };
        tick();
    }

    function unsavedCount() {
        return Object.keys(slots).filter(function (key) {
            var slot = slots[key];
            return slot.pending !== undefined || slot.inFlight || slot.conflict;
        }).length;
    }

    /*
     * Before a shared terminal signs her out (terminal.js): an answer still being typed is sent now, and
     * the sign-out waits until every answer on its way is acknowledged, or until timeoutMs (a network
     * that is down: the page then leaves without asking, as the terminal must be freed). A conflict
     * with another tab waits for her choice and is not held up for.
     */
    var signingOut = false;
    window.maharatQuiz = {
        flush: function (timeoutMs) {
            signingOut = true;
            var end = Date.now() + timeoutMs;
            Object.keys(slots).forEach(function (key) {
                var slot = slots[key];
                if (slot.typing !== null) {
                    clearTimeout(slot.typing);
                    slot.typing = null;
                    queue(slot, responseOf(slot.fieldset));
                } else if (slot.pending !== undefined && !slot.inFlight) {
                    send(slot);
                }
            });
            return new Promise(function (resolve) {
                (function wait() {
                    var onTheirWay = Object.keys(slots).some(function (key) {
                        var slot = slots[key];
                        return !slot.conflict && (slot.pending !== undefined || slot.inFlight);
                    });
                    if (!onTheirWay || Date.now() >= end) {
                        resolve();
                    } else {
                        setTimeout(wait, 100);
                    }
                }());
            });
        }
    };

    window.addEventListener("beforeunload", function (event) {
        if (!closed && !signingOut && unsavedCount() > 0) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    var submit = document.getElementById("hand-in:submit");
    if (submit) {
        submit.addEventListener("click", function (event) {
            var unsaved = unsavedCount();
            var message = unsaved > 0 ? format(text("msgUnsaved"), [unsaved]) + "\n" + text("msgConfirmSubmit")
                : text("msgConfirmSubmit");
            if (!window.confirm(message)) {
                event.preventDefault();
            }
        });
    }
    updateSummary();
}());
