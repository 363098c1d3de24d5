"""The PySide6 interface: thin widgets that call services and show their results."""
