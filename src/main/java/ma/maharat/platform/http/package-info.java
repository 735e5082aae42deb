/**
 * HTTP plumbing that several features' servlets share: the byte ranges players ask for when they seek in
 * an audio reading (the lesson page's and the lesson editor's).
 */
package ma.maharat.platform.http;
