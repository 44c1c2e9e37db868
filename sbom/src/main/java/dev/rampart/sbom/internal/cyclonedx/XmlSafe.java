package dev.rampart.sbom.internal.cyclonedx;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Inventory;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import java.util.List;

/**
 * Makes an inventory's text fit XML 1.0, which cannot hold most control characters, lone
 * surrogates, U+FFFE or U+FFFF (XML 1.0 section 2.2, {@code Char}). Each such character becomes
 * U+FFFD. Package databases in a scanned image are the image author's to write, so a name with a
 * stray control character must not stop the XML BOM from being written.
 *
 * <p>Only what the BOM shows is cleaned; purls need nothing, their canonical form percent-encodes
 * such characters.
 */
public final class XmlSafe {
    private static final int REPLACEMENT = 0xFFFD;

    private XmlSafe() {}

    public static Inventory inventory(Inventory inventory) {
        OperatingSystem os = inventory.os();
        return new Inventory(artifact(inventory.artifact()),
                os == null ? null : new OperatingSystem(text(os.id()), text(os.version()), text(os.prettyName())),
                inventory.packages().stream().map(XmlSafe::pkg).toList(),
                inventory.issues());
    }

    /** {@code value} with every character XML 1.0 cannot hold replaced by U+FFFD. */
    public static String text(String value) {
        if (value.codePoints().allMatch(XmlSafe::allowed)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return clean.toString();
    }

    private static ArtifactInfo artifact(ArtifactInfo a) {
        return new ArtifactInfo(text(a.name()), a.kind(), a.imageId(), a.manifestDigest(), texts(a.repoTags()),
                a.platform(), a.layers());
    }

    private static Package pkg(Package p) {
        Package.SourcePackage source = p.source() == null ? null
                : new Package.SourcePackage(text(p.source().name()), text(p.source().version()));
        return new Package(p.type(), text(p.name()), text(p.version()), text(p.architecture()), source,
                texts(p.licenses()), p.purl(), new Location(p.location().layer(), text(p.location().path())), p.files());
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(XmlSafe::text).toList();
    }

    /** XML 1.0 {@code Char}: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
