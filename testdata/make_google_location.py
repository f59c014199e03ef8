#!/usr/bin/env python3
"""Writes the synthetic Google location-history files of the google-takeout-* fixtures.

Run once from the repository root: python3 testdata/make_google_location.py
The output is committed; this script only documents how it was made (deterministic:
same output on every run). Points walk between public London/Berlin/Madrid landmarks.

  google-takeout-en  Records.json, 250 points, ISO "timestamp", 2023-03-01T07:00:00.000Z
                     every 15 minutes to 2023-03-03T21:15:00.000Z
  google-takeout-de  takeout-20240201T101500Z-001.zip/Takeout/Standortverlauf/Records.json,
                     40 points, 2022-12-01T06:00:00.000Z every 30 minutes to
                     2022-12-02T01:30:00.000Z
  google-takeout-es  takeout-20240301T090000Z-001.zip/Takeout/Historial de ubicaciones/
                     Historial de ubicaciones.json (pre-2020 form), 30 points, epoch-ms
                     "timestampMs" strings, every 20 minutes from 2019-06-01T08:00:00Z
                     (1559376000000) to 2019-06-01T17:40:00Z (1559410800000)
A "<name>.zip/" folder is packed as a nested zip by tools/make_fixture, like the zip that
Google delivers; it also keeps non-ASCII member names out of the packed tar.gz.
"""
import datetime as dt
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "exports")

# (latitude, longitude) of public landmarks.
LONDON = [(51.5007292, -0.1246254), (51.5033640, -0.1276250), (51.5081124, -0.0759493),
          (51.5194133, -0.1269566), (51.5138453, -0.0983506)]
BERLIN = [(52.5162746, 13.3777041), (52.5186202, 13.3761872), (52.5200066, 13.4049540)]
MADRID = [(40.4152606, -3.6844995), (40.4168000, -3.7038000), (40.4138000, -3.6921000)]
SOURCES = ["WIFI", "GPS", "CELL"]
ACTIVITIES = [("STILL", 92), ("ON_FOOT", 61), ("IN_VEHICLE", 74), ("WALKING", 55)]


def e7(deg):
    return int(round(deg * 1e7))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def point(places, i, n):
    a = places[i % len(places)]
    b = places[(i + 1) % len(places)]
    f = (i % 7) / 7.0
    return a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f


def records(places, start, step_minutes, count, device_tag):
    out = []
    for i in range(count):
        t = start + dt.timedelta(minutes=step_minutes * i)
        lat, lng = point(places, i, count)
        rec = {
            "latitudeE7": e7(lat),
            "longitudeE7": e7(lng),
            "accuracy": 10 + (i * 7) % 40,
            "source": SOURCES[i % 3],
            "deviceTag": device_tag,
            "platformType": "ANDROID",
            "formFactor": "PHONE",
            "timestamp": iso(t),
        }
        if i % 5 == 2:
            rec["altitude"] = 20 + i % 30
            rec["verticalAccuracy"] = 3
        if i % 9 == 4:
            rec["velocity"] = 1 + i % 4
            rec["heading"] = (i * 37) % 360
        if 0 < i < count - 1 and i % 4 == 1:
            kind, conf = ACTIVITIES[i % 4]
            rec["activity"] = [{"activity": [{"type": kind, "confidence": conf},
                                             {"type": "UNKNOWN", "confidence": 100 - conf}],
                                "timestamp": iso(t + dt.timedelta(seconds=30))}]
        out.append(rec)
    return {"locations": out}


def legacy(places, start, step_minutes, count):
    out = []
    for i in range(count):
        t = start + dt.timedelta(minutes=step_minutes * i)
        lat, lng = point(places, i, count)
        rec = {"timestampMs": str(int(t.timestamp() * 1000)), "latitudeE7": e7(lat),
               "longitudeE7": e7(lng), "accuracy": 12 + i % 20}
        if 0 < i < count - 1 and i % 6 == 3:
            rec["activity"] = [{"timestampMs": str(int(t.timestamp() * 1000) + 15000),
                                "activity": [{"type": "STILL", "confidence": 80}]}]
        out.append(rec)
    return {"locations": out}


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


utc = dt.timezone.utc
write("google-takeout-en/Takeout/Location History (Timeline)/Records.json",
      records(LONDON, dt.datetime(2023, 3, 1, 7, 0, tzinfo=utc), 15, 250, 1502361824))
write("google-takeout-de/takeout-20240201T101500Z-001.zip/Takeout/Standortverlauf/Records.json",
      records(BERLIN, dt.datetime(2022, 12, 1, 6, 0, tzinfo=utc), 30, 40, -734125510))
write("google-takeout-es/takeout-20240301T090000Z-001.zip/Takeout/Historial de ubicaciones/"
      "Historial de ubicaciones.json",
      legacy(MADRID, dt.datetime(2019, 6, 1, 8, 0, tzinfo=utc), 20, 30))
