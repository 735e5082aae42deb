/**
 * Calculated questions: a template with named variables, formulas (the trade's calculations callable)
 * and a tolerance; each attempt draws its own values, asks them as a numerical question and, once the
 * attempt is over, shows the worked solution with her numbers. Authored in {@code <bank>.calculated.yaml}
 * next to the GIFT bank (docs/trade.md, ADR 0024).
 */
package ma.maharat.quiz.calculated;
