/* A trainee's day (ma.maharat.day). Both pages work without script; the script only adds to them.
   Home: the time left in the quiz she left running, counted down live. The server owns the clock (the
   attempt's deadline is stored); this only shows it, starting from the time left when the page was made.
   My schedule: this week (or the next with sessions) is scrolled into view when the top bar and the
   folded past weeks push it below the first screen, as on a phone. */
(function () {
    "use strict";

    function countDown(timer) {
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
    }

    function bringThisWeekIntoView(week) {
        if (window.location.hash || week.getBoundingClientRect().top < window.innerHeight * 0.6) {
            return;
        }
        (week.closest(".card") || week).scrollIntoView({block: "start"});
    }

    var timer = document.getElementById("running-quiz-timer");
    if (timer) {
        countDown(timer);
    }
    var week = document.querySelector(".schedule-week.week-CURRENT, .schedule-week.week-COMING");
    if (week) {
        bringThisWeekIntoView(week);
    }
}());
