package ma.maharat.trade;

import java.util.List;

/**
 * Single sampling plans for normal inspection by attributes, from ISO 2859-1:1999 (identical in these
 * tables to ANSI/ASQ Z1.4-2003 and MIL-STD-105E): Table 1 gives the sample-size code letter from the lot
 * size and the general inspection level, Table 2-A the sample size of that letter and, for an AQL, the
 * acceptance number Ac and rejection number Re, or an arrow to the first plan above or below.
 *
 * <p>Table 2-A is not transcribed cell by cell: its plans lie on diagonals, and the table is built from
 * that rule. In the column of an AQL, the plan 0/1 stands at the letter whose index (A = 0 … R = 15) plus
 * the AQL's index (0.010 = 0 … 6.5 = 14) makes 14; above it every cell is an arrow down; below it come an
 * arrow up, an arrow down, then 1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15, 21/22, and arrows up after the
 * last. So for a lot of 1,400 garments at level II: letter K, 125 pieces, and at AQL 2.5 accept with 7
 * defectives at most, reject from 8. {@code AqlSamplingTest} checks the cells that are published as
 * examples in the standard's users' guides.
 *
 * <p>Only the AQLs in percent nonconforming up to 6.5 are offered (the garment trade inspects at 1.0 to
 * 4.0 for major defects and up to 6.5 for minor ones); the larger AQLs, in nonconformities per hundred
 * units, have plans beyond 21/22 that this rule does not give.
 */
public final class AqlSampling {

    /** The general inspection levels; II is the one to use unless the contract says otherwise. */
    public enum InspectionLevel { I, II, III }

    /** The AQLs of Table 2-A offered here, in percent nonconforming. */
    public static final List<Double> AQLS = List.of(0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5);

    /** The largest lot accepted: beyond, the order is split into lots. */
    public static final long LARGEST_LOT = 10_000_000;

    private static final String LETTERS = "ABCDEFGHJKLMNPQR";
    private static final int[] SAMPLE_SIZES = {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000};

    /** Table 1: the upper bound of each lot-size band, and its code letters at levels I, II and III. */
    private static final long[] LOT_UPPER_BOUNDS = {8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000, 500_000, Long.MAX_VALUE};
    private static final String[] LETTERS_BY_LEVEL = {
        "AABCCDEFGHJKLMN",   // level I
        "ABCDEFGHJKLMNPQ",   // level II
        "BCDEFGHJKLMNPQR",   // level III
    };

    /** The plans down a column after the 0/1 at its diagonal: null is an arrow (up, then down). */
    private static final int[][] PLANS_FROM_THE_DIAGONAL = {
        {0, 1}, null, null, {1, 2}, {2, 3}, {3, 4}, {5, 6}, {7, 8}, {10, 11}, {14, 15}, {21, 22},
    };
    private static final int ARROW_UP = 1;
    private static final int ARROW_DOWN = 2;

    private AqlSampling() {}

    /**
     * The plan to inspect a lot with.
     *
     * @param lotSize the pieces in the lot, 2 to {@link #LARGEST_LOT}
     * @param aql one of {@link #AQLS}
     * @throws IllegalArgumentException for a lot or an AQL outside those
     */
    public static SamplingPlan plan(long lotSize, InspectionLevel level, double aql) {
        char codeLetter = codeLetter(lotSize, level);
        int aqlIndex = aqlIndex(aql);
        int letter = LETTERS.indexOf(codeLetter);
        int diagonal = 14 - aqlIndex;
        int planLetter = letter;
        int offset = letter - diagonal;
        if (offset < 0) {
            planLetter = diagonal;                          // arrow down to the 0/1
        } else if (offset == ARROW_UP) {
            planLetter = diagonal;                          // arrow up to the 0/1
        } else if (offset == ARROW_DOWN) {
            planLetter = diagonal + 3;                      // arrow down to the 1/2
        } else if (offset >= PLANS_FROM_THE_DIAGONAL.length) {
            planLetter = diagonal + PLANS_FROM_THE_DIAGONAL.length - 1;  // arrow up to the 21/22
        }
        if (planLetter >= LETTERS.length()) {
            // Only at AQL 0.015 and level III for lots over 500,000: the arrow leads below R, out of the
            // table. Rather than invent a plan, say so.
            throw new IllegalArgumentException("ISO 2859-1 has no single sampling plan for a lot of " + lotSize
                    + " at level " + level + " and AQL " + aql + ": split the lot or choose another AQL");
        }
        int[] plan = PLANS_FROM_THE_DIAGONAL[planLetter - diagonal];
        int sampleSize = SAMPLE_SIZES[planLetter];
        return new SamplingPlan(codeLetter, LETTERS.charAt(planLetter), sampleSize, plan[0], plan[1], sampleSize >= lotSize);
    }

    /** Table 1: the sample-size code letter of a lot at a general inspection level. */
    public static char codeLetter(long lotSize, InspectionLevel level) {
        if (lotSize < 2 || lotSize > LARGEST_LOT) {
            throw new IllegalArgumentException("A lot has 2 to " + LARGEST_LOT + " pieces: " + lotSize);
        }
        int band = 0;
        while (lotSize > LOT_UPPER_BOUNDS[band]) {
            band++;
        }
        return LETTERS_BY_LEVEL[level.ordinal()].charAt(band);
    }

    private static int aqlIndex(double aql) {
        for (int i = 0; i < AQLS.size(); i++) {
            if (Math.abs(AQLS.get(i) - aql) < 1e-9) {
                return i;
            }
        }
        throw new IllegalArgumentException("AQL " + aql + " is not one of " + AQLS);
    }

    /**
     * A sampling plan.
     *
     * @param codeLetter the letter Table 1 gives for the lot
     * @param planLetter the letter whose plan applies: another one when Table 2-A's arrow leads there
     * @param sampleSize pieces to inspect, drawn at random from the lot
     * @param accept the lot is accepted with this many defectives or fewer (Ac)
     * @param reject and rejected from this many (Re)
     * @param inspectEveryPiece the sample is as large as the lot or larger: inspect every piece instead
     */
    public record SamplingPlan(char codeLetter, char planLetter, int sampleSize, int accept, int reject, boolean inspectEveryPiece) {

        /** What the inspector decides after counting the defectives in the sample. */
        public boolean accepts(int defectives) {
            if (defectives < 0 || defectives > sampleSize) {
                throw new IllegalArgumentException("defectives in a sample of " + sampleSize + ": " + defectives);
            }
            return defectives <= accept;
        }
    }
}
