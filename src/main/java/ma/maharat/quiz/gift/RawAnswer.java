package ma.maharat.quiz.gift;

/**
 * One answer of an answer block before interpretation: from its {@code =} or {@code ~} to the next
 * one (or the end of the answers).
 *
 * @param marker      {@code '='} or {@code '~'}
 * @param markerIndex where the marker is
 * @param end         the index just after the answer's last character
 */
record RawAnswer(char marker, int markerIndex, int end) {

    /** The first index after the marker. */
    int contentStart() {
        return markerIndex + 1;
    }
}
