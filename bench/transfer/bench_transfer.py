#!/usr/bin/env python3
"""Side-by-side upload benchmark over loopback (run by hand, not by CTest).

One file of --bytes (default 2 GiB; a real PSD header, then random bytes) goes to a tus
server on 127.0.0.1 three ways, one after the other in each run, each on a fresh server:
  ours     artwork-portal-cli upload (validates, hashes the file, then one streamed PATCH)
  curl     `openssl dgst -sha256` for the hash the portal requires, a POST with tus headers
           and Upload-Metadata, then `curl -T` with the whole file in one PATCH
  tus-js   the same openssl hash, then tus-js-client under Node (a file stream)
The server is our reference portal (artwork-portal-server --demo on a temporary data
directory; every client signs in and sends project, name and sha256 in Upload-Metadata, as
it requires), or @tus/server with its file store (--server tus-node).

Two figures per client:
  transfer     the upload alone: ours from its "sending" line to its "done" line (OPTIONS,
               POST, PATCH); curl its PATCH process; tus-js its Node process
  end to end   everything a user waits for, the SHA-256 included: ours the whole process
               (validation, hash pass, journal, upload); curl and tus-js the openssl run plus
               their processes
The ratios against the targets use end to end; the transfer ratios are printed next to them.
Peak RSS is the client's (the upload process; for curl and tus-js openssl's is far
smaller), CPU is user + system of every process of the client (openssl included), per GB.

  bench/transfer/bench_transfer.py [--server ours|tus-node] [--runs N] [--bytes N]
      [--files N] [--only ours] [--ours-arg ARG]... [BUILD_DIR]     (default: build)

--files N splits the bytes over N files (ours only: for measuring --parallel);
--ours-arg passes an option to `artwork-portal-cli upload` (e.g. --ours-arg=--parallel=1).
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, threading, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser(description="upload benchmark: ours vs curl -T vs tus-js-client")
ap.add_argument("build", nargs="?", default=os.path.join(root, "build"))
ap.add_argument("--server", choices=("ours", "tus-node"), default="ours")
ap.add_argument("--runs", type=int, default=int(os.environ.get("APD_BENCH_RUNS", "2")))
ap.add_argument("--bytes", type=int, default=int(os.environ.get("APD_BENCH_BYTES", str(2 << 30))))
ap.add_argument("--files", type=int, default=1)
ap.add_argument("--only", choices=("ours",))
ap.add_argument("--ours-arg", action="append", default=[])
args = ap.parse_args()

build = os.path.abspath(args.build)
cli = os.path.join(build, "app/artwork-portal-cli")
portal = os.path.join(build, "app/artwork-portal-server")
node_dir = os.path.join(build, "tests/transfer/tus-node")
size = args.bytes
tools = ["ours"] if args.only or args.files > 1 else ["ours", "curl", "tus-js"]

for need in (cli, portal, os.path.join(node_dir, "node_modules")):
    if not os.path.exists(need):
        sys.exit(f"missing {need}: build first and run ctest -R TransferNodeSetup")

# Names the demo project takes: a universal base, then sources of its requests.
NAMES = ["The_Quiet_Harbor#universal-base_na_01_zxx.psd", "The_Quiet_Harbor#character-pose_na_01_zxx.psd",
         "The_Quiet_Harbor#logo-horizontal_dark_01_en.psd", "The_Quiet_Harbor#logo-stacked_light_01_en.psd"]
if args.files > len(NAMES):
    sys.exit(f"--files takes at most {len(NAMES)}")

work = tempfile.mkdtemp(prefix="apd-bench-")
samples = os.path.join(work, "samples")
subprocess.run([cli, "make-samples", samples], check=True, stdout=subprocess.DEVNULL)
with open(os.path.join(samples, NAMES[0]), "rb") as f:
    header = f.read()  # a valid PSD: the validator reads its header, the rest is payload
sources = []
block = os.urandom(1 << 20)
for i in range(args.files):
    path = os.path.join(work, NAMES[i])
    want = size // args.files
    with open(path, "wb") as f:
        f.write(header)
        left = want - len(header)
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n] if i == 0 else bytes([i]) + block[1:n])
            left -= n
    sources.append(path)
shutil.rmtree(samples)
# The sources' dirty pages must be on disk before any timing starts, or the first tool pays
# for the kernel's writeback of the whole file.
os.sync()
src = sources[0]


class Server:
    """A fresh server on an ephemeral port: url (the tus endpoint), token, project."""

    def __init__(self, store):
        self.store = store
        os.makedirs(store, exist_ok=True)
        if args.server == "tus-node":
            self.p = subprocess.Popen(["node", os.path.join(node_dir, "server.js"), "--dir", store],
                                      stdout=subprocess.PIPE, text=True)
            port = int(self.p.stdout.readline().split()[1])
            self.base, self.url, self.token, self.project = f"http://127.0.0.1:{port}", \
                f"http://127.0.0.1:{port}/files", "", "bench"
            return
        self.p = subprocess.Popen([portal, "--data", store, "--demo", "--listen", "127.0.0.1:0"],
                                  stdout=subprocess.PIPE, text=True)
        password = None
        for line in self.p.stdout:
            m = re.search(r"dana\.okafor@lumen\.example\s+password: (\S+)", line)
            if m:
                password = m.group(1)
            m = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
            if m:
                self.base = m.group(1)
                break
        # --demo prints every notification: keep its pipe drained.
        threading.Thread(target=self.p.stdout.read, daemon=True).start()
        req = urllib.request.Request(self.base + "/v1/sessions", method="POST",
                                     data=json.dumps({"email": "dana.okafor@lumen.example",
                                                      "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
        self.token = json.load(urllib.request.urlopen(req))["token"]
        self.url, self.project = self.base + "/v1/uploads", "1"

    def stop(self):
        self.p.terminate()
        self.p.wait()
        shutil.rmtree(self.store, ignore_errors=True)
        os.sync()  # the next tool starts with no writeback of this one pending

    def auth(self):
        return ["-H", f"Authorization: Bearer {self.token}"] if self.token else []


def timed(cmd, env=None, lines=None):
    """Runs cmd under /usr/bin/time -v: (wall s, peak RSS KiB, CPU s, {stdout word: first time}, stdout)."""
    err = tempfile.TemporaryFile(mode="w+")
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env)
    seen, out = {}, []
    for line in p.stdout:
        out.append(line)
        word = line.split(" ", 1)[0]
        seen.setdefault(word, time.monotonic() - t0)
        seen[word + "-last"] = time.monotonic() - t0
    p.wait()
    wall = time.monotonic() - t0
    err.seek(0)
    text = err.read()
    if p.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({p.returncode}):\n{text}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    return wall, rss, user + system, seen, "".join(out)


def sha256(path):
    wall, _, cpu, _, out = timed(["openssl", "dgst", "-sha256", "-r", path])
    return out.split()[0], wall, cpu


def ours(server):
    journal = os.path.join(work, "journal.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(journal + suffix):
            os.remove(journal + suffix)
    cmd = [cli, "upload", "--server", server.base, "--project", server.project, "--journal", journal]
    if args.server == "tus-node":
        cmd += ["--tus-endpoint", server.url]
    env = dict(os.environ, APD_TOKEN=server.token) if server.token else None
    wall, rss, cpu, seen, _ = timed(cmd + args.ours_arg + sources, env)
    if "done-last" not in seen or "sending" not in seen:
        sys.exit(f"ours did not report sending/done: {seen}")
    transfer = seen["done-last"] - seen["sending"]
    return dict(transfer=transfer, hash=seen["sending"], e2e=wall, rss=rss, cpu=cpu)


def metadata(server, digest):
    b64 = lambda s: __import__("base64").b64encode(s.encode()).decode()
    pairs = [("name", os.path.basename(src)), ("sha256", digest)]
    if args.server == "ours":
        pairs.append(("project", server.project))
    return pairs, ",".join(f"{k} {b64(v)}" for k, v in pairs)


def curl(server):
    digest, hash_wall, hash_cpu = sha256(src)
    _, header = metadata(server, digest)
    t0 = time.monotonic()
    created = subprocess.run(["curl", "-sS", "-D", "-", "-o", "/dev/null", "-X", "POST", "-H", "Tus-Resumable: 1.0.0",
                              "-H", f"Upload-Length: {size}", "-H", f"Upload-Metadata: {header}"] + server.auth() +
                             [server.url], capture_output=True, text=True, check=True)
    post = time.monotonic() - t0
    location = re.search(r"(?im)^location:\s*(\S+)", created.stdout).group(1)
    if location.startswith("/"):
        location = server.base + location
    wall, rss, cpu, _, _ = timed(["curl", "-sS", "-f", "-o", "/dev/null", "-X", "PATCH", "-T", src,
                               "-H", "Tus-Resumable: 1.0.0", "-H", "Upload-Offset: 0", "-H", "Expect:",
                               "-H", "Content-Type: application/offset+octet-stream"] + server.auth() + [location])
    return dict(transfer=wall, hash=hash_wall, e2e=hash_wall + post + wall, rss=rss, cpu=cpu + hash_cpu)


def tusjs(server):
    digest, hash_wall, hash_cpu = sha256(src)
    pairs, _ = metadata(server, digest)
    env = dict(os.environ, NODE_PATH=os.path.join(node_dir, "node_modules"), APD_TOKEN=server.token)
    wall, rss, cpu, _, _ = timed(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "tus-js-upload.js"),
                               server.url, src] + [f"{k}={v}" for k, v in pairs], env)
    return dict(transfer=wall, hash=hash_wall, e2e=hash_wall + wall, rss=rss, cpu=cpu + hash_cpu)


FNS = {"ours": ours, "curl": curl, "tus-js": tusjs}
gb = size / 1e9
where = "our portal (artwork-portal-server)" if args.server == "ours" else "@tus/server (file store)"
print(f"file: {size} bytes ({size / (1 << 30):.2f} GiB) in {args.files} file(s) over 127.0.0.1 to {where}; "
      f"ours: {' '.join(args.ours_arg) or 'defaults'}", flush=True)
try:
    for run in range(1, args.runs + 1):
        results = {}
        for name in tools:
            server = Server(os.path.join(work, "store-" + name))
            try:
                results[name] = FNS[name](server)
            finally:
                server.stop()
        print(f"\nrun {run} of {args.runs}")
        print(f"{'client':8} {'transfer s':>10} {'MB/s':>7} {'hash s':>7} {'end-to-end s':>12} {'MB/s':>7} "
              f"{'peak RSS MiB':>12} {'CPU s/GB':>8}")
        for name, r in results.items():
            print(f"{name:8} {r['transfer']:10.2f} {size / r['transfer'] / 1e6:7.1f} {r['hash']:7.2f} "
                  f"{r['e2e']:12.2f} {size / r['e2e'] / 1e6:7.1f} {r['rss'] / 1024:12.1f} {r['cpu'] / gb:8.2f}")
        o = results["ours"]
        for other, target in (("curl", 0.9), ("tus-js", 2.0)):
            if other in results:
                print(f"ours/{other}: {results[other]['e2e'] / o['e2e']:.2f}x end to end (target >= {target}), "
                      f"{results[other]['transfer'] / o['transfer']:.2f}x transfer alone")
        print(f"peak RSS ours: {o['rss'] / 1024:.1f} MiB (target <= 64)", flush=True)
finally:
    shutil.rmtree(work, ignore_errors=True)
