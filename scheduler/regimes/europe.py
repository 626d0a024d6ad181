"""European regimes: EU GDPR, UK GDPR and the Swiss FADP.

Sources, and the readings chosen where they leave room:

EU GDPR, Art. 12(3): answer "within one month of receipt of the request", extendable "by two
further months", the subject being told of the extension "within one month of receipt".
Periods in EU acts are computed under Regulation (EEC, Euratom) No 1182/71:
- art. 3(1): the day of the event (receipt) is not counted;
- art. 3(2)(c): a period in months ends on the day of the last month bearing the same date
  as the day the period runs from, or on the last day of that month when it has no such
  date (31 Jan -> 28/29 Feb);
- art. 3(4): a period ending on a Saturday, Sunday or public holiday ends on the next
  working day instead. Public holidays are those of the controller's country (art. 2(1)).
EDPB Guidelines 01/2022 on the right of access (v2.1, section 5.3, timing) restate the
one-month limit and the two-month extension.
Reading chosen for the extension: the two further months are added to the original,
unrolled end of the first month, since art. 3(2)(c) counts a period from the event that
starts it (here, the expiry of the first month). So 31 Jan gives 28 Feb, extended to
28 Apr rather than 30 Apr: the earlier of the two possible readings, which no authority
can fault. The ICO's "three months from receipt" (used for uk-gdpr) would give 30 Apr.
Identity checks: the GDPR is silent on whether waiting for ID stops the clock. France's
2018 implementing decree (decree 2005-1309 art. 92, repealed in 2019) said it did; the
Berlin authority, in an art. 60 procedure led by Sweden's IMY, accepted that the month
paused while the subject left an authentication request unanswered; other guidance only
says the month runs from receipt. So it is the controller's documented `pause_policy`.

UK GDPR: the ICO's right-of-access guidance (time limits): one calendar month starting on
the day of receipt, or of receipt of requested ID or fee if later, until the corresponding
date next month ("receipt 3 Sep -> due 3 Oct"); the last day of the month when there is no
corresponding date; the next working day when the date falls on a weekend or bank holiday;
extension "by a further two months", a maximum of three calendar months from receipt. The
Data (Use and Access) Act 2025 (UK GDPR art. 12A, in force 5 Feb 2026) codifies "stop the
clock": the period does not run while the controller waits for requested clarification.
Bank holidays differ per nation, so pass GB-ENG, GB-WLS, GB-SCT or GB-NIR, and substitute
("observed") bank holidays count.

Swiss FADP, Data Protection Ordinance (DSV/OPDo, SR 235.11) art. 18: information within 30
days of receipt; when that is impossible the controller must tell the person within the
30 days, and say by when it will answer: an extension of a length the controller sets, so
`extended_due` stays None. Day counting: Code of Obligations art. 77(1)(1) (day of receipt
not counted), art. 78 and the federal Act of 21 June 1963 on time limits ending on a
Saturday (SR 173.110.3): a period ending on a Saturday, Sunday or recognised public holiday
ends on the next working day. Holidays are cantonal: pass `CH-ZH`, `CH-GE`... The ordinance
says nothing about pauses, so the controller's `pause_policy` decides (art. 16(5) only
obliges the person to cooperate in identifying themselves).
"""

from __future__ import annotations

from scheduler.regimes.rules import Extension, Period, Regime, Rolling

_EU_START = "{day} is not counted: the period runs from {first} (Reg. 1182/71 art. 3(1))"

EU_GDPR = Regime(
    name="eu-gdpr",
    period=Period(months=1),
    period_source="GDPR art. 12(3)",
    start_note=_EU_START,
    rolling=Rolling(source="Reg. 1182/71 art. 3(4)"),
    extension=Extension(
        period=Period(months=2),
        counted_from="period_end",
        source="GDPR art. 12(3)",
    ),
    pauses="policy",
    pause_note="the GDPR is silent on pauses: controller policy",
    clock_start_note="art. 12(3) counts from receipt: a later start is the controller's position",
)

UK_GDPR = Regime(
    name="uk-gdpr",
    period=Period(months=1),
    period_source="UK GDPR art. 12(3), ICO guidance",
    start_note="the month ends on the date corresponding to the day it runs from (ICO example:"
    " receipt 3 Sep → due 3 Oct)",
    rolling=Rolling(source="ICO guidance: weekend or bank holiday → next working day"),
    extension=Extension(
        period=Period(months=3),
        counted_from="clock_start",
        source="UK GDPR art. 12(3), ICO guidance",
    ),
    pauses="always",
    pause_note="UK GDPR art. 12A (DUAA 2025): waiting for clarification stops the clock",
    clock_start_note="ICO, UK GDPR art. 12A: the month runs from receipt of requested ID or fee",
)

CH_FADP = Regime(
    name="ch-fadp",
    period=Period(days=30),
    period_source="DSV art. 18(1)",
    start_note="{day} is not counted: day 1 is {first} (CO art. 77)",
    rolling=Rolling(source="CO art. 78, SR 173.110.3 (Saturdays)"),
    extension=Extension(
        period=None,
        counted_from="period_end",
        source="DSV art. 18(2): the controller sets the new time limit",
    ),
    pauses="policy",
    pause_note="the DSV is silent on pauses: controller policy",
    clock_start_note="DSV art. 18 counts from receipt: a later start is the controller's position",
)
