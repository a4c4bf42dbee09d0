"""TCCM Drafter: draft submissions to UN consultations from a library of position paragraphs."""

APP_NAME = "TCCM Drafter"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for
    (importlib.metadata takes a while to import, and a start does not need it)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("tccm-drafter")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
