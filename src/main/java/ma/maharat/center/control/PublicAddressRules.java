package ma.maharat.center.control;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a public address: an absolute http or https address with a host, no user, query or
 * fragment, at most 200 characters, kept without its trailing slash. And which addresses only this
 * machine can reach (localhost, loopback, unspecified): a certificate printed with one of those points
 * nowhere for anyone who scans it, so issuing waits until the address is set, except in the demo.
 */
public final class PublicAddressRules {

    public static final int MAX_LENGTH = 200;

    private PublicAddressRules() {}

    /** The address as it will be stored and printed, or empty when it is not one (see {@link #problemWith}). */
    public static Optional<String> normalize(String typed) {
        return problemWith(typed).isPresent() ? Optional.empty() : Optional.of(stripSlash(typed.strip()));
    }

    /** The message key saying what is wrong with a typed address, or empty when it is a good one. */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("publicAddress.required");
        }
        String address = typed.strip();
        if (address.length() > MAX_LENGTH) {
            return Optional.of("publicAddress.tooLong");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.of("publicAddress.notAnAddress");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("publicAddress.scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("publicAddress.notAnAddress");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("publicAddress.extraParts");
        }
        return Optional.empty();
    }

    /** Whether only this machine reaches the address: localhost, *.localhost, 127.0.0.0/8, ::1, 0.0.0.0. */
    public static boolean isLocal(String address) {
        String host;
        try {
            host = new URI(address.strip()).getHost();
            if (host == null) {
                return true;
            }
            host = IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
        } catch (URISyntaxException | RuntimeException e) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("0.0.0.0") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1") || host.equals("::");
    }

    /** Certificates may be issued with this address: one others can reach, or any address in the demo. */
    public static boolean allowsIssuing(String address, boolean demo) {
        return demo || !isLocal(address);
    }

    private static String stripSlash(String address) {
        String result = address;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
