package ma.maharat.trade;

import java.util.ArrayList;
import java.util.List;

/**
 * Size grading: a measurement of every size of a range from the base size's and the grade rule, the
 * increment between neighbouring sizes (which may change at a break, e.g. 4 cm of chest up to size 44 and
 * 5 cm after). The grade-rule method of pattern grading (Jeanne Price, Bernard Zamkoff, <i>Grading
 * Techniques for Fashion Design</i>, Fairchild 1996).
 */
public final class SizeGrading {

    private SizeGrading() {}

    /**
     * @param sizes the range in order, smallest first (e.g. 38, 40, 42, 44, 46)
     * @param baseSize the size the pattern was made in
     * @param baseMeasurement its measurement, in cm
     * @param increments between each size and the next, in cm: one per gap, sizes.size() - 1 of them
     * @return the measurement of each size, in the order of {@code sizes}, in cm to the millimetre
     */
    public static List<Double> grade(List<String> sizes, String baseSize, double baseMeasurement, List<Double> increments) {
        Bounds.require("sizes", sizes.size(), 2, 30);
        if (increments.size() != sizes.size() - 1) {
            throw new IllegalArgumentException("one increment between each two sizes: " + (sizes.size() - 1) + " expected, " + increments.size() + " given");
        }
        int base = sizes.indexOf(baseSize);
        if (base < 0) {
            throw new IllegalArgumentException("the base size " + baseSize + " is not in " + sizes);
        }
        Bounds.require("base measurement (cm)", baseMeasurement, 0, 500);
        increments.forEach(increment -> Bounds.require("increment (cm)", increment, -20, 20));
        List<Double> measurements = new ArrayList<>(sizes.size());
        for (int size = 0; size < sizes.size(); size++) {
            double measurement = baseMeasurement;
            for (int gap = Math.min(size, base); gap < Math.max(size, base); gap++) {
                measurement += size > base ? increments.get(gap) : -increments.get(gap);
            }
            measurements.add(Math.round(measurement * 10) / 10.0);
        }
        return measurements;
    }
}
