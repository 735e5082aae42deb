/* The course page's outline (ma.maharat.authoring): after a change, the result is shown where the author
   looks. The note above the outline (or the refusal inside the form) is scrolled into view and takes the
   focus, so screen readers read it too; called from the buttons' oncomplete. */
(function () {
    "use strict";

    function showNote(id) {
        window.setTimeout(function () {
            var note = document.getElementById(id);
            if (!note || !note.textContent.trim()) {
                return;
            }
            note.scrollIntoView({ block: "center" });
            note.focus({ preventScroll: true });
        }, 50);
    }

    window.Maharat = window.Maharat || {};

    /** After a row's button (move, archive): the note above the outline. */
    window.Maharat.outlineChanged = function () {
        showNote("outline:outline-note");
    };

    /** After the form's save: closed with the note above the outline, or kept open with its refusal. */
    window.Maharat.outlineFormSaved = function (args) {
        if (args && args.refused) {
            showNote("outline-dialog-form:outline-form-error");
            return;
        }
        PF("outlineDialog").hide();
        showNote("outline:outline-note");
    };
}());
