/** Checks shared by every feature on the texts people type: names that must be visible and searchable. */
package ma.maharat.platform.text;
