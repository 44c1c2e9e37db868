#!/usr/bin/env bash
# What a secret scan adds to the one pass: `rampart image scan --scanners secret` against
# `rampart sbom` on the same image, run alternately so that drift in the machine's load falls on
# both sides alike.
#
#   bench/secret-overhead.sh [image.oci.tar] [pairs]
#
# Makes a docker-archive of the OCI image with skopeo (as bench/image-sbom.sh does), runs the two
# commands through the launcher (the JVM flags and AOT cache users get) in alternating order,
# `pairs` times each after two warm-up pairs, and prints the median and quartiles of each and the
# overhead of the medians. Needs: skopeo, python3, a built CLI jar (the launcher builds it).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${RAMPART_CORPUS:-$here/../shared/corpus}
image=${1:-$corpus/images/debian-base.oci.tar}
pairs=${2:-30}
rampart=$here/rampart
"$rampart" --version >/dev/null   # builds if needed and trains the AOT cache, outside the timing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
skopeo copy -q "oci-archive:$image" "docker-archive:$work/image.tar:bench/image:1"

sbom=("$rampart" sbom "$work/image.tar" -f cyclonedx -o "$work/sbom.cdx.json" -q)
secret=("$rampart" image scan "$work/image.tar" --scanners secret -f json -o "$work/secret.json" -q)

elapsed() {   # wall seconds of one run; its exit code is checked (1: findings is fine for a scan)
  local t0 t1 rc=0
  t0=$(date +%s%N)
  "$@" >/dev/null 2>"$work/err" || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -gt 1 ]; then echo "failed ($rc): $* : $(cat "$work/err")" >&2; exit 2; fi
  echo "scale=4; ($t1 - $t0) / 1000000000" | bc
}

for i in 1 2; do elapsed "${sbom[@]}" >/dev/null; elapsed "${secret[@]}" >/dev/null; done
: >"$work/sbom.txt"; : >"$work/secret.txt"
for i in $(seq "$pairs"); do
  if [ $((i % 2)) -eq 0 ]; then
    elapsed "${sbom[@]}" >>"$work/sbom.txt"; elapsed "${secret[@]}" >>"$work/secret.txt"
  else
    elapsed "${secret[@]}" >>"$work/secret.txt"; elapsed "${sbom[@]}" >>"$work/sbom.txt"
  fi
done

echo "image: $image; $pairs alternating pairs after 2 warm-up pairs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/sbom.txt" "$work/secret.txt" <<'PY'
import statistics, sys
def load(p):
    return sorted(float(x) for x in open(p) if x.strip())
sbom, secret = load(sys.argv[1]), load(sys.argv[2])
def show(name, xs):
    q = statistics.quantiles(xs, n=4)
    print(f"| {name} | {statistics.median(xs):.3f} s | {q[0]:.3f}–{q[2]:.3f} s |")
print("| command | median | quartiles |")
print("|---|---|---|")
show("rampart sbom -f cyclonedx", sbom)
show("rampart image scan --scanners secret -f json", secret)
print(f"\nsecret scan over sbom, medians: {100 * (statistics.median(secret) / statistics.median(sbom) - 1):+.1f}%")
PY
