"""What the application carries besides code: translations, fonts, sounds, the style sheet and
the kilometric rates. Kept at the top of the repository and installed as facilitator.resources,
read through importlib.resources so that it works from a wheel and a frozen build alike."""
