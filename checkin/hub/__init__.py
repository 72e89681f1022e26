"""The venue hub: several desks of one event share one live picture through PostgreSQL.

Each desk's SQLite stays its truth and decides every scan at once; this package is the only one
that speaks to PostgreSQL (psycopg 3). `schema` owns the hub's tables and its identity,
`exchange` the push and pull statements, `intake` the check of every pulled row against its
kind's schema, `rounds` one push-and-pull of a desk, `link` the long-lived connection woken by
LISTEN/NOTIFY and by the desk's own writes, `desk_roles` each desk's own role and the log's
row-level security, `config` this desk's credentials kept in the home, `joining` enrolment and
the first round of a desk, `bounded` the command line's bounded wait, `address`
join URLs and connecting, `certificate` the hub's TLS certificate that desks verify, and
`cluster` with `serve` a PostgreSQL of the organizer's own (`binaries` picks the system's or the
embedded package's, `service_user` who runs it when root).
"""
