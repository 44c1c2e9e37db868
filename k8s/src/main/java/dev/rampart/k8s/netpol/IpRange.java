package dev.rampart.k8s.netpol;

import java.util.Optional;

/**
 * An inclusive range of IPv4 addresses, printed as {@code first-last}. IPv6 blocks are not modelled:
 * {@link #parseCidr} returns empty for them and the caller records an issue.
 */
public record IpRange(long first, long last) implements Comparable<IpRange> {
    public static final long MAX = 0xFFFF_FFFFL;
    public static final IpRange ALL = new IpRange(0, MAX);

    public IpRange {
        if (first < 0 || last > MAX || first > last) {
            throw new IllegalArgumentException("invalid IPv4 range " + first + "-" + last);
        }
    }

    /**
     * Parses {@code a.b.c.d/n}. Host bits are ignored, as the API server does for ipBlock.cidr.
     *
     * @return empty for an IPv6 CIDR
     * @throws IllegalArgumentException for anything else that is not a CIDR
     */
    public static Optional<IpRange> parseCidr(String cidr) {
        if (cidr.indexOf(':') >= 0) {
            return Optional.empty();
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + cidr + "' is not a CIDR (expected a.b.c.d/n)");
        }
        long addr = parseAddress(cidr.substring(0, slash), cidr);
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' has an invalid prefix length", e);
        }
        if (bits < 0 || bits > 32) {
            throw new IllegalArgumentException("'" + cidr + "' has prefix length " + bits + " outside 0-32");
        }
        long size = 1L << (32 - bits);
        long first = addr & ~(size - 1) & MAX;
        return Optional.of(new IpRange(first, first + size - 1));
    }

    private static long parseAddress(String s, String whole) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + whole + "' is not an IPv4 CIDR");
        }
        long v = 0;
        for (String p : parts) {
            int octet;
            try {
                octet = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + whole + "' is not an IPv4 CIDR", e);
            }
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("'" + whole + "' has an octet outside 0-255");
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public boolean contains(IpRange o) {
        return first <= o.first && o.last <= last;
    }

    public boolean overlaps(IpRange o) {
        return first <= o.last && o.first <= last;
    }

    private static String address(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    @Override
    public int compareTo(IpRange o) {
        return first != o.first ? Long.compare(first, o.first) : Long.compare(last, o.last);
    }

    @Override
    public String toString() {
        return address(first) + "-" + address(last);
    }
}
