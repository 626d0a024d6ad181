"""``python -m app`` runs the ``guichet`` command line."""

from app.cli import main

main()
