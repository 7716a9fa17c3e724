#!/usr/bin/env bash
# Server ingest benchmark: N parallel tus uploads of SIZE_MB each, sent by curl over loopback
# to artwork-portal-server, against dd copying the same bytes to the same disk in the same
# run. Prints throughputs, their ratio, and the server's peak memory (VmHWM).
#   bench/server/ingest-bench.sh [build-dir]      (env: N=8 SIZE_MB=512 WORK=/tmp/…)
# Target: ratio >= 0.80 of dd, peak server memory <= 128 MiB whatever the size.
set -euo pipefail
build=${1:-build}
server="$build/app/artwork-portal-server"
N=${N:-8}
SIZE_MB=${SIZE_MB:-512}
work=${WORK:-$(mktemp -d /tmp/apd-ingest.XXXXXX)}
[ -x "$server" ] || { echo "build $server first" >&2; exit 2; }
mkdir -p "$work/src" "$work/dd"
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== $N files of $SIZE_MB MiB in $work"
for i in $(seq 1 "$N"); do
    head -c $((SIZE_MB << 20)) /dev/urandom > "$work/src/f$i.bin"
done

data="$work/portal"
admin() { "$server" admin --data "$data" "$@" >/dev/null; }
admin company add --name Studio --kind studio
admin company add --name Bench --kind agency
admin user add --company Studio --email owner@bench.test --name "Bench Owner" --role project-owner --password bench-owner
admin user add --company Bench --email agent@bench.test --name "Bench Agent" --role agency-user --password bench-agent
reqs=$(for i in $(seq 1 "$N"); do printf '"storyart_na_%02d_zxx",' "$i"; done)
printf '{"title":"Bench","owner":"owner@bench.test","agency":"Bench","members":["agent@bench.test"],"requests":[%s]}' \
    "${reqs%,}" > "$work/order.json"
admin project create --order "$work/order.json"

"$server" --data "$data" --listen 127.0.0.1:0 > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q listening "$work/server.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" | head -1)
base="http://127.0.0.1:$port"
token=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d '{"email":"agent@bench.test","password":"bench-agent"}' "$base/v1/sessions" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')

locations=()
for i in $(seq 1 "$N"); do
    sha=$(openssl dgst -sha256 -r "$work/src/f$i.bin" | cut -d' ' -f1)
    name=$(printf 'Bench#storyart_na_%02d_zxx.jpg' "$i")
    meta="project $(printf 1 | base64),name $(printf '%s' "$name" | base64 -w0),sha256 $(printf '%s' "$sha" | base64 -w0)"
    loc=$(curl -s -D - -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
        -H "Upload-Length: $((SIZE_MB << 20))" -H "Upload-Metadata: $meta" "$base/v1/uploads" |
        tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
    locations+=("$loc")
done

sync
echo "== server ingest"
start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{http_code}\n' -X PATCH -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
        -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' \
        -T "$work/src/f$i.bin" "$base${locations[$((i - 1))]}" > "$work/patch$i.status" &
done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
end=$(date +%s.%N)
peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
bad=$(cat "$work"/patch*.status | grep -vc '^204$' || true)
server_s=$(echo "$end - $start" | bc -l)
# The bytes on the server's disk, not only its answers: every stored version hashed again.
verified=$(python3 - "$data/portal.sqlite" <<'PY'
import hashlib, sqlite3, sys
ok = 0
for path, sha in sqlite3.connect(sys.argv[1]).execute("SELECT path, sha256 FROM versions"):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    ok += h.hexdigest() == sha
print(ok)
PY
)

sync
echo "== dd (same bytes, same disk, fdatasync like the server)"
start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
    dd if="$work/src/f$i.bin" of="$work/dd/f$i.bin" bs=1M conv=fdatasync status=none &
done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
end=$(date +%s.%N)
dd_s=$(echo "$end - $start" | bc -l)

total_mb=$((N * SIZE_MB))
printf 'uploads failed:       %s\n' "$bad"
printf 'stored and verified:  %s of %s (SHA-256 of the files on disk)\n' "$verified" "$N"
printf 'server ingest:        %.1f MiB/s (%d MiB in %.2f s)\n' "$(echo "$total_mb / $server_s" | bc -l)" "$total_mb" "$server_s"
printf 'dd:                   %.1f MiB/s (%d MiB in %.2f s)\n' "$(echo "$total_mb / $dd_s" | bc -l)" "$total_mb" "$dd_s"
printf 'ratio server / dd:    %.2f (target >= 0.80)\n' "$(echo "$dd_s / $server_s" | bc -l)"
printf 'server peak memory:   %d MiB (VmHWM; target <= 128)\n' "$((peak / 1024))"
