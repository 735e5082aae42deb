package ma.maharat.center.control;

/** The public address was set: whoever remembers it reads it again. */
public record PublicAddressChanged(String address) {}
