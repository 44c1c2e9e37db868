package dev.rampart.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.runtime.condition.Glob;
import dev.rampart.runtime.fields.FieldInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the {@code k8s_audit} fields read an audit event, following the k8saudit plugin's field
 * definitions: {@code ka.*} fields are paths into the event, its {@code requestObject} and its
 * {@code responseObject}; list fields collect one value per container, volume, rule or subject;
 * {@code jevt.value[/pointer]} reads any JSON pointer.
 */
public final class K8sAuditFields {
    private K8sAuditFields() {}

    public static Extractor extractor(FieldInfo info, @Nullable String arg) {
        Function<JsonNode, @Nullable Object> f = reader(info.name(), arg);
        return e -> e instanceof K8sAuditEvent k ? f.apply(k.json()) : null;
    }

    private static Function<JsonNode, @Nullable Object> reader(String name, @Nullable String arg) {
        return switch (name) {
            case "ka.auditid" -> text("/auditID");
            case "ka.stage" -> text("/stage");
            case "ka.auth.decision" -> text("/annotations/authorization.k8s.io~1decision");
            case "ka.auth.reason" -> text("/annotations/authorization.k8s.io~1reason");
            case "ka.auth.openshift.decision" -> text("/annotations/authorization.openshift.io~1decision");
            case "ka.auth.openshift.username" -> text("/annotations/authorization.openshift.io~1username");
            case "ka.validations.admission.policy.failure" ->
                    text("/annotations/validation.policy.admission.k8s.io~1validation_failure");
            case "ka.security.pod.violations" -> text("/annotations/pod-security.kubernetes.io~1audit-violations");
            case "ka.user.name" -> text("/user/username");
            case "ka.user.groups" -> j -> texts(j.at("/user/groups"));
            case "ka.impuser.name" -> text("/impersonatedUser/username");
            case "ka.verb" -> text("/verb");
            case "ka.uri" -> text("/requestURI");
            case "ka.uri.param" -> j -> uriParam(j.at("/requestURI").asText(""), arg);
            case "ka.target.name" -> text("/objectRef/name");
            case "ka.target.namespace" -> text("/objectRef/namespace");
            case "ka.target.resource" -> text("/objectRef/resource");
            case "ka.target.subresource" -> text("/objectRef/subresource");
            case "ka.target.pod.name" -> j -> "pods".equals(j.at("/objectRef/resource").asText()) ? scalar(j.at("/objectRef/name")) : null;
            case "ka.req.binding.subjects" -> j -> jsons(j.at("/requestObject/subjects"));
            case "ka.req.binding.subjects.user_names" -> j -> subjects(j, "User", false);
            case "ka.req.binding.subjects.serviceaccount_names" -> j -> subjects(j, "ServiceAccount", false);
            case "ka.req.binding.subjects.serviceaccount_ns_names" -> j -> subjects(j, "ServiceAccount", true);
            case "ka.req.binding.subjects.group_names" -> j -> subjects(j, "Group", false);
            case "ka.req.binding.role" -> text("/requestObject/roleRef/name");
            case "ka.req.binding.subject.has_name" -> j -> hasSubject(j, arg);
            case "ka.req.configmap.name" -> text("/objectRef/name");
            case "ka.req.configmap.obj" -> j -> j.at("/requestObject/data").isMissingNode() ? null : j.at("/requestObject/data").toString();
            case "ka.req.pod.containers.image" -> perContainer("containers", "/image", arg, false);
            case "ka.req.pod.containers.image.repository" -> perContainer("containers", "/image", arg, true);
            case "ka.req.container.image" -> first(perContainer("containers", "/image", null, false));
            case "ka.req.container.image.repository" -> first(perContainer("containers", "/image", null, true));
            case "ka.req.pod.containers.name" -> perContainer("containers", "/name", arg, false);
            case "ka.req.pod.containers.command" -> perContainer("containers", "/command", arg, false);
            case "ka.req.pod.containers.args" -> perContainer("containers", "/args", arg, false);
            case "ka.req.pod.host_ipc" -> text("/requestObject/spec/hostIPC");
            case "ka.req.pod.host_network", "ka.req.container.host_network" -> text("/requestObject/spec/hostNetwork");
            case "ka.req.pod.host_pid" -> text("/requestObject/spec/hostPID");
            case "ka.req.pod.containers.host_port" -> j -> hostPorts(j);
            case "ka.req.pod.containers.privileged" -> privileged("containers", arg);
            case "ka.req.pod.initContainers.privileged" -> privileged("initContainers", arg);
            case "ka.req.pod.ephemeralContainers.privileged" -> privileged("ephemeralContainers", arg);
            case "ka.req.pod.initContainers.image" -> perContainer("initContainers", "/image", arg, false);
            case "ka.req.pod.ephemeralContainers.image" -> perContainer("ephemeralContainers", "/image", arg, false);
            case "ka.req.container.privileged" -> j -> {
                Object all = privileged("containers", null).apply(j);
                return all == null ? null : String.valueOf(all instanceof List<?> l && l.contains("true"));
            };
            case "ka.req.pod.containers.allow_privilege_escalation" ->
                    perContainer("containers", "/securityContext/allowPrivilegeEscalation", arg, false);
            case "ka.req.pod.containers.read_only_fs" -> perContainer("containers", "/securityContext/readOnlyRootFilesystem", arg, false);
            case "ka.req.pod.run_as_user" -> text("/requestObject/spec/securityContext/runAsUser");
            case "ka.req.pod.containers.run_as_user" -> perContainer("containers", "/securityContext/runAsUser", arg, false);
            case "ka.req.pod.containers.eff_run_as_user" -> effective("runAsUser", arg);
            case "ka.req.pod.run_as_group" -> text("/requestObject/spec/securityContext/runAsGroup");
            case "ka.req.pod.containers.run_as_group" -> perContainer("containers", "/securityContext/runAsGroup", arg, false);
            case "ka.req.pod.containers.eff_run_as_group" -> effective("runAsGroup", arg);
            case "ka.req.pod.containers.proc_mount" -> perContainer("containers", "/securityContext/procMount", arg, false);
            case "ka.req.pod.containers.add_capabilities" -> perContainer("containers", "/securityContext/capabilities/add", arg, false);
            case "ka.req.role.rules" -> j -> jsons(j.at("/requestObject/rules"));
            case "ka.req.role.rules.apiGroups" -> roleRules("/apiGroups", arg);
            case "ka.req.role.rules.nonResourceURLs" -> roleRules("/nonResourceURLs", arg);
            case "ka.req.role.rules.verbs" -> roleRules("/verbs", arg);
            case "ka.req.role.rules.resources" -> roleRules("/resources", arg);
            case "ka.req.pod.fs_group" -> text("/requestObject/spec/securityContext/fsGroup");
            case "ka.req.pod.supplemental_groups" -> j -> texts(j.at("/requestObject/spec/securityContext/supplementalGroups"));
            case "ka.req.service.type" -> text("/requestObject/spec/type");
            case "ka.req.service.ports" -> j -> index(jsons(j.at("/requestObject/spec/ports")), arg);
            case "ka.req.pod.volumes.hostpath" -> j -> index(volumes(j, "/hostPath/path"), arg);
            case "ka.req.pod.volumes.flexvolume_driver" -> j -> index(volumes(j, "/flexVolume/driver"), arg);
            case "ka.req.pod.volumes.volume_type" -> j -> index(volumeTypes(j), arg);
            case "ka.req.volume.hostpath" -> j -> {
                List<Object> paths = volumes(j, "/hostPath/path");
                return paths == null ? null : String.valueOf(arg != null
                        && paths.stream().anyMatch(p -> Glob.matches(arg, p.toString())));
            };
            case "ka.resp.name" -> text("/responseObject/metadata/name");
            case "ka.response.code" -> text("/responseStatus/code");
            case "ka.response.reason" -> text("/responseStatus/reason");
            case "ka.useragent" -> text("/userAgent");
            case "ka.sourceips" -> j -> index(texts(j.at("/sourceIPs")), arg);
            case "ka.cluster.name" -> j -> null;
            case "jevt.value", "json.value" -> j -> arg == null ? null : scalar(j.at(arg));
            case "jevt.obj", "json.obj" -> JsonNode::toString;
            case "jevt.rawtime", "json.rawtime" -> j -> null;
            default -> j -> null;
        };
    }

