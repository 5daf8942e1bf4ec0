"""The business rules of crmdesk, in plain Python (no Qt, no SQLAlchemy, no reportlab)."""
