"""Qt-free operations both front ends call: open the libraries a user has, edit a submission
or a library (with undo), prepare and run exports and imports.

The command line and the desktop app call these functions and never re-implement them, so the
same input gives the same result and the same refusal from both.
"""
