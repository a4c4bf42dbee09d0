"""Package discovery for setuptools (everything else is in pyproject.toml).

The code lives in src/; templates/ and resources/ live at the top of the repository (easy to
find and review) and are mapped into the package (``package-dir`` in pyproject.toml) as
``tccm_drafter.templates`` and ``tccm_drafter.resources``, and docs/ as ``tccm_drafter.docs``
(the user guide, which Help › User Guide shows). Every package and every data folder is found
here, so a new module or folder is in the wheel without anyone remembering to list it.
"""

from setuptools import find_namespace_packages, find_packages, setup

MAPPED = {"tccm_drafter.templates": "templates", "tccm_drafter.resources": "resources"}


def _packages() -> list[str]:
    packages = find_packages("src")
    for package, folder in MAPPED.items():
        packages.append(package)
        packages += [f"{package}.{sub}" for sub in find_namespace_packages(folder)]
    # Of docs/ only the user guide and the pictures it shows ship (package-data).
    packages += ["tccm_drafter.docs", "tccm_drafter.docs.screenshots", "tccm_drafter.docs.images"]
    return packages


setup(packages=_packages())
