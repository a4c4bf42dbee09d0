"""Files <-> model: paragraph files, library folders, submissions, profiles, settings.

Formats are described in docs/file-formats.md. Every failure is an ``InputError`` naming the
file and the line or field; every write goes through ``atomic``.
"""
