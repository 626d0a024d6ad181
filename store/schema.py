"""Every mapped model, imported in one place.

Feature areas keep their models in their own modules; importing this module
guarantees ``Base.metadata`` knows all tables (Alembic autogeneration and
the test fixtures rely on that).
"""

from __future__ import annotations

import store.email_models  # registers the IMAP checkpoints
import store.lifecycle_models  # registers the life-cycle tables
import store.nlp_models  # registers the label corrections and model promotions
import store.scheduler_models  # registers the digest runs and due-date indexes
import store.telegram_models  # noqa: F401  (registers the Telegram tables)
from store import models
from store.models import Base

metadata = Base.metadata
__all__ = ["Base", "metadata", "models"]
