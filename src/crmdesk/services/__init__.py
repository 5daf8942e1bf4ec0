"""Use cases: one function per user action, each in one short unit of work.

Services take a :class:`~crmdesk.storage.db.Database` and plain values, and return
plain frozen values: no ORM row ever leaves a service function.
"""
