/**
 * Who may use Maharat: accounts with one role each (trainee, trainer, administrator), signing in with
 * a password or a personal access token, and the throttling that protects both.
 */
package ma.maharat.identity;
