"""checkin: the registration desk of a technical meetup."""

__version__ = "0.1.0"
