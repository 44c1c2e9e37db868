package dev.rampart.catalog.rust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** cargo-auditable's {@code .dep-v0} contents for crafted test binaries: zlib-compressed JSON. */
final class AuditData {
    static final String JSON = "{\"packages\":["
            + "{\"name\":\"adler\",\"version\":\"1.0.2\",\"source\":\"crates.io\",\"kind\":\"build\"},"
            + "{\"name\":\"rg\",\"version\":\"14.1.0\",\"source\":\"crates.io\",\"dependencies\":[0,2,3,4],\"root\":true},"
            + "{\"name\":\"grep-cli\",\"version\":\"0.1.10\",\"source\":\"local\"},"
            + "{\"name\":\"memchr\",\"version\":\"2.7.1\",\"source\":\"crates.io\"},"
            + "{\"name\":\"regex\",\"version\":\"1.10.3\",\"source\":\"git\",\"dependencies\":[3]}"
            + "],\"format\":1}";

    private AuditData() {}

    static byte[] compressed(String json) {
        return zlib(json.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zlib(byte[] raw) {
        Deflater d = new Deflater(7);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
