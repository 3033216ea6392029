//! Spanish: every word lantern itself says, in the same fields as English.

use super::{plural, Catalog};

/// Spanish: plain US and Latin American Spanish, "usted", short and warm; the crisis words
/// match the Spanish pack's own (`content/es/crisis.toml`, `questionnaire.toml`).
pub const ES: Catalog = Catalog {
    get_help_now: "Obtenga ayuda ahora",
    // Short enough that Ctrl-G shows wherever it does in English (Spanish words are longer).
    badges: [
        " ! o Ctrl-G  Obtenga ayuda ahora · Llame o escriba al 988 ",
        " ! o Ctrl-G  Ayuda · Llame o escriba al 988 ",
        " ! Ayuda · Llame o escriba al 988 ",
        " ! Llame o escriba al 988 ",
    ],
    text_badges: [
        " Ctrl-G  Obtenga ayuda ahora · Llame o escriba al 988 ",
        " Ctrl-G Ayuda · Llame o escriba al 988 ",
        " Ctrl-G · Llame o escriba al 988 ",
        " Ctrl-G · Llame al 988 ",
    ],
    call_or_text_988: ["Llame o escriba al 988", "Llame al 988", "988"],
    press_for_help: ["Presione ! para pedir ayuda", "! para ayuda", "! ayuda"],
    too_small: ["Ventana muy pequeña", "Muy pequeña"],
    make_larger: ["Agrándela a 40×12 o más", "Mínimo 40×12"],

    back_button: " ‹ Atrás ",
    end_session_button: " Terminar sesión ",
    counselor_mode: " · consejero",
    place_welcome: "Inicio",
    place_contents: "Contenido",
    place_section: |n, of| format!("Sección {n} de {of}"),
    place_search: "Buscar",
    place_glossary: "Glosario",
    place_sources: "Fuentes",
    place_settings: "Ajustes",
    place_self_check: "Autoevaluación",
    place_question: |n, of| format!("Autoevaluación {n} de {of}"),

    hint_close: "Esc cerrar",
    hint_check: "Enter comprobar",
    hint_cancel: "Esc cancelar",
    hint_keys_f1: "F1 teclas",
    hint_back: "Esc atrás",
    hint_keys: "? teclas",
    hint_end_session: "e terminar sesión",
    hint_handout: "h folleto",
    hint_new_client: "N nuevo cliente",
    hint_quit: "q salir",

    disclaimer: "lantern no es consejo médico y no puede darle un diagnóstico. Para consejos \
                 sobre su propia salud, hable con un médico, una enfermera o un consejero.",
    privacy: "lantern funciona sin internet. Nada de lo que haga aquí se envía a ningún \
              lugar, ni se guarda a menos que usted lo pida.",
    kiosk_privacy: "Nada de lo que haga aquí se envía ni se guarda. Cuando se vaya, esta \
                    pantalla se borra sola; presione e o toque Terminar sesión para borrarla \
                    ahora.",
    kiosk_start: "Toque una opción de abajo, o presione su número, para empezar.",
    kiosk_help: "¿Necesita ayuda ahora mismo? Llame o envíe un mensaje de texto al 988. \
                 Presione ! o toque la barra de ayuda de abajo para ver todas las formas de \
                 recibir ayuda aquí.",
    not_advice_short: "No es consejo médico. No es un diagnóstico.",
    continue_reading: "Seguir leyendo",
    where_you_left_off: "Donde se quedó",
    where_you_left_off_in: |n, title| format!("Donde se quedó: {n}. {title}"),
    item_read: "Leer",
    item_read_about: |topic| format!("Aprenda sobre {topic}, sección por sección"),
    item_self_check: "Autoevaluación",
    item_self_check_about: "¿Debo hablar con un profesional? Preguntas cortas, sin puntaje",
    item_get_help_about: "Líneas de crisis para llamar o escribir, el 988 primero",
    facts_checked_on: |date| format!("Datos comprobados con sus fuentes el {date}."),
    facts_checked_between: |oldest, newest| {
        format!("Datos comprobados con sus fuentes entre el {oldest} y el {newest}.")
    },
    reviewed_by: |reviewers| format!("Revisado por un profesional clínico: {reviewers}."),
    reviewed_no_clinician: "Aún sin revisión de un profesional clínico.",
    about_fallback: |topic| {
        format!(
            "Información clara y con fuentes sobre {topic}, sección por sección, y dónde \
             buscar ayuda."
        )
    },

    contents_heading: |n| format!("Contenido — {n} secciones. Elija una para leer."),
    contents_heading_short: |n| format!("Contenido — {n} secciones"),
    read_mark: " leída ·",
    terms_count: |n| format!(" {n} término{}", plural(n, "", "s")),
    glossary_row_about: "Las palabras médicas de las secciones, explicadas",
    sources_count: |n| format!(" {n} fuente{}", plural(n, "", "s")),
    sources_row_about: "Cada estudio, etiqueta de medicamento y página oficial que citan las \
                        secciones",

    crisis_opening: "No tiene que pasar por esto a solas. Hay ayuda gratis y confidencial, a \
                     cualquier hora.",
    crisis_how: "Use cualquier teléfono. lantern no hace llamadas ni se conecta a nada.",
    crisis_close_hints: [
        " ↓ más · [ Cerrar ] Esc ",
        " [ Cerrar ] Esc ",
        " ↓ más · Esc cerrar ",
        " Esc cerrar ",
    ],
    crisis_compact_hints: ["Esc cerrar · ↓ más", "Esc cerrar", "Esc"],
    front_desk_name: "Avise en la recepción",
    front_desk_contact: "El personal puede ayudarle ahora mismo. Hable con cualquier persona \
                         de la recepción.",

    new_client_title: " Nuevo cliente ",
    new_client_question: "¿Empezar de nuevo para el siguiente cliente? Esto borra las \
                          respuestas de la autoevaluación, las secciones vistas y cada lugar \
                          en el texto.",
    new_client_yes: " Sí, borrar todo (s) ",
    new_client_no: " No (n) ",
    handout_title: " Folleto ",
    handout_question: "¿Poner también los resultados de la autoevaluación en el folleto? Son \
                       privados: inclúyalos solo si su cliente está de acuerdo. Esc cancela el \
                       folleto.",
    handout_yes: " Sí, incluirlos (s) ",
    handout_no: " No, dejarlos fuera (n) ",
    handout_plan_question: "¿Poner también el plan para los momentos difíciles en el folleto? \
                            Es de la persona: pregúntele primero.",
    handout_plan_yes: " Sí, añadir el plan (s) ",
    handout_plan_no: " No, dejarlo fuera (n) ",
    still_there: "¿Sigue ahí?",
    kiosk_content_failed: "El contenido de este quiosco no pasó su control; personal: vea el \
                           registro o ejecute lantern doctor.",
    starting_over: |seconds| {
        format!(
            "Todo empezará de nuevo en {seconds} s, para que la próxima persona no vea nada \
             suyo. Sus respuestas se borrarán."
        )
    },
    keep_going: "Toque la pantalla o presione cualquier tecla para continuar.",
    pin_prompt: "Escriba el PIN del personal y presione Enter. Esc cancela.",
    staff_exit: "Salida del personal",
    pin_wrong: "Ese PIN no es correcto.",
    pin_locked: "Demasiados intentos. Espere un rato y vuelva a intentarlo. Cada espera es \
                 más larga que la anterior.",

    help_title: |screen| format!(" Teclas: {screen} "),
    plan_title: "Mi plan para los momentos difíciles",
    plan_place: "Mi plan",
    plan_about: "Anote lo que le ayuda y a quién acudir, con sus propias palabras",
    plan_intro: "Un plan hecho con tiempo, para cuando las cosas se ponen difíciles: qué \
                 notar, qué hacer y a quién acudir. Es suyo: elija ideas de abajo, escriba \
                 las suyas o salte un paso.",
    plan_kept:
        "Su plan solo existe mientras lantern está abierto. No se escribe en ningún archivo.",
    plan_method: "Los pasos siguen la Intervención de Planificación de Seguridad (Stanley y \
                  Brown, 2012).",
    plan_steps: [
        "Señales de que empieza un momento difícil",
        "Cosas que puedo hacer por mi cuenta",
        "Personas y lugares que me distraen",
        "Personas a quienes puedo pedir ayuda",
        "Profesionales y líneas de crisis",
        "Hacer mi espacio más seguro",
        "Mis razones para seguir adelante",
    ],
    plan_prompts: [
        "¿Qué nota en usted cuando las cosas empiezan a ponerse difíciles?",
        "¿Qué le ayuda a pasar un momento difícil, aunque sea un poco?",
        "¿Quién o qué lugar le hace compañía, sin tener que hablar de ello?",
        "¿A quién pediría ayuda? Añada su nombre y cómo comunicarse.",
        "¿A quién puede llamar o escribir a cualquier hora? El 988 siempre va primero.",
        "¿Qué podría hacer su espacio más seguro mientras todo está difícil? Solo lo que le \
         parezca bien.",
        "¿Qué le importa? Este paso es suyo para llenarlo, o para dejarlo para después.",
    ],
    plan_examples: [
        &[
            "Dejo de contestar mensajes",
            "Duermo mucho más, o mucho menos",
            "Me quedo sin energía, o con los nervios de punta",
            "Pienso que las cosas nunca van a mejorar",
            "Bebo o consumo más de lo normal",
        ],
        &[
            "Salir a caminar",
            "Darme una ducha",
            "Escuchar música que me gusta",
            "Escribir cómo me siento",
            "Respirar despacio unos minutos",
        ],
        &[
            "Llamar a una amistad solo para charlar",
            "Ir a un café, una biblioteca o un parque",
            "Pasar tiempo con la familia",
            "Ir a un grupo al que pertenezco",
        ],
        &[
            "Una amistad:",
            "Alguien de mi familia:",
            "Alguien del vecindario:",
        ],
        &["Mi médico o médica:", "Mi consejero o consejera:"],
        &[
            "Pedir a alguien de confianza que guarde lo que podría usar para hacerme daño \
             hasta que me sienta a salvo",
            "Estar con alguien, o ir a donde haya otras personas",
            "Pasar tiempo en un cuarto que me dé calma",
        ],
        &[
            "Las personas que quiero",
            "Una mascota que me necesita",
            "Cosas que todavía quiero hacer",
            "Mi fe o mis valores",
        ],
    ],
    plan_step_of: |step, steps| format!("Paso {step} de {steps}"),
    plan_summary: "Mi plan completo",
    plan_write_own: "Escribir lo mío…",
    plan_typing: "Escriba y presione Enter para añadirlo · Esc cancelar",
    plan_empty_step: "(nada todavía)",
    plan_previous: "‹ Paso anterior",
    plan_next: "Paso siguiente ›",
    plan_link: "p  Mi plan para los momentos difíciles: lo que ayuda y a quién acudir",
    key_plan: "Mi plan para los momentos difíciles",
    key_plan_item: "Añadir o quitar la línea elegida",
    key_plan_add: "Añadir la línea escrita",
    key_next_step: "Paso siguiente",
    key_previous_step: "Paso anterior",
    key_save_plan: "Guardar mi plan (un archivo que solo usted puede leer)",
    key_delete_plan: "Borrar mi plan guardado (pregunta antes)",
    plan_kept_personal: "No se guarda nada a menos que elija Guardar mi plan. Entonces es un \
                         archivo que solo usted puede leer, y estará ahí la próxima vez que \
                         abra lantern.",
    plan_save_keys: "s  Guardar mi plan · D  Borrar mi plan",
    plan_saved: |path| format!("Su plan se guardó en {path}. Solo usted puede leerlo."),
    plan_failed: |err| format!("Su plan no se guardó ni se borró: {err}"),
    plan_deleted: "Su plan guardado se borró.",
    plan_kept_lines_personal: "No se guarda nada a menos que diga que sí al final. Entonces es \
                               un archivo que solo usted puede leer.",
    plan_lines_how: "Escriba un número para añadir esa idea, o escriba su propia línea. Una \
                     línea vacía pasa al paso siguiente.",
    plan_always_first: "Siempre primero:",
    plan_added: |line| format!("Añadido: {line}"),
    plan_save_question: "¿Guardar este plan? Va en un archivo que solo usted puede leer. (s/n) ",
    plan_none_saved: "No hay ningún plan guardado. Haga uno con `lantern plan`, o en lantern \
                      (opción 4).",
    plan_unreadable: |err| {
        format!("No se pudo leer su plan guardado, así que se deja como está: {err}")
    },
    plan_delete_title: " Borrar mi plan ",
    plan_delete_question: "¿Borrar su plan guardado? Se elimina el archivo y se vacía el plan \
                           en pantalla. No se puede deshacer.",
    plan_delete_yes: " Sí, borrarlo (s) ",
    plan_delete_no: " No (n) ",
    plan_qr_caption: "Apunte aquí la cámara de un teléfono para llevarse su plan como texto:",
    crisis_qr_caption: "Apunte aquí la cámara de un teléfono para guardar el 988 como contacto:",
    cover_title: "Notas",
    cover_body: "Todavía no hay nada aquí.",
    cover_badges: [" ! o Ctrl-G  Ayuda ", " ! Ayuda ", " ! "],
    cover_back_hint: "Ctrl-W volver",
    cover_kiosk_hint: "Presione cualquier tecla para empezar",
    hint_cover: "Ctrl-W ocultar",
    key_cover: "Ocultar la pantalla al instante; Ctrl-W otra vez la devuelve",
    key_cover_kiosk: "Ocultar la pantalla al instante y borrar la sesión",
    help_cover_limits: "Ctrl-W no puede ocultar lo que alguien ya vio, los archivos que \
                        guardó, el historial de su terminal ni un título de ventana que \
                        diga lantern.",
    help_close_hints: [
        " ↓ más · [ Cerrar ] ? o Esc ",
        " [ Cerrar ] ? o Esc ",
        " ↓ más · ? o Esc cerrar ",
        " ? o Esc cerrar ",
    ],
    context_reading: "Lectura",
    context_keys: "Teclas",
    context_question: "Pregunta",
    type_words: "Escriba las palabras que busca",
    type_pin: "Escriba el PIN del personal",
    key_space: "Espacio",

    key_get_help: "Obtenga ayuda ahora: líneas de crisis, el 988 primero",
    key_help: "Mostrar u ocultar estas teclas",
    key_back: "Cerrar esto, o volver atrás",
    key_back_text: "Volver atrás",
    key_quit: "Salir de inmediato (no deja nada en la pantalla)",
    key_search: "Buscar en todas las secciones",
    key_glossary: "Glosario: palabras explicadas",
    key_sources: "Fuentes: todas las referencias",
    key_move_up: "Subir",
    key_move_down: "Bajar",
    key_scroll_up: "Subir una línea",
    key_scroll_down: "Bajar una línea",
    key_page_up: "Subir una página",
    key_page_down: "Bajar una página",
    key_open_number: "Abrir una opción por su número",
    key_open_item: "Abrir la opción marcada",
    key_list_page_up: "Una página hacia arriba",
    key_list_page_down: "Una página hacia abajo",
    key_first_section: "Primera sección",
    key_last_section: "Última sección",
    key_open_row: "Abrir la fila marcada",
    key_start: "Ir al principio",
    key_end: "Ir al final",
    key_next_section: "Sección siguiente",
    key_previous_section: "Sección anterior",
    key_previous_result: "Resultado anterior",
    key_next_result: "Resultado siguiente",
    key_results_page_up: "Una página de resultados hacia arriba",
    key_results_page_down: "Una página de resultados hacia abajo",
    key_first_result: "Primer resultado",
    key_last_result: "Último resultado",
    key_read_match: "Leer la sección en este resultado",
    key_delete_letter: "Borrar una letra",
    key_settings: "Ajustes: tema, caracteres, ratón",
    key_section_number: "Abrir una sección por su número (del 10 en adelante: dos dígitos)",
    key_clear_answers: "Borrar mis respuestas ahora",
    key_start_self_check: "Empezar la autoevaluación",
    key_give_selected: "Dar la respuesta marcada",
    key_give_number: "Dar la respuesta con ese número",
    key_previous_question: "Volver a la pregunta anterior",
    key_change_answers: "Cambiar mis respuestas",
    key_last_question: "Volver a la última pregunta",
    key_save_summary: "Guardar un resumen en un archivo",
    key_top: "Ir arriba",
    key_first_setting: "Primer ajuste",
    key_last_setting: "Último ajuste",
    key_change_setting: "Cambiar el ajuste marcado",
    key_yes: "Sí",
    key_no: "No",
    key_check_pin: "Comprobar el PIN",
    key_delete_digit: "Borrar un dígito",
    key_handout: "Folleto: escribir un archivo de texto para darle al cliente",
    key_new_client: "Nuevo cliente: borrar todo (pregunta antes)",
    key_prompts: "Mostrar u ocultar las preguntas para conversar",
    key_end_session: "Terminar sesión: borrar todo y empezar de nuevo",
    key_language: "Cambiar de idioma: English · Español",
    key_continue_reading: "Seguir leyendo donde lo dejó",

    all_shown: "Todo a la vista",
    lines_of: |first, last, total, percent| {
        format!("Líneas {first}–{last} de {total} · {percent}%")
    },
    glossary_status: [" Glosario · s fuentes · / buscar", " Glosario"],
    sources_status: [" Fuentes · w glosario · / buscar", " Fuentes"],

    previous_button: " ‹ Anterior ",
    next_button: " Siguiente › ",
    reader_status: [" · ← → secciones · / buscar", " · ← → secciones"],
    prompts_heading: "Para conversar juntos (d las oculta)",
    no_prompts: "Esta sección no tiene preguntas para conversar.",
    callout_key_fact: "DATO CLAVE",
    callout_warning: "ADVERTENCIA",
    callout_takeaway: "EN RESUMEN",
    section_of_reading: |n, of, minutes| {
        format!("Sección {n} de {of} · unos {minutes} min de lectura")
    },
    key_points: "Puntos clave",
    what_next: "Lo que puede hacer ahora",
    words_used_here: "Palabras usadas aquí",
    how_checked: "Cómo se revisó",
    not_reviewed: "Todavía no lo ha revisado un profesional clínico",
    reviewed_by_on: |name, role, date| format!("Revisado por {name} ({role}) el {date}"),
    reviewed_older: |name, role, date, reviewed, version| {
        format!(
            "Revisado por {name} ({role}) el {date}, para la versión {reviewed} (esta es la \
             versión {version}; el texto puede haber cambiado desde entonces)"
        )
    },
    sources_checked_on: |date| format!("Última comprobación con las fuentes: {date}"),

    search_label: "Buscar: ",
    search_empty: "Escriba una palabra o una frase. Enter abre la sección donde aparece.",
    search_none: "No hay resultados. Pruebe con una palabra más corta o distinta.",
    search_count: |matches, sections| {
        format!(
            "{matches} resultado{} en {sections} secci{}",
            plural(matches, "", "s"),
            plural(sections, "ón", "ones")
        )
    },
    search_first_listed: |n| format!(" (se muestran los primeros {n})"),

    not_a_test: "Una autoevaluación, no un examen",
    press_enter_to_go_on: |answered, of| {
        format!("Presione Enter para seguir. Ha contestado {answered} de {of}.")
    },
    press_enter_to_start: "Presione Enter para empezar.",
    touch_to_go_on: |answered, of| {
        format!(
            "Toque esta página, o presione Enter, para seguir. Ha contestado {answered} de {of}."
        )
    },
    touch_to_start: "Toque esta página, o presione Enter, para empezar.",
    self_check_privacy_personal: "Sus respuestas se quedan en esta pantalla, solo mientras \
                                  lantern está abierto. Se borran cuando usted sale o las \
                                  borra. No se guarda nada, a menos que usted pida un resumen \
                                  al final.",
    self_check_privacy_counselor: "Sus respuestas se quedan en esta pantalla, solo mientras \
                                   lantern está abierto. Se borran al empezar de nuevo con el \
                                   siguiente cliente, al salir o al borrarlas. No se guarda \
                                   nada, a menos que pida un resumen o un folleto.",
    self_check_privacy_kiosk: "Sus respuestas se quedan en esta pantalla solo mientras la usa. \
                               Se borran cuando termina la sesión o se va. Aquí nunca se \
                               guarda nada.",
    question_of: |n, of| format!("Pregunta {n} de {of}"),
    prefer_not_to_say: "Prefiero no contestar",
    not_answered: "(sin respuesta)",
    your_answer: " (su respuesta)",
    how_to_answer_touch: "Toque una respuesta, o use ↑ ↓ y Enter, o un número · ← volver · x \
                          borrar mis respuestas",
    how_to_answer: "↑ ↓ y Enter, o un número, para contestar · ← volver · x borrar mis \
                    respuestas",
    intro_status: " Autoevaluación",
    results_status: [
        " Resultados · c cambiar · s guardar",
        " Resultados · c cambiar",
        " Resultados",
    ],
    why: "Por qué",
    no_reasons: "Ninguna de sus respuestas apuntó a una sola razón clara. Lo que usted siente \
                 importa de todos modos.",
    skipped_count: |n, of| format!("Usted no respondió {n} de las {of} preguntas."),
    skipped_count_and_safety: |n, of| {
        format!("Usted no respondió {n} de las {of} preguntas, entre ellas la de su seguridad.")
    },
    skipped_safety_only: "Usted no respondió la pregunta sobre su seguridad.",
    skipped_rests_on: "Estos resultados se basan solo en las respuestas que dio, así que no \
        pueden decirle que todo está bien. Al final, sus respuestas muestran lo que no respondió.",
    skipped_help: "Sea lo que sea que no respondió, un médico, una enfermera o un consejero \
        puede hablarlo con usted. Si las cosas se sienten difíciles, puede llamar o enviar un \
        mensaje de texto al 988 en cualquier momento.",
    skipped_summary: "Hubo muy pocas respuestas para sacar algo en claro. Lo que usted siente \
        importa, haya respondido lo que haya respondido.",
    skipped_no_reasons: "Hubo muy pocas respuestas para señalar una razón.",
    skipped_say: "“Me gustaría hablar con alguien de cómo me he estado sintiendo.”",
    say_heading: "Lo que podría decirle a un profesional",
    talk_together: "Para conversar juntos",
    crisis_line: "Si en algún momento siente que no está a salvo, llame o envíe un mensaje de \
                  texto al 988, a cualquier hora. Es gratis y privado.",
    results_keys_kiosk: "c cambiar mis respuestas · x borrar mis respuestas · e terminar sesión",
    results_keys_counselor: "c cambiar respuestas · s guardar un resumen · h folleto · x \
                             borrar respuestas",
    results_keys_personal: "c cambiar mis respuestas · s guardar un resumen · x borrar mis \
                            respuestas",
    your_answers: "Sus respuestas",
    result_label: |title| format!("Resultado: {title}"),

    on: "activado",
    off: "desactivado",
    setting_theme: "Tema",
    setting_characters: "Caracteres",
    setting_mouse: "Ratón",
    setting_remember: "Recordar dónde me quedé",
    setting_language: "Idioma / Language",
    theme_default: "predeterminado",
    theme_high_contrast: "alto contraste",
    theme_mono: "monocromo",
    characters_ascii: "solo ASCII",
    characters_unicode: "Unicode",
    theme_about: "Colores: predeterminado (los de su terminal), alto contraste, o monocromo \
                  (sin color)",
    characters_about: "Solo ASCII sirve en consolas que muestran cuadritos o signos de \
                       interrogación",
    mouse_about: "Hacer clic y desplazarse. Mientras esté activado, copiar y pegar en su \
                  terminal puede necesitar la tecla Mayús (Shift)",
    remember_about: "Guarda su última sección y lo que ya leyó en esta computadora. \
                     Desactivarlo lo olvida",
    language_about: "Las palabras de la pantalla y el contenido",
    saved_at: |path| format!("Los cambios se guardan de inmediato en {path}"),
    no_settings_folder: "No se encontró una carpeta de ajustes, así que los cambios duran \
                         hasta que salga.",
    counselor_saves_nothing: "El modo consejero no guarda nada: los cambios duran hasta que \
                              salga.",
    settings_how: "Enter o Espacio cambia el ajuste marcado. Esc vuelve atrás.",

    glossary_intro: "Las palabras que usan las secciones, en lenguaje sencillo. Cada una está \
                     subrayada donde aparece por primera vez.",
    used_in: |sections| format!("Se usa en {sections}"),
    sources_intro: "Todas las fuentes que citan las secciones: agencias del gobierno, la \
                    etiqueta del producto y artículos de investigación. Dentro de una sección, \
                    [1] remite a la lista propia de esa sección.",
    cited_in: |count, numbers| {
        format!(
            "Se cita en {} {numbers}",
            plural(count, "la sección", "las secciones")
        )
    },

    call_any_time: "Llame o envíe un mensaje de texto al 988 a cualquier hora para recibir \
                    ayuda gratis y confidencial.",
    menu_read: "Leer una sección",
    menu_self_check: "Autoevaluación: ¿debo hablar con un profesional?",
    menu_get_help: "Obtenga ayuda ahora (líneas de crisis, el 988 primero)",
    menu_quit: "Salir",
    sections_label: "Secciones:",
    type_a_number: |max| format!("Escriba un número del 1 al {max} y presione Enter: "),
    not_a_number: |typed| format!("Perdón, \"{typed}\" no es uno de los números."),
    stopped_early: "Se detuvo antes del final. Sus respuestas no se guardaron.",
    type_a_number_or_back: |max| {
        format!("Escriba un número del 1 al {max} y presione Enter, o 0 para volver: ")
    },
    type_a_number_or_stop: |max| {
        format!("Escriba un número del 1 al {max} y presione Enter, o 0 para parar: ")
    },
    type_a_number_or_previous: |max| {
        format!(
            "Escriba un número del 1 al {max} y presione Enter, o 0 para volver a la pregunta \
             anterior: "
        )
    },
    back_words: ["volver", "atrás"],
    your_answer_was: |given| format!("Su respuesta fue: {given}"),
    line_privacy_save: "Sus respuestas se olvidan cuando esto termina. No se guarda nada, a \
                        menos que al final diga que sí a guardar un resumen.",
    line_privacy_nothing: "Sus respuestas se olvidan cuando esto termina. No se guarda nada.",
    save_summary_question: "¿Guardar un resumen de sus respuestas en un archivo? Escriba s y \
                            presione Enter para guardarlo, o solo presione Enter para no \
                            guardar nada: ",
    yes_words: ["s", "sí"],
    not_yes_or_no: |typed| format!("Perdón, \"{typed}\" no es s ni n."),
    nothing_saved: "No se guardó nada.",

    handout_heading: |date| format!("Folleto de lantern, {date}"),
    handout_yours: "Este folleto es para usted. Es información general: no es consejo médico \
                    ni un diagnóstico. Hable de su salud con su propio médico, enfermera o \
                    consejero.",
    handout_crisis: "Si está en crisis o piensa en el suicidio, llame o envíe un mensaje de \
                     texto al 988, a cualquier hora, gratis.",
    handout_covered: "LO QUE VIMOS",
    handout_nothing_covered: "Esta vez no abrimos ninguna sección juntos.",
    next_steps_label: "Próximos pasos",
    handout_sources: "Fuentes (los números entre corchetes de arriba):",
    handout_full_section: |n| {
        format!(
            "Esto es un resumen: la sección completa es la número {n} de lantern, el \
             programa que usamos juntos."
        )
    },
    handout_results: "RESULTADOS DE LA AUTOEVALUACIÓN (no es un diagnóstico)",
    summary_heading: |date| format!("Resumen de la autoevaluación de lantern, {date}"),
    summary_note: "Esto no es un diagnóstico ni un consejo médico. Es una nota de sus \
                   respuestas para ayudarle a hablar con un profesional.",

    summary_saved: |path| format!("Su resumen se guardó en {path}"),
    summary_failed: |err| format!("No se pudo guardar el resumen: {err}"),
    handout_saved: |path| format!("El folleto se guardó en {path}"),
    handout_failed: |err| format!("No se pudo guardar el folleto: {err}"),
    settings_failed: |err| {
        format!(
            "No se pudieron guardar los ajustes ({err}). lantern sigue funcionando; los \
             cambios duran hasta que salga."
        )
    },
    new_client_ready: "Listo para el siguiente cliente: se borró todo.",
    answers_cleared: "Sus respuestas se borraron.",
    no_settings_folder_error: "no se encontró una carpeta de ajustes",
    no_data_folder: "no se encontró una carpeta de datos",
    no_documents_folder: "no se encontró la carpeta de documentos ni la carpeta personal",
    in_folder: |err, folder| format!("{err} (en {folder})"),
    error_help: "Si necesita ayuda ahora, llame o envíe un mensaje de texto al 988.",
    settings_need_fixing: "lantern: la configuración de arriba tiene un problema; corríjalo y \
                           vuelva a intentarlo. El archivo no se cambió.",
    no_such_section: |wanted, count, ids| {
        format!(
            "lantern: no hay ninguna sección `{wanted}`. Escriba un número del 1 al {count} o \
             uno de estos identificadores: {ids}"
        )
    },
    place_not_saved: |err| format!("lantern: no se pudo guardar el lugar donde iba leyendo: {err}"),
    output_failed: |err| format!("lantern: no se pudo escribir la salida: {err}"),
    kiosk_needs_terminal: |why| {
        format!(
            "lantern: el modo quiosco necesita una terminal de pantalla completa, y {why}, así \
             que el quiosco no se inició. Un quiosco nunca pasa al menú línea por línea, que un \
             visitante podría cerrar. Ejecútelo en una terminal real: la unidad de systemd de \
             assets/kiosk/ lo hace (su README explica cómo). `lantern doctor --mode kiosk` \
             revisa la instalación."
        )
    },
    stdin_not_terminal: "su entrada no es una terminal",
    stdout_not_terminal: "su salida no es una terminal",
    term_is_dumb: "TERM es \"dumb\", una terminal que no puede mostrarlo",
};
