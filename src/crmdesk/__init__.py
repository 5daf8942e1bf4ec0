"""crmdesk: a desktop CRM for after-sale follow-up (clients, invoices, loyalty, claims)."""

__version__ = "0.1.0"
