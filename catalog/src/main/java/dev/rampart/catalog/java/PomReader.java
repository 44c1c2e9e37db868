package dev.rampart.catalog.java;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the parts of a Maven {@code pom.xml} that name dependencies: coordinates, parent,
 * properties, {@code dependencies} and {@code dependencyManagement}. The XML parser refuses
 * DOCTYPEs, so no external entity or entity expansion is ever resolved.
 * Model reference: https://maven.apache.org/pom.html
 */
final class PomReader {
    private PomReader() {}

    /** A dependency as written, before properties are substituted. */
    record Dependency(String groupId, String artifactId, String version, String scope, boolean optional) {}

    /** The parent reference, if any. */
    record Parent(String groupId, String artifactId, String version, String relativePath) {}

    /** One pom, as written. */
    record Pom(String groupId, String artifactId, String version, @Nullable Parent parent, Map<String, String> properties,
               List<Dependency> dependencies, List<Dependency> managed) {}

    static Pom read(byte[] xml) throws IOException {
        Document doc = parse(xml);
        Element project = doc.getDocumentElement();
        if (project == null || !project.getLocalName().equals("project")) {
            throw new IOException("not a Maven POM: the root element is not <project>");
        }
        Element parentEl = child(project, "parent");
        Parent parent = parentEl == null ? null : new Parent(text(parentEl, "groupId"), text(parentEl, "artifactId"),
                text(parentEl, "version"), child(parentEl, "relativePath") == null ? "../pom.xml" : text(parentEl, "relativePath"));
        Map<String, String> props = new LinkedHashMap<>();
        Element propsEl = child(project, "properties");
        if (propsEl != null) {
            for (Element p : children(propsEl)) {
                props.put(p.getLocalName(), p.getTextContent().strip());
            }
        }
        Element mgmt = child(project, "dependencyManagement");
        return new Pom(text(project, "groupId"), text(project, "artifactId"), text(project, "version"), parent, props,
                dependencies(child(project, "dependencies")),
                dependencies(mgmt == null ? null : child(mgmt, "dependencies")));
    }

    private static List<Dependency> dependencies(@Nullable Element deps) {
        List<Dependency> out = new ArrayList<>();
        if (deps == null) {
            return out;
        }
        for (Element d : children(deps)) {
            if (d.getLocalName().equals("dependency")) {
                out.add(new Dependency(text(d, "groupId"), text(d, "artifactId"), text(d, "version"),
                        text(d, "scope"), text(d, "optional").equals("true")));
            }
        }
        return out;
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** Substitutes {@code ${name}} from the map, a few rounds deep; what cannot be resolved stays as written. */
    static String interpolate(String value, Map<String, String> properties) {
        String v = value;
        for (int round = 0; round < 8 && v.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String r = properties.get(m.group(1));
                changed |= r != null;
                m.appendReplacement(sb, Matcher.quoteReplacement(r != null ? r : m.group()));
            }
            m.appendTail(sb);
            v = sb.toString();
            if (!changed) {
                break;
            }
        }
        return v;
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        } catch (SAXException e) {
            throw new IOException("invalid XML: " + e.getMessage(), e);
        }
    }

    private static @Nullable Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }
}
