#!/usr/bin/env python3
"""The self-check page as a person uses it, in a real browser (Chromium through Selenium).

Starts `kehoach-lint serve` on a free loopback port, opens the form, chooses a bundled DOCX,
submits, reads the verdict and a finding, downloads the draft with comments and checks it
has them; then submits a broken DOCX and reads its error, which must be the CLI's. Saves
screenshots of the form, the report and the error in the folder given.

    scripts/browser-test.py SCREENSHOT_FOLDER [--binary .build/debug/kehoach-lint]
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFT = os.path.join(ROOT, "Fixtures/docx/bad/ke-hoach-nam-2021-thieu-muc.docx")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(base, server, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            sys.exit(f"serve exited early with status {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                if json.load(response).get("status") == "ok":
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit("serve did not answer /healthz")


def browser(download_folder):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1400",
                     "--lang=vi"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": download_folder,
                                              "download.prompt_for_download": False})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_folder})
    return driver


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("  ok:", message)


def wait_for_download(folder, suffix, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        done = [name for name in os.listdir(folder) if name.endswith(suffix)]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} downloaded in {seconds} s (have {os.listdir(folder)})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("screenshots")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/kehoach-lint"))
    arguments = parser.parse_args()
    os.makedirs(arguments.screenshots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kehoach-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([arguments.binary, "serve", "--port", str(port), "--jobs", "2"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    driver = None
    try:
        wait_healthy(base, server)
        driver = browser(downloads)
        wait = WebDriverWait(driver, 60)

        print("form → report")
        driver.get(base + "/")
        check("Tự kiểm tra dự thảo kế hoạch" in driver.find_element(By.TAG_NAME, "h1").text, "the form is in Vietnamese")
        driver.save_screenshot(os.path.join(arguments.screenshots, "1-form.png"))
        driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(DRAFT)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        verdict = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.verdict"))).text
        print("  verdict:", verdict)
        check(verdict.startswith("Chưa đạt"), "the verdict says the draft needs revision")
        finding = driver.find_element(By.CSS_SELECTOR, ".finding.error .message").text
        print("  first finding:", finding)
        check("Thiếu mục bắt buộc" in finding, "a missing required section is reported")
        driver.save_screenshot(os.path.join(arguments.screenshots, "2-report.png"))

        print("download the draft with comments")
        driver.find_element(By.CSS_SELECTOR, "a[href*='/annotated-1']").click()
        annotated = wait_for_download(downloads, ".gop-y.docx")
        with zipfile.ZipFile(annotated) as package:
            comments = package.read("word/comments.xml").decode("utf-8")
        count = comments.count("<w:comment ")
        print(f"  {os.path.basename(annotated)}: {count} comments")
        check(count >= 2 and "Thiếu mục bắt buộc" in comments, "the downloaded draft has Word comments at the findings")

        print("a broken file → its error")
        broken = os.path.join(work, "du-thao-hong.docx")
        with open(DRAFT, "rb") as source, open(broken, "wb") as target:
            target.write(source.read()[: 9000])  # a download cut short
        cli = subprocess.run([arguments.binary, "check", "--format", "json", os.path.basename(broken)], cwd=work,
                             capture_output=True, text=True)
        cli_message = json.loads(cli.stdout)["files"][0]["error"]["message"]
        driver.get(base + "/")
        driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(broken)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        notice = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice"))).text
        print("  error:", notice)
        check(notice.strip() == cli_message.strip(), "the page shows the error `kehoach-lint check` gives")
        driver.save_screenshot(os.path.join(arguments.screenshots, "3-error.png"))

        with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
            check(json.load(response)["status"] == "ok", "the server goes on after the broken file")
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGTERM)
        try:
            status = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            status = "killed"
        log = server.stdout.read() if server.stdout else ""
        shutil.rmtree(work, ignore_errors=True)
    print("server log:\n" + log)
    check(status == 0, f"serve stopped on SIGTERM (status {status})")
    check("du-thao-hong" not in log and "thieu-muc" not in log, "the log names no uploaded file")
    print(f"browser test passed; screenshots in {arguments.screenshots}")


if __name__ == "__main__":
    main()
