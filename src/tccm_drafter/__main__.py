"""``python -m tccm_drafter``: the command line (no command opens the desktop app)."""

from tccm_drafter.cli import main

raise SystemExit(main())
