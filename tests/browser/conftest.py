"""Headless Chromium for the page tests, driven by Playwright's Python package.

The browser is Debian's ``chromium`` (``/usr/bin/chromium``, or ``$UNIONEXTRACT_CHROMIUM``), never
one that Playwright downloads. Without a browser or Playwright these tests skip with the reason;
with ``UNIONEXTRACT_REQUIRE_BROWSER=1`` (set by .ci/run) they fail instead, so CI always runs them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("UNIONEXTRACT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (UNIONEXTRACT_REQUIRE_BROWSER=1 makes this a failure)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    given = os.environ.get("UNIONEXTRACT_CHROMIUM")
    if given:
        return given if os.access(given, os.X_OK) else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


@pytest.fixture(scope="session")
def browser_context() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        _unavailable(
            "no Chromium found (install Debian's 'chromium' package, or set UNIONEXTRACT_CHROMIUM "
            "to a Chromium binary): the HTML page is not checked in a browser"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable(
            "Playwright is not installed (pip install -e '.[test]'): browser tests skipped"
        )
    with tempfile.TemporaryDirectory(prefix="ue-chromium-") as user_data, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            user_data,  # a new, empty profile for every run
            executable_path=executable,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
            locale="vi-VN",
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
