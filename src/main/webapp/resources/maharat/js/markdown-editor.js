/* The lesson editor's Markdown toolbar (ma.maharat.authoring). The editor is PrimeFaces Extensions'
   pe:markdownEditor (EasyMDE); this file adapts it to Maharat, as its "extender":
   - nothing is fetched from elsewhere (EasyMDE would load Font Awesome from a CDN): icons are PrimeIcons
     or letters drawn by maharat.css;
   - no client-side preview at all (its toolbar buttons and its Ctrl-P / F11 shortcuts are off): the
     preview beside the editor is the server's LessonRenderer, the sanitized HTML trainees get;
   - the toolbar's buttons are named in the page's language (from data-label-* attributes of the text
     area), and CodeMirror's own input gets the label of the field, for screen readers;
   - an image is inserted as media/..., the path the importer expects. */
(function () {
    "use strict";

    var ICONS = {
        "heading-2": "md-icon md-icon-h2",
        "heading-3": "md-icon md-icon-h3",
        "bold": "md-icon md-icon-bold",
        "italic": "md-icon md-icon-italic",
        "unordered-list": "pi pi-list",
        "ordered-list": "pi pi-sort-numeric-down",
        "image": "pi pi-image",
        "table": "pi pi-table",
        "link": "pi pi-link",
        "undo": "pi pi-undo",
        "redo": "pi pi-refresh"
    };

    /** The label of each toolbar button, by its EasyMDE name, from the text area's data attributes. */
    function labelFor(textArea, name) {
        var attribute = {
            "heading-2": "data-label-heading2", "heading-3": "data-label-heading3", "bold": "data-label-bold",
            "italic": "data-label-italic", "unordered-list": "data-label-ul", "ordered-list": "data-label-ol",
            "image": "data-label-image", "table": "data-label-table", "link": "data-label-link",
            "undo": "data-label-undo", "redo": "data-label-redo"
        }[name];
        return attribute ? textArea.getAttribute(attribute) : null;
    }

    function adapt(widget) {
        var textArea = widget.jq[0];
        var container = textArea.nextElementSibling;
        if (!container || !container.classList.contains("EasyMDEContainer")) {
            return;
        }
        var toolbar = container.querySelector(".editor-toolbar");
        if (toolbar) {
            toolbar.setAttribute("role", "toolbar");
            toolbar.setAttribute("aria-label", textArea.getAttribute("data-label-toolbar") || "");
            Array.prototype.forEach.call(toolbar.querySelectorAll("button"), function (button) {
                Object.keys(ICONS).forEach(function (name) {
                    if (button.classList.contains(name)) {
                        // EasyMDE draws its built-in buttons with Font Awesome classes whatever iconClassMap says.
                        var icon = button.querySelector("i");
                        if (icon) {
                            icon.className = ICONS[name];
                            icon.setAttribute("aria-hidden", "true");
                        }
                        var label = labelFor(textArea, name);
                        if (label) {
                            button.setAttribute("title", label);
                            button.setAttribute("aria-label", label);
                        }
                    }
                });
            });
        }
        var input = container.querySelector(".CodeMirror textarea, .CodeMirror [contenteditable]");
        var label = document.querySelector("label[for='" + textArea.id + "']");
        if (input && label) {
            if (!label.id) {
                label.id = textArea.id.replace(/:/g, "-") + "-label";
            }
            input.setAttribute("aria-labelledby", label.id);
            input.setAttribute("lang", textArea.getAttribute("lang") || "");
            // The scrolling box holds no focusable element of its own (the input is beside it): it takes
            // the focus, so the keyboard can scroll a long lesson too.
            var scroller = container.querySelector(".CodeMirror-scroll");
            if (scroller) {
                scroller.setAttribute("tabindex", "0");
                scroller.setAttribute("aria-labelledby", label.id);
            }
            label.addEventListener("click", function () {
                widget.editor.codemirror.focus();
            });
        }
    }

    window.Maharat = window.Maharat || {};

    /** Called by PrimeFaces Extensions with the widget as this, before EasyMDE is made from this.cfg. */
    window.Maharat.markdownEditor = function () {
        var widget = this;
        var cfg = widget.cfg;
        cfg.autoDownloadFontAwesome = false;
        cfg.status = false;
        // EasyMDE's option is spellChecker; PrimeFaces Extensions sets "spellchecker", so the dictionaries
        // would be fetched from a CDN.
        cfg.spellChecker = false;
        cfg.shortcuts = { togglePreview: null, toggleSideBySide: null, toggleFullScreen: null };
        cfg.previewRender = function () {
            return "";
        };
        cfg.insertTexts = {
            image: ["![", "](media/)"],
            link: ["[", "](https://)"],
            table: ["", "\n\n|  |  |\n| --- | --- |\n|  |  |\n\n"]
        };
        // EasyMDE is made right after this returns; its toolbar exists on the next turn.
        window.setTimeout(function () {
            adapt(widget);
        }, 0);
    };
}());
