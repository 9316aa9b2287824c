#!/usr/bin/env python3
"""Load on `kehoach-lint serve`, on loopback only, bounded in count and time (see load.sh).

1. A realistic ~40-page plan: a bundled good five-year plan whose body paragraphs are
   repeated (headings, tables and numbering kept, so its structure stays a plan's).
2. 500 uploads of it to POST /check, 8 at a time: p50/p95 latency and throughput; RSS
   before and after, and the same over 500 POST /api/check (which keeps nothing).
3. 50 simultaneous 40 MB uploads (45 under the limit, 5 over it): no crash, peak RSS,
   how many 200/413/503.
"""
import argparse
import copy
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import docx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "Fixtures/docx/good/ke-hoach-5-nam-2021-2025.docx")
HOST = "127.0.0.1"  # loopback only
BOUNDARY = "----kehoachlintload"


def forty_page_plan(path, copies):
    document = docx.Document(SOURCE)
    for paragraph in list(document.paragraphs):
        if paragraph.style.name in ("Body Text", "First Paragraph", "Compact"):
            for _ in range(copies):
                paragraph._p.addnext(copy.deepcopy(paragraph._p))
    document.save(path)


def with_scan(plan, path, size):
    """The plan with a scanned annex: an incompressible image part of about `size` bytes."""
    shutil.copy(plan, path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as package:
        package.writestr("word/media/scan-phu-luc.png", b"\x89PNG\r\n\x1a\n" + random.randbytes(size - os.path.getsize(plan) - 8))


def page_count(path, work):
    if not shutil.which("libreoffice"):
        return None
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", work, path], capture_output=True, timeout=180)
    pdf = os.path.join(work, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout if shutil.which("pdfinfo") else ""
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def multipart(name, data):
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n").encode()
    return head + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def post(port, path, body, timeout=180):
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except (ConnectionError, OSError) as error:
        status = type(error).__name__
    finally:
        connection.close()
    return status, (time.perf_counter() - started) * 1000


def rss(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields


def cpu_seconds(pid):
    """User + system CPU time of the server so far (a figure other load on the machine does not inflate)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_batch(port, path, body, count, concurrency):
    with ThreadPoolExecutor(concurrency) as pool:
        started = time.perf_counter()
        results = list(pool.map(lambda _: post(port, path, body), range(count)))
        elapsed = time.perf_counter() - started
    return results, elapsed


def counts(results):
    tally = {}
    for status, _ in results:
        tally[str(status)] = tally.get(str(status), 0) + 1
    return tally


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/kehoach-lint"))
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--flood", type=int, default=50)
    arguments = parser.parse_args()
    signal.alarm(900)  # bounded in time whatever happens
    work = tempfile.mkdtemp(prefix="kehoach-load-")
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([arguments.binary, "serve", "--host", HOST, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        plan = os.path.join(work, "ke-hoach-40-trang.docx")
        forty_page_plan(plan, copies=2)
        pages = page_count(plan, work)
        body = multipart("ke-hoach-40-trang.docx", open(plan, "rb").read())
        print(f"plan: {os.path.getsize(plan) / 1024:.0f} KB, {pages or '?'} pages (LibreOffice)")
        for _ in range(100):
            try:
                socket.create_connection((HOST, port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)

        for path in ("/check", "/api/check"):
            run_batch(port, path, body, 20, 2)  # warm-up
            before = rss(server.pid)
            cpu_before = cpu_seconds(server.pid)
            results, elapsed = run_batch(port, path, body, arguments.requests, arguments.concurrency)
            cpu = cpu_seconds(server.pid) - cpu_before
            time.sleep(1)
            after = rss(server.pid)
            latencies = [ms for status, ms in results if status == 200]
            print(f"POST {path}: {arguments.requests} uploads, {arguments.concurrency} at a time: {counts(results)}")
            print(f"  p50 {percentile(latencies, .5):.0f} ms, p95 {percentile(latencies, .95):.0f} ms, "
                  f"max {max(latencies):.0f} ms; {len(results) / elapsed:.1f} requests/s over {elapsed:.1f} s; "
                  f"server CPU {cpu * 1000 / len(results):.0f} ms per request; load average {os.getloadavg()[0]:.1f} "
                  f"on {os.cpu_count()} cores")
            print(f"  RSS before {before['VmRSS']:.1f} MB, after {after['VmRSS']:.1f} MB "
                  f"(growth {after['VmRSS'] - before['VmRSS']:+.1f} MB)")

        big = os.path.join(work, "ke-hoach-40mb.docx")
        huge = os.path.join(work, "ke-hoach-60mb.docx")
        with_scan(plan, big, 40 * 1024 * 1024)
        with_scan(plan, huge, 60 * 1024 * 1024)
        bodies = [multipart("ke-hoach-40mb.docx", open(big, "rb").read()), multipart("ke-hoach-60mb.docx", open(huge, "rb").read())]
        peak = {"rss": rss(server.pid)["VmRSS"]}
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                try:
                    peak["rss"] = max(peak["rss"], rss(server.pid)["VmRSS"])
                except OSError:
                    return
                time.sleep(0.02)

        sampler = threading.Thread(target=sample)
        sampler.start()
        flood = [bodies[1] if index % 10 == 9 else bodies[0] for index in range(arguments.flood)]
        with ThreadPoolExecutor(arguments.flood) as pool:
            started = time.perf_counter()
            results = list(pool.map(lambda payload: post(port, "/check", payload), flood))
            elapsed = time.perf_counter() - started
        stop.set()
        sampler.join()
        over = sum(1 for payload in flood if payload is bodies[1])
        alive = server.poll() is None
        print(f"flood: {arguments.flood} simultaneous uploads ({arguments.flood - over} × 40 MB, {over} × 60 MB over the 50 MB limit) "
              f"in {elapsed:.1f} s: {counts(results)}; server {'alive' if alive else 'DEAD'}")
        print(f"  peak RSS {peak['rss']:.1f} MB (sampled every 20 ms); VmHWM {rss(server.pid)['VmHWM']:.1f} MB")
        with urllib_get(port, "/healthz") as health:
            print(f"  /healthz after the flood: {health}")
        if not alive:
            sys.exit(1)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


class urllib_get:
    def __init__(self, port, path):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=10)
        self.connection.request("GET", path)
        self.body = self.connection.getresponse().read().decode()

    def __enter__(self):
        return self.body

    def __exit__(self, *_):
        self.connection.close()


if __name__ == "__main__":
    main()
