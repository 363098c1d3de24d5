"""The network side of synchronisation: the sync service (``server``), its client, the laptop's
token in the keyring, and a whole sync (push, pull, check) as the window and the command line
run it."""
