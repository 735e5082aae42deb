package ma.maharat.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cost price and the selling price of one garment, as a cooperative quotes an order: fabric, trims,
 * labour from the garment's standard minutes (SAM) and the line's cost per minute, overheads as a share of
 * the direct cost, the margin, then Morocco's VAT. The method is the costing sheet of apparel
 * manufacturing textbooks (T. Karthik, P. Ganesan, D. Gopalakrishnan, <i>Apparel Manufacturing
 * Technology</i>, CRC Press 2016, chapter "Costing"); the VAT is the standard rate of the Code général des
 * impôts, article 99 (20 %).
 *
 * <p>Amounts are in dirhams, rounded to the centime at each line, so that the lines a trainee sees in the
 * worked solution add up to the totals exactly.
 */
public final class GarmentCosting {

    /** Morocco's standard VAT rate (TVA, CGI art. 99). */
    public static final BigDecimal MOROCCAN_VAT = new BigDecimal("0.20");

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000");

    private GarmentCosting() {}

    /**
     * What one garment costs and sells for.
     *
     * @throws IllegalArgumentException for a negative or absurd input (named in the message)
     */
    public static Costing of(Inputs inputs) {
        BigDecimal fabric = money(inputs.fabricMetres().multiply(inputs.fabricPricePerMetre()));
        BigDecimal trims = money(inputs.trims());
        BigDecimal labour = money(inputs.standardMinutes().multiply(inputs.minuteCost()));
        BigDecimal direct = fabric.add(trims).add(labour);
        BigDecimal overheads = money(direct.multiply(inputs.overheadRate()));
        BigDecimal costPrice = direct.add(overheads);
        BigDecimal margin = money(costPrice.multiply(inputs.marginRate()));
        BigDecimal priceExcludingVat = costPrice.add(margin);
        BigDecimal vat = money(priceExcludingVat.multiply(inputs.vatRate()));
        return new Costing(fabric, trims, labour, direct, overheads, costPrice, margin, priceExcludingVat, vat, priceExcludingVat.add(vat));
    }

    /**
     * The cost of one standard minute on a sewing line: what the line's operators cost in a month (wages
     * and social charges) over the minutes they produce, their efficiency counted.
     *
     * @param efficiency the share of paid time spent producing standard minutes, 0.05 to 1.5
     */
    public static BigDecimal minuteCost(BigDecimal monthlyCostOfLine, int operators, int workingDays, BigDecimal hoursPerDay,
            BigDecimal efficiency) {
        requireAmount("monthly cost of the line", monthlyCostOfLine);
        Bounds.require("operators", operators, 1, 500);
        Bounds.require("working days", workingDays, 1, 31);
        Bounds.require("hours per day", hoursPerDay.doubleValue(), 0.5, 24);
        Bounds.require("efficiency", efficiency.doubleValue(), 0.05, 1.5);
        BigDecimal producedMinutes = BigDecimal.valueOf((long) operators * workingDays).multiply(hoursPerDay).multiply(MINUTES_PER_HOUR)
                .multiply(efficiency);
        return monthlyCostOfLine.divide(producedMinutes, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static void requireAmount(String what, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(LARGEST_AMOUNT) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and " + LARGEST_AMOUNT.toPlainString() + " MAD: " + amount);
        }
    }

    /**
     * One garment's costing inputs.
     *
     * @param fabricMetres fabric per garment (FabricConsumption), 0 to 50 m
     * @param trims buttons, zips, labels, thread, packaging per garment, in MAD
     * @param standardMinutes the garment's standard allowed minutes (SAM), 0 to 1,000
     * @param minuteCost the line's cost per standard minute ({@link #minuteCost})
     * @param overheadRate overheads as a share of the direct cost, 0 to 3
     * @param marginRate the margin as a share of the cost price, 0 to 5
     * @param vatRate {@link #MOROCCAN_VAT}, or 0 for an export order
     */
    public record Inputs(BigDecimal fabricMetres, BigDecimal fabricPricePerMetre, BigDecimal trims, BigDecimal standardMinutes,
            BigDecimal minuteCost, BigDecimal overheadRate, BigDecimal marginRate, BigDecimal vatRate) {

        public Inputs {
            Bounds.require("fabric per garment (m)", fabricMetres.doubleValue(), 0, 50);
            requireAmount("fabric price per metre", fabricPricePerMetre);
            requireAmount("trims", trims);
            Bounds.require("standard minutes", standardMinutes.doubleValue(), 0, 1_000);
            requireAmount("cost per minute", minuteCost);
            Bounds.require("overhead rate", overheadRate.doubleValue(), 0, 3);
            Bounds.require("margin rate", marginRate.doubleValue(), 0, 5);
            Bounds.require("VAT rate", vatRate.doubleValue(), 0, 1);
        }
    }

    /** Each line of the costing sheet, in MAD; each total is the sum of the lines above it. */
    public record Costing(BigDecimal fabric, BigDecimal trims, BigDecimal labour, BigDecimal directCost, BigDecimal overheads,
            BigDecimal costPrice, BigDecimal margin, BigDecimal priceExcludingVat, BigDecimal vat, BigDecimal priceIncludingVat) {}
}
