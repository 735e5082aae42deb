package ma.maharat.quiz.gift;

/**
 * Abandons the parsing of one question block at its first error. Only the block is abandoned: the
 * parser goes on with the next one, so an author sees every broken question in one run.
 */
final class GiftSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    GiftSyntaxException(SourcePosition position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    GiftError toError() {
        return new GiftError(position.line(), position.column(), getMessage());
    }
}
