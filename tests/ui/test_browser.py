"""The chat in a real browser: headless Chromium (Selenium) on the Streamlit server, which talks
to the live API over HTTP. Installs Debian's chromium and chromium-driver when they are absent.
Run alone with `pytest -m browser tests/ui`; the screenshot goes to tests/ui/artifacts/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.ui.conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1280,1500"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
NAP = "wps-nap-1325-2013-2016.txt"


def ensure_chromium() -> None:
    """Install Debian's chromium and chromium-driver when either is missing; fail clearly if that fails."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return
    cmd = "apt-get update && apt-get install -y chromium chromium-driver"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, env=env, timeout=900)
        failure = proc.returncode and (proc.stderr or proc.stdout).strip().splitlines()[-3:]
    except (OSError, subprocess.TimeoutExpired) as exc:
        failure = [str(exc)]
    if failure or not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail(f"the browser test needs Debian's chromium and chromium-driver; `{cmd}` failed: "
                    f"{' | '.join(failure or ['installed, but not on PATH'])}", pytrace=False)


@pytest.fixture(scope="module")
def streamlit_url(live_api, tmp_path_factory):
    """`streamlit run ui/app.py` as a subprocess on a free loopback port, talking to the live API."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    env = dict(os.environ, PLANS_API_URL=live_api)
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    with log_path.open("w") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited ({proc.returncode}): {log_path.read_text()[-2000:]}", pytrace=False)
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail(f"streamlit did not serve within 60 s: {log_path.read_text()[-2000:]}", pytrace=False)
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture
def open_browser(tmp_path, monkeypatch):
    """`open_browser(language)`: headless Chromium whose user language (navigator.language,
    Accept-Language) is `language`; quit after the test."""
    ensure_chromium()
    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager (unused: both paths are given) stays offline
    monkeypatch.setenv("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers = []

    def open_browser(language: str):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--lang={language}")
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
        options.add_argument(f"--user-data-dir={tmp_path / f'chromium-profile-{len(drivers)}'}")
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(60)
        drivers.append(driver)
        return driver

    try:
        yield open_browser
    finally:
        for driver in drivers:
            driver.quit()


@pytest.fixture
def browser(open_browser):
    return open_browser("en-US")


def test_a_question_typed_in_the_browser_gets_a_cited_answer(browser, streamlit_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(streamlit_url)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, 'textarea[data-testid="stChatInputTextArea"]')))
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, '[data-testid="stSidebar"]'), NAP))
    box.send_keys("Which department monitors line 17.b?")
    box.send_keys(Keys.ENTER)

    card = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, ".plans-card")))
    messages = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')
    assert len(messages) == 2
    answer = messages[1].text
    for department in ("Foreign Affairs", "Development", "Justice"):
        assert department in answer
    assert "Which department monitors line 17.b?" in messages[0].text
    assert "line 17.b" in card.text and NAP in card.text and "WOMEN, PEACE AND SECURITY" in card.text
    mark = card.find_element(By.TAG_NAME, "mark")
    assert mark.text.split() == ["Foreign", "Affairs", "Development", "Justice"]
    assert "Traceback" not in browser.find_element(By.TAG_NAME, "body").text

    time.sleep(0.5)  # let the expander's opening animation settle before the picture
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "chat.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_a_french_browser_gets_the_chat_in_french(open_browser, streamlit_url):
    """The browser's own language reaches the app (st.context.locale): French labels and
    examples, and the EN / FR / NL selector switches them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from ui.i18n import examples

    browser = open_browser("fr-BE")
    assert browser.execute_script("return navigator.language") == "fr-BE"
    wait = WebDriverWait(browser, 60)
    browser.get(streamlit_url)
    main = (By.TAG_NAME, "body")
    # the page arrives element by element: wait for each example, not only the title
    for example in examples("fr"):
        wait.until(ec.text_to_be_present_in_element(main, example))
    assert "Interroger les plans" in browser.find_element(*main).text
    box = browser.find_element(By.CSS_SELECTOR, 'textarea[data-testid="stChatInputTextArea"]')
    assert box.get_attribute("placeholder") == "Posez une question sur les plans…"

    nl = next(b for b in browser.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebar"] button') if b.text == "NL")
    nl.click()
    wait.until(ec.text_to_be_present_in_element(main, "Vraag het de plannen"))
    for example in examples("nl"):
        wait.until(ec.text_to_be_present_in_element(main, example))
    assert "Traceback" not in browser.find_element(By.TAG_NAME, "body").text
