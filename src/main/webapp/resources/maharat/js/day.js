/* The trainee's home page: the time left in the quiz she left running, counted down live.
   The server owns the clock (the attempt's deadline is stored); this only shows it. Without script the
   page still shows the time left when it was made. */
(function () {
    "use strict";
    var timer = document.getElementById("running-quiz-timer");
    if (!timer) {
        return;
    }
    var secondsLeft = Number(timer.getAttribute("data-seconds-left"));
    if (!(secondsLeft >= 0)) {
        return;
    }
    var end = Date.now() + secondsLeft * 1000;
    function show() {
        var left = Math.max(0, Math.round((end - Date.now()) / 1000));
        if (left === 0) {
            timer.textContent = timer.getAttribute("data-msg-time-up");
            timer.className = "countdown ending";
            return;
        }
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        timer.textContent = (minutes < 10 ? "0" : "") + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
        timer.className = left <= 60 ? "countdown ending" : "countdown";
        window.setTimeout(show, 250);
    }
    show();
}());
