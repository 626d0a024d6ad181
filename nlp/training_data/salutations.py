"""Greetings and closings for the languages that have a sentence bank only.

Only the languages added with the sentence banks have an entry: the seven
phrase-book languages' greetings live in their phrase books and are not used
for composed messages (a known gap, see :func:`~nlp.training_data.composer.compose_message`). An empty string means "none": many messages have no
greeting, many chat messages no closing.
"""
# ruff: noqa: E501  (one language per line reads better than wrapped tuples)

from __future__ import annotations

from typing import Final

# fmt: off
GREETINGS: Final[dict[str, tuple[str, ...]]] = {
    "pl": ("Dzień dobry,", "Szanowni Państwo,", "Witam,", "Cześć,", "Szanowny Panie / Szanowna Pani,", ""),
    "cs": ("Dobrý den,", "Vážení,", "Vážená paní, vážený pane,", "Ahoj,", "Zdravím,", ""),
    "sk": ("Dobrý deň,", "Vážení,", "Vážená pani, vážený pán,", "Ahoj,", "Zdravím,", ""),
    "sv": ("Hej,", "Hej!", "Till dataskyddsombudet,", "Hej och tack för senast,", "God dag,", ""),
    "da": ("Hej,", "Kære kundeservice,", "Til databeskyttelsesrådgiveren,", "Goddag,", "Hej med jer,", ""),
    "ro": ("Bună ziua,", "Stimată doamnă, stimate domn,", "Salut,", "Către responsabilul cu protecția datelor,", "Bună,", ""),
    "hr": ("Poštovani,", "Dobar dan,", "Pozdrav,", "Poštovani službeniče za zaštitu podataka,", "Bok,", ""),
    "bg": ("Здравейте,", "Уважаеми господа,", "Добър ден,", "До длъжностното лице по защита на данните,", "Здрасти,", ""),
    "el": ("Καλημέρα σας,", "Αξιότιμοι κύριοι,", "Γεια σας,", "Προς τον υπεύθυνο προστασίας δεδομένων,", "Καλησπέρα,", ""),
    "hu": ("Tisztelt Hölgyem/Uram!", "Jó napot kívánok!", "Kedves Ügyfélszolgálat!", "Szia!", "Tisztelt Adatvédelmi Tisztviselő!", ""),
}

CLOSINGS: Final[dict[str, tuple[str, ...]]] = {
    "pl": ("Z poważaniem,", "Pozdrawiam,", "Dziękuję z góry,", "Z wyrazami szacunku,", ""),
    "cs": ("S pozdravem,", "Děkuji předem,", "S úctou,", "Hezký den,", ""),
    "sk": ("S pozdravom,", "Ďakujem vopred,", "S úctou,", "Pekný deň,", ""),
    "sv": ("Med vänliga hälsningar,", "Vänliga hälsningar,", "Tack på förhand,", "Hälsningar,", ""),
    "da": ("Med venlig hilsen,", "Venlig hilsen,", "På forhånd tak,", "Hilsen,", ""),
    "ro": ("Cu stimă,", "Mulțumesc anticipat,", "Cu respect,", "O zi bună,", ""),
    "hr": ("S poštovanjem,", "Lijep pozdrav,", "Unaprijed hvala,", "Srdačno,", ""),
    "bg": ("С уважение,", "Поздрави,", "Благодаря предварително,", "Хубав ден,", ""),
    "el": ("Με εκτίμηση,", "Ευχαριστώ εκ των προτέρων,", "Φιλικά,", "Με τιμή,", ""),
    "hu": ("Üdvözlettel,", "Tisztelettel,", "Előre is köszönöm,", "Szép napot,", ""),
}
# fmt: on
