/**
 * Authoring courses in the browser. A draft is a copy of the course's folder (the files of
 * modules-content, kept in the database); authors edit its Markdown lessons with a live preview,
 * its course.yaml, its question banks and its images, and publishing runs the very reader and importer
 * of the disk files, so a published draft is a new version exactly as an import makes it, and an export
 * re-imports to the same course. Sits above {@code content}.
 */
package ma.maharat.authoring;
