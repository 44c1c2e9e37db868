#!/usr/bin/env bash
# Builds examples/distroless-java.tar: a small distroless-style image made of real Debian 12
# (bookworm) packages plus two real jars from Maven Central, saved in the legacy `docker save`
# layout (manifest.json, <config-hex>.json, <layer-id>/layer.tar).
#
#   layer 1 "base": Debian packages unpacked with `dpkg-deb -x`, one status file per package in
#                   var/lib/dpkg/status.d/ (distroless style, no var/lib/dpkg/status), plus the
#                   few files distroless adds itself (/etc/passwd, /etc/group, the CA bundle).
#                   Stored zstd-compressed: glibc alone is over 5 MB as gzip.
#   layer 2 "app":  the jars under /app/ (gzip).
#   layer 3:        a whiteout deleting usr/share/doc/zlib1g/changelog.Debian.gz (gzip).
#
# Usage: examples/make-distroless-java.sh [--latest]
#   By default the exact versions pinned below are fetched, so a re-run gives the same bytes
#   (same packages, fixed mtimes, sorted entries, uid/gid 0, deterministic compression) for as
#   long as Debian still serves those versions. --latest takes apt's candidate versions instead;
#   update the pins and examples/README.md after using it.
#
# Needs: bash, apt-get and dpkg-deb (a Debian 12 machine; root for `apt-get update`), python3,
# zstd, and mvn (used only as a client for `dependency:copy`, outside any project).
set -euo pipefail
umask 022
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/distroless-java.tar"

# Debian 12 packages, name=version.
PACKAGES=(
  base-files=12.4+deb12u15
  netbase=6.4
  gcc-12-base=12.2.0-14+deb12u1
  libgcc-s1=12.2.0-14+deb12u1
  libc6=2.36-9+deb12u14
  zlib1g=1:1.2.13.dfsg-1
  libzstd1=1.5.4+dfsg2-5
  liblzma5=5.4.1-1+deb12u2
  ca-certificates=20250419~deb12u2
)
# Maven Central artifacts, groupId:artifactId:version.
JARS=(
  org.apache.commons:commons-text:1.9
  com.fasterxml.jackson.core:jackson-annotations:2.13.4
)
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
# Every mtime in the image and the config's "created": 2026-11-27T00:00:00Z.
EPOCH=${SOURCE_DATE_EPOCH:-1795737600}
LIMIT_BYTES=$((5 * 1000 * 1000))

latest=0
case "${1:-}" in
  "") ;;
  --latest) latest=1 ;;
  *) echo "usage: $0 [--latest]" >&2; exit 2 ;;
esac

for tool in apt-get dpkg-deb python3 zstd mvn; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/rootfs" "$work/control" "$work/app"

# --- Debian packages ------------------------------------------------------------------------
if [[ $(id -u) == 0 ]]; then
  apt-get update -qq
else
  echo "not root: skipping apt-get update, using the package lists already on this machine" >&2
fi
specs=()
for p in "${PACKAGES[@]}"; do
  if ((latest)); then specs+=("${p%%=*}"); else specs+=("$p"); fi
done
# apt's sandbox user cannot write into a mktemp dir owned by root; downloading as root is fine.
(cd "$work/debs" && apt-get download -q -o APT::Sandbox::User=root "${specs[@]}")

order=()
for p in "${PACKAGES[@]}"; do
  name=${p%%=*}
  deb=$(ls "$work/debs/${name}"_*.deb)
  [[ $(dpkg-deb -f "$deb" Package) == "$name" ]] || { echo "unexpected deb $deb" >&2; exit 1; }
  dpkg-deb -x "$deb" "$work/rootfs"
  dpkg-deb -e "$deb" "$work/control/$name"
  order+=("$name")
done

# --- jars --------------------------------------------------------------------------------------
# Run from an empty folder so no project pom is involved.
for a in "${JARS[@]}"; do
  (cd "$work/app" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$a" \
      -DoutputDirectory="$work/app/jars") >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
done

# --- assemble ----------------------------------------------------------------------------------
python3 - "$work" "$out" "$EPOCH" "$LIMIT_BYTES" "${order[@]}" <<'PY'
import gzip, hashlib, io, json, os, subprocess, sys, tarfile, time

work, out, epoch, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
packages = sys.argv[5:]
rootfs = os.path.join(work, "rootfs")
created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))

def write(rel, data, mode=0o644):
    path = os.path.join(rootfs, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)

