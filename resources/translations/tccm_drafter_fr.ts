<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/about.py" line="+59"/>
        <source>About TCCM Drafter</source>
        <translation>À propos de TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-Party &amp;Licences</source>
        <translation>&amp;Licences des composants tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence &amp;Texts</source>
        <translation>&amp;Textes des licences</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;Draft submissions to UN consultations from your library of agreed positions, check them against the consultation&apos;s rules and export them to Word or plain text. Works offline.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br/&gt;Copyright 2026 TCCM Drafter contributors.&lt;/p&gt;&lt;p&gt;Built with Qt {2} and Qt for Python (PySide6) {3}, used under the GNU LGPL version 3; Python {4}; {5}. The &lt;b&gt;Third-Party Licences&lt;/b&gt; tab lists every component with its licence and where to get its source.&lt;/p&gt;&lt;p&gt;Help › User Guide explains how to use the app.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;Rédigez vos contributions aux consultations de l&apos;ONU à partir de votre bibliothèque de positions validées, vérifiez-les au regard des règles de la consultation et exportez-les vers Word ou en texte brut. Fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT.&lt;br/&gt;Copyright 2026 les contributeurs de TCCM Drafter.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt {2} et Qt for Python (PySide6) {3}, utilisés sous la licence GNU LGPL version 3&#x202f;; Python {4}&#x202f;; {5}. L&apos;onglet &lt;b&gt;Licences des composants tiers&lt;/b&gt; indique la licence de chaque composant et où obtenir son code source.&lt;/p&gt;&lt;p&gt;Le menu Aide › Guide de l&apos;utilisateur explique le fonctionnement de l&apos;application.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The licence notices could not be read.

{0}: {1}</source>
        <translation>Impossible de lire les mentions de licence.

