"""Regimes of the Americas: California CCPA, Brazil LGPD and Quebec's private-sector Act.

Sources, and the readings chosen where they leave room:

California, CCPA regulations (Cal. Code Regs. tit. 11) § 7021, requests to know, delete
and correct: (a) confirm receipt within 10 business days; (b) respond within 45 calendar
days after receipt, the period beginning on the day the request is received "regardless
of time required to verify the request"; up to 45 more days (90 in total from receipt)
with notice and an explanation, which Civil Code § 1798.130(a)(2) requires within the
first 45 days. Readings chosen:
- "45 calendar days after receipt" is receipt + 45 (Civil Code § 10: exclude the first
  day, include the last).
- A last day on a weekend or holiday is NOT moved. The regulation speaks of calendar days;
  whether Civil Code § 12a (Saturdays and holidays extend a period) reaches a regulatory
  deadline is untested, and answering by the preceding working day is always compliant.
- Verification never stops the clock (§ 7021(b)), and the clock cannot start later than
  receipt: pauses and a later clock start are recorded but ignored.
Opt-out requests (15 business days, § 7026) are not covered by this regime.

Brazil, LGPD (Lei 13.709/2018) art. 19 II: the clear and complete statement is due "within
up to 15 days counted from the date of the request"; art. 19 I (simplified format,
immediately) has no date to compute. The LGPD allows no extension; art. 19 § 4 lets the
ANPD set other periods for specific sectors; no sector rule is modelled here.
Counting: Civil Code art. 132 (day of the start excluded, last day included; a last day
on a holiday moves to the next business day). These are calendar days: the business-day
rule of Res. CD/ANPD 1/2021 applies to the ANPD's own proceedings only. Saturdays and
Sundays are treated as non-business days, like national, state and municipal holidays
(Lei 9.093/1995), so pass `BR-SP` and so on for state holidays. The LGPD is silent on
pauses: controller policy.

Quebec, Act respecting the protection of personal information in the private sector
(CQLR c P-39.1, as amended by Law 25) s. 32: the person in charge must respond in writing
within 30 days after the date the request is received; no response within the limit is
a deemed refusal. Unlike the public-sector Access Act (s. 47), the private-sector
Act allows no extension. Counting follows the Interpretation Act (CQLR c I-16): s. 52
extends a limit ending on a holiday ("jour férié") to the next "jour ouvrable"; s. 61(23)
lists Sundays and named days as holidays, but not Saturdays, and in Quebec legal usage a
Saturday is a "jour ouvrable". Readings chosen, both giving the earlier date:
- a limit ending on a Saturday stays there; one ending on Good Friday moves to Saturday;
- the `holidays` CA-QC calendar is used without substitute ("observed") days, which
  s. 61(23) does not list (it does list Easter Monday, which that calendar lacks: a limit
  on Easter Monday is therefore not moved either).
The Act is silent on pauses: controller policy.
"""

from __future__ import annotations

from scheduler.calendar import SUNDAY
from scheduler.regimes.rules import Extension, Period, Regime, Rolling

US_CA_CCPA = Regime(
    name="us-ca-ccpa",
    period=Period(days=45),
    period_source="CCPA regs § 7021(b)",
    start_note="{day} is not counted: day 1 is {first} (Civil Code § 10)",
    rolling=None,
    no_rolling_note="the CCPA counts calendar days: the date is not moved",
    extension=Extension(
        period=Period(days=90),
        counted_from="clock_start",
        source="CCPA regs § 7021(b)",
    ),
    pauses="never",
    pause_note="CCPA regs § 7021(b): the 45 days run regardless of time needed to verify",
    clock_start_note="§ 7021(b): the period begins on the day the request is received",
    later_clock_start=False,
    acknowledge_business_days=10,
    acknowledge_source="CCPA regs § 7021(a)",
)

BR_LGPD = Regime(
    name="br-lgpd",
    period=Period(days=15),
    period_source="LGPD art. 19 II",
    start_note="{day} is not counted: day 1 is {first} (Civil Code art. 132)",
    rolling=Rolling(source="Civil Code art. 132 § 1"),
    extension=None,
    pauses="policy",
    pause_note="the LGPD is silent on pauses: controller policy",
    clock_start_note="art. 19 II counts from the request: a later start is the controller's call",
)

CA_QC = Regime(
    name="ca-qc",
    period=Period(days=30),
    period_source="P-39.1 s. 32",
    start_note="{day} is not counted: day 1 is {first}",
    rolling=Rolling(
        source="Interpretation Act s. 52, 61(23): Sundays and holidays only",
        weekend=frozenset({SUNDAY}),
        observed=False,
    ),
    extension=None,
    pauses="policy",
    pause_note="the Act is silent on pauses: controller policy",
    clock_start_note="s. 32 counts from receipt: a later start is the controller's position",
)
