#!/usr/bin/env python3
"""Generates the synthetic exports the benchmark runs on (bench/README.md).

    bench/make_workloads.py OUTDIR [--scale S]

W1  Takeout zip, Records.json of ~450 MB (2M points, a third with activity arrays)
W1r the same 2M points as newer Takeouts write them (Wi-Fi scans, epoch-ms strings), ~1 GB
W2  Meta zip, ~1 GB of messages (mojibake, emails, phones and links in text)
W3  zip of 20,000 small JSON files
W4  zip of 2 GB of media plus 50 MB of JSON (and W4-nomedia: the same without media)
W5  Discord-style JSON Lines event log of ~1 GB (in a zip)
--scale shrinks every workload (0.1 = a tenth) for a quick run. Output is deterministic.
"""
import argparse, json, os, random, zipfile

def jackson(value, indent=0):
    """Google's Takeout JSON layout (Jackson's pretty printer): `"key" : value`, two-space
    indents and `}, {` between array elements, so whitespace is as common as in a real file."""
    pad = "  " * indent
    if isinstance(value, dict):
        inner = ",\n".join('%s  %s : %s' % (pad, json.dumps(k), jackson(v, indent + 1)) for k, v in value.items())
        return "{\n%s\n%s}" % (inner, pad)
    if isinstance(value, list):
        return "[ " + ", ".join(jackson(v, indent) for v in value) + " ]"
    return json.dumps(value)

