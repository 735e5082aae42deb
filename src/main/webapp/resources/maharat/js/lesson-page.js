/*
 * The lesson page's own small behaviours, kept in a file because the page's Content-Security-Policy runs
 * no inline script: the "Listen to the lesson" button (shown only when this script runs, so that nobody
 * without script sees a button that does nothing) and the close link of the page's error messages.
 */
(function () {
    "use strict";

    var player = document.getElementById("lesson-audio-player");
    var button = document.getElementById("lesson-audio-play");
    var label = document.getElementById("lesson-audio-label");
    if (player && button && label) {
        button.hidden = false;
        button.addEventListener("click", function () {
            if (player.paused) {
                player.play();
            } else {
                player.pause();
            }
        });
        var show = function (playing) {
            button.setAttribute("aria-pressed", playing ? "true" : "false");
            label.textContent = playing ? button.dataset.pause : button.dataset.listen;
        };
        player.addEventListener("play", function () { show(true); });
        player.addEventListener("pause", function () { show(false); });
        player.addEventListener("ended", function () { show(false); });
    }

    var messages = document.getElementById("messages");
    if (messages) {
        messages.addEventListener("click", function (event) {
            var close = event.target.closest(".ui-messages-close");
            if (close) {
                event.preventDefault();
                close.parentNode.style.display = "none";
            }
        });
    }
})();
