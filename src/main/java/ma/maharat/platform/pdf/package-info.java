/**
 * PDF documents in Arabic and French (openhtmltopdf with ICU and the Amiri and Noto Serif fonts),
 * for the features that print: certificates, picture sign-in cards.
 */
package ma.maharat.platform.pdf;
