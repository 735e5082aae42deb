package ma.maharat.trade;

/**
 * A sewing line's capacity from the garment's standard allowed minutes (SAM): how many pieces an hour or
 * a day, how many operators for a target, how many days for an order, and the efficiency a line reached.
 * The industrial-engineering definitions of apparel production (T. Karthik, P. Ganesan, D. Gopalakrishnan,
 * <i>Apparel Manufacturing Technology</i>, CRC Press 2016, chapter "Line balancing"):
 * output = operators × minutes worked × efficiency ÷ SAM.
 */
public final class LineBalancing {

    private LineBalancing() {}

    /** Pieces an hour. */
    public static double outputPerHour(int operators, double standardMinutes, double efficiency) {
        check(operators, standardMinutes, efficiency);
        return operators * 60 * efficiency / standardMinutes;
    }

    /** Whole pieces a day (a piece begun is not a piece made). */
    public static long outputPerDay(int operators, double standardMinutes, double efficiency, double hoursPerDay) {
        Bounds.require("hours per day", hoursPerDay, 0.5, 24);
        return (long) Math.floor(outputPerHour(operators, standardMinutes, efficiency) * hoursPerDay + 1e-9);
    }

    /** Operators needed for a daily target, rounded up: a fraction of an operator is one more person. */
    public static int operatorsNeeded(long piecesPerDay, double standardMinutes, double efficiency, double hoursPerDay) {
        Bounds.require("pieces per day", piecesPerDay, 1, 1_000_000);
        check(1, standardMinutes, efficiency);
        Bounds.require("hours per day", hoursPerDay, 0.5, 24);
        return (int) Math.ceil(piecesPerDay * standardMinutes / (hoursPerDay * 60 * efficiency) - 1e-9);
    }

    /** Working days to make an order, rounded up. */
    public static long daysFor(long garments, int operators, double standardMinutes, double efficiency, double hoursPerDay) {
        Bounds.require("garments", garments, 1, 10_000_000);
        long perDay = outputPerDay(operators, standardMinutes, efficiency, hoursPerDay);
        if (perDay == 0) {
            throw new IllegalArgumentException("this line makes no whole piece in a day");
        }
        return (garments + perDay - 1) / perDay;
    }

    /** The efficiency a line reached: standard minutes produced over minutes worked, 0 to 2. */
    public static double efficiency(long pieces, double standardMinutes, int operators, double hoursWorked) {
        Bounds.require("pieces", pieces, 0, 10_000_000);
        check(operators, standardMinutes, 1);
        Bounds.require("hours worked", hoursWorked, 0.1, 1_000);
        return pieces * standardMinutes / (operators * hoursWorked * 60);
    }

    private static void check(int operators, double standardMinutes, double efficiency) {
        Bounds.require("operators", operators, 1, 500);
        Bounds.require("standard minutes", standardMinutes, 0.1, 1_000);
        Bounds.require("efficiency", efficiency, 0.05, 1.5);
    }
}
