"""What every per-kind extractor reads: the document's units and their entities, computed once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from extractors.figures import AmountReading, amount_readings
from extractors.model import Fact
from extractors.nlp import Entity, entities
from extractors.party import canonical_name
from extractors.units import Unit, document_units
from ingest.model import Document

DOCUMENT_TAX_EXCL = re.compile(r"(以上|上述|下列|本报告|所列|各项)?.{0,12}(金额|投入|投资|数据)?.{0,6}(均|皆|全部)(为|系)?"
                               r"(不含税|不含增值税)")
DOCUMENT_TAX_INCL = re.compile(r"(金额|投入|投资).{0,6}(均|皆|全部)(为|系)?(含税|含增值税)")


@dataclass
class ExtractContext:
    document: Document

    @cached_property
    def units(self) -> list[Unit]:
        return document_units(self.document)

    @cached_property
    def entities(self) -> list[list[Entity]]:
        return entities((unit.text, unit.default_unit) for unit in self.units)

    @cached_property
    def document_tax(self) -> str | None:
        """A statement that all amounts in the document are (not) tax-inclusive."""
        for unit in self.units:
            if DOCUMENT_TAX_EXCL.search(unit.text):
                return "excl"
            if DOCUMENT_TAX_INCL.search(unit.text):
                return "incl"
        return None

    def units_with_entities(self) -> list[tuple[Unit, list[Entity]]]:
        return list(zip(self.units, self.entities, strict=True))

    @cached_property
    def amount_readings(self) -> list[tuple[Unit, list[AmountReading]]]:
        """Each unit's amounts with the figures they name (`figures.amount_readings`), read once for all
        the document's extractors (an audit report's investment and its statements ask for different
        figures of the same amounts)."""
        return [(unit, amount_readings(unit, found, self.document_tax)) for unit, found in self.units_with_entities()]


def labelled_org(ctx: ExtractContext, label: re.Pattern[str], name: str, base: float,
                 extractor: str) -> list[Fact]:
    """Organisation names written after (or in the cell right of) a label such as 项目承担单位."""
    facts = []
    for unit, found in ctx.units_with_entities():
        for entity in found:
            if entity.label != "ORG":
                continue
            head = unit.label + " " + unit.text[max(0, entity.start - 16):entity.start]
            if label.search(head) and not (unit.label and not label.search(unit.label) and
                                           not label.search(unit.text[:entity.start])):
                facts.append(Fact(name=name, value=canonical_name(str(entity.value)), unit="text",
                                  confidence=base, provenance=unit.provenance.model_copy(
                                      update={"extractor": extractor})))
                break
    return facts
