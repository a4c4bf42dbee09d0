<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/about.py" line="+59"/>
        <source>About TCCM Drafter</source>
        <translation>Acerca de TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-Party &amp;Licences</source>
        <translation>&amp;Licencias de terceros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence &amp;Texts</source>
        <translation>&amp;Textos de las licencias</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;Draft submissions to UN consultations from your library of agreed positions, check them against the consultation&apos;s rules and export them to Word or plain text. Works offline.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br/&gt;Copyright 2026 TCCM Drafter contributors.&lt;/p&gt;&lt;p&gt;Built with Qt {2} and Qt for Python (PySide6) {3}, used under the GNU LGPL version 3; Python {4}; {5}. The &lt;b&gt;Third-Party Licences&lt;/b&gt; tab lists every component with its licence and where to get its source.&lt;/p&gt;&lt;p&gt;Help › User Guide explains how to use the app.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;Redacte contribuciones a las consultas de la ONU a partir de su biblioteca de posiciones acordadas, compruébelas con las reglas de la consulta y expórtelas a Word o a texto sin formato. Funciona sin conexión.&lt;/p&gt;&lt;p&gt;Software libre con licencia MIT.&lt;br/&gt;Copyright 2026 los colaboradores de TCCM Drafter.&lt;/p&gt;&lt;p&gt;Desarrollado con Qt {2} y Qt for Python (PySide6) {3}, utilizados conforme a la GNU LGPL versión 3; Python {4}; {5}. La pestaña &lt;b&gt;Licencias de terceros&lt;/b&gt; indica la licencia de cada componente y dónde obtener su código fuente.&lt;/p&gt;&lt;p&gt;Ayuda › Guía del usuario explica cómo usar la aplicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The licence notices could not be read.

{0}: {1}</source>
        <translation>No se pudieron leer los avisos de licencia.

{0}: {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No licence texts found in {0}.</source>
        <translation>No hay textos de licencia en {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} could not be read: {1}</source>
        <translation>No se pudo leer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundReader</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/reading.py" line="+60"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/editor.py" line="+56"/>
        <location line="+155"/>
        <source>Select a paragraph in the outline to edit it.</source>
        <translation>Seleccione un párrafo en el esquema para editarlo.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Block text</source>
        <translation>Texto del bloque</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block actions</source>
        <translation>Acciones del bloque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Difference</source>
        <translation>&amp;Diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare your wording with the library&apos;s</source>
        <translation>Comparar su redacción con la de la biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the library text</source>
        <translation>Volver al texto de la biblioteca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take &amp;Library Version</source>
        <translation>Versión de la &amp;biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the library&apos;s newest revision</source>
        <translation>Usar la revisión más reciente de la biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to Li&amp;brary…</source>
        <translation>Guardar en la bibli&amp;oteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your wording back to the library</source>
        <translation>Llevar su redacción a la biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;Short Variant</source>
        <translation>Versión &amp;breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>Imprimir la versión breve del párrafo</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Type the text of this block here.</source>
        <translation>Escriba aquí el texto de este bloque.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}” is selected: choose one of its blocks in the outline to edit it, or add your own text with Insert Free Text.</source>
        <translation>La sección «{0}» está seleccionada: elija uno de sus bloques en el esquema para modificarlo, o añada su propio texto con Insertar texto libre.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New footnote</source>
        <translation>Nueva nota al pie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Footnote {0}</source>
        <translation>Nota al pie {0}</translation>
    </message>
