"""Exports for organizers and catering: headcount, dietary, attendees and check-ins as CSV, XLSX
or PDF. Builds on `checkin.core` and `checkin.db`; never imports Qt."""
