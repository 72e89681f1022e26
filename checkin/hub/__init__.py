"""The venue hub: several desks of one event share one live picture through PostgreSQL.

Each desk's SQLite stays its truth and decides every scan at once; this package is the only one
that speaks to PostgreSQL (psycopg 3). `schema` owns the hub's tables and its identity,
`exchange` the push and pull statements, `rounds` one push-and-pull of a desk, `link` the
long-lived connection woken by LISTEN/NOTIFY, `config` the join URL kept in the home, `joining`
the first round of a desk and what it keeps, `bounded` the command line's bounded wait, `address`
join URLs and connecting, `certificate` the hub's TLS certificate that desks verify, and
`cluster` with `serve` a PostgreSQL of the organizer's own (`binaries` picks the system's or the
embedded package's, `service_user` who runs it when root).
"""
