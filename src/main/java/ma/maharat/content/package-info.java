/**
 * Course content as files (modules-content): reading and checking a course folder (manifest, Markdown
 * lessons rendered and sanitized once, images, GIFT question banks), and importing valid courses into
 * the curriculum without ever losing what is stored. Sits above {@code course} and {@code quiz}.
 */
package ma.maharat.content;
