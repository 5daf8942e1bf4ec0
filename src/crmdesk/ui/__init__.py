"""The PySide6 window: widgets, Qt models and dialogs. Talks to services only."""
