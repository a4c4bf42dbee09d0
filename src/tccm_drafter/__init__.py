"""TCCM Drafter: draft submissions to UN consultations from a library of position paragraphs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tccm-drafter")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "TCCM Drafter"
