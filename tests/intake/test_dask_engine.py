"""The same packets through a two-worker Dask LocalCluster give the same reports as the local engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from grantcheck.cli import app
from tests.conftest import CORPUS

PACKETS = ("sf-01-eligible", "ct-04-rd-investment-below", "cp-03-no-audit")


def test_local_cluster_reports_equal_local_engine(tmp_path: Path) -> None:
    intake = tmp_path / "intake"
    for name in PACKETS:
        shutil.copytree(CORPUS / name, intake / name)
    (intake / "broken.zip").write_bytes(b"not a zip")
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / engine
        result = CliRunner().invoke(
            app,
            [
                "batch",
                str(intake),
                "--out",
                str(out / "r.xlsx"),
                "--json-dir",
                str(out / "json"),
                "--engine",
                engine,
                "--workers",
                "2",
            ],
        )
        assert result.exit_code == 0, result.output
        outputs[engine] = {p.name: json.loads(p.read_text("utf-8")) for p in (out / "json").iterdir()}
    assert sorted(outputs["dask"]) == sorted(f"{n}.json" for n in PACKETS)
    assert outputs["dask"] == outputs["local"]


def test_a_scheduler_given_by_address(tmp_path: Path) -> None:
    """An existing cluster (daemonic workers: files parsed in the worker itself) gives the same report."""
    import logging

    from distributed import LocalCluster

    intake = tmp_path / "intake"
    shutil.copytree(CORPUS / PACKETS[0], intake / PACKETS[0])
    with LocalCluster(
        n_workers=1, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        result = CliRunner().invoke(
            app,
            [
                "batch",
                str(intake),
                "--out",
                str(tmp_path / "r.xlsx"),
                "--json-dir",
                str(tmp_path / "json"),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
            ],
        )
    assert result.exit_code == 0, result.output
    local = CliRunner().invoke(app, ["verify", str(intake / PACKETS[0]), "--format", "json"])
    expected = dict(json.loads(local.stdout), packet=PACKETS[0])
    assert json.loads((tmp_path / "json" / f"{PACKETS[0]}.json").read_text("utf-8")) == expected
