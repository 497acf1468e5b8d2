package io.newsroom.contracts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses outbound requests must not reach unless a host is explicitly allowed (SSRF): the machine itself and
 * private networks. Shared by the page fetcher and the webhook sender. Pure.
 */
public final class InternalAddresses {

    private InternalAddresses() {
    }

    /** Loopback, private, link-local (the cloud metadata address among them), CGNAT, unique-local, multicast, unspecified. */
    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19)); // benchmarking nets
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