# Field order of /var/lib/dpkg/status as dpkg writes it (lib/dpkg/parse.c fieldinfos); fields it
# does not know (Homepage, Built-Using, ...) follow in the order the control file has them.
DPKG_ORDER = ["Package", "Essential", "Protected", "Status", "Priority", "Section",
              "Installed-Size", "Origin", "Maintainer", "Bugs", "Architecture", "Multi-Arch",
              "Source", "Version", "Config-Version", "Replaces", "Provides", "Depends",
              "Pre-Depends", "Recommends", "Suggests", "Breaks", "Conflicts", "Enhances",
              "Conffiles", "Description", "Triggers-Pending", "Triggers-Awaited"]

def parse_control(text):
    fields = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t":
            fields[-1][1].append(line)
        else:
            name, _, value = line.partition(":")
            fields.append((name, [name + ":" + value]))
    return fields

def status_stanza(control_text):
    fields = parse_control(control_text)
    fields.append(("Status", ["Status: install ok installed"]))
    known = {n: i for i, n in enumerate(DPKG_ORDER)}
    ordered = sorted((f for f in fields if f[0] in known), key=lambda f: known[f[0]])
    ordered += [f for f in fields if f[0] not in known]
    return "".join(line + "\n" for _, lines in ordered for line in lines)

versions = {}
for name in packages:
    ctrl = os.path.join(work, "control", name)
    with open(os.path.join(ctrl, "control"), encoding="utf-8") as f:
        control = f.read()
    fields = dict((n, l) for n, l in parse_control(control))
    versions[name] = fields["Version"][0].split(":", 1)[1].strip()
    write(f"var/lib/dpkg/status.d/{name}", status_stanza(control).encode())
    with open(os.path.join(ctrl, "md5sums"), "rb") as f:
        write(f"var/lib/dpkg/status.d/{name}.md5sums", f.read())

# Files distroless adds itself: users, groups, and the CA bundle update-ca-certificates would
# build (maintainer scripts never run here). Owned by no package.
write("etc/passwd", b"root:x:0:0:root:/root:/sbin/nologin\n"
                    b"nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n")
write("etc/group", b"root:x:0:\nnobody:x:65534:\n")
mozilla = os.path.join(rootfs, "usr/share/ca-certificates/mozilla")
bundle = b""
for cert in sorted(os.listdir(mozilla)):
    with open(os.path.join(mozilla, cert), "rb") as f:
        pem = f.read()
    bundle += pem if pem.endswith(b"\n") else pem + b"\n"
write("etc/ssl/certs/ca-certificates.crt", bundle)

# Sanity: every file the packages' md5sums list is there with that digest.
for name in packages:
    with open(os.path.join(work, "control", name, "md5sums")) as f:
        for line in f:
            digest, rel = line.rstrip("\n").split("  ", 1)
            with open(os.path.join(rootfs, rel), "rb") as g:
                if hashlib.md5(g.read()).hexdigest() != digest:
                    sys.exit(f"md5 mismatch: {name} {rel}")

def new_tar(buf):
    return tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT)

def normalize(ti):
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = ""
    ti.mtime = epoch
    return ti

def tar_tree(root):
    """The tree under root as an uncompressed tar: depth-first, names sorted, no ./ prefix."""
    buf = io.BytesIO()
    with new_tar(buf) as tar:
        def walk(rel):
            for name in sorted(os.listdir(os.path.join(root, rel) if rel else root)):
                child = f"{rel}/{name}" if rel else name
                full = os.path.join(root, child)
                ti = normalize(tar.gettarinfo(full, arcname=child))
                if ti.isreg():
                    with open(full, "rb") as f:
                        tar.addfile(ti, f)
                else:
                    tar.addfile(ti)
                if ti.isdir():
                    walk(child)
        walk("")
    return buf.getvalue()

def tar_entries(entries):
    """entries: (name, mode, bytes or None for a directory)."""
    buf = io.BytesIO()
    with new_tar(buf) as tar:
        for name, mode, data in entries:
            ti = tarfile.TarInfo(name)
            ti.mode = mode
            if data is None:
                ti.type = tarfile.DIRTYPE
                tar.addfile(normalize(ti))
            else:
                ti.size = len(data)
                tar.addfile(normalize(ti), io.BytesIO(data))
    return buf.getvalue()

base = tar_tree(rootfs)

jar_dir = os.path.join(work, "app", "jars")
jars = sorted(os.listdir(jar_dir))
app_entries = [("app", 0o755, None)]
for jar in jars:
    with open(os.path.join(jar_dir, jar), "rb") as f:
        app_entries.append((f"app/{jar}", 0o644, f.read()))
app = tar_entries(app_entries)

deleted = "usr/share/doc/zlib1g/changelog.Debian.gz"
assert os.path.isfile(os.path.join(rootfs, deleted))
parent, leaf = deleted.rsplit("/", 1)
parts = parent.split("/")
wh_entries = [("/".join(parts[:i + 1]), 0o755, None) for i in range(len(parts))]
wh_entries.append((f"{parent}/.wh.{leaf}", 0o644, b""))
whiteout = tar_entries(wh_entries)

