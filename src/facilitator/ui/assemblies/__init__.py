"""The Assemblies workspace: the assemblies in this database, their sub-bodies and sessions."""
