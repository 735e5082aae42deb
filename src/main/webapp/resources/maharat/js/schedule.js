/* The staff calendars (admin/planning.xhtml, trainer/calendar.xhtml), the Moroccan way. p:schedule's
   locale (ar-MA, fr, en) already gives FullCalendar Morocco's month names (نونبر, دجنبر), Latin digits
   and right to left in Arabic. What this adds, as ma.maharat.platform.i18n.CenterDates does for every
   other page:
   - the week starts on Monday in every language (FullCalendar's "ar-ma" starts it on Saturday, "en" on
     Sunday);
   - a day is named with its month in words, "الاثنين 30 نونبر", "lun. 30 nov.": a numeric «30/11» inside
     Arabic text is shown right to left and read as month first;
   - times on 24 hours with two digits, "09:00", as the center's timetables write them;
   - on a phone (narrower than 600 px) a week of seven columns cannot be read: the calendar opens on one
     day, and headers name the weekday and the day only.
   p:schedule's extender="maharatSchedule" calls this with the widget as "this", before the calendar is
   drawn; it is a file, not an inline script, so the Content Security Policy needs no exception. */
window.maharatSchedule = function () {
    "use strict";
    var MONDAY = 1;
    var HOURS = { hour: "2-digit", minute: "2-digit", hour12: false };
    var options = this.cfg.options;
    options.firstDay = MONDAY;
    options.slotLabelFormat = HOURS;
    options.eventTimeFormat = HOURS;
    options.views = options.views || {};
    ["timeGridWeek", "timeGridDay", "dayGridWeek"].forEach(function (view) {
        options.views[view] = options.views[view] || {};
        options.views[view].dayHeaderFormat = { weekday: "short", day: "numeric", month: "short" };
    });
    if (window.matchMedia && window.matchMedia("(max-width: 600px)").matches) {
        if (options.initialView === "timeGridWeek") {
            options.initialView = "timeGridDay";
        }
        options.views.timeGridWeek.dayHeaderFormat = { weekday: "narrow", day: "numeric" };
        options.titleFormat = { day: "numeric", month: "short", year: "numeric" };
    }
    options.views.listWeek = options.views.listWeek || {};
    options.views.listWeek.listDayFormat = { weekday: "long", day: "numeric", month: "long" };
};
