/**
 * Accessibility fixes to what libraries write, where their markup breaks WCAG rules that axe-core checks
 * on every page the browser tests visit.
 */
package ma.maharat.platform.a11y;
