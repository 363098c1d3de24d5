"""The Votes workspace: define a vote, print its ballots, count them live, and sign the result."""
