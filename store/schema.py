"""Every mapped model, imported in one place.

Feature areas keep their models in their own modules; importing this module
guarantees ``Base.metadata`` knows all tables (Alembic autogeneration and
the test fixtures rely on that).
"""

from __future__ import annotations

from store import models
from store.models import Base

metadata = Base.metadata
__all__ = ["Base", "metadata", "models"]