</context>
<context>
    <name>BlockNotes</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+6"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:38</extracomment>
        <translation> (resuelta)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:31</extracomment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:54</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:36</extracomment>
        <translation>Alguien</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:46</extracomment>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/checks_dock.py" line="+16"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/chips.py:56</extracomment>
        <translation>sin valor</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/consultation.py" line="+80"/>
        <source>Consultation Details</source>
        <translation>Datos de la consulta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ll and deadline</source>
        <translation>&amp;Convocatoria y plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;imits</source>
        <translation>L&amp;ímites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ver and signatories</source>
        <translation>Po&amp;rtada y firmantes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s name as its organisers write it</source>
        <translation>El nombre de la consulta tal como lo escriben sus organizadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web page:</source>
        <translation>Página &amp;web:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal &amp;sign-off by</source>
        <translation>Aprobación &amp;interna antes del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the text must be approved inside your organisation</source>
        <translation>El día en que el texto debe estar aprobado dentro de su organización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&amp;anguage:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the submission (for Word&apos;s spell-checker), e.g. en-GB</source>
        <translation>Idioma de la contribución (para el corrector ortográfico de Word), p. ej., es-ES</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer</source>
        <translation>Cada respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit:</source>
        <translation>Límite de &amp;palabras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>A question can set its own limit; this applies to the others</source>
        <translation>Una pregunta puede fijar su propio límite; este se aplica a las demás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Character limit:</source>
        <translation>Límite de &amp;caracteres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Characters with spaces, as web forms count them</source>
        <translation>Caracteres con espacios, como los cuentan los formularios web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number the paragraphs</source>
        <translation>&amp;Numerar los párrafos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Footnotes allowed</source>
        <translation>Se permiten notas al &amp;pie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When footnotes are not allowed they become a list of references</source>
        <translation>Si no se permiten notas al pie, se convierten en una lista de referencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole submission</source>
        <translation>La contribución completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;otal words:</source>
        <translation>T&amp;otal de palabras:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All answers together, counted as each answer is</source>
        <translation>Todas las respuestas juntas, contadas como cada respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total c&amp;haracters:</source>
        <translation>Total de ca&amp;racteres:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>P&amp;áginas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pages</source>
        <translation> páginas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An estimate from the Word reference document&apos;s page size and font: leave a margin</source>
        <translation>Una estimación a partir del tamaño de página y la fuente del documento de referencia de Word: deje margen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call asks the cover to give</source>
        <translation>La convocatoria pide indicar en la portada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apacity (as an organisation or an individual)</source>
        <translation>&amp;Calidad (en nombre de una organización o a título personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ECOSOC consultative status</source>
        <translation>&amp;Carácter consultivo ante el ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country as a na&amp;me (Norway, not NO)</source>
        <translation>País con su &amp;nombre (Noruega, no NO)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill them in under Submission › Organisation Profile…; the checks name any that are left empty.</source>
        <translation>Complételos en Contribución › Perfil de la organización…; las comprobaciones indican los que queden vacíos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Joint statement</source>
        <translation>Declaración conjunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at the start</source>
        <translation>al principio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print si&amp;gnatories:</source>
        <translation>Lista de &amp;firmantes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the call wants the list of organisations that sign</source>
        <translation>Dónde quiere la convocatoria la lista de organizaciones firmantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ndorsements by</source>
        <translation>A&amp;dhesiones hasta el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day for organisations to sign on</source>
        <translation>El último día en que las organizaciones pueden adherirse</translation>
    </message>
</context>
<context>
    <name>CopySectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/copy_section.py" line="+32"/>
        <source>Copy “{0}” as Plain Text</source>
        <translation>Copiar «{0}» como texto sin formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words: {0} · Characters: {1}</source>
        <translation>Palabras: {0} · Caracteres: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copied</source>
        <translation>copiado</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/country_box.py" line="+38"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>Escriba para buscar, p. ej., Kenia</translation>
    </message>
</context>
<context>
    <name>DeadlineFields</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/deadline_fields.py" line="+109"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline date</source>
        <translation>Fecha del plazo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at &amp;time</source>
        <translation>a la &amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a time the deadline is the end of its day</source>
        <translation>Sin hora, el plazo vence al final del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline time</source>
        <translation>Hora del plazo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your own time zone</source>
        <translation>su zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the call writes it: UTC-11, CET, AoE, Europe/Zurich, Geneva time. Leave it empty for your own time zone.</source>
        <translation>Tal como la escribe la convocatoria: UTC-11, CET, AoE, Europe/Zurich, hora de Ginebra. Déjela vacía para usar su propia zona horaria.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time &amp;zone</source>
        <translation>&amp;zona horaria</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deadline in your time</source>
        <translation>El plazo en su hora local</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 15 December 2026, 23:59 UTC-11</source>
        <translation>p. ej., 15 December 2026, 23:59 UTC-11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the day, time and zone from these words</source>
        <translation>Rellenar el día, la hora y la zona a partir de este texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the call&apos;s te&amp;xt:</source>
        <translation>Según el te&amp;xto de la convocatoria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the deadline from the call to fill in the fields above</source>
        <translation>Pegue el plazo de la convocatoria para rellenar los campos de arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline as the call words it</source>
        <translation>El plazo tal como lo redacta la convocatoria</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{0}” is not a time zone TCCM Drafter knows. Write an offset such as UTC-11 or UTC+1, an abbreviation such as CET or AoE, or a place such as Europe/Zurich or Geneva.</source>
        <translation>TCCM Drafter no reconoce la zona horaria «{0}». Escriba un desfase como UTC-11 o UTC+1, una abreviatura como CET o AoE, o un lugar como Europe/Zurich o Ginebra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deadline.</source>
        <translation>Sin plazo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your time: {0}</source>
        <translation>En su hora local: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zone read as {0}</source>
        <translation>zona interpretada como {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the end of the day)</source>
        <translation>(al final del día)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not read the deadline: {0}</source>
        <translation>No se pudo leer el plazo: {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineLabel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/deadline_label.py" line="+59"/>
        <source>passed</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>less than an hour left</source>
        <translation>queda menos de una hora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deadline: {0}</source>
        <translation>Plazo: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal sign-off: {0}</source>
        <translation>Aprobación interna: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadline {0} — sent {1}</source>
        <translation>Plazo {0} — enviada el {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {0} — {1}</source>
        <translation>Plazo {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n day(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:61</extracomment>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:63</extracomment>
        <translation>
            <numerusform>queda %n hora</numerusform>
            <numerusform>quedan %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n revision(s) since the translation)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:158</extracomment>
        <translation>
            <numerusform> (%n revisión desde la traducción)</numerusform>
            <numerusform> (%n revisiones desde la traducción)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference from the library</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:125</extracomment>
        <translation>Diferencias con la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How “{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:149</extracomment>
        <translation>Cómo ha cambiado «{0}» desde que se tradujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library text</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:126</extracomment>
        <translation>Texto de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:152</extracomment>
        <translation>El original hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now, in {0}{1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:164</extracomment>
        <translation>El original hoy, en {0}{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source then</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:150</extracomment>
        <translation>El original entonces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation, in {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:166</extracomment>
        <translation>La traducción, en {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wording</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:128</extracomment>
        <translation>Su redacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:163</extracomment>
        <translation>«{0}» ha cambiado desde que se tradujo</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="+259"/>
        <location line="+35"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/edit_labels.py" line="+14"/>
        <source>Add Closing</source>
        <translation>la adición del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Introduction</source>
        <translation>la adición de la introducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Section</source>
        <translation>la adición de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Sections from Questions</source>
        <translation>la adición de secciones a partir de las preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Consultation Details</source>
        <translation>el cambio de los datos de la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Organisation</source>
        <translation>el cambio de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Signatories</source>
        <translation>el cambio de firmantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Status</source>
        <translation>el cambio de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Submission Details</source>
        <translation>el cambio de los datos de la contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Template</source>
        <translation>el cambio de plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Title</source>
        <translation>el cambio de título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from Library</source>
        <translation>la redacción a partir de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate Paragraph</source>
        <translation>la duplicación del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Paragraph</source>
        <translation>la edición del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Section</source>
        <translation>la edición de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Text</source>
        <translation>la escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Bundle</source>
        <translation>la importación del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Review</source>
        <translation>Importar revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraph</source>
        <translation>la inserción del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraphs</source>
        <translation>la inserción de los párrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Text</source>
        <translation>la inserción del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph</source>
        <translation>el desplazamiento del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Section</source>
        <translation>el desplazamiento de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Paragraph</source>
        <translation>la creación del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Paragraph</source>
        <translation>la eliminación del párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Section</source>
        <translation>la eliminación de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>el reemplazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>el reemplazo de todas las coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire Paragraph</source>
        <translation>Retirar párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to Library Text</source>
        <translation>la vuelta al texto de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Library</source>
        <translation>el guardado en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync Shared Library</source>
        <translation>la sincronización de la biblioteca compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>la adopción de la versión de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Full Text</source>
        <translation>el paso al texto completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Saved Paragraph</source>
        <translation>el paso al párrafo guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Short Variant</source>
        <translation>el paso a la versión breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Translation</source>
        <translation>el paso a la traducción</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/export.py" line="+44"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word document (.docx), to send</source>
        <translation>Documento de &amp;Word (.docx), para enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plain text (.txt), to paste into a web form</source>
        <translation>&amp;Texto sin formato (.txt), para pegar en un formulario web</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Word document (.docx), for re&amp;view</source>
        <translation>Documento de Word (.docx), para re&amp;visión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown (.md), for a wiki or another editor</source>
        <translation>&amp;Markdown (.md), para una wiki u otro editor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy the secretariat receives: the text alone, with no review marks or other data of this app.</source>
        <translation>La copia que recibe la secretaría: solo el texto, sin marcas de revisión ni otros datos de la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy colleagues edit with tracked changes and comments: it keeps the marks File › Import Review… needs. Do not send it to the secretariat.</source>
        <translation>La copia que los colegas editan con control de cambios y comentarios: conserva las marcas que necesita Archivo › Importar revisión… No la envíe a la secretaría.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markup, one blank line between paragraphs, each answer&apos;s notes right after it</source>
        <translation>Sin marcas, una línea en blanco entre párrafos y las notas de cada respuesta justo después de ella</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Word and character &amp;counts after each answer</source>
        <translation>&amp;Recuento de palabras y caracteres después de cada respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line such as &quot;[Words: 212 / 250]&quot;; leave it out to paste answers as they are</source>
        <translation>Una línea como «[Palabras: 212 / 250]»; omítala para pegar las respuestas tal cual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add page &amp;numbers if the letterhead has none</source>
        <translation>Añadir &amp;números de página si el membrete no los tiene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation&apos;s Word letterhead is used as it is; when it shows no page numbers, the Word export adds them at the foot of each page</source>
        <translation>El membrete de Word de su organización se usa tal cual; si no muestra números de página, la exportación a Word los añade al pie de cada página</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Anyway</source>
        <translation>Exportar de &amp;todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before sending, the checks found: {0}</source>
        <translation>Antes del envío, las comprobaciones encontraron: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open problems</source>
        <translation>Problemas pendientes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/file_actions.py" line="+66"/>
        <source>Cannot open the submission</source>
        <translation>No se puede abrir la contribución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {0}</source>
        <translation>Abierto: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot save the submission</source>
        <translation>No se puede guardar la contribución</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened the version on disk of {0}; your changes were dropped</source>
        <translation>Se abrió la versión en disco de {0}; se descartaron sus cambios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version is saved as {0}; {1} keeps the version on disk</source>
        <translation>Su versión se guardó como {0}; {1} conserva la versión en disco</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/find_bar.py" line="+74"/>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the submission</source>
        <translation>Buscar en la contribución</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+33"/>
        <source>No matches</source>
        <translation>Ninguna coincidencia</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Match {0} of {1}</source>
        <translation>Coincidencia {0} de {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(in a footnote)</source>
        <translation>(en una nota al pie)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazada</numerusform>
            <numerusform>%n reemplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n library paragraph(s) now tailored</source>
        <translation>
            <numerusform>%n párrafo de la biblioteca ahora editado</numerusform>
            <numerusform>%n párrafos de la biblioteca ahora editados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+54"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selection a link (Ctrl+K)</source>
        <translation>Convertir la selección en un enlace (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footnote…</source>
        <translation>Nota al pie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a footnote here, or edit the one next to the cursor</source>
        <translation>Añadir una nota al pie aquí, o editar la que está junto al cursor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Field</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value from the submission&apos;s details, such as your organisation&apos;s name</source>
        <translation>Un dato de la contribución, como el nombre de su organización</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Consultation reference</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:44</extracomment>
        <translation>Referencia de la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:42</extracomment>
        <translation>Título de la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:40</extracomment>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:37</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:47</extracomment>
        <translation>Fecha de la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:45</extracomment>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:39</extracomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:34</extracomment>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation short name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:35</extracomment>
        <translation>Nombre corto de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:43</extracomment>
        <translation>Organizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:41</extracomment>
        <translation>Firmante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder group</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:36</extracomment>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:46</extracomment>
        <translation>Título de la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:38</extracomment>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:103</extracomment>
        <translation>sin valor</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/guide.py" line="+138"/>
        <source>TCCM Drafter User Guide</source>
        <translation>Guía del usuario de TCCM Drafter</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/health_window.py" line="+37"/>
        <source>Library Health</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking through the library…</source>
        <translation>Revisando la biblioteca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs that need a look</source>
        <translation>Párrafos que conviene revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Paragraph</source>
        <translation>Abrir el párrafo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Written twice</source>
        <translation>Escritos dos veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} % of the wording is the same</source>
        <translation>Texto idéntico en un {0} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review date {0}</source>
        <translation>fecha de revisión: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without sources</source>
        <translation>Sin fuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source cited</source>
        <translation>no cita ninguna fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used for a year</source>
        <translation>Sin usar desde hace un año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used {0}</source>
        <translation>último uso: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never used in a saved submission</source>
        <translation>nunca usado en una contribución guardada</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n thing(s) to look at</source>
        <translation>
            <numerusform>%n punto que revisar</numerusform>
            <numerusform>%n puntos que revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) checked</source>
        <translation>
            <numerusform>%n párrafo comprobado</numerusform>
            <numerusform>%n párrafos comprobados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Not opened: {0}. From here only links within this page and web addresses (after asking) are followed.</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:96</extracomment>
        <translation>No se abrió: {0}. Desde aquí solo se siguen los enlaces dentro de esta página y las direcciones web (previa confirmación).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Web Browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:47</extracomment>
        <translation>¿Abrir en el navegador?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide could not be opened.

{0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:178</extracomment>
        <translation>No se pudo abrir la guía del usuario.

{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link leads to a web page:

{0}

Open it in your web browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:48</extracomment>
        <translation>Este enlace lleva a una página web:

{0}

¿Abrirla en su navegador?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:177</extracomment>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/commands.py" line="+94"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot undo “{0}”: {1}</source>
        <translation>No se puede deshacer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/import_dialog.py" line="+41"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed organisation</source>
        <translation>una organización sin nombre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paragraphs in the bundle</source>
        <translation>Párrafos del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From {0}: {1} new, {2} updated, {3} in conflict (both sides changed them), {4} identical, {5} newer here.</source>
        <translation>De {0}: nuevos: {1}; actualizados: {2}; en conflicto (cambiados por ambas partes): {3}; idénticos: {4}; más recientes aquí: {5}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is written until you press {0}.</source>
        <translation>No se escribe nada hasta que pulse {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical</source>
        <translation>Idéntico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer here</source>
        <translation>Más reciente aquí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do with {0}</source>
        <translation>Qué hacer con {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it</source>
        <translation>Añadirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip it</source>
        <translation>Omitirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show both texts side by side</source>
        <translation>Mostrar ambos textos en paralelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare {0}</source>
        <translation>Comparar {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (version {0})</source>
        <translation>La mía (versión {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (version {0})</source>
        <translation>La suya (versión {0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose what to do with every conflict first</source>
        <translation>Elija primero qué hacer con cada conflicto</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/language.py" line="+24"/>
        <source>Interface Language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language (now {0})</source>
        <translation>Idioma del sistema (ahora {0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language of menus and dialogs:</source>
        <translation>&amp;Idioma de los menús y cuadros de diálogo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language takes effect the next time you start TCCM Drafter. Documents keep the language of their consultation.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie TCCM Drafter. Los documentos mantienen el idioma de su consulta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>TCCM Drafter will be in {0} the next time you start it.</source>
        <translation>La próxima vez que inicie TCCM Drafter, se mostrará en el idioma elegido: {0}.</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_editing.py" line="+44"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New Paragraph</source>
        <translation>Nuevo párrafo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Paragraph</source>
        <translation>Editar párrafo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate Paragraph</source>
        <translation>Duplicar párrafo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save to Library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message numerus="yes">
        <location filename="../../src/tccm_drafter/gui/library_loader.py" line="+54"/>
        <source>Library reloaded: %n paragraph(s)</source>
        <translation>
            <numerusform>Biblioteca recargada: %n párrafo</numerusform>
            <numerusform>Biblioteca recargada: %n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n archivo no se pudo leer</numerusform>
            <numerusform>%n archivos no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the library</source>
        <translation>No se puede leer la biblioteca</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_model.py" line="+154"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source changed since this translation was made</source>
        <translation>El original ha cambiado desde que se hizo esta traducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>Ha llegado su fecha de revisión: compruebe que sigue vigente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded by “{0}”</source>
        <translation>Sustituido por «{0}»</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+85"/>
        <source>Search the library…</source>
        <translation>Buscar en la biblioteca…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language filter</source>
        <translation>Filtro por idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library filter</source>
        <translation>Filtro por biblioteca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library paragraphs</source>
        <translation>Párrafos de la biblioteca</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library views</source>
        <translation>Vistas de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraphs that best answer the selected section</source>
        <translation>Los párrafos que mejor responden a la sección seleccionada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All libraries</source>
        <translation>Todas las bibliotecas</translation>
    </message>
</context>
<context>
    <name>LibrarySharing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_sharing.py" line="+40"/>
        <source>Export Library Bundle</source>
        <translation>Exportar paquete de biblioteca</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>TCCM library bundle (*.tccmlib)</source>
        <translation>Paquete de biblioteca TCCM (*.tccmlib)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import Library Bundle</source>
        <translation>Importar paquete de biblioteca</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Wrote %n paragraph(s) to {0}</source>
        <translation>
            <numerusform>%n párrafo escrito en {0}</numerusform>
            <numerusform>%n párrafos escritos en {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Imported %n paragraph(s) from {0}</source>
        <translation>
            <numerusform>%n párrafo importado de {0}</numerusform>
            <numerusform>%n párrafos importados de {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Library Folder</source>
        <translation>Añadir una carpeta de biblioteca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is already one of your libraries.</source>
        <translation>{0} ya es una de sus bibliotecas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will you change paragraphs in “{0}”?

Choose No to use them without ever writing to the folder.</source>
        <translation>¿Va a modificar párrafos de «{0}»?

Elija No para usarlos sin escribir nunca en la carpeta.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+47"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to show</source>
        <translation>Texto que se muestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the address empty to take the link off.</source>
        <translation>Deje la dirección vacía para quitar el enlace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only web (https://…) and e-mail (mailto:…) addresses become links; this one will print as plain text.</source>
        <translation>Solo las direcciones web (https://…) y de correo electrónico (mailto:…) se convierten en enlaces; esta se imprimirá como texto.</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n library file(s) could not be read; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:29</extracomment>
        <translation>
            <numerusform>No se pudo leer %n archivo de biblioteca; el primero: {0}</numerusform>
            <numerusform>No se pudieron leer %n archivos de biblioteca; el primero: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) on the libraries; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:33</extracomment>
        <translation>
            <numerusform>%n observación sobre las bibliotecas; la primera: {0}</numerusform>
            <numerusform>%n observaciones sobre las bibliotecas; la primera: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Library › Load Problems… lists them all)</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:38</extracomment>
        <translation>(Biblioteca › Problemas de lectura… los muestra todos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load Problems</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:45</extracomment>
        <translation>Problemas de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found in the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:56</extracomment>
        <translation>Problemas encontrados en las carpetas de biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the app noticed when it read the library folders. Files that could not be read are left out; everything else was loaded.</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:47</extracomment>
        <translation>Lo que la aplicación observó al leer las carpetas de biblioteca. Los archivos que no se pudieron leer se omiten; todo lo demás se cargó.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+111"/>
        <source>Log In to the Server</source>
        <translation>Iniciar sesión en el servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} asks for a user name and a password or token. It is kept in the system&apos;s keyring.</source>
        <translation>{0} pide un nombre de usuario y una contraseña o un token. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Contraseña o token:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/app.py" line="+106"/>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/main_window.py" line="+161"/>
        <source>Submission outline</source>
        <translation>Esquema de la contribución</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;move Section</source>
        <translation>E&amp;liminar sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move Paragraph</source>
        <translation>E&amp;liminar párrafo</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+114"/>
        <source>version {0}</source>
        <translation>versión {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>&amp;About TCCM Drafter</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:203</extracomment>
        <translation>&amp;Acerca de TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:100</extracomment>
        <translation>&amp;Añadir sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:60</extracomment>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation Details…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:95</extracomment>
        <translation>&amp;Datos de la consulta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Section as Plain Text…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:82</extracomment>
        <translation>&amp;Copiar sección como texto sin formato…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:126</extracomment>
        <translation>&amp;Duplicar párrafo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:282</extracomment>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:125</extracomment>
        <translation>&amp;Editar párrafo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Section…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>&amp;Editar sección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:277</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Heal&amp;th…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:174</extracomment>
        <translation>Es&amp;tado de salud…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Help</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:304</extracomment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:131</extracomment>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Review…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:46</extracomment>
        <translation>&amp;Importar revisión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert Paragraph</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:66</extracomment>
        <translation>&amp;Insertar párrafo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:292</extracomment>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:124</extracomment>
        <translation>&amp;Nuevo párrafo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation Profile…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:96</extracomment>
        <translation>&amp;Perfil de la organización…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste Questions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:104</extracomment>
        <translation>Pe&amp;gar preguntas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:61</extracomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:127</extracomment>
        <translation>&amp;Retirar párrafo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:291</extracomment>
        <translation>&amp;Contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest Paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:111</extracomment>
        <translation>Sugerir &amp;párrafos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template and Word Reference…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:97</extracomment>
        <translation>Plan&amp;tilla y referencia de Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:295</extracomment>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:202</extracomment>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:293</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no recent files)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:331</extracomment>
        <translation>(no hay archivos recientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Introduction</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>Añadir &amp;introducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add C&amp;losing</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>Añadir cie&amp;rre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Library &amp;Folder…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:145</extracomment>
        <translation>Añadir &amp;carpeta de biblioteca…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also use a shared folder or a git checkout of paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:148</extracomment>
        <translation>Usar también una carpeta compartida o un repositorio git de párrafos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back a reviewed Word export: tracked changes and comments, block by block</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:49</extracomment>
        <translation>Recuperar una exportación de Word revisada: control de cambios y comentarios, bloque a bloque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in what changed in your shared libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:162</extracomment>
        <translation>Traer lo que cambió en sus bibliotecas compartidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Spelling as You Type</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:194</extracomment>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the submission before sending</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>Comprobar la contribución antes de enviarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft fro&amp;m Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:118</extracomment>
        <translation>Redactar &amp;a partir de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:138</extracomment>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission you saved: deadlines, status, where it was sent; a calendar</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:57</extracomment>
        <translation>Todas las contribuciones que ha guardado: plazos, estado, destino; un calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Word, Markdown or plain text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>Exportar a Word, Markdown o texto sin formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that could not be read, and other notes from reading the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:185</extracomment>
        <translation>Archivos que no se pudieron leer y otras observaciones de la lectura de las carpetas de biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit (one undo step)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:121</extracomment>
        <translation>Rellenar la sección vacía con las mejores sugerencias que caben en su límite (un solo paso para deshacer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and replace text in the submission (Ctrl+H)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>Buscar y reemplazar texto en la contribución (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in &amp;Submission…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:87</extracomment>
        <translation>Buscar en la co&amp;ntribución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find text in the submission (Ctrl+F while you write in the block editor)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:90</extracomment>
        <translation>Buscar texto en la contribución (Ctrl+F mientras escribe en el editor de bloques)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert Free &amp;Text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:73</extracomment>
        <translation>Insertar &amp;texto libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert text written for this submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:76</extracomment>
        <translation>Insertar un texto redactado para esta contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected library paragraphs (Enter in the list)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:69</extracomment>
        <translation>Insertar los párrafos seleccionados de la biblioteca (Intro en la lista)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;Language…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>&amp;Idioma de la interfaz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Problems…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:182</extracomment>
        <translation>Pro&amp;blemas de lectura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:306</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>B&amp;ajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move U&amp;p</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Alt+Down)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane (F6)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>Ir al panel siguiente (F6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Ca&amp;ll…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:33</extracomment>
        <translation>Nueva a partir de con&amp;vocatoria…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:278</extracomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a submission file</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>Abrir un archivo de contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations signing a joint statement</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>Las organizaciones que firman una declaración conjunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs written twice, due for review, without sources or unused for a year</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:177</extracomment>
        <translation>Párrafos escritos dos veces, pendientes de revisión, sin fuentes o sin usar desde hace un año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:190</extracomment>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a .tccmlib bundle and choose what to take from it</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:134</extracomment>
        <translation>Ver el contenido de un paquete .tccmlib y elegir qué tomar de él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>Ree&amp;mplazar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister of Submissions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:54</extracomment>
        <translation>Regis&amp;tro de contribuciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library folders again</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>Volver a leer las carpetas de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected paragraph or section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>Eliminar el párrafo o la sección seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run C&amp;hecks</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>Ejecutar &amp;comprobaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hare My Changes…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:166</extracomment>
        <translation>Compartir &amp;mis cambios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync Shared Libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:159</extracomment>
        <translation>Sincroni&amp;zar las bibliotecas compartidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:41</extracomment>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>Guardar la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library (Ctrl+F)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>Buscar en la biblioteca (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the paragraphs you changed in a shared library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:169</extracomment>
        <translation>Enviar los párrafos que cambió en una biblioteca compartida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>&amp;Firmantes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>Empezar una contribución nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a submission from the call&apos;s own file: its questions become sections</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:36</extracomment>
        <translation>Empezar una contribución a partir del archivo de la convocatoria: sus preguntas se convierten en secciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscribe to a Shared Library…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:152</extracomment>
        <translation>&amp;Suscribirse a una biblioteca compartida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text after the last question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>Texto después de la última pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text before the first question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>Texto antes de la primera pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and dialogs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>El idioma de los menús y cuadros de diálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs that best answer the selected section&apos;s question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:114</extracomment>
        <translation>Los párrafos que mejor responden a la pregunta de la sección seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, question and limits</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>Título, pregunta y límites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline misspelt words in the submission&apos;s language</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:197</extracomment>
        <translation>Subrayar las palabras mal escritas en el idioma de la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the coalition&apos;s paragraphs from a git server</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:155</extracomment>
        <translation>Usar los párrafos de la coalición desde un servidor git</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the library to a .tccmlib file to share by email</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:141</extracomment>
        <translation>Guardar la biblioteca en un archivo .tccmlib para compartirla por correo electrónico</translation>
    </message>
</context>
<context>
    <name>NewFromCall</name>
    <message>
        <location line="+2"/>
        <source>Calls for input (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:43</extracomment>
        <translation>Convocatorias (*.docx *.pdf *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Call for Input</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:42</extracomment>
        <translation>Elegir la convocatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Call</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:83</extracomment>
        <translation>Nueva contribución a partir de una convocatoria</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from the pasted text</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:69</extracomment>
        <translation>
            <numerusform>Nueva contribución con %n sección a partir del texto pegado</numerusform>
            <numerusform>Nueva contribución con %n secciones a partir del texto pegado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:67</extracomment>
        <translation>
            <numerusform>Nueva contribución con %n sección a partir de {0}</numerusform>
            <numerusform>Nueva contribución con %n secciones a partir de {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the questions of {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:86</extracomment>
        <translation>Leyendo las preguntas de {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:91</extracomment>
        <translation>Se canceló la lectura de {0}</translation>
    </message>
</context>
<context>
    <name>NewFromCallDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/new_from_call.py" line="+52"/>
        <source>New from Call</source>
        <translation>Nueva contribución a partir de una convocatoria</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Questions found in {0}. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>Preguntas encontradas en {0}. Cada pregunta marcada se convierte en una sección con sus límites; desmarque lo que no sea una pregunta y haga doble clic en un título para cambiarlo.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Consultation:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the Call&apos;s &amp;File…</source>
        <translation>Elegir el &amp;archivo de la convocatoria…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or &amp;paste the call&apos;s text:</source>
        <translation>…o &amp;pegar el texto de la convocatoria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call&apos;s text</source>
        <translation>El texto de la convocatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the call for input from its web page or document and paste it here.</source>
        <translation>Copie la convocatoria desde su página web o su documento y péguela aquí.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;reate Submission</source>
        <translation>C&amp;rear contribución</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the call&apos;s file, or paste its text. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>Elija el archivo de la convocatoria o pegue su texto. Cada pregunta marcada se convierte en una sección con sus límites; desmarque lo que no sea una pregunta y haga doble clic en un título para cambiarlo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No questions were found in {0}; paste them instead.</source>
        <translation>No se encontraron preguntas en {0}; péguelas en su lugar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every answer {0}</source>
        <translation>cada respuesta: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the whole submission {0}</source>
        <translation>la contribución completa: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits the call states once: {0}</source>
        <translation>Límites que la convocatoria fija para todo: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The new submission will have %n section(s).</source>
        <translation>
            <numerusform>La nueva contribución tendrá %n sección.</numerusform>
            <numerusform>La nueva contribución tendrá %n secciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/note_editor.py" line="+84"/>
        <source>Footnote</source>
        <translation>Nota al pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text; Esc leaves it as it was.</source>
        <translation>Intro guarda el texto; Esc lo deja como estaba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footnote text</source>
        <translation>Texto de la nota al pie</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/block_notes.py" line="+65"/>
        <source>Notes on the block</source>
        <translation>Notas sobre el bloque</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n note(s) from review</source>
        <translation>
            <numerusform>%n nota de la revisión</numerusform>
            <numerusform>%n notas de la revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resuelta</numerusform>
            <numerusform>%n resueltas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphEditorDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paragraph_editor.py" line="+87"/>
        <source>New Paragraph</source>
        <translation>Nuevo párrafo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Paragraph</source>
        <translation>Editar párrafo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; it never changes once saved</source>
        <translation>Letras minúsculas, cifras, «.», «_» y «-»; no cambia una vez guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown: *italic*, **bold**, [link](https://…), - lists, footnotes[^1]; placeholders such as {{ org.name }}</source>
        <translation>Markdown: *cursiva*, **negrita**, [enlace](https://…), - listas, notas[^1]; marcadores como {{ org.name }}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;hort variant:</source>
        <translation>Versión &amp;breve:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shorter wording for tight word limits</source>
        <translation>Una redacción más corta para límites de palabras estrictos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;opics:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. igf, funding</source>
        <translation>Separados por comas, p. ej., igf, financiación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A language tag such as en-GB, fr or ar</source>
        <translation>Un código de idioma como en-GB, es o ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endorsed by:</source>
        <translation>A&amp;valado por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Created</source>
        <translation>&amp;Creado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Updated</source>
        <translation>Act&amp;ualizado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Revisado el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;persedes:</source>
        <translation>Su&amp;stituye a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of paragraphs this one replaces</source>
        <translation>Identificadores de los párrafos que este sustituye</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded &amp;by:</source>
        <translation>Sustituido &amp;por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id of the paragraph that replaces this one</source>
        <translation>Identificador del párrafo que sustituye a este</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;nslation of:</source>
        <translation>Tra&amp;ducción de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Source</source>
        <translation>&amp;Añadir fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Source</source>
        <translation>Quitar fue&amp;nte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sou&amp;rces</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Please give the paragraph a title.</source>
        <translation>Dé un título al párrafo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id is required: a short name for the paragraph, such as &apos;igf-funding&apos; (proposed from the title).</source>
        <translation>El identificador es obligatorio: un nombre corto para el párrafo, como «igf-funding» (se propone a partir del título).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id may use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>El identificador puede contener letras minúsculas, cifras, «.», «_» y «-», y debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id &apos;{0}&apos; is already used in the library &apos;{1}&apos;.</source>
        <translation>El identificador «{0}» ya se usa en la biblioteca «{1}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no paragraph with the id &apos;{0}&apos;.</source>
        <translation>No hay ningún párrafo con el identificador «{0}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/paragraph_editor.py:215</extracomment>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/paragraph_view.py" line="+23"/>
        <source>Paragraph details</source>
        <translation>Detalles del párrafo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Superseded by “{0}”</source>
        <translation>Sustituido por «{0}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>Ha llegado su fecha de revisión: compruebe que sigue vigente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its source changed since this translation was made</source>
        <translation>Su original ha cambiado desde que se hizo esta traducción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed by</source>
        <translation>Avalado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Short variant</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:74</extracomment>
        <translation>Versión breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:81</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used in</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:85</extracomment>
        <translation>Se usa en</translation>
    </message>
</context>
<context>
    <name>PasteQuestionsDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paste_questions.py" line="+24"/>
        <source>Paste Questions</source>
        <translation>Pegar preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the consultation&apos;s &amp;questions, numbered or one per line. A limit written in a question, such as “(max. 250 words)”, becomes that section&apos;s limit.</source>
        <translation>Pegue las &amp;preguntas de la consulta, numeradas o una por línea. Un límite escrito en una pregunta, como «(máx. 250 palabras)», pasa a ser el límite de esa sección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n section(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n sección.</numerusform>
            <numerusform>Se añadirán %n secciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/preflight.py" line="+36"/>
        <source>No problems found. Ready to send.</source>
        <translation>No se encontraron problemas. Lista para enviar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Fix the selected finding</source>
        <translation>Corregir la observación seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use the Translation</source>
        <translation>Usar la traducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with Its Successor</source>
        <translation>Sustituir por su sucesor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>Tomar la versión de la biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:40</extracomment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:38</extracomment>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:39, src/tccm_drafter/gui/submission_actions.py:297</extracomment>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/preview.py" line="+39"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s) in Word (estimate)</source>
        <translation>
            <numerusform>%n página en Word (estimación)</numerusform>
            <numerusform>%n páginas en Word (estimación)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot preview</source>
        <translation>No hay vista previa</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/profile.py" line="+75"/>
        <source>Organisation Profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(fill in from a saved profile)</source>
        <translation>(rellenar a partir de un perfil guardado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved &amp;profiles:</source>
        <translation>&amp;Perfiles guardados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>Nombre &amp;abreviado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Grupo de partes interesadas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; documents print the country&apos;s name in their own language</source>
        <translation>Escriba para buscar; los documentos imprimen el nombre del país en su propio idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN regional group, or the region as the call words it</source>
        <translation>El grupo regional de la ONU, o la región como la nombra la convocatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On behalf of an organisation</source>
        <translation>En nombre de una organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a personal capacity</source>
        <translation>A título personal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capac&amp;ity:</source>
        <translation>&amp;Calidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Whether the submission is made for the organisation or by a person</source>
        <translation>Si la contribución se presenta en nombre de la organización o a título personal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General consultative status</source>
        <translation>Carácter consultivo general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special consultative status</source>
        <translation>Carácter consultivo especial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consultative status</source>
        <translation>Sin carácter consultivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECOSOC stat&amp;us:</source>
        <translation>Carácter ante el &amp;ECOSOC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consultative status with the UN Economic and Social Council</source>
        <translation>Carácter consultivo ante el Consejo Económico y Social de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact person:</source>
        <translation>Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gnatory line:</source>
        <translation>Línea de &amp;firma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed under letters, e.g. &apos;Jane Doe, Chief Executive&apos;</source>
        <translation>Se imprime al pie de las cartas, p. ej., «Ana Pérez, Directora Ejecutiva»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in document</source>
        <translation>documento integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your organisation&apos;s Word file (.docx or .dotx)</source>
        <translation>Elija el archivo de Word de su organización (.docx o .dotx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word &amp;letterhead:</source>
        <translation>&amp;Membrete de Word:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its styles, page set-up, header and footer are used for Word exports</source>
        <translation>Sus estilos, configuración de página, encabezado y pie de página se usan al exportar a Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word letterhead</source>
        <translation>Membrete de Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as a profile for reuse</source>
        <translation>&amp;Guardar como perfil para reutilizarlo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“{0}” is not in the list of countries: it is kept as typed and prints that way in every language. Choose the country from the list.</source>
        <translation>«{0}» no está en la lista de países: se conserva tal como se escribió y se imprime así en todos los idiomas. Elija el país de la lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Word document</source>
        <translation>Elegir un documento de Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile could not be saved: {0}</source>
        <translation>No se pudo guardar el perfil: {0}</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="-256"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>¿Guardar los cambios de «{0}» antes de cerrar?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, perderá los cambios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TCCM Drafter did not close properly last time. Restore the automatically saved copy of:

{0}</source>
        <translation>TCCM Drafter no se cerró correctamente la última vez. ¿Restaurar la copia guardada automáticamente de:

{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}

Replace the file on disk with your version?</source>
        <translation>{0}

¿Reemplazar el archivo del disco por su versión?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported {0}</source>
        <translation>Exportado: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Someone else saved this submission after you opened it. Choose which version to keep; saving your version over the file would throw their change away.</source>
        <translation>Otra persona guardó esta contribución después de que usted la abriera. Elija qué versión conservar; guardar la suya sobre el archivo descartaría su cambio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Their Version</source>
        <translation>Abrir su versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{0}” changed on disk</source>
        <translation>«{0}» ha cambiado en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On disk (changed by someone else)</source>
        <translation>En el disco (cambiado por otra persona)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{0}” has been superseded by “{1}”.</source>
        <translation>«{0}» ha sido sustituido por «{1}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use “{0}”</source>
        <translation>Usar «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” has been retired from the library.</source>
        <translation>«{0}» se ha retirado de la biblioteca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert It Anyway</source>
        <translation>Insertarlo de todos modos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this address in your browser?</source>
        <translation>¿Abrir esta dirección en su navegador?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Submission</source>
        <translation>Abrir contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0});;All files (*)</source>
        <translation>Contribuciones (*{0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Submission</source>
        <translation>Guardar contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0})</source>
        <translation>Contribuciones (*{0})</translation>
    </message>
</context>
<context>
    <name>QuestionsPreview</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/questions.py" line="+36"/>
        <source>Sections that will be created</source>
        <translation>Secciones que se crearán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Untick to leave the question out; double-click to rename</source>
        <translation>Desmarque para descartar la pregunta; haga doble clic para cambiarle el nombre</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{0} word(s)</source>
        <translation>
            <numerusform>{0} palabra</numerusform>
            <numerusform>{0} palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0} character(s)</source>
        <translation>
            <numerusform>{0} carácter</numerusform>
            <numerusform>{0} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/register_window.py" line="+53"/>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register of Submissions</source>
        <translation>Registro de contribuciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline (your time)</source>
        <translation>Plazo (su hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Enviada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submissions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the register again from the submission files it lists and recent files</source>
        <translation>Rehacer el registro a partir de los archivos de contribución que incluye y de los archivos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the deadlines and sign-off dates as an .ics file for your calendar</source>
        <translation>Guardar los plazos y las fechas de aprobación en un archivo .ics para su calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The register cannot be read ({0}). Rebuild it to make it again from the files.</source>
        <translation>No se puede leer el registro ({0}). Reconstrúyalo para rehacerlo a partir de los archivos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No submissions yet: every submission you save is listed here.</source>
        <translation>Todavía no hay contribuciones: aquí aparece cada contribución que guarde.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Internal sign-off: {0}</source>
        <translation>Aprobación interna: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot set the status</source>
        <translation>No se puede cambiar el estado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Register rebuilt</source>
        <translation>Registro reconstruido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n submission(s) listed. These files could not be read:</source>
        <translation>
            <numerusform>%n contribución registrada. Estos archivos no se pudieron leer:</numerusform>
            <numerusform>%n contribuciones registradas. Estos archivos no se pudieron leer:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the calendar</source>
        <translation>No se puede escribir el calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n submission(s), nearest deadline first. Double-click one to open it.</source>
        <extracomment>Used in src/tccm_drafter/gui/register_window.py:149</extracomment>
        <translation>
            <numerusform>%n contribución. Haga doble clic en ella para abrirla.</numerusform>
            <numerusform>%n contribuciones, primero el plazo más próximo. Haga doble clic en una para abrirla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceTailoredDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+29"/>
        <source>Use Short Variant</source>
        <translation>Versión breve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Full Text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This paragraph prints your own wording, so choosing the short variant alone would change nothing. Replace your wording with the library&apos;s short variant? Undo brings your wording back.</source>
        <translation>Este párrafo imprime su propia redacción, así que elegir la versión breve no cambiaría nada. ¿Reemplazar su redacción por la versión breve de la biblioteca? Deshacer recupera su redacción.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paragraph prints your own wording, so choosing the full text alone would change nothing. Replace your wording with the library&apos;s full text? Undo brings your wording back.</source>
        <translation>Este párrafo imprime su propia redacción, así que elegir el texto completo no cambiaría nada. ¿Reemplazar su redacción por el texto completo de la biblioteca? Deshacer recupera su redacción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace My Wording</source>
        <translation>&amp;Reemplazar mi redacción</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/retire.py" line="+17"/>
        <source>Retire Paragraph</source>
        <translation>Retirar párrafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” will no longer be offered for new submissions. Submissions that use it are told, and can take the paragraph that replaces it.</source>
        <translation>«{0}» dejará de ofrecerse para nuevas contribuciones. Las contribuciones que lo usan recibirán un aviso y podrán adoptar el párrafo que lo sustituye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nothing replaces it)</source>
        <translation>(nada lo sustituye)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Superseded by:</source>
        <translation>&amp;Sustituido por:</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_details.py" line="+88"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a row to see the texts side by side.</source>
        <translation>Seleccione una fila para ver los textos en paralelo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>moved {0}</source>
        <translation>movido {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as exported: “{0}”</source>
        <translation>tal como se exportó: «{0}»</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:38</extracomment>
        <translation> (resuelta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not in your text)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>(no está en su texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:29</extracomment>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As exported (no longer in your submission)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:54</extracomment>
        <translation>Tal como se exportó (ya no está en su contribución)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:25</extracomment>
        <translation>Cambiado por el revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:26</extracomment>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:27</extracomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:61</extracomment>
        <translation>Eliminado por el revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:28</extracomment>
        <translation>Movido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New text typed by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>Texto nuevo escrito por el revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the blocks</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:30</extracomment>
        <translation>Fuera de los bloques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:36</extracomment>
        <translation>Alguien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text as exported</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:52</extracomment>
        <translation>Texto de la plantilla tal como se exportó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer&apos;s text</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:48</extracomment>
        <translation>El texto del revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:24</extracomment>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:47</extracomment>
        <translation>Su texto actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now (changed since the export)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:59</extracomment>
        <translation>Su texto actual (cambiado desde la exportación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:40</extracomment>
        <translation>sobre</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location line="+2"/>
        <source>Import Review</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:32, src/tccm_drafter/gui/review_actions.py:69</extracomment>
        <translation>Importar revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a Reviewed Word File</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:39</extracomment>
        <translation>Importar un archivo de Word revisado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported the review in {0}: %n block change(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:83</extracomment>
        <translation>
            <numerusform>Revisión importada de {0}: %n cambio de bloque</numerusform>
            <numerusform>Revisión importada de {0}: %n cambios de bloque</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:76</extracomment>
        <translation>Nada que cambiar a partir de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the review in {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:54</extracomment>
        <translation>Leyendo la revisión en {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:59</extracomment>
        <translation>Se canceló la lectura de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:40</extracomment>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_dialog.py" line="+56"/>
        <source>Import Review: {0}</source>
        <translation>Importar revisión: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks of the reviewed file</source>
        <translation>Bloques del archivo revisado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>From {0}: {1}; %n comment(s).</source>
        <translation>
            <numerusform>De {0}: {1}; %n comentario.</numerusform>
            <numerusform>De {0}: {1}; %n comentarios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changes until you press Accept; everything you accept is one step that Undo takes back.</source>
        <translation>No cambia nada hasta que pulse Aceptar; todo lo que acepte es un solo paso que Deshacer puede revertir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You and the reviewer both changed this block; choose which to keep</source>
        <translation>Tanto usted como el revisor han cambiado este bloque; elija cuál conservar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to do with {0}</source>
        <translation>Qué hacer con {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the new text</source>
        <translation>Añadir el texto nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>No añadirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the comments as notes</source>
        <translation>Añadir los comentarios como notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore the comments</source>
        <translation>Ignorar los comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the reviewer&apos;s text back, as free text</source>
        <translation>Recuperar el texto del revisor como texto libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine (leave it out)</source>
        <translation>Conservar el mío (no añadirlo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the reviewer&apos;s version (delete it)</source>
        <translation>Tomar la versión del revisor (eliminar el bloque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version (move it)</source>
        <translation>Tomar la versión del revisor (mover el bloque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version</source>
        <translation>Tomar la versión del revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine, add the comments as notes</source>
        <translation>Conservar el mío y añadir los comentarios como notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine, without the comments</source>
        <translation>Conservar el mío, sin los comentarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not imported: change it in the submission</source>
        <translation>no se importa: cámbielo en la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in your submission</source>
        <translation>ya no está en su contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Choose what to do with %n conflict(s) first</source>
        <translation>
            <numerusform>Elija primero qué hacer con %n conflicto</numerusform>
            <numerusform>Elija primero qué hacer con %n conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RichEditing</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Double-click it, or select it and press Enter, to edit the note.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:276</extracomment>
        <translation>Haga doble clic en la llamada, o selecciónela y pulse Intro, para editar la nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0} has no value yet: fill it in the submission&apos;s details.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:283</extracomment>
        <translation>El marcador {0} aún no tiene valor: rellénelo en los datos de la contribución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0}: prints “{1}”</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:281</extracomment>
        <translation>Marcador {0}: imprime «{1}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footnote {0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:274</extracomment>
        <translation>Nota {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:288</extracomment>
        <translation>Enlace a {0}</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/section.py" line="+47"/>
        <source>Edit Section</source>
        <translation>Editar sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit</source>
        <translation>Límite de &amp;palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Character limit</source>
        <translation>Límite de &amp;caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heading of the answer in the document</source>
        <translation>El encabezado de la respuesta en el documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s question, printed above the answer</source>
        <translation>La pregunta de la consulta, impresa encima de la respuesta</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+19"/>
        <source>Share My Changes</source>
        <translation>Compartir mis cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These paragraphs changed here since the last sync. They go to “{0}” as one change by {1}. If the server does not take changes on its main branch, they go to a branch of their own and you are told how to ask for them to be merged.</source>
        <translation>Estos párrafos cambiaron aquí desde la última sincronización. Van a «{0}» como un solo cambio de {1}. Si el servidor no acepta cambios en su rama principal, van a una rama propia y la aplicación le indica cómo pedir que se fusionen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraphs to share</source>
        <translation>Párrafos para compartir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
</context>
<context>
    <name>SharedLibraryActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_actions.py" line="+76"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>Contacting the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Subscribe to a Shared Library</source>
        <translation>Suscribirse a una biblioteca compartida</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Subscribed to “{0}”: %n paragraph(s)</source>
        <translation>
            <numerusform>Suscrito a «{0}»: %n párrafo</numerusform>
            <numerusform>Suscrito a «{0}»: %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribed</source>
        <translation>Suscripción hecha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no shared library yet: Library › Subscribe to a Shared Library…</source>
        <translation>Todavía no hay ninguna biblioteca compartida: Biblioteca › Suscribirse a una biblioteca compartida…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+76"/>
        <source>Sync Shared Libraries</source>
        <translation>Sincronizar las bibliotecas compartidas</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>“{0}” was not synced: {1}</source>
        <translation>«{0}» no se sincronizó: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}”: the server cannot be reached, you are working offline (last synced {1})</source>
        <translation>«{0}»: no se puede contactar con el servidor, está trabajando sin conexión (última sincronización: {1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{0}” is up to date</source>
        <translation>«{0}» está al día</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared library “{0}” ({1}), last synced {2}.</source>
        <translation>Biblioteca compartida «{0}» ({1}); última sincronización: {2}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n paragraph(s) no longer in the repository stay here.</source>
        <translation>
            <numerusform>%n párrafo que ya no está en el repositorio se queda aquí.</numerusform>
            <numerusform>%n párrafos que ya no están en el repositorio se quedan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync {0}</source>
        <translation>Sincronizar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced “{0}”: %n paragraph(s) written</source>
        <translation>
            <numerusform>«{0}» sincronizada: %n párrafo escrito</numerusform>
            <numerusform>«{0}» sincronizada: %n párrafos escritos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+58"/>
        <source>Share My Changes</source>
        <translation>Compartir mis cambios</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>None of your shared libraries is writable here.</source>
        <translation>Ninguna de sus bibliotecas compartidas se puede modificar aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up your organisation&apos;s profile first (Submission › Organisation Profile…): its name is the author of your changes.</source>
        <translation>Complete primero el perfil de la organización (Contribución › Perfil de la organización…): su nombre es el autor de sus cambios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to share: “{0}” has no changes of yours.</source>
        <translation>Nada que compartir: «{0}» no tiene cambios suyos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(version {0})</source>
        <translation>(versión {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Shared %n paragraph(s) on “{0}”.</source>
        <translation>
            <numerusform>%n párrafo compartido en «{0}».</numerusform>
            <numerusform>%n párrafos compartidos en «{0}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Shared %n paragraph(s) on “{0}”, on top of newer changes on the server; sync to bring those in.</source>
        <translation>
            <numerusform>%n párrafo compartido en «{0}», sobre cambios más recientes del servidor; sincronice para traerlos.</numerusform>
            <numerusform>%n párrafos compartidos en «{0}», sobre cambios más recientes del servidor; sincronice para traerlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not take changes on “{0}” directly ({1}). Your changes are on the branch “{2}”: open a merge request from “{2}” into “{0}” on the server&apos;s website.</source>
        <translation>El servidor no acepta cambios directamente en «{0}» ({1}). Sus cambios están en la rama «{2}»: abra una solicitud de fusión de «{2}» a «{0}» en el sitio web del servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not shared: the server also changed {0} since your last sync. Sync first (Library › Sync Shared Libraries), settle it in the preview, then share again.</source>
        <translation>No se compartió: el servidor también cambió {0} desde su última sincronización. Sincronice primero (Biblioteca › Sincronizar las bibliotecas compartidas), decida en la vista previa y vuelva a compartir.</translation>
    </message>
</context>
<context>
    <name>ShortVariant</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+13"/>
        <source>Free text has no short variant</source>
        <translation>El texto libre no tiene versión breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraph is in none of your libraries</source>
        <translation>El párrafo no está en ninguna de sus bibliotecas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library&apos;s paragraph has no short variant</source>
        <translation>El párrafo de la biblioteca no tiene versión breve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own wording prints; you will be asked whether the library&apos;s text replaces it</source>
        <translation>Se imprime su propia redacción; se le preguntará si el texto de la biblioteca la reemplaza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>Imprimir la versión breve del párrafo</translation>
    </message>
</context>
<context>
    <name>Signatories</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Import Sign-on Sheet</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:66</extracomment>
        <translation>Importar hoja de adhesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-on sheets (*.csv *.txt);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:68</extracomment>
        <translation>Hojas de adhesiones (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:56</extracomment>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:57</extracomment>
        <translation>declinó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invited</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:55</extracomment>
        <translation>invitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:58</extracomment>
        <translation>se retiró</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="+157"/>
        <location line="+26"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Endorsements by</source>
        <translation>A&amp;dhesiones hasta el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day for organisations to sign on; the checks list who has not answered</source>
        <translation>El último día para adherirse; las comprobaciones indican quién no ha respondido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Sign-on Sheet…</source>
        <translation>&amp;Importar hoja de adhesiones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the CSV file a sign-on form or spreadsheet saves</source>
        <translation>Importar el archivo CSV que genera un formulario de adhesión o una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rows that could not be imported</source>
        <translation>Filas que no se pudieron importar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} confirmed, {1} invited, {2} declined, {3} withdrawn. Only the {0} confirmed are printed.</source>
        <translation>Confirmadas: {0}; invitadas: {1}; declinaron: {2}; se retiraron: {3}. Solo se imprimen las confirmadas ({0}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endorsements closed on {0}.</source>
        <translation>Las adhesiones se cerraron el {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Endorsements close on {0} (%n day(s) left).</source>
        <translation>
            <numerusform>Las adhesiones se cierran el {0} (queda %n día).</numerusform>
            <numerusform>Las adhesiones se cierran el {0} (quedan %n días).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add Signatory</source>
        <translation>Añadir firmante</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} could not be imported: {1}</source>
        <translation>No se pudo importar {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} added, {2} updated, {3} unchanged.</source>
        <translation>{0}. Añadidos: {1}; actualizados: {2}; sin cambios: {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line {0}: </source>
        <translation>Línea {0}: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n row(s) left out:</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:350</extracomment>
        <translation>
            <numerusform>%n fila descartada:</numerusform>
            <numerusform>%n filas descartadas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="-270"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who signs for the organisation, if the call prints one</source>
        <translation>La persona que firma en nombre de la organización, si la convocatoria lo prevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only confirmed ones are printed</source>
        <translation>Solo se imprimen las confirmadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntacto:</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Spelling is off: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/spell_actions.py:75</extracomment>
        <translation>Revisión ortográfica desactivada: {0}</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/spelling_menu.py" line="+84"/>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to My &amp;Dictionary</source>
        <translation>Añadir a mi &amp;diccionario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorar</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>approved</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:29</extracomment>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drafting</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:27</extracomment>
        <translation>en redacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in review</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:28</extracomment>
        <translation>en revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:30</extracomment>
        <translation>enviada</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/status.py" line="+49"/>
        <source>Set Status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent &amp;on:</source>
        <translation>Enviada e&amp;l:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent &amp;to:</source>
        <translation>Enviada &amp;a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address, a web form&apos;s page, or the office it went to</source>
        <translation>Una dirección, la página de un formulario web o la oficina a la que se envió</translation>
    </message>
</context>
<context>
    <name>SubmissionActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/submission_actions.py" line="+159"/>
        <source>Cannot copy</source>
        <translation>No se puede copiar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot run the checks</source>
        <translation>No se pueden ejecutar las comprobaciones</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting {0}…</source>
        <translation>Exportando {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>Exportado: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCCM Drafter opens only web (http, https) and e-mail links.

{0}</source>
        <translation>TCCM Drafter solo abre enlaces web (http, https) y de correo electrónico.

{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n finding(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/submission_actions.py:188</extracomment>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionOutline</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="+28"/>
        <source>(untitled section)</source>
        <translation>(sección sin título)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} / {1} words</source>
        <translation>{0} / {1} palabras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} / {1} characters</source>
        <translation>{0} / {1} caracteres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>{0} word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/outline_text.py:68</extracomment>
        <translation>
            <numerusform>{0} palabra</numerusform>
            <numerusform>{0} palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="-37"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text before the first question, printed without a heading</source>
        <translation>Texto antes de la primera pregunta, impreso sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text after the last question, printed without a heading</source>
        <translation>Texto después de la última pregunta, impreso sin título</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer in library</source>
        <translation>más reciente en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short variant</source>
        <translation>versión breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in library</source>
        <translation>no está en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation out of date</source>
        <translation>traducción desactualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>revisión pendiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: {0}</source>
        <translation>Texto: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>¶ {0}</source>
        <translation>¶ {0}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="-121"/>
        <source>Subscribe to a Shared Library</source>
        <translation>Suscribirse a una biblioteca compartida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coalition&apos;s paragraphs from a git server (GitHub, GitLab, Gitea or your secretariat&apos;s own). They are copied to this computer and stay usable offline; Library › Sync Shared Libraries brings in later changes.</source>
        <translation>Los párrafos de la coalición desde un servidor git (GitHub, GitLab, Gitea o el de su secretaría). Se copian en este equipo y se pueden usar sin conexión; Biblioteca › Sincronizar las bibliotecas compartidas trae los cambios posteriores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repository address</source>
        <translation>Dirección del repositorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>según la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the library</source>
        <translation>Nombre de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will change paragraphs here and share them back</source>
        <translation>Cambiaré párrafos aquí y los compartiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for HTTPS servers that ask for a login; the password or token is kept in the system&apos;s keyring, never in a file. SSH addresses use your SSH agent.</source>
        <translation>Solo para servidores HTTPS que piden iniciar sesión; la contraseña o el token se guarda en el llavero del sistema, nunca en un archivo. Las direcciones SSH usan su agente SSH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Rama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Contraseña o token:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_controller.py" line="+53"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>Seleccione una sección para ver los párrafos que responden a ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This section has no question or title to answer.</source>
        <translation>Esta sección no tiene pregunta ni título al que responder.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Draft from Library</source>
        <translation>Redactar a partir de la biblioteca</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_view.py" line="+65"/>
        <source>Suggested paragraphs</source>
        <translation>Párrafos sugeridos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft from Library</source>
        <translation>Redactar a partir de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit</source>
        <translation>Rellenar la sección vacía con las mejores sugerencias que caben en su límite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>Seleccione una sección para ver los párrafos que responden a ella.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No paragraph of the library answers this question.</source>
        <translation>Ningún párrafo de la biblioteca responde a esta pregunta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in this submission</source>
        <translation>en esta contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review due</source>
        <translation>revisión pendiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also in other languages: {0}</source>
        <translation>También en otros idiomas: {0}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/template.py" line="+33"/>
        <source>Template and Word Reference</source>
        <translation>Plantilla y referencia de Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built-in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your template</source>
        <translation>su plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not usable: {0}</source>
        <translation>No utilizable: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your own template by copying a template folder into {0}</source>
        <translation>Añada su propia plantilla copiando una carpeta de plantilla en {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation profile&apos;s, else built-in</source>
        <translation>la del perfil de la organización o, si no hay, la integrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word reference:</source>
        <translation>Referencia de &amp;Word:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .docx or .dotx whose styles, page set-up, header and footer the export uses</source>
        <translation>Un archivo .docx o .dotx cuyos estilos, configuración de página, encabezado y pie de página usa la exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word reference document</source>
        <translation>Documento de referencia de Word</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a Word document</source>
        <translation>Elegir un documento de Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>TextDiffDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/diff.py" line="+83"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>Tomar la &amp;suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/title_bar.py" line="+17"/>
        <source>Title of your submission</source>
        <translation>Título de su contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission title</source>
        <translation>Título de la contribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
</context>
</TS>
