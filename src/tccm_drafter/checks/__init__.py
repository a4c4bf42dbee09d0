"""Preflight checks: what to fix before a submission goes out."""
