package dev.rampart.catalog.dotnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A published application's {@code <app>.deps.json}
 * (https://github.com/dotnet/sdk/blob/main/documentation/specs/runtime-configuration-file.md):
 * its {@code libraries} map, keyed {@code Name/Version}, says what each dependency is.
 *
 * <pre>{@code
 * "libraries": {
 *   "MyApp/1.0.0":            {"type": "project", "serviceable": false, "sha512": ""},
 *   "Newtonsoft.Json/13.0.1": {"type": "package", "serviceable": true, "sha512": "sha512-...", "path": "newtonsoft.json/13.0.1"}
 * }
 * }</pre>
 *
 * Only {@code type: package} entries are NuGet packages; {@code project} (the application and its
 * project references), {@code reference} (plain assemblies) and {@code runtimepack} (the .NET runtime
 * of a self-contained app) are not.
 */
final class DepsJsonParser {
    private DepsJsonParser() {}

    static List<NugetPackage> parse(byte[] content, JsonDocumentLimits limits, Consumer<String> skipped) throws DotnetFormatException {
        JsonNode root = DotnetJson.read(content, limits);
        if (!root.isObject() || !root.path("libraries").isObject()) {
            throw new DotnetFormatException(1, "deps.json has no \"libraries\" object");
        }
        List<NugetPackage> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.path("libraries").properties()) {
            JsonNode library = e.getValue();
            if (!library.path("type").asText("").equals("package")) {
                continue;
            }
            int slash = e.getKey().indexOf('/');
            if (slash <= 0 || slash == e.getKey().length() - 1) {
                skipped.accept("library '" + e.getKey() + "' is not Name/Version; skipped");
                continue;
            }
            out.add(new NugetPackage(e.getKey().substring(0, slash), e.getKey().substring(slash + 1),
                    library.path("sha512").asText("").strip(), library.path("serviceable").asBoolean(false)));
        }
        return out;
    }
}
