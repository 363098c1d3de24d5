"""What each participant is paid, pure: indemnity, travel and child care in integer cents
(``amounts``), the means of transport and the kilometric barème (``travel``)."""