{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No licence texts found in {0}.</source>
        <translation>Aucun texte de licence dans {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} could not be read: {1}</source>
        <translation>Impossible de lire {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundReader</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/reading.py" line="+60"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/editor.py" line="+56"/>
        <location line="+155"/>
        <source>Select a paragraph in the outline to edit it.</source>
        <translation>Sélectionnez un paragraphe dans le plan pour le modifier.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Block text</source>
        <translation>Texte du bloc</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block actions</source>
        <translation>Actions sur le bloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Difference</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare your wording with the library&apos;s</source>
        <translation>Comparer votre formulation à celle de la bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the library text</source>
        <translation>Revenir au texte de la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take &amp;Library Version</source>
        <translation>Version de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the library&apos;s newest revision</source>
        <translation>Utiliser la révision la plus récente de la bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to Li&amp;brary…</source>
        <translation>Reporter dans la bibli&amp;othèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your wording back to the library</source>
        <translation>Reporter votre formulation dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;Short Variant</source>
        <translation>Version &amp;courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>Imprimer la version courte du paragraphe</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Type the text of this block here.</source>
        <translation>Saisissez ici le texte de ce bloc.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}” is selected: choose one of its blocks in the outline to edit it, or add your own text with Insert Free Text.</source>
        <translation>La section « {0} » est sélectionnée : choisissez l'un de ses blocs dans le plan pour le modifier, ou ajoutez votre propre texte avec Insérer du texte libre.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New footnote</source>
        <translation>Nouvelle note de bas de page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Footnote {0}</source>
        <translation>Note de bas de page {0}</translation>
    </message>
</context>
<context>
    <name>BlockNotes</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+6"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:38</extracomment>
        <translation> (résolue)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:31</extracomment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:54</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:36</extracomment>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:46</extracomment>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/checks_dock.py" line="+16"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/chips.py:56</extracomment>
        <translation>sans valeur</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/consultation.py" line="+80"/>
        <source>Consultation Details</source>
        <translation>Détails de la consultation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ll and deadline</source>
        <translation>&amp;Appel et date limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;imits</source>
        <translation>L&amp;imites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ver and signatories</source>
        <translation>Pa&amp;ge de garde et signataires</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s name as its organisers write it</source>
        <translation>Le nom de la consultation tel que l&apos;écrivent ses organisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web page:</source>
        <translation>Page &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal &amp;sign-off by</source>
        <translation>&amp;Validation interne avant le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the text must be approved inside your organisation</source>
        <translation>Le jour où le texte doit être validé au sein de votre organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&amp;anguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the submission (for Word&apos;s spell-checker), e.g. en-GB</source>
        <translation>Langue de la contribution (pour le correcteur orthographique de Word), p. ex. fr-FR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer</source>
        <translation>Chaque réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit:</source>
        <translation>Limite de &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>A question can set its own limit; this applies to the others</source>
        <translation>Une question peut fixer sa propre limite&#x202f;; celle-ci s&apos;applique aux autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Character limit:</source>
        <translation>Limite de &amp;caractères&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Characters with spaces, as web forms count them</source>
        <translation>Caractères espaces comprises, comme les comptent les formulaires en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number the paragraphs</source>
        <translation>&amp;Numéroter les paragraphes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Footnotes allowed</source>
        <translation>Notes de bas de page &amp;autorisées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When footnotes are not allowed they become a list of references</source>
        <translation>Si les notes de bas de page ne sont pas autorisées, elles deviennent une liste de références</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole submission</source>
        <translation>L&apos;ensemble de la contribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;otal words:</source>
        <translation>T&amp;otal de mots&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All answers together, counted as each answer is</source>
        <translation>Toutes les réponses ensemble, comptées comme chaque réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total c&amp;haracters:</source>
        <translation>Total de ca&amp;ractères&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An estimate from the Word reference document&apos;s page size and font: leave a margin</source>
        <translation>Une estimation d&apos;après le format de page et la police du document de référence Word&#xa0;: gardez une marge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call asks the cover to give</source>
        <translation>L&apos;appel demande d&apos;indiquer en page de garde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apacity (as an organisation or an individual)</source>
        <translation>&amp;Qualité (au nom d&apos;une organisation ou à titre personnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ECOSOC consultative status</source>
        <translation>&amp;Statut consultatif auprès de l&apos;ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country as a na&amp;me (Norway, not NO)</source>
        <translation>Pays en toutes &amp;lettres (Norvège, et non NO)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill them in under Submission › Organisation Profile…; the checks name any that are left empty.</source>
        <translation>Renseignez-les dans Contribution › Profil de l&apos;organisation…&#x202f;; les vérifications signalent ceux qui restent vides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Joint statement</source>
        <translation>Déclaration conjointe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at the start</source>
        <translation>au début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print si&amp;gnatories:</source>
        <translation>Liste des si&amp;gnataires&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the call wants the list of organisations that sign</source>
        <translation>L&apos;endroit où l&apos;appel veut la liste des organisations signataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ndorsements by</source>
        <translation>A&amp;dhésions jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day for organisations to sign on</source>
        <translation>Le dernier jour où les organisations peuvent s&apos;associer au texte</translation>
    </message>
</context>
<context>
    <name>CopySectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/copy_section.py" line="+32"/>
        <source>Copy “{0}” as Plain Text</source>
        <translation>Copier «&#xa0;{0}&#xa0;» en texte brut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words: {0} · Characters: {1}</source>
        <translation>Mots&#xa0;: {0} · Caractères&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copied</source>
        <translation>copié</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/country_box.py" line="+38"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>Tapez pour chercher, p. ex. Kenya</translation>
    </message>
</context>
<context>
    <name>DeadlineFields</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/deadline_fields.py" line="+109"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline date</source>
        <translation>Jour de la date limite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at &amp;time</source>
        <translation>à l&apos;&amp;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a time the deadline is the end of its day</source>
        <translation>Sans heure, la date limite court jusqu&apos;à la fin de la journée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline time</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your own time zone</source>
        <translation>votre fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the call writes it: UTC-11, CET, AoE, Europe/Zurich, Geneva time. Leave it empty for your own time zone.</source>
        <translation>Tel que l&apos;écrit l&apos;appel&#xa0;: UTC-11, CET, AoE, Europe/Zurich, heure de Genève. Laissez vide pour votre propre fuseau horaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time &amp;zone</source>
        <translation>&amp;fuseau horaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deadline in your time</source>
        <translation>La date limite dans votre heure locale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 15 December 2026, 23:59 UTC-11</source>
        <translation>p. ex. 15 December 2026, 23:59 UTC-11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the day, time and zone from these words</source>
        <translation>Remplir le jour, l&apos;heure et le fuseau d&apos;après ce texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the call&apos;s te&amp;xt:</source>
        <translation>D&apos;après le te&amp;xte de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the deadline from the call to fill in the fields above</source>
        <translation>Collez la date limite tirée de l&apos;appel pour remplir les champs ci-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline as the call words it</source>
        <translation>La date limite telle que l&apos;appel la formule</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{0}” is not a time zone TCCM Drafter knows. Write an offset such as UTC-11 or UTC+1, an abbreviation such as CET or AoE, or a place such as Europe/Zurich or Geneva.</source>
        <translation>TCCM Drafter ne connaît pas le fuseau horaire «&#xa0;{0}&#xa0;». Indiquez un décalage comme UTC-11 ou UTC+1, une abréviation comme CET ou AoE, ou un lieu comme Europe/Zurich ou Genève.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deadline.</source>
        <translation>Pas de date limite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your time: {0}</source>
        <translation>Dans votre heure locale&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zone read as {0}</source>
        <translation>fuseau compris comme {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the end of the day)</source>
        <translation>(fin de la journée)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not read the deadline: {0}</source>
        <translation>Impossible de lire la date limite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineLabel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/deadline_label.py" line="+59"/>
        <source>passed</source>
        <translation>dépassée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>less than an hour left</source>
        <translation>moins d&apos;une heure restante</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deadline: {0}</source>
        <translation>Date limite&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal sign-off: {0}</source>
        <translation>Validation interne&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadline {0} — sent {1}</source>
        <translation>Date limite {0} — envoyée le {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {0} — {1}</source>
        <translation>Date limite {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n day(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:61</extracomment>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:63</extracomment>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
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
            <numerusform> (%n révision depuis la traduction)</numerusform>
            <numerusform> (%n révisions depuis la traduction)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference from the library</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:125</extracomment>
        <translation>Différences avec la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How “{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:149</extracomment>
        <translation>Ce qui a changé dans «&#xa0;{0}&#xa0;» depuis sa traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library text</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:126</extracomment>
        <translation>Texte de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:152</extracomment>
        <translation>La source aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now, in {0}{1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:164</extracomment>
        <translation>La source aujourd&apos;hui, en {0}{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source then</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:150</extracomment>
        <translation>La source à l&apos;époque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation, in {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:166</extracomment>
        <translation>La traduction, en {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wording</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:128</extracomment>
        <translation>Votre formulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:163</extracomment>
        <translation>«&#xa0;{0}&#xa0;» a changé depuis sa traduction</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="+259"/>
        <location line="+35"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/edit_labels.py" line="+14"/>
        <source>Add Closing</source>
        <translation>l&apos;ajout de la conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Introduction</source>
        <translation>l&apos;ajout de l&apos;introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Section</source>
        <translation>l&apos;ajout de la section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Sections from Questions</source>
        <translation>l&apos;ajout des sections tirées des questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Consultation Details</source>
        <translation>la modification des détails de la consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Organisation</source>
        <translation>le changement d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Signatories</source>
        <translation>la modification des signataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Status</source>
        <translation>le changement de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Submission Details</source>
        <translation>la modification de la contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Template</source>
        <translation>le changement de modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Title</source>
        <translation>le changement de titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from Library</source>
        <translation>la rédaction à partir de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate Paragraph</source>
        <translation>la copie du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Paragraph</source>
        <translation>la modification du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Section</source>
        <translation>la modification de la section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Text</source>
        <translation>la saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Bundle</source>
        <translation>l&apos;import du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Review</source>
        <translation>Importer une relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraph</source>
        <translation>l&apos;insertion du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraphs</source>
        <translation>l&apos;insertion des paragraphes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Text</source>
        <translation>l&apos;insertion du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph</source>
        <translation>le déplacement du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Section</source>
        <translation>le déplacement de la section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Paragraph</source>
        <translation>la création du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Paragraph</source>
        <translation>la suppression du paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Section</source>
        <translation>la suppression de la section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>le remplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>le remplacement de toutes les occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire Paragraph</source>
        <translation>Retirer le paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to Library Text</source>
        <translation>le retour au texte de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Library</source>
        <translation>l&apos;enregistrement dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync Shared Library</source>
        <translation>la synchronisation de la bibliothèque partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>la reprise de la version de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Full Text</source>
        <translation>le passage au texte intégral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Saved Paragraph</source>
        <translation>le passage au paragraphe enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Short Variant</source>
        <translation>le passage à la version courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Translation</source>
        <translation>le passage à la traduction</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/export.py" line="+44"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word document (.docx), to send</source>
        <translation>Document &amp;Word (.docx), pour l&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plain text (.txt), to paste into a web form</source>
        <translation>&amp;Texte brut (.txt), à coller dans un formulaire en ligne</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Word document (.docx), for re&amp;view</source>
        <translation>Document Word (.docx), pour la re&amp;lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown (.md), for a wiki or another editor</source>
        <translation>&amp;Markdown (.md), pour un wiki ou un autre éditeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy the secretariat receives: the text alone, with no review marks or other data of this app.</source>
        <translation>La copie que reçoit le secrétariat&#xa0;: le texte seul, sans marques de relecture ni autres données de l&apos;application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy colleagues edit with tracked changes and comments: it keeps the marks File › Import Review… needs. Do not send it to the secretariat.</source>
        <translation>La copie que les collègues modifient avec le suivi des modifications et des commentaires&#xa0;: elle garde les marques dont Fichier › Importer une relecture… a besoin. Ne l&apos;envoyez pas au secrétariat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markup, one blank line between paragraphs, each answer&apos;s notes right after it</source>
        <translation>Sans mise en forme, une ligne vide entre les paragraphes, les notes de chaque réponse juste après elle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Word and character &amp;counts after each answer</source>
        <translation>Nombre de mots et de &amp;caractères après chaque réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line such as &quot;[Words: 212 / 250]&quot;; leave it out to paste answers as they are</source>
        <translation>Une ligne comme «&#xa0;[Mots&#xa0;: 212 / 250]&#xa0;»&#xa0;; à omettre pour coller les réponses telles quelles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add page &amp;numbers if the letterhead has none</source>
        <translation>Ajouter les &amp;numéros de page si le papier à en-tête n&apos;en a pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation&apos;s Word letterhead is used as it is; when it shows no page numbers, the Word export adds them at the foot of each page</source>
        <translation>Le papier à en-tête Word de votre organisation est utilisé tel quel ; s&apos;il n&apos;affiche pas de numéros de page, l&apos;export Word les ajoute en bas de chaque page</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Anyway</source>
        <translation>Exporter &amp;quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Revoir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before sending, the checks found: {0}</source>
        <translation>Avant l’envoi, les vérifications ont relevé : {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open problems</source>
        <translation>Problèmes en suspens</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/file_actions.py" line="+66"/>
        <source>Cannot open the submission</source>
        <translation>Impossible d&apos;ouvrir la contribution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot save the submission</source>
        <translation>Impossible d&apos;enregistrer la contribution</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened the version on disk of {0}; your changes were dropped</source>
        <translation>Version sur le disque de {0} ouverte ; vos modifications ont été abandonnées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version is saved as {0}; {1} keeps the version on disk</source>
        <translation>Votre version est enregistrée sous {0} ; {1} garde la version du disque</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/find_bar.py" line="+74"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the submission</source>
        <translation>Rechercher dans la contribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Respecter la ca&amp;sse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+33"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Match {0} of {1}</source>
        <translation>Occurrence {0} sur {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(in a footnote)</source>
        <translation>(dans une note de bas de page)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n library paragraph(s) now tailored</source>
        <translation>
            <numerusform>%n paragraphe de la bibliothèque désormais modifié</numerusform>
            <numerusform>%n paragraphes de la bibliothèque désormais modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+54"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selection a link (Ctrl+K)</source>
        <translation>Faire de la sélection un lien (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullets</source>
        <translation>Puces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footnote…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a footnote here, or edit the one next to the cursor</source>
        <translation>Ajouter une note de bas de page ici, ou modifier celle qui touche le curseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value from the submission&apos;s details, such as your organisation&apos;s name</source>
        <translation>Une valeur des informations de la contribution, comme le nom de votre organisation</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Consultation reference</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:44</extracomment>
        <translation>Référence de la consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:42</extracomment>
        <translation>Titre de la consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:40</extracomment>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:37</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:47</extracomment>
        <translation>Date de la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:45</extracomment>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:39</extracomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:34</extracomment>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation short name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:35</extracomment>
        <translation>Nom court de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:43</extracomment>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:41</extracomment>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder group</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:36</extracomment>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:46</extracomment>
        <translation>Titre de la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:38</extracomment>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:103</extracomment>
        <translation>sans valeur</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/guide.py" line="+138"/>
        <source>TCCM Drafter User Guide</source>
        <translation>Guide de l&apos;utilisateur de TCCM Drafter</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/health_window.py" line="+37"/>
        <source>Library Health</source>
        <translation>Santé de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking through the library…</source>
        <translation>Examen de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs that need a look</source>
        <translation>Paragraphes à examiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Paragraph</source>
        <translation>Ouvrir le paragraphe</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Written twice</source>
        <translation>Écrits deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} % of the wording is the same</source>
        <translation>Texte identique à {0} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due for review</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review date {0}</source>
        <translation>date de réexamen : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without sources</source>
        <translation>Sans sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source cited</source>
        <translation>aucune source citée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used for a year</source>
        <translation>Inutilisés depuis un an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used {0}</source>
        <translation>dernière utilisation : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never used in a saved submission</source>
        <translation>jamais utilisé dans une contribution enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n thing(s) to look at</source>
        <translation>
            <numerusform>%n point à examiner</numerusform>
            <numerusform>%n points à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) checked</source>
        <translation>
            <numerusform>%n paragraphe vérifié</numerusform>
            <numerusform>%n paragraphes vérifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Not opened: {0}. From here only links within this page and web addresses (after asking) are followed.</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:96</extracomment>
        <translation>Non ouvert&#xa0;: {0}. Depuis cette fenêtre, seuls les liens internes à la page et les adresses web (après confirmation) sont suivis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Web Browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:47</extracomment>
        <translation>Ouvrir dans le navigateur&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide could not be opened.

{0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:178</extracomment>
        <translation>Impossible d&apos;ouvrir le guide de l&apos;utilisateur.

{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link leads to a web page:

{0}

Open it in your web browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:48</extracomment>
        <translation>Ce lien mène à une page web&#xa0;:

{0}

L&apos;ouvrir dans votre navigateur&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:177</extracomment>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/commands.py" line="+94"/>
        <source>&amp;Undo {0}</source>
        <translation>Ann&amp;uler {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot undo “{0}”: {1}</source>
        <translation>Impossible d&apos;annuler {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/import_dialog.py" line="+41"/>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed organisation</source>
        <translation>une organisation sans nom</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paragraphs in the bundle</source>
        <translation>Paragraphes du paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From {0}: {1} new, {2} updated, {3} in conflict (both sides changed them), {4} identical, {5} newer here.</source>
        <translation>De {0} — nouveaux&#xa0;: {1}&#x202f;; mis à jour&#xa0;: {2}&#x202f;; en conflit (modifiés des deux côtés)&#xa0;: {3}&#x202f;; identiques&#xa0;: {4}&#x202f;; plus récents ici&#xa0;: {5}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is written until you press {0}.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer here</source>
        <translation>Plus récent ici</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do with {0}</source>
        <translation>Que faire de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it</source>
        <translation>L&apos;ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip it</source>
        <translation>L&apos;ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show both texts side by side</source>
        <translation>Afficher les deux textes côte à côte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare {0}</source>
        <translation>Comparer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (version {0})</source>
        <translation>La mienne (version {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (version {0})</source>
        <translation>La leur (version {0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose what to do with every conflict first</source>
        <translation>Choisissez d&apos;abord quoi faire pour chaque conflit</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/language.py" line="+24"/>
        <source>Interface Language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language (now {0})</source>
        <translation>Langue du système (actuellement {0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language of menus and dialogs:</source>
        <translation>&amp;Langue des menus et des boîtes de dialogue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language takes effect the next time you start TCCM Drafter. Documents keep the language of their consultation.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de TCCM Drafter. Les documents restent dans la langue de leur consultation.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>TCCM Drafter will be in {0} the next time you start it.</source>
        <translation>Au prochain démarrage, TCCM Drafter s&apos;affichera dans la langue choisie&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_editing.py" line="+44"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New Paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Paragraph</source>
        <translation>Modifier le paragraphe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate Paragraph</source>
        <translation>Dupliquer le paragraphe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save to Library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message numerus="yes">
        <location filename="../../src/tccm_drafter/gui/library_loader.py" line="+54"/>
        <source>Library reloaded: %n paragraph(s)</source>
        <translation>
            <numerusform>Bibliothèque rechargée&#xa0;: %n paragraphe</numerusform>
            <numerusform>Bibliothèque rechargée&#xa0;: %n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n fichier illisible</numerusform>
            <numerusform>%n fichiers illisibles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the library</source>
        <translation>Impossible de lire la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_model.py" line="+154"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source changed since this translation was made</source>
        <translation>La source a changé depuis cette traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>Sa date de révision est arrivée&#xa0;: vérifiez qu&apos;il est toujours valable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded by “{0}”</source>
        <translation>Remplacé par «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+85"/>
        <source>Search the library…</source>
        <translation>Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic filter</source>
        <translation>Filtre par thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language filter</source>
        <translation>Filtre par langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library filter</source>
        <translation>Filtre par bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library paragraphs</source>
        <translation>Paragraphes de la bibliothèque</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library views</source>
        <translation>Vues de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraphs that best answer the selected section</source>
        <translation>Les paragraphes qui répondent le mieux à la section choisie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All libraries</source>
        <translation>Toutes les bibliothèques</translation>
    </message>
</context>
<context>
    <name>LibrarySharing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_sharing.py" line="+40"/>
        <source>Export Library Bundle</source>
        <translation>Exporter un paquet de bibliothèque</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>TCCM library bundle (*.tccmlib)</source>
        <translation>Paquet de bibliothèque TCCM (*.tccmlib)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import Library Bundle</source>
        <translation>Importer un paquet de bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Wrote %n paragraph(s) to {0}</source>
        <translation>
            <numerusform>%n paragraphe écrit dans {0}</numerusform>
            <numerusform>%n paragraphes écrits dans {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Imported %n paragraph(s) from {0}</source>
        <translation>
            <numerusform>%n paragraphe importé de {0}</numerusform>
            <numerusform>%n paragraphes importés de {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Library Folder</source>
        <translation>Ajouter un dossier de bibliothèque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is already one of your libraries.</source>
        <translation>{0} fait déjà partie de vos bibliothèques.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will you change paragraphs in “{0}”?

Choose No to use them without ever writing to the folder.</source>
        <translation>Allez-vous modifier des paragraphes de «&#xa0;{0}&#xa0;»&#x202f;?

Choisissez Non pour les utiliser sans jamais écrire dans le dossier.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+47"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to show</source>
        <translation>Texte affiché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the address empty to take the link off.</source>
        <translation>Laissez l&apos;adresse vide pour retirer le lien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only web (https://…) and e-mail (mailto:…) addresses become links; this one will print as plain text.</source>
        <translation>Seules les adresses web (https://…) et de courriel (mailto:…) deviennent des liens&#xa0;; celle-ci sera imprimée comme du texte.</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n library file(s) could not be read; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:29</extracomment>
        <translation>
            <numerusform>%n fichier de bibliothèque n’a pas pu être lu ; premier : {0}</numerusform>
            <numerusform>%n fichiers de bibliothèque n’ont pas pu être lus ; premier : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) on the libraries; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:33</extracomment>
        <translation>
            <numerusform>%n remarque sur les bibliothèques ; première : {0}</numerusform>
            <numerusform>%n remarques sur les bibliothèques ; première : {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Library › Load Problems… lists them all)</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:38</extracomment>
        <translation>(Bibliothèque › Problèmes de lecture… les énumère tous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load Problems</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:45</extracomment>
        <translation>Problèmes de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found in the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:56</extracomment>
        <translation>Problèmes trouvés dans les dossiers de bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the app noticed when it read the library folders. Files that could not be read are left out; everything else was loaded.</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:47</extracomment>
        <translation>Ce que l’application a relevé en lisant les dossiers de bibliothèque. Les fichiers illisibles sont laissés de côté ; tout le reste a été chargé.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+111"/>
        <source>Log In to the Server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} asks for a user name and a password or token. It is kept in the system&apos;s keyring.</source>
        <translation>{0} demande un nom d&apos;utilisateur et un mot de passe ou un jeton. Il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Mot de passe ou jeton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/app.py" line="+106"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/main_window.py" line="+161"/>
        <source>Submission outline</source>
        <translation>Plan de la contribution</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;move Section</source>
        <translation>&amp;Supprimer la section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move Paragraph</source>
        <translation>&amp;Supprimer le paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+114"/>
        <source>version {0}</source>
        <translation>version {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>&amp;About TCCM Drafter</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:203</extracomment>
        <translation>À &amp;propos de TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:100</extracomment>
        <translation>&amp;Ajouter une section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:60</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation Details…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:95</extracomment>
        <translation>&amp;Détails de la consultation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Section as Plain Text…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:82</extracomment>
        <translation>&amp;Copier la section en texte brut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:126</extracomment>
        <translation>D&amp;upliquer le paragraphe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:282</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:125</extracomment>
        <translation>&amp;Modifier le paragraphe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Section…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>Modifi&amp;er la section…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:277</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>Rechercher dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Heal&amp;th…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:174</extracomment>
        <translation>É&amp;tat de santé…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Help</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:304</extracomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:131</extracomment>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Review…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:46</extracomment>
        <translation>&amp;Importer une relecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert Paragraph</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:66</extracomment>
        <translation>&amp;Insérer le paragraphe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:292</extracomment>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:124</extracomment>
        <translation>&amp;Nouveau paragraphe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation Profile…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:96</extracomment>
        <translation>&amp;Profil de l&apos;organisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste Questions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:104</extracomment>
        <translation>&amp;Coller des questions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:61</extracomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:127</extracomment>
        <translation>&amp;Retirer le paragraphe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:291</extracomment>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest Paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:111</extracomment>
        <translation>&amp;Suggérer des paragraphes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template and Word Reference…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:97</extracomment>
        <translation>&amp;Modèle et référence Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:295</extracomment>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:202</extracomment>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:293</extracomment>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no recent files)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:331</extracomment>
        <translation>(aucun fichier récent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Introduction</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>Ajouter une &amp;introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add C&amp;losing</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>Ajouter une co&amp;nclusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Library &amp;Folder…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:145</extracomment>
        <translation>Ajouter un &amp;dossier de bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also use a shared folder or a git checkout of paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:148</extracomment>
        <translation>Utiliser aussi un dossier partagé ou un dépôt git de paragraphes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back a reviewed Word export: tracked changes and comments, block by block</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:49</extracomment>
        <translation>Reprendre un export Word relu&#xa0;: modifications suivies et commentaires, bloc par bloc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in what changed in your shared libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:162</extracomment>
        <translation>Récupérer ce qui a changé dans vos bibliothèques partagées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Spelling as You Type</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:194</extracomment>
        <translation>Vérifier l&apos;&amp;orthographe pendant la frappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the submission before sending</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>Vérifier la contribution avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft fro&amp;m Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:118</extracomment>
        <translation>Rédi&amp;ger à partir de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:138</extracomment>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission you saved: deadlines, status, where it was sent; a calendar</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:57</extracomment>
        <translation>Toutes vos contributions enregistrées&#xa0;: dates limites, statut, destinataire&#x202f;; un calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Word, Markdown or plain text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>Exporter vers Word, Markdown ou texte brut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that could not be read, and other notes from reading the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:185</extracomment>
        <translation>Fichiers illisibles et autres remarques issues de la lecture des dossiers de bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit (one undo step)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:121</extracomment>
        <translation>Remplir la section vide avec les meilleures suggestions qui tiennent dans sa limite (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and replace text in the submission (Ctrl+H)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>Rechercher et remplacer du texte dans la contribution (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in &amp;Submission…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:87</extracomment>
        <translation>Rechercher dans la c&amp;ontribution…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find text in the submission (Ctrl+F while you write in the block editor)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:90</extracomment>
        <translation>Rechercher du texte dans la contribution (Ctrl+F pendant la saisie dans l&apos;éditeur de bloc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert Free &amp;Text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:73</extracomment>
        <translation>Insérer du &amp;texte libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert text written for this submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:76</extracomment>
        <translation>Insérer un texte rédigé pour cette contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected library paragraphs (Enter in the list)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:69</extracomment>
        <translation>Insérer les paragraphes sélectionnés de la bibliothèque (Entrée dans la liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;Language…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>&amp;Langue de l&apos;interface…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Problems…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:182</extracomment>
        <translation>Problèmes de &amp;lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:306</extracomment>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>Déplacer vers le b&amp;as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move U&amp;p</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Alt+Down)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>Déplacer vers le bas (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane (F6)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>Passer au volet suivant (F6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>Déplacer vers le haut (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Ca&amp;ll…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:33</extracomment>
        <translation>Nouveau à partir d&apos;un a&amp;ppel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:278</extracomment>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a submission file</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>Ouvrir un fichier de contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations signing a joint statement</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>Les organisations qui signent une déclaration conjointe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs written twice, due for review, without sources or unused for a year</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:177</extracomment>
        <translation>Paragraphes écrits deux fois, à réexaminer, sans sources ou inutilisés depuis un an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:190</extracomment>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a .tccmlib bundle and choose what to take from it</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:134</extracomment>
        <translation>Prévisualiser un paquet .tccmlib et choisir ce qu&apos;on en reprend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister of Submissions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:54</extracomment>
        <translation>Re&amp;gistre des contributions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library folders again</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>Relire les dossiers de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected paragraph or section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>Supprimer le paragraphe ou la section sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run C&amp;hecks</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>Lancer les &amp;vérifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hare My Changes…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:166</extracomment>
        <translation>&amp;Partager mes modifications…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync Shared Libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:159</extracomment>
        <translation>S&amp;ynchroniser les bibliothèques partagées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:41</extracomment>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>Enregistrer la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library (Ctrl+F)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>Rechercher dans la bibliothèque (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the paragraphs you changed in a shared library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:169</extracomment>
        <translation>Envoyer les paragraphes que vous avez modifiés dans une bibliothèque partagée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>Si&amp;gnataires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>Commencer une nouvelle contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a submission from the call&apos;s own file: its questions become sections</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:36</extracomment>
        <translation>Commencer une contribution à partir du fichier de l&apos;appel&#xa0;: ses questions deviennent des sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscribe to a Shared Library…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:152</extracomment>
        <translation>S&apos;a&amp;bonner à une bibliothèque partagée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text after the last question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>Texte après la dernière question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text before the first question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>Texte avant la première question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and dialogs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>La langue des menus et des boîtes de dialogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs that best answer the selected section&apos;s question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:114</extracomment>
        <translation>Les paragraphes qui répondent le mieux à la question de la section choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, question and limits</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>Titre, question et limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline misspelt words in the submission&apos;s language</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:197</extracomment>
        <translation>Souligner les mots mal orthographiés dans la langue de la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the coalition&apos;s paragraphs from a git server</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:155</extracomment>
        <translation>Utiliser les paragraphes de la coalition depuis un serveur git</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the library to a .tccmlib file to share by email</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:141</extracomment>
        <translation>Enregistrer la bibliothèque dans un fichier .tccmlib à partager par courriel</translation>
    </message>
</context>
<context>
    <name>NewFromCall</name>
    <message>
        <location line="+2"/>
        <source>Calls for input (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:43</extracomment>
        <translation>Appels à contributions (*.docx *.pdf *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Call for Input</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:42</extracomment>
        <translation>Choisir l&apos;appel à contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Call</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:83</extracomment>
        <translation>Nouvelle contribution à partir d&apos;un appel</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from the pasted text</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:69</extracomment>
        <translation>
            <numerusform>Nouvelle contribution de %n section à partir du texte collé</numerusform>
            <numerusform>Nouvelle contribution de %n sections à partir du texte collé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:67</extracomment>
        <translation>
            <numerusform>Nouvelle contribution de %n section d&apos;après {0}</numerusform>
            <numerusform>Nouvelle contribution de %n sections d&apos;après {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the questions of {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:86</extracomment>
        <translation>Lecture des questions de {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:91</extracomment>
        <translation>Lecture de {0} annulée</translation>
    </message>
</context>
<context>
    <name>NewFromCallDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/new_from_call.py" line="+52"/>
        <source>New from Call</source>
        <translation>Nouvelle contribution à partir d&apos;un appel</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Questions found in {0}. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>Questions trouvées dans {0}. Chaque question cochée devient une section avec ses limites&#x202f;; décochez ce qui n&apos;est pas une question, double-cliquez sur un titre pour le modifier.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Consultation:</source>
        <translation>&amp;Consultation&#xa0;:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the Call&apos;s &amp;File…</source>
        <translation>Choisir le &amp;fichier de l&apos;appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or &amp;paste the call&apos;s text:</source>
        <translation>…ou co&amp;ller le texte de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call&apos;s text</source>
        <translation>Le texte de l&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the call for input from its web page or document and paste it here.</source>
        <translation>Copiez l&apos;appel à contributions depuis sa page web ou son document et collez-le ici.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;reate Submission</source>
        <translation>C&amp;réer la contribution</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the call&apos;s file, or paste its text. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>Choisissez le fichier de l&apos;appel ou collez son texte. Chaque question cochée devient une section avec ses limites&#xa0;; décochez ce qui n&apos;est pas une question, double-cliquez sur un titre pour le modifier.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No questions were found in {0}; paste them instead.</source>
        <translation>Aucune question n&apos;a été trouvée dans {0}&#xa0;; collez-les plutôt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every answer {0}</source>
        <translation>chaque réponse : {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the whole submission {0}</source>
        <translation>la contribution entière : {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits the call states once: {0}</source>
        <translation>Limites fixées une fois pour toutes par l’appel : {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The new submission will have %n section(s).</source>
        <translation>
            <numerusform>La nouvelle contribution comptera %n section.</numerusform>
            <numerusform>La nouvelle contribution comptera %n sections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/note_editor.py" line="+84"/>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text; Esc leaves it as it was.</source>
        <translation>Entrée garde le texte&#xa0;; Échap le laisse tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footnote text</source>
        <translation>Texte de la note de bas de page</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/block_notes.py" line="+65"/>
        <source>Notes on the block</source>
        <translation>Notes sur le bloc</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n note(s) from review</source>
        <translation>
            <numerusform>%n note de relecture</numerusform>
            <numerusform>%n notes de relecture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n résolue</numerusform>
            <numerusform>%n résolues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphEditorDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paragraph_editor.py" line="+87"/>
        <source>New Paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Paragraph</source>
        <translation>Modifier le paragraphe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; it never changes once saved</source>
        <translation>Lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»&#x202f;; il ne change plus une fois enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown: *italic*, **bold**, [link](https://…), - lists, footnotes[^1]; placeholders such as {{ org.name }}</source>
        <translation>Markdown&#xa0;: *italique*, **gras**, [lien](https://…), - listes, notes[^1]&#x202f;; champs à remplir comme {{ org.name }}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;hort variant:</source>
        <translation>Version &amp;courte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shorter wording for tight word limits</source>
        <translation>Une formulation plus brève pour les limites de mots serrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;opics:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. igf, funding</source>
        <translation>Séparés par des virgules, p. ex. fgi, financement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A language tag such as en-GB, fr or ar</source>
        <translation>Un code de langue comme en-GB, fr ou ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endorsed by:</source>
        <translation>&amp;Soutenu par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Created</source>
        <translation>&amp;Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Updated</source>
        <translation>&amp;Mis à jour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Revu le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;persedes:</source>
        <translation>Re&amp;mplace&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of paragraphs this one replaces</source>
        <translation>Identifiants des paragraphes que celui-ci remplace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded &amp;by:</source>
        <translation>Remplacé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id of the paragraph that replaces this one</source>
        <translation>Identifiant du paragraphe qui remplace celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;nslation of:</source>
        <translation>Tra&amp;duction de&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Source</source>
        <translation>&amp;Ajouter une source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Source</source>
        <translation>Supprimer la sour&amp;ce</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sou&amp;rces</source>
        <translation>Sou&amp;rces</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Please give the paragraph a title.</source>
        <translation>Veuillez donner un titre au paragraphe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id is required: a short name for the paragraph, such as &apos;igf-funding&apos; (proposed from the title).</source>
        <translation>L&apos;identifiant est obligatoire&#xa0;: un nom court pour le paragraphe, comme «&#xa0;igf-funding&#xa0;» (proposé d&apos;après le titre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id may use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>L&apos;identifiant peut contenir des lettres minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id &apos;{0}&apos; is already used in the library &apos;{1}&apos;.</source>
        <translation>L&apos;identifiant «&#xa0;{0}&#xa0;» est déjà utilisé dans la bibliothèque «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no paragraph with the id &apos;{0}&apos;.</source>
        <translation>Aucun paragraphe ne porte l&apos;identifiant «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/paragraph_editor.py:215</extracomment>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/paragraph_view.py" line="+23"/>
        <source>Paragraph details</source>
        <translation>Détails du paragraphe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Superseded by “{0}”</source>
        <translation>Remplacé par «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>Sa date de révision est arrivée&#xa0;: vérifiez qu&apos;il est toujours valable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its source changed since this translation was made</source>
        <translation>Sa source a changé depuis cette traduction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed by</source>
        <translation>Soutenu par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from</source>
        <translation>Importé de</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Short variant</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:74</extracomment>
        <translation>Version courte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:81</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used in</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:85</extracomment>
        <translation>Utilisé dans</translation>
    </message>
</context>
<context>
    <name>PasteQuestionsDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paste_questions.py" line="+24"/>
        <source>Paste Questions</source>
        <translation>Coller des questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the consultation&apos;s &amp;questions, numbered or one per line. A limit written in a question, such as “(max. 250 words)”, becomes that section&apos;s limit.</source>
        <translation>Collez les &amp;questions de la consultation, numérotées ou une par ligne. Une limite écrite dans une question, comme «&#xa0;(max. 250 mots)&#xa0;», devient la limite de la section.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n section(s) will be added.</source>
        <translation>
            <numerusform>%n section sera ajoutée.</numerusform>
            <numerusform>%n sections seront ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/preflight.py" line="+36"/>
        <source>No problems found. Ready to send.</source>
        <translation>Aucun problème relevé. Prêt pour l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Fix the selected finding</source>
        <translation>Corriger le constat sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use the Translation</source>
        <translation>Utiliser la traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with Its Successor</source>
        <translation>Remplacer par son successeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>Prendre la version de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:40</extracomment>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:38</extracomment>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:39, src/tccm_drafter/gui/submission_actions.py:297</extracomment>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/preview.py" line="+39"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s) in Word (estimate)</source>
        <translation>
            <numerusform>%n page dans Word (estimation)</numerusform>
            <numerusform>%n pages dans Word (estimation)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot preview</source>
        <translation>Aperçu impossible</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/profile.py" line="+75"/>
        <source>Organisation Profile</source>
        <translation>Profil de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(fill in from a saved profile)</source>
        <translation>(remplir à partir d&apos;un profil enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved &amp;profiles:</source>
        <translation>&amp;Profils enregistrés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>Nom &amp;abrégé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Groupe de parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; documents print the country&apos;s name in their own language</source>
        <translation>Tapez pour chercher&#xa0;; les documents impriment le nom du pays dans leur propre langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN regional group, or the region as the call words it</source>
        <translation>Le groupe régional de l&apos;ONU, ou la région telle que l&apos;appel la nomme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On behalf of an organisation</source>
        <translation>Au nom d&apos;une organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a personal capacity</source>
        <translation>À titre personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capac&amp;ity:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>(not given)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Whether the submission is made for the organisation or by a person</source>
        <translation>Si la contribution est présentée au nom de l&apos;organisation ou par une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General consultative status</source>
        <translation>Statut consultatif général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special consultative status</source>
        <translation>Statut consultatif spécial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consultative status</source>
        <translation>Pas de statut consultatif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECOSOC stat&amp;us:</source>
        <translation>Statut auprès de l&apos;&amp;ECOSOC&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consultative status with the UN Economic and Social Council</source>
        <translation>Statut consultatif auprès du Conseil économique et social des Nations Unies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact person:</source>
        <translation>Personne à &amp;contacter&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gnatory line:</source>
        <translation>Ligne de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed under letters, e.g. &apos;Jane Doe, Chief Executive&apos;</source>
        <translation>Imprimée au bas des lettres, p. ex. «&#xa0;Jeanne Dupont, directrice générale&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in document</source>
        <translation>document intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your organisation&apos;s Word file (.docx or .dotx)</source>
        <translation>Choisissez le fichier Word de votre organisation (.docx ou .dotx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word &amp;letterhead:</source>
        <translation>Papier à &amp;en-tête Word&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its styles, page set-up, header and footer are used for Word exports</source>
        <translation>Ses styles, sa mise en page, son en-tête et son pied de page servent aux exports Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word letterhead</source>
        <translation>Papier à en-tête Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as a profile for reuse</source>
        <translation>&amp;Enregistrer comme profil réutilisable</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“{0}” is not in the list of countries: it is kept as typed and prints that way in every language. Choose the country from the list.</source>
        <translation>«&#xa0;{0}&#xa0;» ne figure pas dans la liste des pays&#xa0;: il est conservé tel quel et imprimé ainsi dans toutes les langues. Choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Word document</source>
        <translation>Choisir un document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Veuillez saisir le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile could not be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer le profil&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="-256"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{0}&#xa0;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TCCM Drafter did not close properly last time. Restore the automatically saved copy of:

{0}</source>
        <translation>TCCM Drafter ne s&apos;est pas fermé correctement la dernière fois. Restaurer la copie enregistrée automatiquement de&#xa0;:

{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}

Replace the file on disk with your version?</source>
        <translation>{0}

Remplacer le fichier sur le disque par votre version&#x202f;?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Someone else saved this submission after you opened it. Choose which version to keep; saving your version over the file would throw their change away.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette contribution après que vous l&apos;avez ouverte. Choisissez la version à garder ; enregistrer la vôtre par-dessus le fichier effacerait sa modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Their Version</source>
        <translation>Ouvrir leur version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{0}” changed on disk</source>
        <translation>«&#xa0;{0}&#xa0;» a été modifié sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On disk (changed by someone else)</source>
        <translation>Sur le disque (modifié par quelqu&apos;un d&apos;autre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{0}” has been superseded by “{1}”.</source>
        <translation>«&#xa0;{0}&#xa0;» a été remplacé par «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use “{0}”</source>
        <translation>Utiliser «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” has been retired from the library.</source>
        <translation>«&#xa0;{0}&#xa0;» a été retiré de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert It Anyway</source>
        <translation>L&apos;insérer quand même</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this address in your browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur&#x202f;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Submission</source>
        <translation>Ouvrir une contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0});;All files (*)</source>
        <translation>Contributions (*{0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Submission</source>
        <translation>Enregistrer la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0})</source>
        <translation>Contributions (*{0})</translation>
    </message>
</context>
<context>
    <name>QuestionsPreview</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/questions.py" line="+36"/>
        <source>Sections that will be created</source>
        <translation>Sections qui seront créées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Untick to leave the question out; double-click to rename</source>
        <translation>Décochez pour écarter la question&#x202f;; double-cliquez pour la renommer</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{0} word(s)</source>
        <translation>
            <numerusform>{0} mot</numerusform>
            <numerusform>{0} mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0} character(s)</source>
        <translation>
            <numerusform>{0} caractère</numerusform>
            <numerusform>{0} caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/register_window.py" line="+53"/>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register of Submissions</source>
        <translation>Registre des contributions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline (your time)</source>
        <translation>Date limite (heure locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Envoyée à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submissions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Status…</source>
        <translation>Définir le &amp;statut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rebuild</source>
        <translation>Re&amp;construire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the register again from the submission files it lists and recent files</source>
        <translation>Reconstituer le registre à partir des fichiers de contribution qu&apos;il recense et des fichiers récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the deadlines and sign-off dates as an .ics file for your calendar</source>
        <translation>Enregistrer les dates limites et de validation dans un fichier .ics pour votre agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The register cannot be read ({0}). Rebuild it to make it again from the files.</source>
        <translation>Le registre est illisible ({0}). Reconstruisez-le pour le recréer à partir des fichiers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No submissions yet: every submission you save is listed here.</source>
        <translation>Aucune contribution pour l&apos;instant&#xa0;: chaque contribution que vous enregistrez apparaît ici.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Internal sign-off: {0}</source>
        <translation>Validation interne&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot set the status</source>
        <translation>Impossible de définir le statut</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Register rebuilt</source>
        <translation>Registre reconstruit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n submission(s) listed. These files could not be read:</source>
        <translation>
            <numerusform>%n contribution recensée. Ces fichiers sont illisibles&#xa0;:</numerusform>
            <numerusform>%n contributions recensées. Ces fichiers sont illisibles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the calendar</source>
        <translation>Impossible d&apos;écrire le calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {0}</source>
        <translation>{0} écrit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n submission(s), nearest deadline first. Double-click one to open it.</source>
        <extracomment>Used in src/tccm_drafter/gui/register_window.py:149</extracomment>
        <translation>
            <numerusform>%n contribution. Double-cliquez dessus pour l&apos;ouvrir.</numerusform>
            <numerusform>%n contributions, par date limite la plus proche. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceTailoredDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+29"/>
        <source>Use Short Variant</source>
        <translation>Version courte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Full Text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This paragraph prints your own wording, so choosing the short variant alone would change nothing. Replace your wording with the library&apos;s short variant? Undo brings your wording back.</source>
        <translation>Ce paragraphe imprime votre propre formulation&#xa0;: choisir la version courte ne changerait donc rien. Remplacer votre formulation par la version courte de la bibliothèque&#xa0;? Annuler rétablit votre formulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paragraph prints your own wording, so choosing the full text alone would change nothing. Replace your wording with the library&apos;s full text? Undo brings your wording back.</source>
        <translation>Ce paragraphe imprime votre propre formulation&#xa0;: choisir le texte intégral ne changerait donc rien. Remplacer votre formulation par le texte intégral de la bibliothèque&#xa0;? Annuler rétablit votre formulation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace My Wording</source>
        <translation>&amp;Remplacer ma formulation</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/retire.py" line="+17"/>
        <source>Retire Paragraph</source>
        <translation>Retirer le paragraphe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” will no longer be offered for new submissions. Submissions that use it are told, and can take the paragraph that replaces it.</source>
        <translation>«&#xa0;{0}&#xa0;» ne sera plus proposé pour les nouvelles contributions. Les contributions qui l&apos;utilisent le signaleront et pourront reprendre le paragraphe qui le remplace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nothing replaces it)</source>
        <translation>(rien ne le remplace)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Superseded by:</source>
        <translation>&amp;Remplacé par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_details.py" line="+88"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a row to see the texts side by side.</source>
        <translation>Sélectionnez une ligne pour voir les textes côte à côte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>moved {0}</source>
        <translation>déplacé {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as exported: “{0}”</source>
        <translation>tel qu&apos;exporté&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:38</extracomment>
        <translation> (résolue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not in your text)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>(absent de votre texte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:29</extracomment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As exported (no longer in your submission)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:54</extracomment>
        <translation>Tel qu&apos;exporté (ne figure plus dans votre contribution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:25</extracomment>
        <translation>Modifié par le relecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:26</extracomment>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:27</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:61</extracomment>
        <translation>Supprimé par le relecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:28</extracomment>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New text typed by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>Nouveau texte saisi par le relecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the blocks</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:30</extracomment>
        <translation>Hors des blocs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:36</extracomment>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text as exported</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:52</extracomment>
        <translation>Texte du modèle tel qu&apos;exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer&apos;s text</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:48</extracomment>
        <translation>Le texte du relecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:24</extracomment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:47</extracomment>
        <translation>Votre texte actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now (changed since the export)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:59</extracomment>
        <translation>Votre texte actuel (modifié depuis l&apos;export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:40</extracomment>
        <translation>sur</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location line="+2"/>
        <source>Import Review</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:32, src/tccm_drafter/gui/review_actions.py:69</extracomment>
        <translation>Importer une relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a Reviewed Word File</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:39</extracomment>
        <translation>Importer un fichier Word relu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported the review in {0}: %n block change(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:83</extracomment>
        <translation>
            <numerusform>Relecture importée depuis {0}&#xa0;: %n modification de bloc</numerusform>
            <numerusform>Relecture importée depuis {0}&#xa0;: %n modifications de blocs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:76</extracomment>
        <translation>Rien à modifier d&apos;après {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the review in {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:54</extracomment>
        <translation>Lecture du fichier relu {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:59</extracomment>
        <translation>Lecture de {0} annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:40</extracomment>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_dialog.py" line="+56"/>
        <source>Import Review: {0}</source>
        <translation>Importer la relecture&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks of the reviewed file</source>
        <translation>Blocs du fichier relu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>From {0}: {1}; %n comment(s).</source>
        <translation>
            <numerusform>De {0}&#xa0;: {1}&#x202f;; %n commentaire.</numerusform>
            <numerusform>De {0}&#xa0;: {1}&#x202f;; %n commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changes until you press Accept; everything you accept is one step that Undo takes back.</source>
        <translation>Rien ne change avant que vous cliquiez sur Accepter&#x202f;; tout ce que vous acceptez forme une seule étape, qu&apos;Annuler peut défaire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You and the reviewer both changed this block; choose which to keep</source>
        <translation>Le relecteur et vous avez tous deux modifié ce bloc&#x202f;; choisissez la version à garder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to do with {0}</source>
        <translation>Que faire de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the new text</source>
        <translation>Ajouter le nouveau texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>Ne pas l&apos;ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the comments as notes</source>
        <translation>Ajouter les commentaires comme notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore the comments</source>
        <translation>Ignorer les commentaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the reviewer&apos;s text back, as free text</source>
        <translation>Reprendre le texte du relecteur, comme texte libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine (leave it out)</source>
        <translation>Garder ma version (ne pas l&apos;ajouter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the reviewer&apos;s version (delete it)</source>
        <translation>Prendre la version du relecteur (supprimer le bloc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version (move it)</source>
        <translation>Prendre la version du relecteur (déplacer le bloc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version</source>
        <translation>Prendre la version du relecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine, add the comments as notes</source>
        <translation>Garder ma version, ajouter les commentaires comme notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine, without the comments</source>
        <translation>Garder ma version, sans les commentaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not imported: change it in the submission</source>
        <translation>non importé&#xa0;: modifiez-le dans la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in your submission</source>
        <translation>ne figure plus dans votre contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Choose what to do with %n conflict(s) first</source>
        <translation>
            <numerusform>Choisissez d&apos;abord quoi faire pour %n conflit</numerusform>
            <numerusform>Choisissez d&apos;abord quoi faire pour %n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RichEditing</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Double-click it, or select it and press Enter, to edit the note.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:276</extracomment>
        <translation>Double-cliquez sur l&apos;appel de note, ou sélectionnez-le et appuyez sur Entrée, pour modifier la note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0} has no value yet: fill it in the submission&apos;s details.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:283</extracomment>
        <translation>Le champ {0} n&apos;a pas encore de valeur&#xa0;: renseignez-le dans les informations de la contribution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0}: prints “{1}”</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:281</extracomment>
        <translation>Champ {0}&#xa0;: imprime «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footnote {0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:274</extracomment>
        <translation>Note {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:288</extracomment>
        <translation>Lien vers {0}</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/section.py" line="+47"/>
        <source>Edit Section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit</source>
        <translation>Limite de &amp;mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Character limit</source>
        <translation>Limite de &amp;caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heading of the answer in the document</source>
        <translation>Le titre de la réponse dans le document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s question, printed above the answer</source>
        <translation>La question de la consultation, imprimée au-dessus de la réponse</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+19"/>
        <source>Share My Changes</source>
        <translation>Partager mes modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These paragraphs changed here since the last sync. They go to “{0}” as one change by {1}. If the server does not take changes on its main branch, they go to a branch of their own and you are told how to ask for them to be merged.</source>
        <translation>Ces paragraphes ont changé ici depuis la dernière synchronisation. Ils partent vers «&#xa0;{0}&#xa0;» en une seule modification de {1}. Si le serveur n&apos;accepte pas de modifications sur sa branche principale, ils vont sur une branche à part et l&apos;application vous dit comment demander leur fusion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraphs to share</source>
        <translation>Paragraphes à partager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
</context>
<context>
    <name>SharedLibraryActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_actions.py" line="+76"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Subscribe to a Shared Library</source>
        <translation>S&apos;abonner à une bibliothèque partagée</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Subscribed to “{0}”: %n paragraph(s)</source>
        <translation>
            <numerusform>Abonné à « {0} » : %n paragraphe</numerusform>
            <numerusform>Abonné à « {0} » : %n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribed</source>
        <translation>Abonnement fait</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no shared library yet: Library › Subscribe to a Shared Library…</source>
        <translation>Il n&apos;y a pas encore de bibliothèque partagée&#xa0;: Bibliothèque › S&apos;abonner à une bibliothèque partagée…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+76"/>
        <source>Sync Shared Libraries</source>
        <translation>Synchroniser les bibliothèques partagées</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>“{0}” was not synced: {1}</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;a pas été synchronisée&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}”: the server cannot be reached, you are working offline (last synced {1})</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: le serveur est injoignable, vous travaillez hors ligne (dernière synchronisation&#xa0;: {1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{0}” is up to date</source>
        <translation>«&#xa0;{0}&#xa0;» est à jour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared library “{0}” ({1}), last synced {2}.</source>
        <translation>Bibliothèque partagée «&#xa0;{0}&#xa0;» ({1}), dernière synchronisation&#xa0;: {2}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n paragraph(s) no longer in the repository stay here.</source>
        <translation>
            <numerusform>%n paragraphe qui n&apos;est plus dans le dépôt reste ici.</numerusform>
            <numerusform>%n paragraphes qui ne sont plus dans le dépôt restent ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync {0}</source>
        <translation>Synchroniser {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced “{0}”: %n paragraph(s) written</source>
        <translation>
            <numerusform>« {0} » synchronisée : %n paragraphe écrit</numerusform>
            <numerusform>« {0} » synchronisée : %n paragraphes écrits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+58"/>
        <source>Share My Changes</source>
        <translation>Partager mes modifications</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>None of your shared libraries is writable here.</source>
        <translation>Aucune de vos bibliothèques partagées n&apos;est modifiable ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up your organisation&apos;s profile first (Submission › Organisation Profile…): its name is the author of your changes.</source>
        <translation>Remplissez d&apos;abord le profil de l&apos;organisation (Contribution › Profil de l&apos;organisation…)&#xa0;: son nom est l&apos;auteur de vos modifications.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to share: “{0}” has no changes of yours.</source>
        <translation>Rien à partager&#xa0;: «&#xa0;{0}&#xa0;» ne contient aucune modification de votre part.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(version {0})</source>
        <translation>(version {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Shared %n paragraph(s) on “{0}”.</source>
        <translation>
            <numerusform>%n paragraphe partagé sur «&#xa0;{0}&#xa0;».</numerusform>
            <numerusform>%n paragraphes partagés sur «&#xa0;{0}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Shared %n paragraph(s) on “{0}”, on top of newer changes on the server; sync to bring those in.</source>
        <translation>
            <numerusform>%n paragraphe partagé sur «&#xa0;{0}&#xa0;», par-dessus des modifications plus récentes du serveur&#x202f;; synchronisez pour les récupérer.</numerusform>
            <numerusform>%n paragraphes partagés sur «&#xa0;{0}&#xa0;», par-dessus des modifications plus récentes du serveur&#x202f;; synchronisez pour les récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not take changes on “{0}” directly ({1}). Your changes are on the branch “{2}”: open a merge request from “{2}” into “{0}” on the server&apos;s website.</source>
        <translation>Le serveur n&apos;accepte pas de modifications directement sur «&#xa0;{0}&#xa0;» ({1}). Vos modifications sont sur la branche «&#xa0;{2}&#xa0;»&#xa0;: ouvrez une demande de fusion de «&#xa0;{2}&#xa0;» vers «&#xa0;{0}&#xa0;» sur le site du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not shared: the server also changed {0} since your last sync. Sync first (Library › Sync Shared Libraries), settle it in the preview, then share again.</source>
        <translation>Non partagé&#xa0;: le serveur a aussi modifié {0} depuis votre dernière synchronisation. Synchronisez d&apos;abord (Bibliothèque › Synchroniser les bibliothèques partagées), décidez dans l&apos;aperçu, puis partagez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ShortVariant</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+13"/>
        <source>Free text has no short variant</source>
        <translation>Le texte libre n&apos;a pas de version courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraph is in none of your libraries</source>
        <translation>Le paragraphe ne figure dans aucune de vos bibliothèques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library&apos;s paragraph has no short variant</source>
        <translation>Le paragraphe de la bibliothèque n&apos;a pas de version courte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own wording prints; you will be asked whether the library&apos;s text replaces it</source>
        <translation>Votre propre formulation s&apos;imprime&#xa0;; il vous sera demandé si le texte de la bibliothèque la remplace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>Imprimer la version courte du paragraphe</translation>
    </message>
</context>
<context>
    <name>Signatories</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Import Sign-on Sheet</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:66</extracomment>
        <translation>Importer une liste d&apos;adhésions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-on sheets (*.csv *.txt);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:68</extracomment>
        <translation>Listes d&apos;adhésions (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:56</extracomment>
        <translation>confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:57</extracomment>
        <translation>a décliné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invited</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:55</extracomment>
        <translation>invitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:58</extracomment>
        <translation>s&apos;est retirée</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="+157"/>
        <location line="+26"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Endorsements by</source>
        <translation>A&amp;dhésions jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day for organisations to sign on; the checks list who has not answered</source>
        <translation>Le dernier jour pour s&apos;associer au texte&#x202f;; les vérifications signalent les organisations qui n&apos;ont pas répondu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Sign-on Sheet…</source>
        <translation>&amp;Importer une liste d&apos;adhésions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the CSV file a sign-on form or spreadsheet saves</source>
        <translation>Importer le fichier CSV produit par un formulaire d&apos;adhésion ou un tableur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rows that could not be imported</source>
        <translation>Lignes qui n&apos;ont pas pu être importées</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} confirmed, {1} invited, {2} declined, {3} withdrawn. Only the {0} confirmed are printed.</source>
        <translation>Confirmées&#xa0;: {0}&#x202f;; invitées&#xa0;: {1}&#x202f;; ont décliné&#xa0;: {2}&#x202f;; se sont retirées&#xa0;: {3}. Seules les confirmées ({0}) sont imprimées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endorsements closed on {0}.</source>
        <translation>Les adhésions ont été closes le {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Endorsements close on {0} (%n day(s) left).</source>
        <translation>
            <numerusform>Les adhésions sont closes le {0} (%n jour restant).</numerusform>
            <numerusform>Les adhésions sont closes le {0} (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add Signatory</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} could not be imported: {1}</source>
        <translation>Impossible d&apos;importer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} added, {2} updated, {3} unchanged.</source>
        <translation>{0} — ajoutés&#xa0;: {1}&#x202f;; mis à jour&#xa0;: {2}&#x202f;; inchangés&#xa0;: {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line {0}: </source>
        <translation>Ligne {0}&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n row(s) left out:</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:350</extracomment>
        <translation>
            <numerusform>%n ligne écartée&#xa0;:</numerusform>
            <numerusform>%n lignes écartées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="-270"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who signs for the organisation, if the call prints one</source>
        <translation>La personne qui signe au nom de l&apos;organisation, si l&apos;appel en prévoit une</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only confirmed ones are printed</source>
        <translation>Seules les adhésions confirmées sont imprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ince</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Spelling is off: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/spell_actions.py:75</extracomment>
        <translation>Vérification orthographique désactivée : {0}</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/spelling_menu.py" line="+84"/>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to My &amp;Dictionary</source>
        <translation>Ajouter à mon &amp;dictionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorer</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>approved</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:29</extracomment>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drafting</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:27</extracomment>
        <translation>en rédaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in review</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:28</extracomment>
        <translation>en relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:30</extracomment>
        <translation>envoyée</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/status.py" line="+49"/>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent &amp;on:</source>
        <translation>Envoyée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent &amp;to:</source>
        <translation>Envoyée &amp;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address, a web form&apos;s page, or the office it went to</source>
        <translation>Une adresse, la page d&apos;un formulaire en ligne ou le service destinataire</translation>
    </message>
</context>
<context>
    <name>SubmissionActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/submission_actions.py" line="+159"/>
        <source>Cannot copy</source>
        <translation>Copie impossible</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot run the checks</source>
        <translation>Impossible de lancer les vérifications</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting {0}…</source>
        <translation>Export de {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCCM Drafter opens only web (http, https) and e-mail links.

{0}</source>
        <translation>TCCM Drafter n&apos;ouvre que les liens web (http, https) et de courriel.

{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n finding(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/submission_actions.py:188</extracomment>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionOutline</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="+28"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} / {1} words</source>
        <translation>{0} / {1} mots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} / {1} characters</source>
        <translation>{0} / {1} caractères</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>{0} word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/outline_text.py:68</extracomment>
        <translation>
            <numerusform>{0} mot</numerusform>
            <numerusform>{0} mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="-37"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text before the first question, printed without a heading</source>
        <translation>Texte avant la première question, imprimé sans titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text after the last question, printed without a heading</source>
        <translation>Texte après la dernière question, imprimé sans titre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer in library</source>
        <translation>plus récent dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short variant</source>
        <translation>version courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in library</source>
        <translation>absent de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation out of date</source>
        <translation>traduction périmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>révision due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: {0}</source>
        <translation>Texte&#xa0;: {0}</translation>
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
        <translation>S&apos;abonner à une bibliothèque partagée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coalition&apos;s paragraphs from a git server (GitHub, GitLab, Gitea or your secretariat&apos;s own). They are copied to this computer and stay usable offline; Library › Sync Shared Libraries brings in later changes.</source>
        <translation>Les paragraphes de la coalition depuis un serveur git (GitHub, GitLab, Gitea ou celui de votre secrétariat). Ils sont copiés sur cet ordinateur et restent utilisables hors ligne&#x202f;; Bibliothèque › Synchroniser les bibliothèques partagées récupère les modifications suivantes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repository address</source>
        <translation>Adresse du dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>d&apos;après l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the library</source>
        <translation>Nom de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will change paragraphs here and share them back</source>
        <translation>Je modifierai des paragraphes ici et les partagerai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for HTTPS servers that ask for a login; the password or token is kept in the system&apos;s keyring, never in a file. SSH addresses use your SSH agent.</source>
        <translation>Seulement pour les serveurs HTTPS qui demandent une connexion&#x202f;; le mot de passe ou le jeton est conservé dans le trousseau du système, jamais dans un fichier. Les adresses SSH utilisent votre agent SSH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Branche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Mot de passe ou jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Subscribe</source>
        <translation>&amp;S&apos;abonner</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_controller.py" line="+53"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>Choisissez une section pour voir les paragraphes qui y répondent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This section has no question or title to answer.</source>
        <translation>Cette section n&apos;a ni question ni titre auquel répondre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Draft from Library</source>
        <translation>Rédiger à partir de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_view.py" line="+65"/>
        <source>Suggested paragraphs</source>
        <translation>Paragraphes suggérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft from Library</source>
        <translation>Rédiger à partir de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit</source>
        <translation>Remplir la section vide avec les meilleures suggestions qui tiennent dans sa limite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>Choisissez une section pour voir les paragraphes qui y répondent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No paragraph of the library answers this question.</source>
        <translation>Aucun paragraphe de la bibliothèque ne répond à cette question.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in this submission</source>
        <translation>dans cette contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review due</source>
        <translation>à réexaminer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also in other languages: {0}</source>
        <translation>Aussi dans d&apos;autres langues : {0}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/template.py" line="+33"/>
        <source>Template and Word Reference</source>
        <translation>Modèle et référence Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your template</source>
        <translation>votre modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not usable: {0}</source>
        <translation>Inutilisable&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your own template by copying a template folder into {0}</source>
        <translation>Ajoutez votre propre modèle en copiant un dossier de modèle dans {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation profile&apos;s, else built-in</source>
        <translation>celui du profil de l&apos;organisation, sinon celui intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word reference:</source>
        <translation>Référence &amp;Word&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .docx or .dotx whose styles, page set-up, header and footer the export uses</source>
        <translation>Un fichier .docx ou .dotx dont l&apos;export reprend les styles, la mise en page, l&apos;en-tête et le pied de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word reference document</source>
        <translation>Document de référence Word</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a Word document</source>
        <translation>Choisir un document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>TextDiffDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/diff.py" line="+83"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/title_bar.py" line="+17"/>
        <source>Title of your submission</source>
        <translation>Titre de votre contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission title</source>
        <translation>Titre de la contribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
</context>
</TS>
