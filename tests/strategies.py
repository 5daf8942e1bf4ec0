"""Hypothesis strategies shared by the domain tests: random invoices as DOMAIN.md §3 allows."""

from decimal import Decimal

from hypothesis import strategies as st

from crmdesk.domain.totals import FRENCH_VAT_RATES, Line


def four_places(max_units: int) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=0, max_value=max_units).map(lambda n: Decimal(n).scaleb(-4))


lines_strategy = st.lists(
    st.builds(Line, description=st.just("article"), quantity=four_places(10_000_0000),
              unit=st.just("u"), unit_price=four_places(100_000_0000),
              vat_rate=st.sampled_from(FRENCH_VAT_RATES)),
    min_size=1, max_size=200)
discounts = st.integers(min_value=0, max_value=100_0000).map(lambda n: Decimal(n).scaleb(-4))
