/**
 * What people reach: the administrators' eligibility and certificate pages, the trainees' "My
 * certificates", downloads, the public verification page and its JSON, the status list and the
 * administrators' certificate list in the REST API.
 */
package ma.maharat.certificate.boundary;
