"""Packets the project did not write, scored as the outside world scores them (../shared/samples/score.py,
the installed command line, one process per packet): the six outside samples, and the blind packets in
corpus/frozen* written blind from the guide alone. The floors are the measured scores; a regression fails here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
SCORER = SAMPLES / "score.py"
LINE = re.compile(r"samples: outcome ([\d.]+) figures ([\d.]+) reasons ([\d.]+) subsidy ([\d.]+) crashes (\d+)/(\d+)")


def _score(*extra: str) -> dict[str, float]:
    command = f"{sys.executable} -m grantcheck.cli verify {{packet}} --format json"
    done = subprocess.run([sys.executable, str(SCORER), "--cmd", command, "-v", *extra], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, check=False)
    found = LINE.search(done.stdout)
    assert found, done.stdout[-2000:] + done.stderr[-2000:]
    outcome, figures, reasons, subsidy, crashes, _ = found.groups()
    return {"outcome": float(outcome), "figures": float(figures), "reasons": float(reasons),
            "subsidy": float(subsidy), "crashes": int(crashes), "report": done.stdout}  # type: ignore[dict-item]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/samples is not beside this clone")
def test_the_outside_samples() -> None:
    score = _score()
    assert score["crashes"] == 0, score["report"]
    assert score["outcome"] == 1.0, score["report"]
    assert score["figures"] >= 0.98, score["report"]
    assert score["reasons"] == 1.0, score["report"]
    assert score["subsidy"] == 1.0, score["report"]


# Blind sets, each written from the guide alone by a helper that never read the extractors, scored first
# before any fix (README): their floors are the measured scores less a margin, so a regression fails here.
BLIND_SETS = {
    # first run 0.42; its writer drew no seal on any paper: five eligible packets are review for that alone (below)
    "frozen": {"outcome": 0.55, "figures": 0.95, "reasons": 0.95, "subsidy": 0.95},
    "frozen2": {"outcome": 0.95, "figures": 0.95, "reasons": 0.95, "subsidy": 0.95},  # first run 0.58
    "frozen3": {"outcome": 0.90, "figures": 0.95, "reasons": 0.95, "subsidy": 0.90},  # first run 0.25
    "frozen4": {"outcome": 0.90, "figures": 0.95, "reasons": 0.80, "subsidy": 0.90},  # first run 0.25
    "frozen5": {"outcome": 0.90, "figures": 0.95, "reasons": 0.65, "subsidy": 0.90},  # first run 0.42
    "frozen6": {"outcome": 0.90, "figures": 0.95, "reasons": 0.80, "subsidy": 0.90},  # first run 0.42
    "frozen7": {"outcome": 0.90, "figures": 0.95, "reasons": 0.90, "subsidy": 0.90},  # first run 0.42
    "frozen8": {"outcome": 0.70, "figures": 0.90, "reasons": 0.80, "subsidy": 0.90},  # first run 0.42
    "frozen9": {"outcome": 0.80, "figures": 0.95, "reasons": 0.75, "subsidy": 0.90},  # first run 0.50
    "frozen10": {"outcome": 0.90, "figures": 0.95, "reasons": 0.90, "subsidy": 0.90},  # first run 0.33
    "frozen11": {"outcome": 0.85, "figures": 0.95, "reasons": 0.90, "subsidy": 0.90},  # first run 0.25
    "frozen12": {"outcome": 0.85, "figures": 0.95, "reasons": 0.65, "subsidy": 0.90},  # first run 0.42
}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/samples (its scorer) is not beside this clone")
@pytest.mark.parametrize("name", list(BLIND_SETS))
def test_the_frozen_blind_packets(name: str) -> None:
    folder = ROOT / "corpus" / name
    score = _score("--truth", str(folder / "expected"), "--packets", str(folder / "packets"))
    assert score["crashes"] == 0, score["report"]
    floors = BLIND_SETS[name]
    assert all(score[k] >= floor for k, floor in floors.items()), (floors, score["report"])


UNSEALED = ("fz01", "fz04", "fz08", "fz10", "fz12")  # corpus/frozen: eligible as written, every official paper unsealed


@pytest.mark.parametrize("name", UNSEALED)
def test_the_first_blind_hands_unsealed_papers_are_review_for_their_seals_alone(name: str) -> None:
    """The first blind writer printed every paper without a seal and expected eligible; a reviewer checks the
    sealed originals first ("未见公章"), and nothing else in these packets stands in the way."""
    import json

    packet = ROOT / "corpus" / "frozen" / "packets" / name
    done = subprocess.run([sys.executable, "-m", "grantcheck.cli", "verify", str(packet), "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    report = json.loads(done.stdout)
    open_checks = {c["id"]: c["message"] for c in report["checks"] if c["status"] != "pass"}
    assert report["outcome"] == "needs_review" and open_checks, open_checks
    assert all(check.endswith(".seal") and "未见公章" in message for check, message in open_checks.items()), open_checks
