/** Security plumbing shared by every feature: HTTP response headers. Sign-in itself lives in {@code identity}. */
package ma.maharat.platform.security;
