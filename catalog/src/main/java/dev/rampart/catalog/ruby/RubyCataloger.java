package dev.rampart.catalog.ruby;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ruby gems, installed and locked.
 *
 * <p>Files read:
 * <ul>
 *   <li>Installed gems: {@code .../specifications/*.gemspec} and the default gems of a Ruby
 *       installation in {@code .../specifications/default/*.gemspec}, wherever the gem home is
 *       ({@code /usr/local/lib/ruby/gems/3.2.0}, {@code /usr/local/bundle}, {@code vendor/bundle/ruby/3.2.0},
 *       {@code /var/lib/gems/3.1.0}) ({@link GemspecParser},
 *       https://guides.rubygems.org/specification-reference/).</li>
 *   <li>{@code Gemfile.lock} and {@code gems.locked} ({@link GemfileLockParser},
 *       https://bundler.io/guides/gemfile_lock.html), except those inside an installed gem's own folder
 *       ({@code .../gems/<gem>-<version>/Gemfile.lock} is that gem's development lockfile).</li>
 * </ul>
 *
 * <p>Installed gems and a lockfile are both reported, each from its own file: the gem home and the
 * application folder are unrelated paths, and each is evidence of its own (a lockfile in the image
 * with no installed gems still names what the application runs with). Within one lockfile each gem
 * (name, version, platform) is listed once.
 *
 * <p>purl: {@code pkg:gem/name@version}, with {@code ?platform=x86_64-linux} for a gem built for a
 * platform (which is also its architecture). A lockfile's {@code PATH} gem at {@code remote: .} is
 * the project itself, reported with {@link PackageProperties#ROLE} {@code main}; Bundler's
 * {@code CHECKSUMS} give {@link PackageProperties#INTEGRITY}.
 */
public final class RubyCataloger implements Cataloger {
    private static final String SPECIFICATIONS = "/specifications/";

    private final RubyLimits limits;

    public RubyCataloger() {
        this(RubyLimits.DEFAULT);
    }

    public RubyCataloger(RubyLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "ruby";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        int slash = path.lastIndexOf('/');
        String file = path.substring(slash + 1);
        String dir = path.substring(0, Math.max(slash, 0));
        if (file.endsWith(".gemspec")) {
            return dir.endsWith("/specifications") || dir.endsWith(SPECIFICATIONS + "default");
        }
        if (file.equals("Gemfile.lock") || file.equals("gems.locked")) {
            int parent = dir.lastIndexOf('/');
            return parent < 0 || !dir.substring(0, parent).endsWith("/gems");
        }
        return false;
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (FileNode n : ctx.files().tree().all()) {
            if (!n.isFile() || n.content() == null || !wants(n.path())) {
                continue;
            }
            String text = new String(n.content(), StandardCharsets.UTF_8);
            try {
                List<Gem> gems = n.name().endsWith(".gemspec")
                        ? List.of(GemspecParser.parse(text, limits))
                        : GemfileLockParser.parse(text, limits);
                for (Gem g : gems) {
                    add(ctx, n, g, packages, issues);
                }
            } catch (RubyFormatException e) {
                issues.add(new Issue(e.line() > 0 ? n.path() + ":" + e.line() : n.path(), n.name() + " not read: " + e.getMessage()));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private static void add(CatalogContext ctx, FileNode n, Gem g, List<Package> out, List<Issue> issues) {
        Map<String, String> props = new HashMap<>();
        if (g.projectItself()) {
            props.put(PackageProperties.ROLE, "main");
        }
        if (!g.checksum().isEmpty()) {
            props.put(PackageProperties.INTEGRITY, g.checksum());
        }
        try {
            out.add(new Package(PackageType.GEM, g.name(), g.version(), g.platform(), null, g.licenses(),
                    purl(g.name(), g.version(), g.platform()), ctx.locate(n), List.of(), props));
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(n.path(), "gem '" + g.name() + "' " + g.version() + " skipped: " + e.getMessage()));
        }
    }

    /** {@code pkg:gem/nokogiri@1.15.4?platform=x86_64-linux}; no qualifier for pure-Ruby gems. */
    static Purl purl(String name, String version, String platform) {
        return Purl.of("gem", "", name, version, Map.of("platform", platform));
    }
}
