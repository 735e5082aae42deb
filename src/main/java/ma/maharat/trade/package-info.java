/**
 * The calculations of the textile trade that a cooperative makes to quote and deliver an order, as plain
 * functions over numbers: AQL sampling for inspection (ISO 2859-1), the cost and price of a garment,
 * fabric consumption and marker efficiency, sewing-line balancing, and size grading. Each names the
 * published source it transcribes. They read nothing and store nothing; quizzes call them to draw
 * exercises with each trainee's own numbers and to show the worked solution (issue 18).
 */
package ma.maharat.trade;
