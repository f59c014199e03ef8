#!/usr/bin/python3
"""Makes docs/report.png, the README's picture of the HTML report.

    /usr/bin/python3 tools/screenshot.py [DATAAUDIT [INPUT [PNG]]]

Runs the real binary (default build/dataaudit) on the bundled sample export (default
build/fixtures/sample.zip, packed at build time from testdata/exports/sample/) with
--format html --show-values (the sample's values are made up), opens the page from
disk in headless Chromium (Debian's chromium, chromium-driver, python3-selenium) with
the network off, and saves the top of the page (default docs/report.png).
"""
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTH, HEIGHT = 1280, 2000


def main():
    args = sys.argv[1:]
    dataaudit = args[0] if len(args) > 0 else "build/dataaudit"
    sample = args[1] if len(args) > 1 else "build/fixtures/sample.zip"
    png = args[2] if len(args) > 2 else "docs/report.png"
    with tempfile.TemporaryDirectory() as work:
        page = os.path.join(work, "report.html")
        subprocess.run([dataaudit, "-q", "--format", "html", "--show-values", "-o", page, sample], check=True)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         "--window-size=%d,%d" % (WIDTH, HEIGHT), "--force-device-scale-factor=1"):
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
            driver.get("file://" + page)
            driver.save_screenshot(png)
        finally:
            driver.quit()
    print("wrote " + png)


if __name__ == "__main__":
    main()
