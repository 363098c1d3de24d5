"""Assemblies, their sub-bodies and sessions, and the rules of their délibération."""
