"""RFM scores and segments, NPS and file-quality rules against sums done by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from crmdesk.domain.errors import DomainError
from crmdesk.domain.loyalty import (FileGap, NpsCategory, NpsResult, Sale, Segment, file_gaps,
                                    frequency_score, monetary_score, months_before, nps,
                                    nps_category, recency_score, rfm)

TODAY = date(2026, 6, 30)  # the 12-month window starts on 30/06/2025 (TODAY − 365 days)


def test_champion_counts_the_window_and_subtracts_the_credit_note() -> None:
    sales = [Sale(date(2026, 6, 10), D("1200.00")), Sale(date(2026, 4, 1), D("2000.00")),
             Sale(date(2026, 1, 15), D("1500.00")), Sale(date(2025, 11, 20), D("800.00")),
             Sale(date(2026, 5, 5), D("300.00"), is_credit_note=True),
             Sale(date(2025, 3, 1), D("5000.00"))]  # before the window: first invoice only
    result = rfm(sales, TODAY)
    # R: 30/06 − 10/06 = 20 days ≤ 90 → 3
    # F: 4 invoices from 30/06/2025 on (the one of 01/03/2025 is out) → 3
    # M: 1 200 + 2 000 + 1 500 + 800 − 300 = 5 200 € ≥ 5 000 → 3
    assert (result.recency_days, result.frequency, result.monetary) == (20, 4, D("5200.00"))
    assert result.code == "R3 F3 M3"
    assert result.first_invoice == date(2025, 3, 1) and result.last_invoice == date(2026, 6, 10)
    assert result.segment is Segment.CHAMPIONS


@pytest.mark.parametrize(("sales", "expected", "segment"), [
    # first invoice 01/05/2026: 60 days ago ≤ 90 → new, whatever the scores (R3 F1 M1)
    ([Sale(date(2026, 5, 1), D("800"))], (60, 1, D("800"), "R3 F1 M1"), Segment.NOUVEAUX),
    # 01/12/2025 → 211 days (30 + 31 + 28 + 31 + 30 + 31 + 30) → R2; 2 invoices → F2;
    # 600 + 700 = 1 300 € → M2
    ([Sale(date(2025, 9, 1), D("600")), Sale(date(2025, 12, 1), D("700"))],
     (211, 2, D("1300"), "R2 F2 M2"), Segment.FIDELES),
    # 10/01/2025 → 171 + 365 = 536 days > 365 → R1; nothing in the window → F1 M1
    ([Sale(date(2025, 1, 10), D("9000"))], (536, 0, D("0"), "R1 F1 M1"), Segment.PERDUS),
    # 01/03/2026 → 121 days → R2; one invoice in the window → F1; 450 € → M1
    ([Sale(date(2024, 5, 1), D("300")), Sale(date(2026, 3, 1), D("450"))],
     (121, 1, D("450"), "R2 F1 M1"), Segment.A_RELANCER),
    ([], (None, 0, D("0"), "R1 F1 M1"), Segment.SANS_ACHAT),
    # a credit note alone is no purchase
    ([Sale(date(2026, 6, 1), D("100"), is_credit_note=True)], (None, 0, D("-100"), "R1 F1 M1"),
     Segment.SANS_ACHAT),
])
def test_segments_of_hand_checked_clients(sales: list[Sale],
                                          expected: tuple[int | None, int, D, str],
                                          segment: Segment) -> None:
    result = rfm(sales, TODAY)
    assert (result.recency_days, result.frequency, result.monetary, result.code) == expected
    assert result.segment is segment


def test_window_edges_and_future_documents() -> None:
    # 30/06/2025 is exactly 365 days before: counted; 29/06/2025 (366 days) is not
    inside = rfm([Sale(date(2025, 6, 30), D("100")), Sale(date(2025, 6, 29), D("100"))], TODAY)
    assert (inside.frequency, inside.monetary, inside.r) == (1, D("100"), 2)
    # an invoice dated after today does not exist yet for the RFM
    future = rfm([Sale(date(2026, 7, 1), D("100"))], TODAY)
    assert future.segment is Segment.SANS_ACHAT and future.frequency == 0


def test_score_thresholds() -> None:
    assert [recency_score(d) for d in (0, 90, 91, 365, 366, None)] == [3, 3, 2, 2, 1, 1]
    assert [frequency_score(n) for n in (0, 1, 2, 3, 4, 9)] == [1, 1, 2, 2, 3, 3]
    assert [monetary_score(D(x)) for x in ("-5", "999.99", "1000", "4999.99", "5000")] == \
        [1, 1, 2, 2, 3]


def test_every_segment_has_a_french_label_and_explanation() -> None:
    assert Segment.A_RELANCER.label == "À relancer" and Segment.FIDELES.label == "Fidèles"
    assert all(s.label and s.explanation.endswith(".") for s in Segment)


def test_nps_hand_checked() -> None:
    # 10, 9, 10 promoters (3); 8, 7 passives (2); 6, 0 detractors (2); 7 answers
    # NPS = 100 × (3 − 2) / 7 = 14.29 → 14
    assert nps([10, 9, 8, 7, 6, 0, 10]) == NpsResult(7, 3, 2, 2, 14)
    # 1 promoter, 2 detractors of 3: 100 × (1 − 2) / 3 = −33.3 → −33
    assert nps([6, 6, 9]).score == -33
    # 4 promoters, 3 detractors of 8: 100 × 1 / 8 = 12.5 → 13 (half away from zero) …
    assert nps([10, 0, 0, 0, 10, 10, 10, 8]).score == 13
    # … and 3 promoters, 4 detractors of 8: −12.5 → −13
    assert nps([0, 0, 0, 0, 10, 10, 10, 8]).score == -13
    assert nps([9, 10]).score == 100 and nps([7, 8]).score == 0 and nps([0]).score == -100
    assert nps([]) == NpsResult(0, 0, 0, 0, None)


def test_nps_categories_and_refused_scores() -> None:
    assert [nps_category(s) for s in (0, 6, 7, 8, 9, 10)] == [
        NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.PASSIVE, NpsCategory.PASSIVE,
        NpsCategory.PROMOTER, NpsCategory.PROMOTER]
    for wrong in (11, -1):
        with pytest.raises(DomainError, match="de 0 à 10"):
            nps([wrong])
    with pytest.raises(DomainError, match="entier"):
        nps_category(True)


def test_months_before_keeps_the_day_or_the_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)
    assert months_before(date(2026, 6, 30), 6) == date(2025, 12, 30)
    assert months_before(date(2026, 1, 1), -1) == date(2026, 2, 1)


def test_file_gaps() -> None:
    # six months before 30/06/2026 is 30/12/2025: a contact on that day or later counts
    def gaps(**changes: object) -> tuple[FileGap, ...]:
        facts: dict[str, object] = dict(kind="company", email="a@b.fr", phone="04 00 00 00 00",
                                        siren="732829320", last_contact=date(2025, 12, 30))
        facts.update(changes)
        return file_gaps(today=TODAY, months_without_contact=6, **facts)  # type: ignore[arg-type]

    assert gaps() == ()
    assert gaps(last_contact=date(2025, 12, 29)) == (FileGap.NO_CONTACT,)
    assert gaps(last_contact=None) == (FileGap.NO_CONTACT,)
    assert gaps(email=" ", phone="", siren="") == (FileGap.EMAIL, FileGap.PHONE, FileGap.SIREN)
    assert gaps(kind="individual", siren="") == ()  # an individual has no SIREN
