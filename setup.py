"""Packaging that pyproject.toml cannot say: ship the top-level `resources/` folder in the wheel.

The fonts, badge templates, sounds and icons live in `resources/` at the top of the source tree
(where an organizer finds them). In a wheel they go inside the package as `checkin/_resources`,
where `checkin.resources.resource_path` looks for them. Everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "checkin._resources"
resource_packages = [
    RESOURCES,
    *(f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["checkin", "checkin.*"]), *resource_packages],
    package_dir={RESOURCES: "resources"},
    package_data={"checkin": ["py.typed"], **{name: ["*"] for name in resource_packages}},
)
