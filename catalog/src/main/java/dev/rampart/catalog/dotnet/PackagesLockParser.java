package dev.rampart.catalog.dotnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * NuGet's {@code packages.lock.json}
 * (https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies):
 * per target framework (and runtime identifier), each dependency with its {@code type} and
 * {@code resolved} version.
 *
 * <pre>{@code
 * {"version": 1, "dependencies": {
 *   "net8.0": {
 *     "Serilog": {"type": "Direct", "requested": "[3.1.1, )", "resolved": "3.1.1", "contentHash": "..."},
 *     "MyApp.Core": {"type": "Project", "dependencies": {...}}}}}
 * }</pre>
 *
 * {@code Direct}, {@code Transitive} and {@code CentralTransitive} entries are packages; {@code Project}
 * entries are the solution's own projects and are left out. A package locked for several frameworks
 * is one package (ids compared ignoring case, as NuGet does).
 */
final class PackagesLockParser {
    private PackagesLockParser() {}

    static List<NugetPackage> parse(byte[] content, JsonDocumentLimits limits, Consumer<String> skipped) throws DotnetFormatException {
        JsonNode root = DotnetJson.read(content, limits);
        if (!root.isObject() || !root.path("dependencies").isObject()) {
            throw new DotnetFormatException(1, "packages.lock.json has no \"dependencies\" object");
        }
        Map<String, NugetPackage> once = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> framework : root.path("dependencies").properties()) {
            for (Map.Entry<String, JsonNode> e : framework.getValue().properties()) {
                JsonNode dep = e.getValue();
                if (dep.path("type").asText("").equals("Project")) {
                    continue;
                }
                String version = dep.path("resolved").asText("").strip();
                if (version.isEmpty()) {
                    skipped.accept(framework.getKey() + " dependency '" + e.getKey() + "' has no resolved version; skipped");
                    continue;
                }
                once.putIfAbsent((e.getKey() + "/" + version).toLowerCase(Locale.ROOT),
                        new NugetPackage(e.getKey(), version, dep.path("contentHash").asText("").strip(), null));
            }
        }
        return List.copyOf(once.values());
    }
}
