"""Guichet package."""
