"""The attestation de présence: a letter naming the person, the sessions and their times."""

from __future__ import annotations

import dataclasses

from facilitator.printing.attendance.certificate import attendance_certificate_pdf
from tests.printing import pdf, samples


def test_the_certificate_names_the_person_and_each_session_in_full() -> None:
    pages = pdf.pages(attendance_certificate_pdf(samples.attendance_certificate(), samples.GENERATED_AT))
    assert len(pages) == 1
    text = pdf.flat(pages[0])
    assert "Attestation de présence" in text
    assert "La maire de Villebrune atteste que Hélène Lefèvre a participé aux séances suivantes" in text
    assert "« Assemblée citoyenne de Villebrune » :" in text
    assert f"samedi 14 mars 2026 Travail en groupes {samples.PLACE} 9:05 – 16:30" in text
    assert "samedi 11 avril 2026 Audition des expert·es Médiathèque, Villebrune à partir de 9:00" in text
    assert "pour servir et valoir ce que de droit" in text
    assert "Fait à Villebrune, le lundi 20 avril 2026 La maire de Villebrune Signature et cachet" in text
    assert "page 1 / 1" in text


def test_a_sub_body_is_named_as_the_instance() -> None:
    certificate = dataclasses.replace(samples.attendance_certificate(), heading=samples.HEADING)
    text = pdf.flat(pdf.pages(attendance_certificate_pdf(certificate, samples.GENERATED_AT))[0])
    assert "de l'instance « Groupe de proposition » :" in text
