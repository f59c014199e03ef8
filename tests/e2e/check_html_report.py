#!/usr/bin/python3
"""Opens the HTML report of every synthetic fixture in headless Chromium and checks it.

    check_html_report.py DATAAUDIT FIXTURES_DIR SOURCE_DIR WORK_DIR

For each FIXTURES_DIR/<case>.zip it writes the HTML report twice (redacted, and with
--show-values) and the JSON report with --show-values, loads each page from disk in
headless Chromium (Debian's chromium, chromium-driver and python3-selenium) and checks:
  * no console message of level SEVERE (a script error, a Content-Security-Policy
    violation, a failed load);
  * no network request attempted: the browser's performance log holds no request but
    the page itself;
  * the map has one mark per distinct position: as many circles as the gps_points
    headline of the JSON report counts (the map's finest grid is the headline's, and
    no fixture has 20,000 positions);
  * the timeline spans the fixture's dates: its first period holds the first date of the
    report's dated fields (timestamps aside, which date other fields), its last period
    lies between the latest first and last date of a field (a record counts at its
    earliest time), and both have a bar;
  * the value tables hold the planted values: every value of testdata/expected/
    <case>-secrets.txt that a field of the JSON report holds as a whole value is in the
    shown page's table of that field's kind; the redacted page holds none of the
    secrets in full, and each of its value cells is a redacted form (has a mask dot).
Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (no Chromium, chromedriver or
selenium installed).
"""
import datetime
import glob
import json
import os
import subprocess
import sys

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DOT = "\u2022"


def skip(why):
    print("SKIP: " + why + " (apt-get install chromium chromium-driver python3-selenium)")
    sys.exit(77)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    skip("python3-selenium is not installed")


def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            skip(path + " is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def run(dataaudit, *args):
    result = subprocess.run([dataaudit, "--color", "never", "-q", *args], capture_output=True)
    if result.returncode not in (0, 1):
        raise RuntimeError("%s %s: exit %d: %s" % (dataaudit, " ".join(args), result.returncode,
                                                   result.stderr.decode(errors="replace")))


def secrets_of(source, case):
    path = os.path.join(source, "testdata", "expected", case + "-secrets.txt")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def period_start(date, unit):
    day = datetime.date.fromisoformat(date[:10])
    if unit == "week":
        return day - datetime.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


class Page:
    """One report loaded in the browser, with what it logged."""

    def __init__(self, driver, path):
        self.driver = driver
        self.url = "file://" + os.path.abspath(path)
        driver.get_log("browser")  # empty the logs of the page before
        driver.get_log("performance")
        driver.get(self.url)
        self.console = driver.get_log("browser")
        self.requests = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])

    def all(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)


def check_loads(page, failures, name):
    for entry in page.console:
        if entry["level"] == "SEVERE":
            failures.append("%s: console error: %s" % (name, entry["message"]))
    for url in page.requests:
        if url != page.url:
            failures.append("%s: network request attempted: %s" % (name, url))


def check_map(page, report, failures, name):
    headline = [h for h in report["headlines"] if h["id"] == "gps_points"]
    expected = headline[0]["count"] if headline else 0
    marks = page.all("svg.map circle.mark")
    if len(marks) != expected:
        failures.append("%s: %d map marks, but %d distinct positions" % (name, len(marks), expected))
    return expected


