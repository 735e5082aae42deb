/* The staff's pages (ma.maharat.staff; issue 14). Loaded by the top bar for trainers and administrators;
   the pages work without it.

   1. Feedback in view («what happened is out of view»). After a page load or any update of the page (PrimeFaces Ajax, Faces Ajax, a full post-back), the
   first result that appeared is brought where the eye is:
   - an element marked data-feedback="focus" (a form that opens, an import's report): scrolled into view
     and given the focus, or its first error message when it has one;
   - an element marked data-feedback="show" (a «saved» note next to its button, role=status): scrolled
     into view only, screen readers announce it by its role;
   - otherwise the page's messages (#messages) when they say something and are off screen: scrolled to
     and focused.
   A MutationObserver rather than Ajax callbacks: the pages mix PrimeFaces and Faces Ajax, and an updated
   element is a new element, so each result is handled once. Nothing happens while a modal dialog is open
   (its messages are next to its fields), nor for an element already in view and not asking for focus.

   2. Date pickers' buttons: PrimeFaces writes the word «ui-button» as the text of the icon-only button
      that opens the calendar (its aria-label is right, «Choisir une date»); the text becomes that label,
      so that what a screen reader or a speech command finds is the same name. */
(function () {
    "use strict";

    var handled = typeof WeakSet === "function" ? new WeakSet() : null;
    var ERRORS = ".field-error:not(:empty), .ui-message-error, .ui-messages-error, [role=alert]";

    function visible(element) {
        return element.offsetParent !== null || element.getClientRects().length > 0;
    }

    function saysSomething(element) {
        return visible(element) && element.textContent.trim() !== "";
    }

    function inView(element) {
        var box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
    }

    function modalOpen() {
        var dialogs = document.querySelectorAll(".ui-dialog");
        for (var i = 0; i < dialogs.length; i++) {
            if (visible(dialogs[i]) && dialogs[i].getAttribute("aria-hidden") !== "true") {
                return true;
            }
        }
        return false;
    }

    function focus(element) {
        if (!element.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            element.setAttribute("tabindex", "-1");
        }
        element.focus({preventScroll: true});
    }

    function bring(element, takeFocus) {
        var error = element.matches(ERRORS) ? null : element.querySelector(ERRORS);
        var target = error && visible(error) ? error : element;
        if (!inView(target)) {
            // The start of a tall block (a form, a report) rather than its middle: it reads from the top.
            var tall = target.getBoundingClientRect().height > window.innerHeight / 2;
            target.scrollIntoView({block: tall ? "start" : "center"});
        }
        if (takeFocus || target !== element) {
            focus(target);
        }
    }

    function firstNew(selector) {
        var found = document.querySelectorAll(selector);
        for (var i = 0; i < found.length; i++) {
            if (handled && handled.has(found[i])) {
                continue;
            }
            if (handled) {
                handled.add(found[i]);
            }
            if (saysSomething(found[i])) {
                return found[i];
            }
        }
        return null;
    }

    function look() {
        if (modalOpen()) {
            // Seen as handled all the same: a message under a dialog is not chased after the dialog closes.
            firstNew("[data-feedback]");
            firstNew("#messages");
            return;
        }
        var marked = firstNew("[data-feedback]");
        var messages = firstNew("#messages");
        if (marked) {
            bring(marked, marked.getAttribute("data-feedback") === "focus");
        } else if (messages && !inView(messages)) {
            bring(messages, true);
        }
    }

    function nameDatePickerButtons() {
        var texts = document.querySelectorAll(".ui-datepicker-trigger[aria-label] > .ui-button-text");
        for (var i = 0; i < texts.length; i++) {
            var label = texts[i].parentNode.getAttribute("aria-label");
            if (texts[i].textContent !== label) {
                texts[i].textContent = label;
            }
        }
    }

    var pending = false;
    function soon() {
        if (!pending) {
            pending = true;
            // After the update has finished (PrimeFaces' oncomplete runs in the same task).
            window.setTimeout(function () {
                pending = false;
                nameDatePickerButtons();
                look();
            }, 0);
        }
    }

    if (typeof MutationObserver === "function") {
        new MutationObserver(soon).observe(document.body, {childList: true, subtree: true});
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", soon);
    } else {
        soon();
    }
}());
