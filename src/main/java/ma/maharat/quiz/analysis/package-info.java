/**
 * Item analysis of quizzes: from the scores of finished attempts, how easy each question was and
 * whether it tells trainees who know the subject from those who do not, so that authors can find the
 * questions to rewrite. Pure computation, no storage.
 */
package ma.maharat.quiz.analysis;
