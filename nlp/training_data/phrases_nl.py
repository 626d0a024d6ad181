"""Dutch phrase book (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.training_data.lexicon import Lexicon

LEXICON = Lexicon(
    lang="nl",
    greetings=("Geachte heer, mevrouw,", "Hallo,", "Goedemiddag,", "Beste {company},", ""),
    closings=("Met vriendelijke groet,", "Groeten,", "Alvast bedankt,", ""),
    requests={
        "access": (
            "Op grond van artikel 15 AVG verzoek ik u om inzage in alle persoonsgegevens die u over mij verwerkt.",
            "Stuur mij alstublieft een kopie van alle gegevens die u over mij heeft.",
            "Ik wil weten welke gegevens u van mij bewaart, waarvoor en met wie u ze deelt.",
            "Hoe komt u aan mijn telefoonnummer?",
        ),
        "rectification": (
            "Mijn adres staat verkeerd in uw systeem, wilt u het corrigeren?",
            "Ik verzoek om rectificatie van mijn onjuiste gegevens op grond van artikel 16 AVG.",
            "Mijn achternaam is verkeerd gespeld, pas dat alstublieft aan.",
        ),
        "erasure": (
            "Ik verzoek u al mijn persoonsgegevens te wissen op grond van artikel 17 AVG.",
            "Verwijder mijn account en al mijn gegevens.",
            "Haal mijn foto's en mijn profiel van uw website.",
            "Ik beroep mij op mijn recht om vergeten te worden.",
        ),
        "restriction": (
            "Ik verzoek om beperking van de verwerking van mijn gegevens totdat de juistheid is gecontroleerd.",
            "Verwijder mijn gegevens nog niet, maar gebruik ze niet meer: ik heb ze nodig voor een rechtszaak.",
        ),
        "portability": (
            "Ik wil mijn gegevens ontvangen in een gestructureerd, machineleesbaar formaat zoals CSV.",
            "Ik maak gebruik van mijn recht op overdraagbaarheid: stuur mijn gegevens naar mijn nieuwe aanbieder {company}.",
        ),
        "objection": (
            "Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing.",
            "Stuur mij geen reclame meer.",
            "Ik maak bezwaar tegen profilering en tegen het delen van mijn gegevens met partners.",
        ),
        "consent_withdrawal": (
            "Ik trek mijn toestemming voor de verwerking van mijn gegevens in.",
            "Voor zover de verwerking op mijn toestemming berust, trek ik die hierbij in.",
        ),
        "automated_decision": (
            "Mijn leningaanvraag is automatisch afgewezen; ik maak bezwaar tegen dit besluit en wil menselijke tussenkomst.",
        ),
    },
    subjects={
        "access": ("Inzageverzoek AVG",),
        "rectification": ("Correctie van mijn gegevens",),
        "erasure": ("Verwijderverzoek",),
        "restriction": ("Beperking van de verwerking",),
        "portability": ("Dataportabiliteit",),
        "objection": ("Bezwaar",),
        "consent_withdrawal": ("Intrekking toestemming",),
        "automated_decision": ("Geautomatiseerd besluit",),
        "other": ("Bestelling {ref}", "Factuur", "Afwezig", "Herroeping"),
    },
    negatives=(
        "Ik kan niet meer inloggen op mijn account.",
        "Annuleer de dubbele bestelling {ref} alstublieft.",
        "Mijn databundel is al op na twee weken.",
        "Waar blijft mijn pakket? Bestelling {ref} is nog niet aangekomen.",
        "Ik annuleer de online aankoop van {date} binnen de bedenktijd en stuur het pakket deze week terug.",
        "Ik ben afwezig tot {date}.",
        "Dit is een automatisch antwoord.",
        "Nieuwe aanbiedingen! Klik hier om je af te melden voor deze nieuwsbrief.",
        "Hartelijk dank voor uw hulp.",
        "Er staat een fout in mijn factuur van maart.",
    ),
    fillers=(
        "Ik ben al jaren klant bij u.",
        "Mijn klantnummer is {ref}.",
        "Ik heb al twee keer gebeld.",
    ),
    behalf=(
        "Ik schrijf namens mijn moeder, {other}.",
        "Als wettelijk vertegenwoordiger van {other} dien ik dit verzoek in.",
    ),
    connectors=("Daarnaast", "Verder", "En", ""),
    sms=(("alstublieft", "aub"), ("bedankt", "thx")),
)
