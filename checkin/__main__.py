"""`python -m checkin` runs the command line."""

import sys

from checkin.cli import main

sys.exit(main())
