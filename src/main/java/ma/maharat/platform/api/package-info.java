/** The REST API under {@code /api/}: JSON, documented with MicroProfile OpenAPI at {@code /openapi}. */
package ma.maharat.platform.api;