def zstd(data):
    return subprocess.run(["zstd", "-19", "-T1", "-q", "-c"], input=data,
                          stdout=subprocess.PIPE, check=True).stdout

def gz(data):
    return gzip.compress(data, compresslevel=9, mtime=0)

pkg_list = " ".join(f"{n}={versions[n]}" for n in packages)
env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
       "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"]
comment = "examples/make-distroless-java.sh"
layers = [
    (base, zstd, f"dpkg-deb -x {pkg_list} / (Debian 12 bookworm; status.d, passwd, group, CA bundle)"),
    (app, gz, "COPY " + " ".join(jars) + " /app/"),
    (whiteout, gz, f"rm /{deleted} (whiteout)"),
]
history = []
diff_ids, stored = [], []
for i, (raw, compress, created_by) in enumerate(layers):
    diff_ids.append("sha256:" + hashlib.sha256(raw).hexdigest())
    stored.append(compress(raw))
    history.append({"created": created, "created_by": created_by, "comment": comment})
    if i == 0:
        history.append({"created": created, "created_by": "ENV " + " ".join(env),
                        "comment": comment, "empty_layer": True})
        history.append({"created": created, "created_by": "WORKDIR /app",
                        "comment": comment, "empty_layer": True})

config = {
    "architecture": "amd64",
    "os": "linux",
    "created": created,
    "config": {"Env": env, "WorkingDir": "/app"},
    "rootfs": {"type": "layers", "diff_ids": diff_ids},
    "history": history,
}
config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"

# Legacy layer folders: ids chained from the diff_ids, each with VERSION, json and layer.tar.
files = {config_name: config_bytes}
ids, parent_id = [], ""
for diff_id, blob in zip(diff_ids, stored):
    layer_id = hashlib.sha256(f"{parent_id} {diff_id}".encode()).hexdigest()
    v1 = {"id": layer_id, "created": created, "os": "linux"}
    if parent_id:
        v1["parent"] = parent_id
    files[f"{layer_id}/VERSION"] = b"1.0"
    files[f"{layer_id}/json"] = json.dumps(v1, sort_keys=True, separators=(",", ":")).encode()
    files[f"{layer_id}/layer.tar"] = blob
    ids.append(layer_id)
    parent_id = layer_id
repo, tag = "rampart-examples/distroless-java", "1"
manifest = [{"Config": config_name, "RepoTags": [f"{repo}:{tag}"],
             "Layers": [f"{i}/layer.tar" for i in ids]}]
files["manifest.json"] = json.dumps(manifest, separators=(",", ":")).encode()
files["repositories"] = json.dumps({repo: {tag: ids[-1]}}, separators=(",", ":")).encode()

entries = []
for name in sorted(files):
    if "/" in name and (name.split("/")[0], 0o755, None) not in entries:
        entries.append((name.split("/")[0], 0o755, None))
    entries.append((name, 0o644, files[name]))
archive = tar_entries(entries)
tmp = out + ".tmp"
with open(tmp, "wb") as f:
    f.write(archive)
os.replace(tmp, out)

# --- verify what was written -------------------------------------------------------------------
with tarfile.open(out) as t:
    man = json.load(t.extractfile("manifest.json"))[0]
    cfg = json.load(t.extractfile(man["Config"]))
    assert hashlib.sha256(t.extractfile(man["Config"]).read()).hexdigest() + ".json" == man["Config"]
    assert cfg["architecture"] == "amd64" and cfg["os"] == "linux"
    assert len([h for h in cfg["history"] if not h.get("empty_layer")]) == len(man["Layers"])
    for path, diff_id in zip(man["Layers"], cfg["rootfs"]["diff_ids"]):
        blob = t.extractfile(path).read()
        if blob[:2] == b"\x1f\x8b":
            raw = gzip.decompress(blob)
        elif blob[:4] == b"\x28\xb5\x2f\xfd":
            raw = subprocess.run(["zstd", "-d", "-q", "-c"], input=blob,
                                 stdout=subprocess.PIPE, check=True).stdout
        else:
            raw = blob
        assert "sha256:" + hashlib.sha256(raw).hexdigest() == diff_id, path
        print(f"{path}: {len(blob)} bytes stored, {len(raw)} bytes as tar, {diff_id}")
size = os.path.getsize(out)
print(f"{out}: {size} bytes")
for n in packages:
    print(f"  {n} {versions[n]}")
for j in jars:
    print(f"  /app/{j}")
if size >= limit:
    sys.exit(f"too big: {size} bytes >= {limit}")
PY
