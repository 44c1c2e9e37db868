#!/usr/bin/env bash
# Side-by-side: `rampart sbom` vs Trivy vs the bare cost of decompressing every layer, on one image.
#
#   bench/image-sbom.sh [image.oci.tar] [runs]
#
# Makes a docker-archive of the OCI image with skopeo (the one form Trivy reads), then times, with
# hyperfine, each tool writing a CycloneDX inventory of it, `rampart image scan` for vulnerabilities
# (against a database of every corpus OSV record) and for secrets, Trivy's secret scan, and
# `gzip -dc` of every gzip layer blob of the OCI image (the decompression any reader must do).
# Peak RSS comes from GNU time. Rampart runs through its launcher, as users run it.
# Needs: skopeo, hyperfine, GNU time (Debian packages skopeo, hyperfine, time), a built CLI jar.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${RAMPART_CORPUS:-$here/../shared/corpus}
image=${1:-$corpus/images/debian-base.oci.tar}
runs=${2:-5}
rampart_cmd=$here/rampart   # the launcher: the JVM flags and AOT cache users get
"$rampart_cmd" --version >/dev/null   # builds if needed and trains the AOT cache, outside the timing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

skopeo copy -q "oci-archive:$image" "docker-archive:$work/image.tar:bench/image:1"
mkdir "$work/oci" && tar -xf "$image" -C "$work/oci"
layers=$(python3 - "$work/oci" <<'PY'
import json, sys, os
root = sys.argv[1]
idx = json.load(open(os.path.join(root, "index.json")))
m = json.load(open(os.path.join(root, "blobs", *idx["manifests"][0]["digest"].split(":"))))
print(" ".join(os.path.join(root, "blobs", *l["digest"].split(":")) for l in m["layers"]))
PY
)
"$rampart_cmd" db --db "$work/vulndb.sqlite" import "$corpus/osv/Go-all.zip" "$corpus/osv/PyPI-all.zip" \
  "$corpus/osv/crates.io-all.zip" "$corpus/osv/ghsa" "$corpus/osv/ghsa-osvdev" "$corpus/osv/distro" >/dev/null
rampart="$rampart_cmd sbom $work/image.tar -f cyclonedx -o $work/rampart.cdx.json -q"
scan_vuln="$rampart_cmd image scan $work/image.tar --scanners vuln --db $work/vulndb.sqlite -f json -o $work/scan-vuln.json -q"
scan_secret="$rampart_cmd image scan $work/image.tar --scanners secret -f json -o $work/scan-secret.json -q"
trivy_secret="$here/../shared/tools/trivy.sh image --input $work/image.tar --scanners secret -f json -o $work/trivy-secret.json -q"
rampart_oci="$rampart_cmd sbom $image -f cyclonedx -o $work/rampart-oci.cdx.json -q"
trivy="$here/../shared/tools/trivy.sh image --input $work/image.tar -f cyclonedx -o $work/trivy.cdx.json -q"
bare="for l in $layers; do gzip -dc \$l > /dev/null; done"
startup="$rampart_cmd --version"

echo "image: $image ($(du -h "$image" | cut -f1)); docker-archive: $(du -h "$work/image.tar" | cut -f1); layers: $(echo $layers | wc -w)"
"$here/../shared/tools/trivy.sh" --version >/dev/null 2>&1 || true   # fetch the peer once, outside the timing
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/times.md" \
  -n "rampart sbom (docker-archive)" "$rampart" \
  -n "rampart sbom (OCI tar)" "$rampart_oci" \
  -n "trivy image (docker-archive)" "$trivy" \
  -n "rampart image scan --scanners vuln" "$scan_vuln" \
  -n "rampart image scan --scanners secret" "$scan_secret" \
  -n "trivy image --scanners secret" "$trivy_secret" \
  -n "gzip -dc of every layer" "bash -c '$bare'" \
  -n "launcher + JVM start + rampart --version" "$startup" >&2
cat "$work/times.md"
echo
echo "| peak RSS | MB |"
echo "|---|---|"
for name in rampart scan_vuln scan_secret trivy trivy_secret; do
  cmd=${!name}
  /usr/bin/time -f '%M' -o "$work/rss" $cmd >/dev/null 2>&1
  echo "| $name | $(( $(cat "$work/rss") / 1024 )) |"
done
