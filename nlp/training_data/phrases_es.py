"""Spanish phrase book (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.training_data.lexicon import Lexicon

LEXICON = Lexicon(
    lang="es",
    greetings=(
        "Estimados señores:",
        "Hola,",
        "Buenos días,",
        "A la atención del delegado de protección de datos:",
        "",
    ),
    closings=("Atentamente,", "Un saludo,", "Gracias de antemano,", "Saludos cordiales,", ""),
    requests={
        "access": (
            "De conformidad con el artículo 15 del RGPD, solicito el acceso a todos mis datos personales.",
            "Por favor, envíenme una copia de toda la información que tienen sobre mí.",
            "Quiero saber qué datos míos tratan, con qué finalidad y a quién se los ceden.",
            "¿De dónde han sacado mi número de teléfono?",
        ),
        "rectification": (
            "Mi dirección es incorrecta en sus registros, les ruego que la rectifiquen.",
            "Solicito la rectificación de mis datos inexactos conforme al artículo 16 del RGPD.",
            "Mi apellido está mal escrito, corríjanlo por favor.",
        ),
        "erasure": (
            "Solicito la supresión de todos mis datos personales conforme al artículo 17 del RGPD.",
            "Quiero que borren mi cuenta y todos mis datos.",
            "Eliminen mis fotos y mi perfil de su web, por favor.",
            "Ejerzo mi derecho al olvido.",
        ),
        "restriction": (
            "Solicito la limitación del tratamiento de mis datos mientras verifican su exactitud.",
            "No borren mis datos todavía, pero dejen de usarlos: los necesito para una reclamación judicial.",
        ),
        "portability": (
            "Quiero recibir mis datos en un formato estructurado y legible por máquina, como CSV.",
            "Ejerzo mi derecho a la portabilidad: transmitan mis datos a mi nuevo proveedor {company}.",
        ),
        "objection": (
            "Me opongo al tratamiento de mis datos con fines de mercadotecnia directa.",
            "Dejen de enviarme publicidad, por favor.",
            "Me opongo a la elaboración de perfiles y a la cesión de mis datos a terceros.",
        ),
        "consent_withdrawal": (
            "Retiro mi consentimiento para el tratamiento de mis datos.",
            "En la medida en que el tratamiento se base en mi consentimiento, lo revoco por la presente.",
        ),
        "automated_decision": (
            "Mi solicitud de préstamo fue rechazada de forma automática; impugno la decisión y pido la intervención de una persona.",
        ),
    },
    subjects={
        "access": ("Solicitud de acceso a mis datos",),
        "rectification": ("Rectificación de datos",),
        "erasure": ("Supresión de datos", "Borrar mi cuenta"),
        "restriction": ("Limitación del tratamiento",),
        "portability": ("Portabilidad de datos",),
        "objection": ("Oposición al tratamiento",),
        "consent_withdrawal": ("Retirada del consentimiento",),
        "automated_decision": ("Decisión automatizada",),
        "other": ("Pedido {ref}", "Factura", "Fuera de la oficina", "Desistimiento"),
    },
    negatives=(
        "No puedo acceder a mi cuenta, me dice que la contraseña es incorrecta.",
        "Cancelen el pedido duplicado {ref}, por favor.",
        "Se me acabaron los datos móviles de mi tarifa a mitad de mes.",
        "¿Dónde está mi pedido {ref}? Todavía no ha llegado.",
        "Quiero anular la compra online que hice el {date}; estoy dentro de los catorce días y les devuelvo el paquete.",
        "Estoy fuera de la oficina hasta el {date}.",
        "Respuesta automática: hemos recibido su mensaje.",
        "¡Nuevas ofertas! Para darse de baja de este boletín pulse aquí.",
        "Muchas gracias por su ayuda.",
        "La factura de marzo tiene un error en el importe.",
    ),
    fillers=(
        "Soy cliente desde hace años.",
        "Mi número de cliente es {ref}.",
        "Ya he llamado dos veces al servicio de atención.",
    ),
    behalf=(
        "Les escribo en nombre de mi madre, {other}.",
        "Como representante legal de {other}, presento esta solicitud.",
    ),
    connectors=("Además,", "Asimismo,", "Y", ""),
    sms=(("por favor", "porfa"), ("que", "q"), ("gracias", "grax")),
)
