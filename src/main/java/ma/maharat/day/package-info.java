/**
 * A trainee's day, put together: on her home page the quiz she left running, her next training session
 * and her courses in her programme's order; her schedule with her attendance ("Mon planning"). It reads
 * learning (courses and progress), quiz (attempts in progress) and training (cohorts, sessions,
 * attendance), which is why it sits above the three and nobody reads it: learning must not learn about
 * quizzes or sessions to show them.
 */
package ma.maharat.day;
