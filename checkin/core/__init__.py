"""The desk's rules, free of any framework: entities, verdicts, search, ticket codes, headcount.

Everything here is plain standard-library Python so that it can be tested without a database,
a camera or a window, and reused by every front end.
"""
