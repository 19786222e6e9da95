"""Packets the project did not write, scored as the outside world scores them (../shared/samples/score.py,
the installed command line, one process per packet): the six outside samples, and the blind packets in
corpus/frozen written from the guide alone. The floors are the measured scores; a regression fails here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
SCORER = SAMPLES / "score.py"
FROZEN = ROOT / "corpus" / "frozen"
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


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/samples (its scorer) is not beside this clone")
def test_the_frozen_blind_packets() -> None:
    score = _score("--truth", str(FROZEN / "expected"), "--packets", str(FROZEN / "packets"))
    assert score["crashes"] == 0, score["report"]
    assert score["outcome"] >= 0.95, score["report"]
    assert score["figures"] >= 0.95, score["report"]
    assert score["reasons"] >= 0.95, score["report"]
    assert score["subsidy"] >= 0.95, score["report"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/samples (its scorer) is not beside this clone")
def test_the_second_frozen_blind_packets() -> None:
    """corpus/frozen2, written blind after the first fixes (first run: outcome 0.58). Floors at the measured
    score (0.92: fy07 declares a direction the guide's list does not have) less a margin."""
    score = _score("--truth", str(ROOT / "corpus" / "frozen2" / "expected"),
                   "--packets", str(ROOT / "corpus" / "frozen2" / "packets"))
    assert score["crashes"] == 0, score["report"]
    assert score["outcome"] >= 0.90 and score["figures"] >= 0.95 and score["reasons"] >= 0.95, score["report"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/samples (its scorer) is not beside this clone")
def test_the_third_frozen_blind_packets() -> None:
    """corpus/frozen3, written blind (first run: outcome 0.25, figures 0.96, reasons 0.57): twelve categories,
    foreign currency, interest windows, copyright registers, partner funds, dates two papers disagree on."""
    score = _score("--truth", str(ROOT / "corpus" / "frozen3" / "expected"),
                   "--packets", str(ROOT / "corpus" / "frozen3" / "packets"))
    assert score["crashes"] == 0, score["report"]
    assert score["outcome"] >= 0.90 and score["figures"] >= 0.95 and score["reasons"] >= 0.95, score["report"]
    assert score["subsidy"] >= 0.90, score["report"]
