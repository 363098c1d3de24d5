"""The Groupes workspace: rotation plans for small-group work, adjusted by hand, re-planned."""
