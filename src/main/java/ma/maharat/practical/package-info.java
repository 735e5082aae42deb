/**
 * Practical work: the practical tasks of a course with their rubrics (criteria × levels, each level
 * described), imported with the course by {@code content}; the trainers' sign-offs of a trainee's work
 * (a level per criterion, a comment, photos cleaned of every metadata); what the trainee sees of them;
 * and, through {@code learning}'s {@code CompletionRequirement}, required tasks counting towards the
 * completion of a course. Sits above {@code learning} (it calls it down when a sign-off may complete a
 * course), next to {@code quiz}.
 */
package ma.maharat.practical;
