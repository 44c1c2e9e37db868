package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One package (SPDX 2.3 clause 7). Null fields and empty lists are left out.
 *
 * @param spdxId {@code SPDXRef-} followed by letters, digits, {@code .} or {@code -}
 * @param filesAnalyzed always false here: Rampart lists no files, so no verification code is due (7.8)
 * @param primaryPackagePurpose {@code CONTAINER}, {@code OPERATING_SYSTEM}, {@code LIBRARY}, ... (7.24)
 * @param sourceInfo where the package was found (7.19)
 * @param licenseDeclared an SPDX expression or {@code NOASSERTION}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"SPDXID", "name", "versionInfo", "description", "comment", "downloadLocation", "filesAnalyzed",
        "primaryPackagePurpose", "sourceInfo", "licenseConcluded", "licenseDeclared", "externalRefs"})
public record SpdxPackage(
        @JsonProperty("SPDXID") String spdxId,
        String name,
        @Nullable String versionInfo,
        @Nullable String description,
        @Nullable String comment,
        String downloadLocation,
        boolean filesAnalyzed,
        String primaryPackagePurpose,
        @Nullable String sourceInfo,
        String licenseConcluded,
        String licenseDeclared,
        List<SpdxExternalRef> externalRefs) {

    public static final String NOASSERTION = "NOASSERTION";

    public SpdxPackage {
        externalRefs = List.copyOf(externalRefs);
    }
}
