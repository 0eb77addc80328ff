"""`python -m cli ...` runs the `plans` command."""

from cli.main import main

raise SystemExit(main())