def records_json(path, points):
    rnd = random.Random(1)
    with open(path, "w") as f:
        f.write('{\n  "locations" : [ ')
        for i in range(points):
            ms = 1_600_000_000_000 + i * 30_000 + rnd.randint(0, 999)
            ts = "%s.%03dZ" % (__import__("datetime").datetime.utcfromtimestamp(ms // 1000).isoformat(), ms % 1000)
            rec = {"latitudeE7": 480000000 + rnd.randint(0, 9999999), "longitudeE7": 20000000 + rnd.randint(0, 9999999),
                   "accuracy": rnd.randint(3, 50)}
            if i % 3 == 0:
                rec["activity"] = [{"activity": [{"type": "STILL", "confidence": rnd.randint(50, 100)},
                                                 {"type": "IN_VEHICLE", "confidence": rnd.randint(0, 30)}],
                                    "timestamp": ts}]
            rec.update({"source": rnd.choice(["WIFI", "GPS", "CELL"]), "deviceTag": 123456789, "timestamp": ts})
            f.write(("" if i == 0 else ", ") + jackson(rec, 1))
        f.write(" ]\n}\n")

def records_json_rich(path, points):
    """Records.json as newer Takeouts write it: epoch-ms "timestampMs" strings, velocity
    and altitude on half the points, activity on a third, Wi-Fi scans with MAC addresses
    on a quarter, and device fields on every point."""
    rnd = random.Random(5)
    with open(path, "w") as f:
        f.write('{\n  "locations" : [ ')
        for i in range(points):
            ms = 1_500_000_000_000 + i * 20_000 + rnd.randint(0, 999)
            rec = {"timestampMs": str(ms), "latitudeE7": 480000000 + rnd.randint(0, 9999999),
                   "longitudeE7": 20000000 + rnd.randint(0, 9999999), "accuracy": rnd.randint(3, 50)}
            if i % 2 == 0:
                rec.update({"velocity": rnd.randint(0, 30), "heading": rnd.randint(0, 359),
                            "altitude": rnd.randint(100, 500), "verticalAccuracy": rnd.randint(1, 20)})
            if i % 3 == 0:
                rec["activity"] = [{"timestampMs": str(ms), "activity": [{"type": t, "confidence": rnd.randint(0, 100)}
                                                                         for t in ["STILL", "ON_FOOT", "WALKING", "UNKNOWN"]]}]
            if i % 4 == 0:
                rec["activeWifiScan"] = {"accessPoints": [{"mac": str(rnd.randint(10**13, 10**14)), "strength": -rnd.randint(30, 90),
                                                           "frequencyMhz": rnd.choice([2412, 5180])} for _ in range(rnd.randint(1, 6))]}
            rec.update({"source": rnd.choice(["WIFI", "GPS", "CELL"]), "deviceTag": 123456789, "platformType": "ANDROID",
                        "batteryCharging": rnd.random() < 0.2, "formFactor": "PHONE"})
            f.write(("" if i == 0 else ", ") + jackson(rec, 1))
        f.write(" ]\n}\n")

def zip_dir(src, out, compress=zipfile.ZIP_DEFLATED, stored_exts=()):
    with zipfile.ZipFile(out, "w", compress, allowZip64=True) as z:
        for root, _, files in sorted(os.walk(src)):
            for name in sorted(files):
                full = os.path.join(root, name)
                method = zipfile.ZIP_STORED if name.endswith(stored_exts) else compress
                z.write(full, os.path.relpath(full, src), compress_type=method)

def mojibake(s):
    return s.encode("utf-8").decode("latin-1")

def w1(out, tmp, scale):
    d = os.path.join(tmp, "w1", "Takeout", "Location History (Timeline)")
    os.makedirs(d, exist_ok=True)
    records_json(os.path.join(d, "Records.json"), int(2_000_000 * scale))
    zip_dir(os.path.join(tmp, "w1"), os.path.join(out, "W1-takeout-records.zip"))

def w1_rich(out, tmp, scale):
    d = os.path.join(tmp, "w1r", "Takeout", "Location History")
    os.makedirs(d, exist_ok=True)
    records_json_rich(os.path.join(d, "Records.json"), int(2_000_000 * scale))
    zip_dir(os.path.join(tmp, "w1r"), os.path.join(out, "W1r-takeout-records-rich.zip"))

def w2(out, tmp, scale):
    rnd = random.Random(2)
    base = os.path.join(tmp, "w2", "your_facebook_activity", "messages", "inbox")
    words = "meet café tomorrow Renée Müller call me at +44 20 7946 0958 or mail jane@example.org see https://example.com/x".split()
    target, written, thread = int(1_000_000_000 * scale), 0, 0
    while written < target:
        d = os.path.join(base, "thread_%05d" % thread)
        os.makedirs(d, exist_ok=True)
        msgs = [{"sender_name": mojibake("Renée Müller"), "timestamp_ms": 1_600_000_000_000 + i * 1000,
                 "content": mojibake(" ".join(rnd.choice(words) for _ in range(40)))} for i in range(5000)]
        text = json.dumps({"participants": [{"name": mojibake("Renée Müller")}, {"name": "Jane Doe"}], "messages": msgs})
        with open(os.path.join(d, "message_1.json"), "w") as f:
            f.write(text)
        written += len(text)
        thread += 1
    zip_dir(os.path.join(tmp, "w2"), os.path.join(out, "W2-meta-messages.zip"))

def w3(out, tmp, scale):
    path = os.path.join(out, "W3-small-files.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(int(20_000 * scale)):
            rec = {"id": i, "email": "user%d@example.org" % i, "ip_address": "192.0.2.%d" % (i % 250),
                   "timestamp": 1_600_000_000 + i, "interests": ["Cycling", "Jazz"]}
            z.writestr("records/%03d/item_%05d.json" % (i % 100, i), json.dumps(rec))

def w4(out, tmp, scale):
    rnd = random.Random(4)
    for name, with_media in (("W4-media.zip", True), ("W4-nomedia.zip", False)):
        with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            for i in range(50):
                rows = [{"ip": "198.51.100.%d" % (j % 250), "time": 1_600_000_000 + j, "query": "search %d" % j}
                        for j in range(int(10_000 * scale) or 1)]
                z.writestr("activity/log_%02d.json" % i, json.dumps(rows))
            if with_media:
                block = rnd.randbytes(1 << 20)
                for i in range(int(2048 * scale)):  # 1 MiB each, deflated (as some exports do)
                    z.writestr("photos/IMG_%05d.jpg" % i, block[i % 7:] + block[:i % 7])

def w5(out, tmp, scale):
    d = os.path.join(tmp, "w5", "activity", "analytics")
    os.makedirs(d, exist_ok=True)
    rnd = random.Random(5)
    target, written = int(1_000_000_000 * scale), 0
    with open(os.path.join(d, "events-2024-00000-of-00001.json"), "w") as f:
        i = 0
        while written < target:
            line = json.dumps({"event_type": rnd.choice(["app_opened", "guild_viewed", "message_sent"]),
                               "event_id": "%016x" % rnd.getrandbits(64), "user_id": "80351110224678912",
                               "ip": "203.0.113.%d" % (i % 250), "city": "Berlin", "region_code": "BE",
                               "country_code": "DE", "os": "Linux", "browser": "Firefox", "device": "desktop",
                               "timestamp": "\"2024-01-%02dT10:00:00.000Z\"" % (1 + i % 28)}) + "\n"
            f.write(line)
            written += len(line)
            i += 1
    zip_dir(os.path.join(tmp, "w5"), os.path.join(out, "W5-discord-events.zip"))

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("outdir")
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--only", default="W1,W1r,W2,W3,W4,W5")
    a = p.parse_args()
    tmp = os.path.join(a.outdir, "tmp")
    os.makedirs(tmp, exist_ok=True)
    for w in a.only.split(","):
        {"W1": w1, "W1r": w1_rich, "W2": w2, "W3": w3, "W4": w4, "W5": w5}[w](a.outdir, tmp, a.scale)
        print("made", w, flush=True)
    __import__("shutil").rmtree(tmp)

if __name__ == "__main__":
    main()
