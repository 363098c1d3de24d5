"""The sign-in desk (Accueil): arrivals and departures, walk-ins, badges and the documents of
attendance (badges, feuille d'émargement, attestation de présence)."""
