"""Reading a packet: workers and this process give the same report; a content cache skips files met before."""

from __future__ import annotations

import shutil
from pathlib import Path

from grantcheck import reading
from grantcheck.pipeline import ContentCache, run_packet
from ingest.packet import open_packet
from tests.conftest import CORPUS

PACKET = CORPUS / "sf-01-eligible"


def test_two_workers_one_worker_and_no_worker_agree() -> None:
    reports = [run_packet(PACKET, workers=2, cache=ContentCache()).to_json(),
               run_packet(PACKET, workers=1, cache=ContentCache()).to_json(),
               run_packet(PACKET, isolate=False, cache=ContentCache()).to_json()]
    assert reports[0] == reports[1] == reports[2]


def test_a_cache_reads_only_the_files_that_changed(tmp_path: Path, monkeypatch) -> None:
    packet = tmp_path / "packet"
    shutil.copytree(PACKET, packet)
    cache = ContentCache()
    first = run_packet(packet, isolate=False, cache=cache, label="p").to_json()
    read = []
    real = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda path, rel: read.append(rel) or real(path, rel))
    assert run_packet(packet, isolate=False, cache=cache, label="p").to_json() == first
    assert read == []
    changed = next(packet.glob("*.pdf"))
    changed.write_bytes(next(CORPUS.glob("sm-*/*.pdf")).read_bytes())
    run_packet(packet, isolate=False, cache=cache, label="p")
    assert read == [changed.name]


def test_documents_come_back_in_the_packet_order() -> None:
    with open_packet(PACKET) as packet:
        names = [file.rel for file in packet.files]
        documents = reading.read_documents(packet, workers=2)
    assert [document.path for document in documents] == names


def test_a_packet_verified_again_in_one_process_is_not_read_again(monkeypatch) -> None:
    first = run_packet(PACKET, isolate=False).to_json()
    read = []
    real = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda path, rel: read.append(rel) or real(path, rel))
    assert run_packet(PACKET, isolate=False).to_json() == first
    assert read == []
