"""Actors: persons with titles, and organisations, with the side each belongs to."""
from __future__ import annotations

from .mentions import Actor, Doc
from .persons import find_persons


def find_actors(doc: Doc) -> list[Actor]:
    """Every person and organisation acting in ``doc``."""
    return find_persons(doc)
