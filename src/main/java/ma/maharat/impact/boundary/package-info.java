/** The administrators' follow-up and impact pages, the president's public form, the API and the CSV download. */
package ma.maharat.impact.boundary;
