#!/usr/bin/env bash
# Inspection benchmark, side by side on the same files in one run (run by hand):
#   bench/inspect/run.sh [BUILD_DIR=build] [JPG_COUNT=1000] [PNG_COUNT=200]
# Slow peers (exiftool, ImageMagick) run on an evenly spread subset; the rates compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
jpgs=${2:-1000}
pngs=${3:-200}
bin=$build/bench/inspect
corpus=$build/bench-corpus-$jpgs-$pngs
cmake --build "$build" --target apd_bench_corpus apd_bench_inspect >/dev/null
[ -d "$corpus" ] || "$bin/apd_bench_corpus" "$corpus" "$jpgs" "$pngs"

mapfile -t all < <(ls "$corpus"/img*.{jpg,png} | sort)
mapfile -t jpg < <(ls "$corpus"/img*.jpg | sort)
mapfile -t bloated < <(ls "$corpus"/img*.jpg | sort | awk 'NR % 3 == 1')
mapfile -t plain < <(ls "$corpus"/img*.jpg | sort | awk 'NR % 3 != 1')
mapfile -t subset < <(printf '%s\n' "${all[@]}" | awk 'NR % 20 == 1')
mapfile -t jsubset < <(printf '%s\n' "${jpg[@]}" | awk 'NR % 10 == 1')
cat "${all[@]}" >/dev/null # warm the page cache for everyone

now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.1f", n / (b - a) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ours() { "$bin/apd_bench_inspect" "$@" | sed -n 's/.*= \([0-9.]*\) files\/s.*/\1/p'; }

echo "== corpus: ${#jpg[@]} JPG 1920x1080, $(( ${#all[@]} - ${#jpg[@]} )) RGBA PNG, a third bloated ($(du -sh "$corpus" | cut -f1))"

echo "== metadata scan (${#all[@]} files)"
"$bin/apd_bench_inspect" scan "${all[@]}"
our_scan=$(ours scan "${all[@]}")
cores=$(nproc)
our_scan_all=$(ours scan -j"$cores" "${all[@]}") # as `validate` runs: one file per core at once
t0=$(now); printf '%s\0' "${all[@]}" | xargs -0 -n 200 exiv2 -pS >/dev/null 2>&1 || true; t1=$(now)
exiv2_rate=$(rate ${#all[@]} "$t0" "$t1")
t0=$(now); exiftool -fast2 -m -T -FileName -XMP "${subset[@]}" >/dev/null 2>&1 || true; t1=$(now)
exiftool_rate=$(rate ${#subset[@]} "$t0" "$t1")
our_subset=$(ours scan "${subset[@]}")
echo "ours $our_scan files/s | exiv2 -pS $exiv2_rate files/s | exiftool -fast2 -XMP $exiftool_rate files/s (${#subset[@]}-file subset; ours there $our_subset files/s)"
echo "ours on $cores threads $our_scan_all files/s"
echo "ratio ours/exiv2 -pS: $(ratio "$our_scan" "$exiv2_rate") on one thread, $(ratio "$our_scan_all" "$exiv2_rate") on $cores (target >= 2) | ours/exiftool: $(ratio "$our_subset" "$exiftool_rate") (target >= 100)"

echo "== peak memory of a scan, by XMP size"
"$bin/apd_bench_inspect" scan "${plain[@]}"
"$bin/apd_bench_inspect" scan "${bloated[@]}"
"$bin/apd_bench_inspect" scan "${plain[0]}"
"$bin/apd_bench_inspect" scan "${bloated[0]}"

echo "== full decode check (${#jpg[@]} JPG)"
t0=$(now); "$bin/apd_bench_inspect" decode "${jpg[@]}"; t1=$(now)
ours_decode=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
t0=$(now); for f in "${jpg[@]}"; do djpeg "$f" >/dev/null; done; t1=$(now)
djpeg_decode=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
echo "ours ${ours_decode}s | djpeg > /dev/null per file ${djpeg_decode}s | time ratio ours/djpeg: $(ratio "$ours_decode" "$djpeg_decode") (target <= 1.2)"

echo "== 256 px thumbnails"
our_thumb=$(ours thumb "${jpg[@]}")
t0=$(now); for f in "${jpg[@]}"; do djpeg -scale 1/8 "$f" >/dev/null; done; t1=$(now)
djpeg_thumb=$(rate ${#jpg[@]} "$t0" "$t1")
t0=$(now); for f in "${jsubset[@]}"; do convert-im6.q16 "$f" -thumbnail 256x256 /tmp/apd-bench-thumb.png; done; t1=$(now)
convert_thumb=$(rate ${#jsubset[@]} "$t0" "$t1")
echo "ours $our_thumb files/s | djpeg -scale 1/8 $djpeg_thumb files/s | convert -thumbnail $convert_thumb files/s (${#jsubset[@]}-file subset)"
echo "ratio ours/convert: $(ratio "$our_thumb" "$convert_thumb") (target >= 10) | ours/djpeg-scaled: $(ratio "$our_thumb" "$djpeg_thumb") (target >= 0.91)"
"$bin/apd_bench_inspect" thumb "${all[@]: -${pngs}}"
