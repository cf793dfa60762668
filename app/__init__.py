"""Chronicle: time expressions in news, resolved to absolute intervals, served as a timeline."""

__version__ = "0.1.0"
