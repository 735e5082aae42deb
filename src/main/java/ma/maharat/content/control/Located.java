package ma.maharat.content.control;

/**
 * A value read from the manifest with the line it was written on, kept so that checks made later
 * (missing lesson files, unknown prerequisites, cycles) can still point at the right line.
 *
 * @param value the value
 * @param line  1-based line in course.yaml
 */
record Located<T>(T value, int line) {
}
