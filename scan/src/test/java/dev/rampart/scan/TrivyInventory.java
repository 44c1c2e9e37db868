package dev.rampart.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.Purl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OS packages of a Trivy CycloneDX inventory, as (name, version) with the epoch put back in
 * front of the version the way the distro writes it (Trivy moves it to an {@code epoch=} purl
 * qualifier).
 */
record TrivyInventory(String osName, String osVersion, List<Entry> packages) {
    record Entry(String name, String version, String purl) {}

    private static final Pattern EPOCH = Pattern.compile("[?&]epoch=(\\d+)");

    static TrivyInventory read(Path cdx) throws IOException {
        JsonNode root = new ObjectMapper().readTree(cdx.toFile());
        String osName = "";
        String osVersion = "";
        List<Entry> packages = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            switch (c.path("type").asText()) {
                case "operating-system" -> {
                    osName = c.path("name").asText();
                    osVersion = c.path("version").asText();
                }
                case "library" -> {
                    String purl = c.path("purl").asText();
                    Matcher m = EPOCH.matcher(purl);
                    String version = c.path("version").asText();
                    if (m.find() && !m.group(1).equals("0")) {
                        version = m.group(1) + ":" + version;
                    }
                    packages.add(new Entry(c.path("name").asText(), version, purl));
                }
                default -> { }
            }
        }
        return new TrivyInventory(osName, osVersion, packages);
    }

    /** The purl's type, for keeping to OS packages. */
    static String purlType(String purl) {
        return purl.isEmpty() ? "" : Purl.parse(purl.replace("pkg:none/", "pkg:generic/")).type();
    }
}
