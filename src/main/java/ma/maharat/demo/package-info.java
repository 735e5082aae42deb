/**
 * The demo data set: a living center (cooperatives, trainees, trainers) loaded into an empty
 * database so that a newcomer sees real screens. On by default with the embedded database only.
 * It sits at the top of the features: it may use any of them, none uses it.
 */
package ma.maharat.demo;
