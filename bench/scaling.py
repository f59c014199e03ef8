#!/usr/bin/python3
"""Scaling harness for hostile input (issue 16): time and peak RSS per doubling.

For each hostile shape it writes inputs of sizes N, 2N, 4N and 8N into a temporary
folder, runs the release binary on each (`-q --format json`, report to /dev/null), and
prints wall seconds, peak RSS (wait4's ru_maxrss) and the growth factor per doubling.
A linear reader shows a time factor near 2 (under 2.5); a bounded one shows RSS flat
once the size is past its limit.

  /usr/bin/python3 bench/scaling.py build/dataaudit                 # every shape
  /usr/bin/python3 bench/scaling.py build/dataaudit --only mbox,csv  # shapes whose name has mbox or csv
  /usr/bin/python3 bench/scaling.py build/dataaudit --scale 0.5      # smaller N

The archive shapes (overlapping zip entries, a skipped member of zeros in a tar.bz2,
nested archives) are measured too; `-o` shapes are not (they are about safety, not cost).
Inputs are synthetic: no real data, and the planted "secrets" are made up.
"""

import argparse
import bz2
import io
import os
import signal
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib

KIB = 1024
MIB = 1024 * KIB


# --- document shapes: each writes one file of "size" units and returns its path ------------

def mbox_encoded_word(folder, n):
    """A Subject of n bytes of `=?a?B?x` with no `?=` (was quadratic)."""
    path = os.path.join(folder, f"mail-{n}.mbox")
    word = b"=?a?B?x"
    with open(path, "wb") as f:
        f.write(b"From a@example.com Tue Aug 05 08:00:23 +0000 2008\nFrom: a@example.com\nSubject: ")
        f.write(word * (n // len(word)))
        f.write(b"\n\nbody\n")
    return path


def folded_lines(begin, prop, end):
    def make(folder, n):
        """One logical line folded n times, each fold ending '=', with no ':' to end the
        search for its parameters (each fold rescanned the whole line: quadratic)."""
        path = os.path.join(folder, f"folds-{n}.{begin}")
        with open(path, "wb") as f:
            f.write(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" if begin == "ics" else b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
            f.write(prop + b"a=")
            f.write(b"\r\n a=" * n)
            f.write(b"\r\n" + end)
        return path
    return make


def html_attributes(folder, n):
    """One element with n attributes (was quadratic in libxml2's duplicate check)."""
    path = os.path.join(folder, f"attrs-{n}.html")
    with open(path, "wb") as f:
        f.write(b"<html><body><div")
        for i in range(n):
            f.write(b" a%d=1" % i)
        f.write(b">Email: jane@example.com</div></body></html>\n")
    return path


def html_comment(folder, n):
    """An unclosed comment of n bytes (libxml2 buffered all of it)."""
    path = os.path.join(folder, f"comment-{n}.html")
    with open(path, "wb") as f:
        f.write(b"<html><body><p>Email: jane@example.com</p><!--")
        block = b"x" * MIB
        for _ in range(n // MIB):
            f.write(block)
    return path


def html_attribute_value(folder, n):
    """An attribute value of n bytes (libxml2 buffered it, then copied it)."""
    path = os.path.join(folder, f"attrvalue-{n}.html")
    with open(path, "wb") as f:
        f.write(b'<html><body><a href="https://example.com/')
        block = b"x" * MIB
        for _ in range(n // MIB):
            f.write(block)
        f.write(b'">link</a></body></html>\n')
    return path


def csv_commas(folder, n):
    """A first line of n commas (about 120 bytes of memory per column)."""
    path = os.path.join(folder, f"commas-{n}.csv")
    with open(path, "wb") as f:
        f.write(b"," * n + b"\n" + b"a,b\n")
    return path


def json_label_frames(folder, n):
    """n nested Meta label/value objects, each with a 256 KiB label (each frame held its label)."""
    path = os.path.join(folder, f"labels-{n}.json")
    label = b"L" * (256 * KIB)
    with open(path, "wb") as f:
        for _ in range(n):
            f.write(b'{"label":"' + label + b'","dict":')
        f.write(b'"x"' + b"}" * n)
    return path


def json_path_growth(folder, n):
    """n nested objects with 4 KiB keys and a value at each level: paths of n x 4 KiB."""
    path = os.path.join(folder, f"paths-{n}.json")
    with open(path, "wb") as f:
        for i in range(n):
            key = (b"k%d-" % i) + b"k" * (4 * KIB)
            f.write(b'{"v":"1","' + key + b'":')
        f.write(b'"x"' + b"}" * n)
    return path


def json_context_tokens(folder, n):
    """n distinct 64 KiB keys made of short words (each key was kept and tokenised whole)."""
    path = os.path.join(folder, f"tokens-{n}.json")
    words = b" ".join(b"w%d" % i for i in range(12000))[: 64 * KIB]
    with open(path, "wb") as f:
        f.write(b"{")
        for i in range(n):
            f.write(b'%s"%d %s":"v"' % (b"," if i else b"", i, words))
        f.write(b"}")
    return path


def json_many_fields(folder, n):
    """One file with n distinct fields."""
    path = os.path.join(folder, f"fields-{n}.json")
    with open(path, "wb") as f:
        f.write(b"[")
        for i in range(n):
            f.write(b'%s{"field_%d":"value %d"}' % (b"," if i else b"", i, i))
        f.write(b"]")
    return path


def text_long_line(folder, n):
    """One text line of n bytes with no line break."""
    path = os.path.join(folder, f"line-{n}.txt")
    with open(path, "wb") as f:
        f.write(b"Email: ")
        block = b"x" * MIB
        for _ in range(n // MIB):
            f.write(block)
    return path


def text_many_labels(folder, n):
    """n distinct "Label i: value" lines."""
    path = os.path.join(folder, f"labels-{n}.txt")
    with open(path, "wb") as f:
        for i in range(n):
            f.write(b"Label %d: value %d\n" % (i, i))
    return path


# --- archive shapes (fixed on another branch; reported here) -------------------------------

def zip_overlap(folder, n):
    """n central-directory entries that all point at one local header of 100 MiB of zeros."""
    path = os.path.join(folder, f"overlap-{n}.zip")
    data = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = data.compress(b"\0" * (100 * MIB)) + data.flush()
    crc = zlib.crc32(b"\0" * (100 * MIB))
    name = b"a.json"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(raw), 100 * MIB, len(name), 0) + name
    central = io.BytesIO()
    for i in range(n):
        entry = b"m%d.json" % i
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(raw),
                                  100 * MIB, len(entry), 0, 0, 0, 0, 0, 0) + entry)
    cd = central.getvalue()
    offset = len(local) + len(raw)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(cd), offset, 0)
    with open(path, "wb") as f:
        f.write(local + raw + cd + end)
    return path


def tar_bz2_skipped_zeros(folder, n):
    """A tar.bz2 whose skipped media member is n MiB of zeros, then a small JSON member."""
    path = os.path.join(folder, f"zeros-{n}.tar.bz2")
    with open(path, "wb") as out:
        comp = bz2.BZ2Compressor(9)
        header = tarfile.TarInfo("media/video.mp4")
        header.size = n * MIB
        out.write(comp.compress(header.tobuf(tarfile.GNU_FORMAT)))
        block = b"\0" * MIB
        for _ in range(n):
            out.write(comp.compress(block))
        body = b'{"email":"jane@example.com"}'
        info = tarfile.TarInfo("data.json")
        info.size = len(body)
        out.write(comp.compress(info.tobuf(tarfile.GNU_FORMAT) + body + b"\0" * (512 - len(body) % 512)))
        out.write(comp.compress(b"\0" * 1024))
        out.write(comp.flush())
    return path


def nested_archives(folder, n):
    """A zip holding a zip holding a zip whose member is n MiB of JSON-ish text."""
    path = os.path.join(folder, f"nested-{n}.zip")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.json", b'{"email":"jane@example.com","pad":"' + b"x" * (n * MIB) + b'"}')
    blob = inner.getvalue()
    for level in range(2):
        outer = io.BytesIO()
        with zipfile.ZipFile(outer, "w", zipfile.ZIP_STORED) as z:
            z.writestr(f"level{level}.zip", blob)
        blob = outer.getvalue()
    with open(path, "wb") as f:
        f.write(blob)
    return path


# name, reader, generator, N, unit
SHAPES = [
    ("mbox-encoded-word", "mbox", mbox_encoded_word, 128 * KIB, "bytes"),
    ("ics-folds", "ics", folded_lines("ics", b"DESCRIPTION;X=", b"END:VEVENT\r\nEND:VCALENDAR\r\n"), 25000, "folds"),
    ("vcf-folds", "vcard", folded_lines("vcf", b"NOTE;X=", b"END:VCARD\r\n"), 25000, "folds"),
    ("html-attributes", "html", html_attributes, 25000, "attrs"),
    ("html-comment", "html", html_comment, 16 * MIB, "bytes"),
    ("html-attribute-value", "html", html_attribute_value, 16 * MIB, "bytes"),
    ("csv-commas", "csv", csv_commas, 1 * MIB, "commas"),
    ("json-label-frames", "json", json_label_frames, 64, "frames"),
    ("json-path-growth", "json", json_path_growth, 64, "levels"),
    ("json-context-tokens", "json", json_context_tokens, 250, "keys"),
    ("json-many-fields", "json", json_many_fields, 37500, "fields"),
    ("text-long-line", "text", text_long_line, 16 * MIB, "bytes"),
    ("text-many-labels", "text", text_many_labels, 37500, "labels"),
    ("zip-overlap", "zip", zip_overlap, 375, "entries"),
    ("tar-bz2-skipped-zeros", "tar.bz2", tar_bz2_skipped_zeros, 256, "MiB"),
    ("nested-archives", "zip", nested_archives, 8, "MiB"),
]


def run(binary, path, timeout):
    """Runs the binary on one input under /usr/bin/time; returns (seconds, peak RSS in MB,
    exit status). Peak RSS comes from /usr/bin/time, not from this process's wait4: Linux
    carries the RSS high-water mark of the forking process (Python, holding the input it
    just generated) over into the child's ru_maxrss."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats, open(os.devnull, "wb") as null:
        start = time.monotonic()
        proc = subprocess.Popen(["/usr/bin/time", "-o", stats.name, "-f", "%M %x",
                                 binary, "-q", "--format", "json", path],
                                stdout=null, stderr=null, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return time.monotonic() - start, 0.0, "timeout"
        seconds = time.monotonic() - start
        fields = stats.read().split()
    if len(fields) < 2:
        return seconds, 0.0, f"signal/{proc.returncode}"
    return seconds, int(fields[-2]) / 1024, fields[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--only", default="", help="comma-separated substrings of shape names")
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every N")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args()
    wanted = [w for w in args.only.split(",") if w]
    binary = os.path.abspath(args.binary)
    print(f"{'shape':24} {'reader':8} {'size':>12} {'unit':7} {'file_mb':>8} {'wall_s':>8} {'rss_mb':>7} "
          f"{'x_time':>6} {'x_rss':>6} exit")
    with tempfile.TemporaryDirectory(prefix="dataaudit-scaling-") as folder:
        for name, reader, make, base, unit in SHAPES:
            if wanted and not any(w in name for w in wanted):
                continue
            previous = None
            for k in range(4):
                n = max(1, int(base * args.scale)) * (2 ** k)
                path = make(folder, n)
                file_mb = os.path.getsize(path) / MIB
                seconds, rss, code = run(binary, path, args.timeout)
                os.remove(path)
                growth_t = f"{seconds / previous[0]:.2f}" if previous and previous[0] > 0 else "-"
                growth_r = f"{rss / previous[1]:.2f}" if previous and previous[1] > 0 else "-"
                print(f"{name:24} {reader:8} {n:12d} {unit:7} {file_mb:8.1f} {seconds:8.3f} {rss:7.0f} "
                      f"{growth_t:>6} {growth_r:>6} {code}", flush=True)
                previous = (seconds, rss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
