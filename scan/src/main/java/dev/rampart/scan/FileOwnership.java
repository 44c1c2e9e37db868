package dev.rampart.scan;

import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records which OS package installed the files a language package was found in: Debian's
 * {@code python3-six} installs {@code six-1.16.0.dist-info}, so the Python package {@code six}
 * gets {@code ownedBy=python3-six}. Distros patch such packages without changing the upstream
 * version, so vulnerability matching must go through the OS package; the inventory keeps both.
 */
final class FileOwnership {
    private FileOwnership() {}

    static List<Package> apply(List<Package> packages) {
        Map<String, String> owners = new HashMap<>();
        for (Package p : packages) {
            if (p.type().isOsPackage()) {
                for (String f : p.files()) {
                    owners.putIfAbsent(f, p.name());
                }
            }
        }
        if (owners.isEmpty()) {
            return packages;
        }
        List<Package> out = new ArrayList<>(packages.size());
        for (Package p : packages) {
            String path = p.location().path();
            int nested = path.indexOf("!/");
            String owner = p.type().isOsPackage() ? null : owners.get(nested < 0 ? path : path.substring(0, nested));
            if (owner == null) {
                out.add(p);
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>(p.properties());
            props.put(PackageProperties.OWNED_BY, owner);
            out.add(new Package(p.type(), p.name(), p.version(), p.architecture(), p.source(), p.licenses(), p.purl(),
                    p.location(), p.files(), props));
        }
        return out;
    }
}
