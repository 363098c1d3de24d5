"""The documents of the sign-in desk: badges, the feuille d'émargement, the attestation de
présence."""
