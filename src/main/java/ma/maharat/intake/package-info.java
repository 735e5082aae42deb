/**
 * The programme's front door (issue 17): calls for applications, and the applications cooperatives send
 * through the public page {@code /apply/} without an account. Uses cooperative (legal forms) and audit.
 */
package ma.maharat.intake;
