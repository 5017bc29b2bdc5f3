package dev.easel.graph.db;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the embedded server listens: its Bolt address and port, and whether it asks for the password of
 * {@link PasswordFile}. A server without authentication only ever listens on a loopback address.
 *
 * @param boltAddress    the address to listen on: 127.0.0.1 by default; 0.0.0.0 for every interface
 * @param boltPort       0 for a free port
 * @param authentication false only when the user opts out explicitly
 */
public record EmbeddedServerOptions(String boltAddress, int boltPort, boolean authentication) {

    public static final String LOOPBACK = "127.0.0.1";

    /**
     * @throws IllegalArgumentException on a port outside 0–65535, an address that does not resolve, or no authentication
     *                                  on an address other machines can reach
     */
    public EmbeddedServerOptions {
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("the Bolt port must be between 0 and 65535, not " + boltPort);
        }
        InetAddress address = resolve(boltAddress);
        if (!authentication && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("authentication can only be turned off on a loopback address "
                    + "(127.0.0.1, ::1, localhost), not on " + boltAddress
                    + ": anyone who reaches it could read, change or delete the graph");
        }
    }

    /** Loopback, with authentication: what every command but an explicit {@code db start} uses. */
    public static EmbeddedServerOptions loopback(int boltPort) {
        return new EmbeddedServerOptions(LOOPBACK, boltPort, true);
    }

    /** The host a client on this machine connects to: the address itself, or loopback for a wildcard. */
    String clientHost() {
        InetAddress address = resolve(boltAddress);
        if (address.isAnyLocalAddress()) {
            return LOOPBACK;
        }
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static InetAddress resolve(String boltAddress) {
        if (boltAddress == null || boltAddress.isBlank()) {
            throw new IllegalArgumentException("no Bolt address given");
        }
        try {
            return InetAddress.getByName(boltAddress);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the Bolt address " + boltAddress + " does not resolve", e);
        }
    }
}
