package ma.maharat.quiz.gift;

/** A 1-based line and column in the GIFT source, as reported to authors. */
record SourcePosition(int line, int column) {
}
