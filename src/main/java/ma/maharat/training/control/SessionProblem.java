package ma.maharat.training.control;

/** A field of the assignment or session form that breaks a rule, and the message key saying which. */
public record SessionProblem(String field, String messageKey) {}
