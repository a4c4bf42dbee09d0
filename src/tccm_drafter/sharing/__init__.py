"""Sharing libraries: .tccmlib bundles, per-paragraph merge, usage index, folder changes."""
