"""Entry point of the standalone app (PyInstaller): the desktop app, or --self-test."""

from tccm_drafter.gui.launch import main

raise SystemExit(main())
