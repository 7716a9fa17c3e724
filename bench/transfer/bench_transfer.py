#!/usr/bin/env python3
"""Side-by-side upload benchmark over loopback (run by hand, not by CTest).

One file of APD_BENCH_BYTES (default 2 GiB) goes to a tus server on 127.0.0.1 three ways:
  ours     artwork-portal-cli upload (hashes the file, then one streamed PATCH)
  curl     curl -T with tus headers: POST to create, then the whole file in one PATCH
  tus-js   tus-js-client under Node (a file stream)
and prints throughput, peak RSS and CPU per GB of each, with our ratios to the others.
The server is @tus/server (file store) until the portal's own server lands; its write speed
bounds all three alike.

  bench/transfer/bench_transfer.py [BUILD_DIR]     (default: build)
"""
import os, re, resource, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build"))
node_dir = os.path.join(build, "tests/transfer/tus-node")
cli = os.path.join(build, "app/artwork-portal-cli")
size = int(os.environ.get("APD_BENCH_BYTES", str(2 << 30)))
runs = int(os.environ.get("APD_BENCH_RUNS", "1"))

for need in (cli, os.path.join(node_dir, "node_modules")):
    if not os.path.exists(need):
        sys.exit(f"missing {need}: build first and run ctest -R TransferNodeSetup")

work = tempfile.mkdtemp(prefix="apd-bench-")
src = os.path.join(work, "Bench#universal-base_na_01_zxx.psd")
with open(src, "wb") as f:
    block = os.urandom(1 << 20)
    for _ in range(size // len(block)):
        f.write(block)
    f.write(block[: size % len(block)])
# The source's dirty pages must be on disk before any timing starts, or the first tool pays
# for the kernel's writeback of the whole file.
os.sync()

def start_server(store):
    os.makedirs(store, exist_ok=True)
    p = subprocess.Popen(["node", os.path.join(node_dir, "server.js"), "--dir", store],
                         stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    return p, int(line.split()[1])

def measured(cmd, env=None):
    """Runs cmd under /usr/bin/time -v: (seconds, peak RSS in KiB, CPU seconds)."""
    t0 = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    wall = time.monotonic() - t0
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", r.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", r.stderr).group(1))
    return wall, rss, user + system

def ours(port, store):
    journal = os.path.join(work, "journal.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(journal + suffix):
            os.remove(journal + suffix)
    return measured([cli, "upload", "--server", f"http://127.0.0.1:{port}", "--project", "bench",
                     "--journal", journal, src])

def curl(port, store):
    created = subprocess.run(["curl", "-sS", "-D", "-", "-o", "/dev/null", "-X", "POST",
                              "-H", "Tus-Resumable: 1.0.0", "-H", f"Upload-Length: {size}",
                              f"http://127.0.0.1:{port}/files"], capture_output=True, text=True, check=True)
    location = re.search(r"(?im)^location:\s*(\S+)", created.stdout).group(1)
    return measured(["curl", "-sS", "-o", "/dev/null", "-X", "PATCH", "-T", src,
                     "-H", "Tus-Resumable: 1.0.0", "-H", "Upload-Offset: 0", "-H", "Expect:",
                     "-H", "Content-Type: application/offset+octet-stream", location])

def tusjs(port, store):
    env = dict(os.environ, NODE_PATH=os.path.join(node_dir, "node_modules"))
    return measured(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "tus-js-upload.js"),
                     f"http://127.0.0.1:{port}/files", src], env)

results = {}
try:
    for name, fn in (("ours", ours), ("curl", curl), ("tus-js", tusjs)):
        best = None
        for _ in range(runs):
            store = os.path.join(work, "store-" + name)
            server, port = start_server(store)
            try:
                r = fn(port, store)
            finally:
                server.terminate()
                server.wait()
            shutil.rmtree(store, ignore_errors=True)
            os.sync()  # the next tool starts with no writeback of this one pending
            best = r if best is None or r[0] < best[0] else best
        results[name] = best
finally:
    shutil.rmtree(work, ignore_errors=True)

gb = size / 1e9
print(f"file: {size} bytes ({size / (1 << 30):.2f} GiB) over 127.0.0.1 to @tus/server (file store), best of {runs}")
print(f"{'tool':8} {'seconds':>8} {'MB/s':>8} {'peak RSS MiB':>13} {'CPU s/GB':>9}")
for name, (wall, rss, cpu) in results.items():
    print(f"{name:8} {wall:8.2f} {size / wall / 1e6:8.1f} {rss / 1024:13.1f} {cpu / gb:9.2f}")
o = results["ours"][0]
print(f"throughput ours/curl:   {results['curl'][0] / o:.2f}x  (target >= 0.9)")
print(f"throughput ours/tus-js: {results['tus-js'][0] / o:.2f}x  (target >= 2)")
print(f"peak RSS ours: {results['ours'][1] / 1024:.1f} MiB  (target <= 64)")