def check_timeline(page, report, failures, name):
    dates = [(f["first_seen"], f["last_seen"]) for f in report["fields"]
             if f["first_seen"] and f["kind"] != "timestamp"]
    charts = page.all("svg.timeline")
    if not dates:
        if charts:
            failures.append("%s: a timeline without dated fields" % name)
        return None
    if not charts:
        failures.append("%s: no timeline, but fields dated %s..%s" % (name, dates[0][0], dates[0][1]))
        return None
    # A record counts at its earliest time, and a field spans its records' times: the
    # first period is that of the earliest first_seen; the last lies between the periods
    # of the latest first_seen and the latest last_seen.
    unit = charts[0].get_attribute("data-unit")
    first = str(period_start(min(d[0] for d in dates), unit))
    last_low = str(period_start(max(d[0] for d in dates), unit))
    last_high = str(period_start(max(d[1] for d in dates), unit))
    shown_first, shown_last = charts[0].get_attribute("data-first"), charts[0].get_attribute("data-last")
    if shown_first != first or not last_low <= shown_last <= last_high:
        failures.append("%s: timeline spans %s..%s, the dated fields %s..%s-%s (by %s)" %
                        (name, shown_first, shown_last, first, last_low, last_high, unit))
    periods = [bar.get_attribute("data-period") for chart in charts for bar in chart.find_elements(By.CSS_SELECTOR, "rect.bar")]
    if first not in periods or shown_last not in periods:
        failures.append("%s: no bar in the first (%s) or last (%s) period" % (name, first, shown_last))
    return "%s..%s" % (shown_first, shown_last)


def value_cells(page):
    """Kind -> the texts of its value cells."""
    cells = {}
    for table in page.all("table.values"):
        kind = table.get_attribute("data-kind")
        cells.setdefault(kind, []).extend(c.text for c in table.find_elements(By.CSS_SELECTOR, "td.value"))
    return cells


def check_redacted(page, secrets, failures, name):
    """The loaded redacted page: no secret in full, every value cell masked."""
    for kind, cells in value_cells(page).items():
        for cell in cells:
            if DOT not in cell:
                failures.append("%s: value %r of %s is not redacted" % (name, cell, kind))
    source = page.driver.page_source
    for secret in secrets:
        if secret in source:
            failures.append("%s: %r in full in the redacted page" % (name, secret))


def check_values_shown(page, report, secrets, failures, name):
    """Every secret a field holds as a whole value is in its kind's value table."""
    planted = 0
    cells = value_cells(page)
    for secret in secrets:
        holders = [f for f in report["fields"] if any(v["value"] == secret for v in f["top_values"])]
        if not holders:
            continue  # written inside longer text, or beyond a field's top values
        planted += 1
        kinds = {f["kind"] for f in holders}
        if not any(secret == cell or cell.startswith(secret + " ") for kind in kinds for cell in cells.get(kind, [])):
            failures.append("%s: planted %r (%s) is not in the value tables" % (name, secret, ", ".join(sorted(kinds))))
    return planted


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    dataaudit, fixtures, source, work = sys.argv[1:]
    work = os.path.join(work, "html")
    os.makedirs(work, exist_ok=True)
    zips = sorted(glob.glob(os.path.join(fixtures, "*.zip")))
    if not zips:
        print("no fixtures in " + fixtures, file=sys.stderr)
        return 2
    driver = browser()
    failures = []
    try:
        for fixture in zips:
            case = os.path.basename(fixture)[:-4]
            base = os.path.join(work, case)
            run(dataaudit, "--format", "html", "-o", base + ".html", fixture)
            run(dataaudit, "--format", "html", "--show-values", "-o", base + "-shown.html", fixture)
            run(dataaudit, "--format", "json", "--show-values", "-o", base + ".json", fixture)
            with open(base + ".json", encoding="utf-8") as f:
                report = json.load(f)["archives"][0]
            secrets = secrets_of(source, case)
            redacted = Page(driver, base + ".html")
            check_loads(redacted, failures, case + ".html")
            check_redacted(redacted, secrets, failures, case + ".html")
            redacted_marks = len(redacted.all("svg.map circle.mark"))
            shown = Page(driver, base + "-shown.html")
            check_loads(shown, failures, case + "-shown.html")
            marks = check_map(shown, report, failures, case)
            if redacted_marks > max(marks, 0) or (marks > 0 and redacted_marks == 0):
                failures.append("%s: %d marks on the redacted map for %d positions" % (case, redacted_marks, marks))
            span = check_timeline(shown, report, failures, case)
            planted = check_values_shown(shown, report, secrets, failures, case)
            print("%-22s marks %3d  timeline %-23s  planted values found %d of %d secrets" %
                  (case, marks, span or "-", planted, len(secrets)))
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
