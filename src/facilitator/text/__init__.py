"""What users read: the labels and sentences for codes produced below the interface, the
import report, the words of each workspace, and the one formatting module for dates, times,
numbers and money (Babel). Screens, documents and the command line all take their words here."""
