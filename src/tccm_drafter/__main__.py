"""``python -m tccm_drafter``: the command line (no command opens the desktop app)."""

import sys

from tccm_drafter.cli import main

# The render worker is started with "spawn", which imports this module again in the child:
# only a real start runs the command line.
if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a standalone build starting one of its processes
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
