package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import ma.maharat.trade.TradeFormula.FormulaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas as trainers write them, and what a hostile or careless one gets. */
class TradeFormulaTest {

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aCostingStepWithMoroccosVat() {
        TradeFormula price = TradeFormula.parse("ROUND((fabric * metrePrice + trims) * (1 + VAT), 2)", Set.of("fabric", "metrePrice", "trims"));
        assertEquals(0, number("71.64").compareTo(price.evaluate(Map.of("fabric", number("1.6"), "metrePrice", number("32"), "trims", number("8.5")))));
    }

    @Test
    void theTradesTablesAreFunctions() {
        Set<String> lot = Set.of("lot");
        assertEquals(0, BigDecimal.valueOf(7).compareTo(TradeFormula.parse("AQL_ACCEPT(lot, 2, 2.5)", lot).evaluate(Map.of("lot", number("1400")))));
        assertEquals(0, BigDecimal.valueOf(125).compareTo(TradeFormula.parse("aql_sample(lot, 2, 2.5)", lot).evaluate(Map.of("lot", number("1400")))));
        assertEquals(0, BigDecimal.valueOf(5).compareTo(TradeFormula.parse("DAYS_FOR(lot, 20, 24, 0.7, 8)", lot).evaluate(Map.of("lot", number("1400")))));
        assertEquals(0, number("1471").compareTo(TradeFormula.parse("FABRIC_FOR_ORDER(FABRIC_PER_GARMENT(4, 0.04, 4), lot, 0.04)", lot)
                .evaluate(Map.of("lot", number("1400")))));
    }

    @Test
    void onlyDeclaredVariables() {
        FormulaException e = assertThrows(FormulaException.class, () -> TradeFormula.parse("a * b", Set.of("a")));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
    }

    /** Everything EvalEx could do beyond the four operations and the allowed functions is refused when read. */
    @ParameterizedTest
    @ValueSource(strings = {
        "2 ^ 100000000",             // the power operator: unbounded cost
        "a % 3",                     // modulo: not offered
        "RANDOM()",                  // a function not offered
        "DT_NOW()",                  // dates
        "STR_UPPER(\"x\")",          // strings
        "a[0]",                      // arrays
        "a.b",                       // structures
        "2a",                        // implicit multiplication
        "a +",                       // malformed
        "(a",                        // malformed
        "AQL_ACCEPT(a, 2)",          // a trade function with a number missing
    })
    void whatIsNotOfferedIsRefusedWhenRead(String text) {
        assertThrows(FormulaException.class, () -> TradeFormula.parse(text, Set.of("a")).evaluate(Map.of("a", BigDecimal.TEN)));
    }

    @Test
    void lengthAndNestingAreBounded() {
        assertThrows(FormulaException.class, () -> TradeFormula.parse("a" + " + a".repeat(100), Set.of("a")));
        // Parentheses alone cost nothing (they leave no node); nested calls are bounded.
        assertEquals(BigDecimal.ONE, TradeFormula.parse("(".repeat(140) + "a" + ")".repeat(140), Set.of("a")).evaluate(Map.of("a", BigDecimal.ONE)));
        String deep = "ABS(".repeat(59) + "a" + ")".repeat(59);
        assertThrows(FormulaException.class, () -> TradeFormula.parse(deep, Set.of("a")).evaluate(Map.of("a", BigDecimal.ONE)));
    }

    @Test
    void aDivisionByZeroOrARefusedTableLookupSaysWhy() {
        TradeFormula ratio = TradeFormula.parse("a / b", Set.of("a", "b"));
        assertThrows(FormulaException.class, () -> ratio.evaluate(Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO)));
        FormulaException lot = assertThrows(FormulaException.class,
                () -> TradeFormula.parse("AQL_ACCEPT(a, 2, 2.5)", Set.of("a")).evaluate(Map.of("a", BigDecimal.ONE)));
        assertTrue(lot.getMessage().contains("A lot has 2 to"), lot.getMessage());
        FormulaException level = assertThrows(FormulaException.class,
                () -> TradeFormula.parse("AQL_ACCEPT(a, 4, 2.5)", Set.of("a")).evaluate(Map.of("a", BigDecimal.TEN)));
        assertTrue(level.getMessage().contains("inspection level"), level.getMessage());
        assertThrows(FormulaException.class, () -> ratio.evaluate(Map.of("a", BigDecimal.ONE)), "a value missing");
    }

    @Test
    void hugeNumbersStayCheap() {
        String nines = "9".repeat(140);
        BigDecimal product = TradeFormula.parse(nines + " * " + nines, Set.of()).evaluate(Map.of());
        assertTrue(product.precision() <= 16, "rounded to 16 digits: " + product);
    }
}
