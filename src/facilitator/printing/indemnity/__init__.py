"""The finance office's documents: the état liquidatif and the états de frais de déplacement."""
