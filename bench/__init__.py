"""Benchmarks, run by their ``make bench-*`` targets, never by ``make test``."""
