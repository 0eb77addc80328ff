"""The `plans` command: the top layer, which may use every package below it."""
