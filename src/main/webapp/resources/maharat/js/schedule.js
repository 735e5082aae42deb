/* The staff calendars (admin/planning.xhtml, trainer/calendar.xhtml), the Moroccan way. p:schedule's
   locale (ar-MA, fr, en) already gives FullCalendar Morocco's month names (نونبر, دجنبر), day before month,
   Latin digits, 24-hour times and right to left in Arabic; but FullCalendar's "ar-ma" week starts on
   Saturday, and its "en" on Sunday. The center's week starts on Monday in every language, as
   ma.maharat.platform.i18n.CenterDates.FIRST_DAY_OF_WEEK says for every other page.
   p:schedule's extender="maharatSchedule" calls this with the widget as "this", before the calendar is
   drawn; it is a file, not an inline script, so the Content Security Policy needs no exception. */
window.maharatSchedule = function () {
    "use strict";
    var MONDAY = 1;
    this.cfg.options.firstDay = MONDAY;
};
