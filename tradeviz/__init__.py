"""tradeviz: tidy tables of events, actors, places and sectors from news articles.

>>> import tradeviz as tv
>>> tables = tv.extract("seeds/")
>>> tables.articles.height
5
"""
from .errors import TradevizError
from .pipeline import extract, read
from .tabulate import Tables

__version__ = "0.1.0"
__all__ = ["extract", "read", "Tables", "TradevizError", "__version__"]
