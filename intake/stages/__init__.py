"""The named stages of the intake pipeline; their order is data (see ``intake.pipeline``)."""
