"""The roster (Participant·es): adding, changing and removing people, and importing a roster
file from another department."""
