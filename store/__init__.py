"""Persistence: typed models, repository functions and migrations.

Repository functions take the session as a keyword argument and never
commit: the caller owns the transaction.
"""
