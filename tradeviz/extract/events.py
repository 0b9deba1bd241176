"""Events: the exchanges an article reports, with type, dates, host, guest and scope."""
from __future__ import annotations

from .mentions import Doc, Event


def find_events(doc: Doc) -> list[Event]:
    """The events of ``doc``, the primary one marked (stub: to be implemented)."""
    return []
