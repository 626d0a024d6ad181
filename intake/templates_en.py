"""English wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    date_pattern="{weekday} {day} {month} {year}",
    first_of_month="1",
    kind_names={
        "access": "access to your data (a copy)",
        "rectification": "correction of your data",
        "erasure": "erasure of your data",
        "restriction": "restriction of processing",
        "portability": "a portable copy of your data",
        "objection": "your objection to processing",
        "consent_withdrawal": "withdrawal of your consent",
        "automated_decision": "human review of an automated decision",
    },
    and_word=" and ",
    greeting="Hello,\n\n",
    automatic="This message was sent automatically.\n",
    ack_subject="[{reference}] We have received your request",
    ack_asked="You are asking for {asked}.\n\n",
    ack_body=(
        "We have received your request to {controller} on {received}.\n\n{asked}"
        "Your reference: {reference}\nAnswer due by: {due}\n\n"
        "Please keep this reference and put it in the subject of any message "
        "about this request. If we need to check your identity, we will write to you.\n\n"
    ),
    follow_up_subject="[{reference}] Message received",
    follow_up_body=(
        "Your message has been added to your request {reference}. "
        "The answer is still due by {due}.\n\n"
    ),
    verify_subject="[{reference}] Please confirm it is you",
    verify_code_body=(
        "Before we act on request {reference}, we need to be sure it comes from you.\n\n"
        "Your confirmation code: {code}\n\n"
        "Reply to this message with the code. It can be used once and expires on {expires}. "
        "If you did not write to {controller}, ignore this message.\n\n"
    ),
    verify_manual_body=(
        "Before we act on request {reference}, {controller} must check who is asking: "
        "the data concerned is sensitive, or the request is made for someone else.\n\n"
        "Please reply with a document proving your identity (or, for someone else, "
        "their written mandate). Hide anything we do not need, such as your photo or "
        "document number. We delete the document as soon as the check is recorded.\n\n"
    ),
    extension_subject="[{reference}] We need more time to answer",
    extension_body=(
        "The law allows us to take longer for complex or numerous requests, "
        "and we need to do so for request {reference}.\n\n"
        "Why: {reason}\n\nWe will answer by {due} at the latest.\n\n"
    ),
    clarify_subject="[{reference}] We need more information",
    clarify_body=(
        "To handle request {reference}, we need some more information from you:\n\n"
        "{question}\n\nPlease reply to this message. "
        "We will continue as soon as we have your answer.\n\n"
    ),
    answer_subject="[{reference}] Our answer to your request",
    answer_body="Here is the answer of {controller} to request {reference}.\n\n{summary}\n\n",
    answer_attached="The files we were asked for are attached ({count}).\n\n",
    refusal_subject="[{reference}] We cannot act on your request",
    refusal_body=(
        "{controller} will not act on request {reference}.\n\nWhy: {justification}\n\n"
        "If you disagree, you may complain to {authority} and you may also take "
        "the matter to court.\n\n"
    ),
    unknown_authority="the data protection authority of your country",
    recipients_subject="[{reference}] Tell the recipients of the data",
    recipients_body=(
        "Request {reference} ({kinds}) is answered. Article 19 GDPR: tell every recipient "
        "the data was disclosed to about the change, unless impossible or "
        "disproportionate, and tell the person who these recipients are if they ask.\n\n"
    ),
)  # fmt: skip