    /** Extractors that need the event time rather than its JSON (set up by the caller). */
    public static Extractor timeAware(FieldInfo info, @Nullable String arg) {
        return switch (info.name()) {
            case "jevt.rawtime", "json.rawtime" -> e -> e.timestampNanos() == 0 ? null : Long.toString(e.timestampNanos());
            case "evt.rawtime" -> e -> e.timestampNanos() == 0 ? null : e.timestampNanos();
            case "evt.time", "evt.time.iso8601" -> e -> e.timestampNanos() == 0 ? null : FieldMapFields.iso8601(e.timestampNanos());
            case "evt.source" -> e -> EventSources.K8S_AUDIT;
            case "evt.pluginname" -> e -> "k8saudit";
            default -> extractor(info, arg);
        };
    }

    private static Function<JsonNode, @Nullable Object> text(String pointer) {
        return j -> scalar(j.at(pointer));
    }

    private static @Nullable Object scalar(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static @Nullable List<Object> texts(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        n.forEach(x -> out.add(x.isValueNode() ? x.asText() : x.toString()));
        return out;
    }

    private static @Nullable List<Object> jsons(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        n.forEach(x -> out.add(x.toString()));
        return out;
    }

    private static @Nullable Object index(@Nullable List<Object> values, @Nullable String arg) {
        if (values == null || arg == null) {
            return values;
        }
        try {
            int i = Integer.parseInt(arg);
            return i >= 0 && i < values.size() ? values.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Function<JsonNode, @Nullable Object> first(Function<JsonNode, @Nullable Object> list) {
        return j -> list.apply(j) instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
    }

    private static Function<JsonNode, @Nullable Object> perContainer(String kind, String pointer, @Nullable String arg,
            boolean repository) {
        return j -> {
            JsonNode containers = j.at("/requestObject/spec/" + kind);
            if (!containers.isArray() || containers.isEmpty()) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (JsonNode c : containers) {
                JsonNode v = c.at(pointer);
                if (v.isArray()) {
                    v.forEach(x -> out.add(x.asText()));
                } else if (!v.isMissingNode() && !v.isNull()) {
                    out.add(repository ? repository(v.asText()) : v.asText());
                }
            }
            return out.isEmpty() ? null : index(out, arg);
        };
    }

    /** {@code securityContext.privileged} of each container, {@code false} when unset. */
    private static Function<JsonNode, @Nullable Object> privileged(String kind, @Nullable String arg) {
        return j -> {
            JsonNode containers = j.at("/requestObject/spec/" + kind);
            if (!containers.isArray() || containers.isEmpty()) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            containers.forEach(c -> out.add(String.valueOf(c.at("/securityContext/privileged").asBoolean(false))));
            return index(out, arg);
        };
    }

    private static Function<JsonNode, @Nullable Object> effective(String key, @Nullable String arg) {
        return j -> {
            JsonNode containers = j.at("/requestObject/spec/containers");
            if (!containers.isArray() || containers.isEmpty()) {
                return null;
            }
            JsonNode pod = j.at("/requestObject/spec/securityContext/" + key);
            List<Object> out = new ArrayList<>();
            for (JsonNode c : containers) {
                JsonNode v = c.at("/securityContext/" + key);
                out.add(!v.isMissingNode() ? v.asText() : !pod.isMissingNode() ? pod.asText() : "0");
            }
            return index(out, arg);
        };
    }

    private static Function<JsonNode, @Nullable Object> roleRules(String pointer, @Nullable String arg) {
        return j -> {
            JsonNode rules = j.at("/requestObject/rules");
            if (!rules.isArray() || rules.isEmpty()) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (JsonNode rule : rules) {
                if (arg == null || arg.equals(Integer.toString(i))) {
                    rule.at(pointer).forEach(x -> out.add(x.asText()));
                }
                i++;
            }
            return out.isEmpty() ? null : out;
        };
    }

    private static @Nullable Object subjects(JsonNode j, String kind, boolean withNamespace) {
        JsonNode subjects = j.at("/requestObject/subjects");
        if (!subjects.isArray()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (JsonNode s : subjects) {
            if (kind.equals(s.path("kind").asText())) {
                String name = s.path("name").asText();
                out.add(withNamespace ? s.path("namespace").asText() + ":" + name : name);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static @Nullable Object hasSubject(JsonNode j, @Nullable String name) {
        JsonNode subjects = j.at("/requestObject/subjects");
        if (!subjects.isArray()) {
            return null;
        }
        for (JsonNode s : subjects) {
            if (s.path("name").asText().equals(name)) {
                return "true";
            }
        }
        return "false";
    }

    private static @Nullable Object hostPorts(JsonNode j) {
        JsonNode containers = j.at("/requestObject/spec/containers");
        List<Object> out = new ArrayList<>();
        for (JsonNode c : containers) {
            for (JsonNode p : c.path("ports")) {
                if (p.has("hostPort")) {
                    out.add(p.get("hostPort").asText());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static @Nullable List<Object> volumes(JsonNode j, String pointer) {
        JsonNode volumes = j.at("/requestObject/spec/volumes");
        if (!volumes.isArray()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (JsonNode v : volumes) {
            JsonNode x = v.at(pointer);
            if (!x.isMissingNode()) {
                out.add(x.asText());
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static @Nullable List<Object> volumeTypes(JsonNode j) {
        JsonNode volumes = j.at("/requestObject/spec/volumes");
        if (!volumes.isArray()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (JsonNode v : volumes) {
            v.fieldNames().forEachRemaining(f -> {
                if (!f.equals("name")) {
                    out.add(f);
                }
            });
        }
        return out.isEmpty() ? null : out;
    }

    /** The image name without its tag or digest: {@code docker.io/library/nginx:1.19} becomes {@code docker.io/library/nginx}. */
    static String repository(String image) {
        String s = image;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            s = s.substring(0, colon);
        }
        return s;
    }

    private static @Nullable Object uriParam(String uri, @Nullable String name) {
        int q = uri.indexOf('?');
        if (q < 0 || name == null) {
            return null;
        }
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (k.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
