package ma.maharat.quiz.gift;

/**
 * One line of the GIFT source without its line break.
 *
 * @param number 1-based line number
 */
record SourceLine(int number, String text) {
}
