package io.newsroom.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsroom.contracts.InternalAddresses;

/**
 * Keeps the fetcher away from the machine it runs on and its private network (SSRF): a host that resolves to a
 * loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified address (the cloud
 * metadata address 169.254.169.254 is link-local) is refused unless it is explicitly allowed. Checked on every
 * request, redirects included. Thread-safe.
 */
public final class AddressGuard {

    private final Set<String> allowedHosts;

    public AddressGuard(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws FetchException (permanent) when the URL's host may not be fetched */
    public void check(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw FetchException.permanent("no host in " + uri);
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchException.transientFailure("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw FetchException.permanent("refused: " + host + " resolves to the internal address "
                        + a.getHostAddress() + " (allow the host explicitly to fetch it)");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        return InternalAddresses.isInternal(a);
    }
}
