"""Bearer tokens: `TOKEN:SCOPE[:ORG]` entries, separated by commas or lines (`--tokens FILE` or
GRANTCHECK_TOKENS). Compared in constant time, against every entry; never logged — a token is
known to logs and the database only by a fingerprint."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from pathlib import Path

SCOPES = ("submit", "read", "admin")
ENV = "GRANTCHECK_TOKENS"


class TokenError(ValueError):
    """A malformed tokens file or variable; the message names the entry, not the token."""


@dataclass(frozen=True)
class Principal:
    scope: str
    org: str
    fingerprint: str

    def can_submit(self) -> bool:
        return self.scope in ("submit", "admin")

    def sees(self, org: str) -> bool:
        return self.scope == "admin" or self.org == org


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def parse_tokens(text: str) -> list[tuple[bytes, Principal]]:
    entries = []
    for n, raw in enumerate(re.split(r"[,\n]", text), start=1):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        parts = entry.split(":")
        if len(parts) not in (2, 3) or not parts[0] or parts[1] not in SCOPES:
            raise TokenError(f"第 {n} 个令牌条目格式应为 TOKEN:SCOPE[:ORG]，SCOPE 为 {'/'.join(SCOPES)}")
        token, scope, org = parts[0], parts[1], parts[2] if len(parts) == 3 else ""
        entries.append((token.encode(), Principal(scope, org, fingerprint(token))))
    return entries


def load_tokens(path: Path | None) -> list[tuple[bytes, Principal]]:
    if path is not None:
        return parse_tokens(path.read_text(encoding="utf-8"))
    return parse_tokens(os.environ.get(ENV, ""))


class Tokens:
    def __init__(self, entries: list[tuple[bytes, Principal]]) -> None:
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, token: str) -> Principal | None:
        given, found = token.encode(), None
        for secret, principal in self._entries:  # every entry compared: the time says nothing of which
            if hmac.compare_digest(given, secret):
                found = principal
        return found
