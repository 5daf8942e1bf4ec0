"""Compiled translations of the interface (crmdesk_<language>.qm), loaded by crmdesk.app.

The sources are resources/translations/*.ts; ``make translations`` rebuilds them (see
docs/translations.md).
"""
