"""``python -m crmdesk``: same entry point as the ``crmdesk`` command."""

from crmdesk.cli import main

raise SystemExit(main())
