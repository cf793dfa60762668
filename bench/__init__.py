"""Benchmarks of Chronicle: engine speed, ingestion and timeline reads through a real server.

Run them all with `python -m bench`; see `python -m bench --help` for picking some. Tables are printed and
the figures saved as JSON under bench/results/ (not committed). Never imported by the app or the tests.
"""
