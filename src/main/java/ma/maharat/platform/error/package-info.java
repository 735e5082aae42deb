/** Error pages that give a reference number to quote, and log the cause under it, never showing a stack trace. */
package ma.maharat.platform.error;
