<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/about.py" line="+59"/>
        <source>About TCCM Drafter</source>
        <translation>حول TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-Party &amp;Licences</source>
        <translation>&amp;تراخيص المكونات الخارجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence &amp;Texts</source>
        <translation>&amp;نصوص التراخيص</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;Draft submissions to UN consultations from your library of agreed positions, check them against the consultation&apos;s rules and export them to Word or plain text. Works offline.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br/&gt;Copyright 2026 TCCM Drafter contributors.&lt;/p&gt;&lt;p&gt;Built with Qt {2} and Qt for Python (PySide6) {3}, used under the GNU LGPL version 3; Python {4}; {5}. The &lt;b&gt;Third-Party Licences&lt;/b&gt; tab lists every component with its licence and where to get its source.&lt;/p&gt;&lt;p&gt;Help › User Guide explains how to use the app.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0} {1}&lt;/h2&gt;&lt;p&gt;صُغ مساهماتك في مشاورات الأمم المتحدة انطلاقًا من مكتبة المواقف المتفق عليها، وتحقّق من مطابقتها لقواعد المشاورة، ثم صدّرها إلى Word أو نصًا عاديًا. يعمل دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;برنامج حر مرخّص بموجب رخصة MIT.&lt;br/&gt;حقوق النشر 2026 للمساهمين في TCCM Drafter.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt {2} وQt for Python (PySide6) {3}، المستخدمَين بموجب رخصة GNU LGPL الإصدار 3؛ وPython {4}؛ و{5}. يسرد تبويب &lt;b&gt;تراخيص المكونات الخارجية&lt;/b&gt; كل مكوّن مع رخصته ومصدر شفرته.&lt;/p&gt;&lt;p&gt;تشرح القائمة مساعدة › دليل المستخدم طريقة استخدام البرنامج.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The licence notices could not be read.

{0}: {1}</source>
        <translation>تعذّرت قراءة إشعارات الترخيص.

{0}: {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No licence texts found in {0}.</source>
        <translation>لا توجد نصوص تراخيص في {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} could not be read: {1}</source>
        <translation>تعذّرت قراءة {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundReader</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/reading.py" line="+60"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/editor.py" line="+56"/>
        <location line="+155"/>
        <source>Select a paragraph in the outline to edit it.</source>
        <translation>اختر فقرة من المخطط لتحريرها.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Block text</source>
        <translation>نص المقطع</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block actions</source>
        <translation>إجراءات المقطع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Difference</source>
        <translation>ال&amp;فروق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare your wording with the library&apos;s</source>
        <translation>مقارنة صياغتك بصياغة المكتبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>الأ&amp;صل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the library text</source>
        <translation>العودة إلى نص المكتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take &amp;Library Version</source>
        <translation>نسخة ال&amp;مكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the library&apos;s newest revision</source>
        <translation>استخدام أحدث مراجعة في المكتبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to Li&amp;brary…</source>
        <translation>حفظ في ال&amp;مكتبة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your wording back to the library</source>
        <translation>حفظ صياغتك في المكتبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;Short Variant</source>
        <translation>الصيغة ال&amp;مختصرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>طباعة الصيغة المختصرة للفقرة</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Type the text of this block here.</source>
        <translation>اكتب نص هذا المقطع هنا.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}” is selected: choose one of its blocks in the outline to edit it, or add your own text with Insert Free Text.</source>
        <translation>القسم «{0}» محدد: اختر أحد مقاطعه في المخطط لتحريره، أو أضف نصك الخاص باستخدام «إدراج نص حر».</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New footnote</source>
        <translation>حاشية جديدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Footnote {0}</source>
        <translation>الحاشية {0}</translation>
    </message>
</context>
<context>
    <name>BlockNotes</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+6"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:38</extracomment>
        <translation> (تمت معالجتها)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:31</extracomment>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:54</extracomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:36</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <extracomment>Used in src/tccm_drafter/gui/block_notes.py:46</extracomment>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/checks_dock.py" line="+16"/>
        <source>Checks</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/chips.py:56</extracomment>
        <translation>بلا قيمة</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/consultation.py" line="+80"/>
        <source>Consultation Details</source>
        <translation>تفاصيل المشاورة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;ll and deadline</source>
        <translation>ال&amp;دعوة والموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;imits</source>
        <translation>ال&amp;حدود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ver and signatories</source>
        <translation>ال&amp;غلاف والجهات الموقِّعة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s name as its organisers write it</source>
        <translation>اسم المشاورة كما يكتبه منظموها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organiser:</source>
        <translation>الجهة ال&amp;منظِّمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference:</source>
        <translation>ال&amp;مرجع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web page:</source>
        <translation>صفحة ال&amp;ويب:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal &amp;sign-off by</source>
        <translation>الا&amp;عتماد الداخلي قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the text must be approved inside your organisation</source>
        <translation>اليوم الذي يجب أن يُعتمد فيه النص داخل منظمتك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&amp;anguage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the submission (for Word&apos;s spell-checker), e.g. en-GB</source>
        <translation>لغة المساهمة (للمدقق الإملائي في Word)، مثل ar-EG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer</source>
        <translation>كل إجابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit:</source>
        <translation>حد ال&amp;كلمات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source> words</source>
        <translation> كلمة</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>A question can set its own limit; this applies to the others</source>
        <translation>يمكن أن يحدد السؤال حدّه الخاص؛ ويسري هذا الحد على بقية الأسئلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Character limit:</source>
        <translation>حد الأ&amp;حرف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source> characters</source>
        <translation> حرف</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Characters with spaces, as web forms count them</source>
        <translation>الأحرف مع المسافات، كما تعدّها نماذج الويب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number the paragraphs</source>
        <translation>&amp;ترقيم الفقرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Footnotes allowed</source>
        <translation>ال&amp;حواشي مسموح بها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When footnotes are not allowed they become a list of references</source>
        <translation>إذا لم تكن الحواشي مسموحًا بها، تتحول إلى قائمة مراجع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole submission</source>
        <translation>المساهمة كاملة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;otal words:</source>
        <translation>م&amp;جموع الكلمات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All answers together, counted as each answer is</source>
        <translation>الإجابات كلها معًا، معدودة كما تُعدّ كل إجابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total c&amp;haracters:</source>
        <translation>مجموع الأ&amp;حرف:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>ال&amp;صفحات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pages</source>
        <translation> صفحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An estimate from the Word reference document&apos;s page size and font: leave a margin</source>
        <translation>تقدير مبني على حجم الصفحة والخط في مستند Word المرجعي: اترك هامشًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call asks the cover to give</source>
        <translation>تطلب الدعوة أن يتضمن الغلاف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apacity (as an organisation or an individual)</source>
        <translation>ال&amp;صفة (باسم منظمة أو بصفة شخصية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ECOSOC consultative status</source>
        <translation>المركز الا&amp;ستشاري لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country as a na&amp;me (Norway, not NO)</source>
        <translation>اسم ال&amp;بلد كاملًا (النرويج، لا NO)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill them in under Submission › Organisation Profile…; the checks name any that are left empty.</source>
        <translation>املأها من المساهمة › ملف تعريف المنظمة…؛ وتشير عمليات التحقق إلى ما يبقى فارغًا منها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Joint statement</source>
        <translation>بيان مشترك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the end</source>
        <translation>في النهاية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at the start</source>
        <translation>في البداية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print si&amp;gnatories:</source>
        <translation>قائمة الجهات ال&amp;موقِّعة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the call wants the list of organisations that sign</source>
        <translation>الموضع الذي تطلب فيه الدعوة قائمة المنظمات الموقِّعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ndorsements by</source>
        <translation>آخر موعد لل&amp;تأييد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day for organisations to sign on</source>
        <translation>آخر يوم يمكن فيه للمنظمات الانضمام إلى النص</translation>
    </message>
</context>
<context>
    <name>CopySectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/copy_section.py" line="+32"/>
        <source>Copy “{0}” as Plain Text</source>
        <translation>نسخ «{0}» نصًا عاديًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words: {0} · Characters: {1}</source>
        <translation>الكلمات: {0} · الأحرف: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;نسخ إلى الحافظة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/country_box.py" line="+38"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>اكتب للبحث، مثل كينيا</translation>
    </message>
</context>
<context>
    <name>DeadlineFields</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/deadline_fields.py" line="+109"/>
        <source>&amp;Deadline</source>
        <translation>ال&amp;موعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline date</source>
        <translation>تاريخ الموعد النهائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at &amp;time</source>
        <translation>في ال&amp;ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a time the deadline is the end of its day</source>
        <translation>إذا لم تُحدَّد ساعة، فالموعد النهائي هو نهاية اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline time</source>
        <translation>ساعة الموعد النهائي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your own time zone</source>
        <translation>منطقتك الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the call writes it: UTC-11, CET, AoE, Europe/Zurich, Geneva time. Leave it empty for your own time zone.</source>
        <translation>كما تكتبها الدعوة: UTC-11 أو CET أو AoE أو Europe/Zurich أو توقيت جنيف. اتركها فارغة لاستخدام منطقتك الزمنية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deadline in your time</source>
        <translation>الموعد النهائي بتوقيتك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 15 December 2026, 23:59 UTC-11</source>
        <translation>مثلًا: 15 December 2026, 23:59 UTC-11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read</source>
        <translation>&amp;قراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the day, time and zone from these words</source>
        <translation>ملء اليوم والساعة والمنطقة الزمنية من هذا النص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the call&apos;s te&amp;xt:</source>
        <translation>من &amp;نص الدعوة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the deadline from the call to fill in the fields above</source>
        <translation>الصق الموعد النهائي من الدعوة لملء الحقول أعلاه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline as the call words it</source>
        <translation>الموعد النهائي بصياغة الدعوة</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{0}” is not a time zone TCCM Drafter knows. Write an offset such as UTC-11 or UTC+1, an abbreviation such as CET or AoE, or a place such as Europe/Zurich or Geneva.</source>
        <translation>لا يعرف TCCM Drafter المنطقة الزمنية «{0}». اكتب فارق توقيت مثل UTC-11 أو UTC+1، أو اختصارًا مثل CET أو AoE، أو مكانًا مثل Europe/Zurich أو Geneva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deadline.</source>
        <translation>لا يوجد موعد نهائي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your time: {0}</source>
        <translation>بتوقيتك: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zone read as {0}</source>
        <translation>فُهمت المنطقة الزمنية على أنها {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the end of the day)</source>
        <translation>(نهاية اليوم)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not read the deadline: {0}</source>
        <translation>تعذّرت قراءة الموعد النهائي: {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineLabel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/deadline_label.py" line="+59"/>
        <source>passed</source>
        <translation>انقضى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>less than an hour left</source>
        <translation>بقي أقل من ساعة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deadline: {0}</source>
        <translation>الموعد النهائي: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal sign-off: {0}</source>
        <translation>الاعتماد الداخلي: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadline {0} — sent {1}</source>
        <translation>الموعد النهائي {0} — أُرسلت في {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {0} — {1}</source>
        <translation>الموعد النهائي {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n day(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:61</extracomment>
        <translation>
            <numerusform>لم يبقَ أي يوم</numerusform>
            <numerusform>بقي يوم واحد</numerusform>
            <numerusform>بقي يومان</numerusform>
            <numerusform>بقيت %n أيام</numerusform>
            <numerusform>بقي %n يومًا</numerusform>
            <numerusform>بقي %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) left</source>
        <extracomment>Used in src/tccm_drafter/gui/deadline_label.py:63</extracomment>
        <translation>
            <numerusform>لم تبقَ أي ساعة</numerusform>
            <numerusform>بقيت ساعة واحدة</numerusform>
            <numerusform>بقيت ساعتان</numerusform>
            <numerusform>بقيت %n ساعات</numerusform>
            <numerusform>بقيت %n ساعة</numerusform>
            <numerusform>بقيت %n ساعة</numerusform>
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
            <numerusform> (لا مراجعات منذ الترجمة)</numerusform>
            <numerusform> (مراجعة واحدة منذ الترجمة)</numerusform>
            <numerusform> (مراجعتان منذ الترجمة)</numerusform>
            <numerusform> (%n مراجعات منذ الترجمة)</numerusform>
            <numerusform> (%n مراجعةً منذ الترجمة)</numerusform>
            <numerusform> (%n مراجعة منذ الترجمة)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference from the library</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:125</extracomment>
        <translation>الفروق عن نص المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How “{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:149</extracomment>
        <translation>ما تغيّر في «{0}» منذ ترجمتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library text</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:126</extracomment>
        <translation>نص المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:152</extracomment>
        <translation>النص الأصلي الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source now, in {0}{1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:164</extracomment>
        <translation>النص الأصلي الآن، بلغة: {0}{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source then</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:150</extracomment>
        <translation>النص الأصلي حينها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation, in {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:166</extracomment>
        <translation>الترجمة، بلغة: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wording</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:128</extracomment>
        <translation>صياغتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” changed since it was translated</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/diff.py:163</extracomment>
        <translation>تغيّرت «{0}» منذ ترجمتها</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="+259"/>
        <location line="+35"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/edit_labels.py" line="+14"/>
        <source>Add Closing</source>
        <translation>إضافة الخاتمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Introduction</source>
        <translation>إضافة المقدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Section</source>
        <translation>إضافة القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Sections from Questions</source>
        <translation>إضافة الأقسام من الأسئلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Consultation Details</source>
        <translation>تغيير تفاصيل المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Organisation</source>
        <translation>تغيير المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Signatories</source>
        <translation>تغيير الجهات الموقِّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Submission Details</source>
        <translation>تغيير تفاصيل المساهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Template</source>
        <translation>تغيير القالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Title</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from Library</source>
        <translation>الصياغة من المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate Paragraph</source>
        <translation>إنشاء نسخة من الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Paragraph</source>
        <translation>تحرير الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Section</source>
        <translation>تحرير القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Text</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Bundle</source>
        <translation>استيراد الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Review</source>
        <translation>استيراد مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraph</source>
        <translation>إدراج الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Paragraphs</source>
        <translation>إدراج الفقرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Text</source>
        <translation>إدراج النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph</source>
        <translation>نقل الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Paragraph</source>
        <translation>إنشاء الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Paragraph</source>
        <translation>حذف الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Section</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>الاستبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>استبدال الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire Paragraph</source>
        <translation>سحب الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to Library Text</source>
        <translation>العودة إلى نص المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Library</source>
        <translation>الحفظ في المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync Shared Library</source>
        <translation>مزامنة المكتبة المشتركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>اعتماد نسخة المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Full Text</source>
        <translation>استخدام النص الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Saved Paragraph</source>
        <translation>استخدام الفقرة المحفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Short Variant</source>
        <translation>استخدام الصيغة المختصرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Translation</source>
        <translation>استخدام الترجمة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/export.py" line="+44"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word document (.docx), to send</source>
        <translation>مستند &amp;Word (.docx)، للإرسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plain text (.txt), to paste into a web form</source>
        <translation>&amp;نص عادي (.txt)، للصقه في نموذج ويب</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Word document (.docx), for re&amp;view</source>
        <translation>مستند Word (.docx)، لل&amp;مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown (.md), for a wiki or another editor</source>
        <translation>&amp;Markdown (.md)، لموقع ويكي أو محرر آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy the secretariat receives: the text alone, with no review marks or other data of this app.</source>
        <translation>النسخة التي تتلقاها الأمانة: النص وحده، بلا علامات مراجعة ولا بيانات أخرى من التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy colleagues edit with tracked changes and comments: it keeps the marks File › Import Review… needs. Do not send it to the secretariat.</source>
        <translation>النسخة التي يعدّلها الزملاء مع تتبّع التغييرات والتعليقات: تحتفظ بالعلامات التي يحتاجها ملف › استيراد مراجعة… لا ترسلها إلى الأمانة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markup, one blank line between paragraphs, each answer&apos;s notes right after it</source>
        <translation>بلا تنسيق، وسطر فارغ بين الفقرات، وملاحظات كل إجابة بعدها مباشرة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Word and character &amp;counts after each answer</source>
        <translation>عدد الكلمات والأحرف بعد كل إ&amp;جابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line such as &quot;[Words: 212 / 250]&quot;; leave it out to paste answers as they are</source>
        <translation>سطر مثل «[عدد الكلمات: 212 / 250]»؛ احذفه للصق الإجابات كما هي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add page &amp;numbers if the letterhead has none</source>
        <translation>إضافة أرقام ال&amp;صفحات إذا لم يكن في ورق المراسلات أرقام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation&apos;s Word letterhead is used as it is; when it shows no page numbers, the Word export adds them at the foot of each page</source>
        <translation>يُستخدم ورق المراسلات الخاص بمنظمتك في Word كما هو؛ وإذا لم تظهر فيه أرقام الصفحات، يضيفها التصدير إلى Word في أسفل كل صفحة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Anyway</source>
        <translation>التصدير &amp;رغم ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before sending, the checks found: {0}</source>
        <translation>قبل الإرسال، وجدت الفحوص: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open problems</source>
        <translation>مشكلات قائمة</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (*.txt)</source>
        <translation>نص عادي (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/file_actions.py" line="+66"/>
        <source>Cannot open the submission</source>
        <translation>تعذّر فتح المساهمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {0}</source>
        <translation>فُتح {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot save the submission</source>
        <translation>تعذّر حفظ المساهمة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened the version on disk of {0}; your changes were dropped</source>
        <translation>فُتحت النسخة الموجودة على القرص من {0}؛ وأُسقطت تغييراتك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version is saved as {0}; {1} keeps the version on disk</source>
        <translation>حُفظت نسختك باسم {0}؛ ويحتفظ {1} بالنسخة الموجودة على القرص</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Saved {0}</source>
        <translation>حُفظ {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/find_bar.py" line="+74"/>
        <source>Find and replace</source>
        <translation>البحث والاستبدال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the submission</source>
        <translation>البحث في المساهمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>الاستبدال بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>مطابقة &amp;حالة الأحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>كلمات &amp;كاملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>الساب&amp;ق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>التال&amp;ي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>استب&amp;دال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>استبدال ال&amp;جميع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا تطابقات</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+33"/>
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Match {0} of {1}</source>
        <translation>التطابق {0} من {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(in a footnote)</source>
        <translation>(في حاشية)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدل تطابق واحد</numerusform>
            <numerusform>استُبدل تطابقان</numerusform>
            <numerusform>استُبدلت %n تطابقات</numerusform>
            <numerusform>استُبدل %n تطابقًا</numerusform>
            <numerusform>استُبدل %n تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n library paragraph(s) now tailored</source>
        <translation>
            <numerusform>لا فقرات معدَّلة من المكتبة</numerusform>
            <numerusform>فقرة واحدة من المكتبة صارت معدَّلة</numerusform>
            <numerusform>فقرتان من المكتبة صارتا معدَّلتين</numerusform>
            <numerusform>%n فقرات من المكتبة صارت معدَّلة</numerusform>
            <numerusform>%n فقرة من المكتبة صارت معدَّلة</numerusform>
            <numerusform>%n فقرة من المكتبة صارت معدَّلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+54"/>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>غامق (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic (Ctrl+I)</source>
        <translation>مائل (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the selection a link (Ctrl+K)</source>
        <translation>جعل التحديد رابطًا (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullets</source>
        <translation>تعداد نقطي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering</source>
        <translation>ترقيم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Footnote…</source>
        <translation>حاشية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a footnote here, or edit the one next to the cursor</source>
        <translation>إضافة حاشية هنا، أو تعديل الحاشية المجاورة للمؤشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields</source>
        <translation>العناصر النائبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Field</source>
        <translation>إدراج عنصر نائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value from the submission&apos;s details, such as your organisation&apos;s name</source>
        <translation>قيمة من بيانات المساهمة، مثل اسم منظمتك</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Consultation reference</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:44</extracomment>
        <translation>مرجع المشاورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:42</extracomment>
        <translation>عنوان المشاورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:40</extracomment>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:37</extracomment>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:47</extracomment>
        <translation>تاريخ المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:45</extracomment>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:39</extracomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:34</extracomment>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation short name</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:35</extracomment>
        <translation>الاسم المختصر للمنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:43</extracomment>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:41</extracomment>
        <translation>الجهة الموقِّعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder group</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:36</extracomment>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission title</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:46</extracomment>
        <translation>عنوان المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:38</extracomment>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <extracomment>Used in src/tccm_drafter/gui/format_bar.py:103</extracomment>
        <translation>بلا قيمة</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/guide.py" line="+138"/>
        <source>TCCM Drafter User Guide</source>
        <translation>دليل مستخدم TCCM Drafter</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/health_window.py" line="+37"/>
        <source>Library Health</source>
        <translation>حالة المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking through the library…</source>
        <translation>جارٍ فحص المكتبة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs that need a look</source>
        <translation>فقرات تحتاج إلى نظرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Paragraph</source>
        <translation>فتح الفقرة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Written twice</source>
        <translation>مكتوبة مرتين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} % of the wording is the same</source>
        <translation>النص متطابق بنسبة {0}٪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due for review</source>
        <translation>حان موعد مراجعتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review date {0}</source>
        <translation>تاريخ المراجعة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without sources</source>
        <translation>بلا مصادر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source cited</source>
        <translation>لا يُذكر أي مصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used for a year</source>
        <translation>لم تُستخدم منذ عام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last used {0}</source>
        <translation>آخر استخدام: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never used in a saved submission</source>
        <translation>لم تُستخدم قط في مساهمة محفوظة</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n thing(s) to look at</source>
        <translation>
            <numerusform>لا شيء يستدعي المراجعة</numerusform>
            <numerusform>أمر واحد يستدعي المراجعة</numerusform>
            <numerusform>أمران يستدعيان المراجعة</numerusform>
            <numerusform>%n أمور تستدعي المراجعة</numerusform>
            <numerusform>%n أمرًا يستدعي المراجعة</numerusform>
            <numerusform>%n أمر يستدعي المراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) checked</source>
        <translation>
            <numerusform>لم تُفحص أي فقرة</numerusform>
            <numerusform>فُحصت فقرة واحدة</numerusform>
            <numerusform>فُحصت فقرتان</numerusform>
            <numerusform>فُحصت %n فقرات</numerusform>
            <numerusform>فُحصت %n فقرة</numerusform>
            <numerusform>فُحصت %n فقرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Not opened: {0}. From here only links within this page and web addresses (after asking) are followed.</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:96</extracomment>
        <translation>لم يُفتح: {0}. لا تُتبع من هنا إلا الروابط داخل هذه الصفحة وعناوين الويب (بعد الاستئذان).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Web Browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:47</extracomment>
        <translation>الفتح في متصفح الويب؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide could not be opened.

{0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:178</extracomment>
        <translation>تعذّر فتح دليل المستخدم.

{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link leads to a web page:

{0}

Open it in your web browser?</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:48</extracomment>
        <translation>يؤدي هذا الرابط إلى صفحة ويب:

{0}

هل تريد فتحها في متصفحك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/guide.py:177</extracomment>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/commands.py" line="+94"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;تراجع عن {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {0}</source>
        <translation>إ&amp;عادة {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot undo “{0}”: {1}</source>
        <translation>تعذّر التراجع عن «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/import_dialog.py" line="+41"/>
        <source>Import {0}</source>
        <translation>استيراد {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed organisation</source>
        <translation>منظمة غير مسمّاة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paragraphs in the bundle</source>
        <translation>الفقرات في الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From {0}: {1} new, {2} updated, {3} in conflict (both sides changed them), {4} identical, {5} newer here.</source>
        <translation>من {0} — جديدة: {1}؛ محدَّثة: {2}؛ متعارضة (غيّرها الطرفان): {3}؛ متطابقة: {4}؛ أحدث هنا: {5}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is written until you press {0}.</source>
        <translation>لا يُكتب شيء قبل أن تضغط {0}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical</source>
        <translation>متطابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer here</source>
        <translation>أحدث هنا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to do</source>
        <translation>لا شيء للقيام به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do with {0}</source>
        <translation>ما العمل بشأن {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it</source>
        <translation>إضافتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip it</source>
        <translation>تخطيها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>الإبقاء على النسختين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show both texts side by side</source>
        <translation>عرض النصين جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare {0}</source>
        <translation>مقارنة {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (version {0})</source>
        <translation>نسختي (الإصدار {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (version {0})</source>
        <translation>نسختهم (الإصدار {0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose what to do with every conflict first</source>
        <translation>اختر أولًا ما تفعله بشأن كل تعارض</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/language.py" line="+24"/>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language (now {0})</source>
        <translation>لغة النظام (حاليًا: {0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language of menus and dialogs:</source>
        <translation>&amp;لغة القوائم ومربعات الحوار:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language takes effect the next time you start TCCM Drafter. Documents keep the language of their consultation.</source>
        <translation>تسري اللغة الجديدة عند تشغيل TCCM Drafter في المرة القادمة. وتبقى المستندات بلغة المشاورة الخاصة بها.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>TCCM Drafter will be in {0} the next time you start it.</source>
        <translation>سيظهر TCCM Drafter باللغة المختارة ({0}) عند تشغيله في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_editing.py" line="+44"/>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New Paragraph</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Paragraph</source>
        <translation>تحرير الفقرة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate Paragraph</source>
        <translation>إنشاء نسخة من الفقرة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save to Library</source>
        <translation>الحفظ في المكتبة</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message numerus="yes">
        <location filename="../../src/tccm_drafter/gui/library_loader.py" line="+54"/>
        <source>Library reloaded: %n paragraph(s)</source>
        <translation>
            <numerusform>أُعيد تحميل المكتبة: لا فقرات</numerusform>
            <numerusform>أُعيد تحميل المكتبة: فقرة واحدة</numerusform>
            <numerusform>أُعيد تحميل المكتبة: فقرتان</numerusform>
            <numerusform>أُعيد تحميل المكتبة: %n فقرات</numerusform>
            <numerusform>أُعيد تحميل المكتبة: %n فقرةً</numerusform>
            <numerusform>أُعيد تحميل المكتبة: %n فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>لا ملفات تعذّرت قراءتها</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد</numerusform>
            <numerusform>تعذّرت قراءة ملفين</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا</numerusform>
            <numerusform>تعذّرت قراءة %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the library</source>
        <translation>تعذّرت قراءة المكتبة</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_model.py" line="+154"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source changed since this translation was made</source>
        <translation>تغيّر النص الأصلي منذ إعداد هذه الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>حلّ موعد مراجعتها: تحقّق من أنها ما زالت صالحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded by “{0}”</source>
        <translation>حلّت محلها «{0}»</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+85"/>
        <source>Search the library…</source>
        <translation>ابحث في المكتبة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic filter</source>
        <translation>التصفية حسب الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language filter</source>
        <translation>التصفية حسب اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library filter</source>
        <translation>التصفية حسب المكتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library paragraphs</source>
        <translation>فقرات المكتبة</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>retired</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Library views</source>
        <translation>طرق عرض المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraphs that best answer the selected section</source>
        <translation>الفقرات التي تجيب على القسم المحدد على أفضل وجه</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All libraries</source>
        <translation>كل المكتبات</translation>
    </message>
</context>
<context>
    <name>LibrarySharing</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_sharing.py" line="+40"/>
        <source>Export Library Bundle</source>
        <translation>تصدير حزمة مكتبة</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>TCCM library bundle (*.tccmlib)</source>
        <translation>حزمة مكتبة TCCM (*.tccmlib)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import Library Bundle</source>
        <translation>استيراد حزمة مكتبة</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Wrote %n paragraph(s) to {0}</source>
        <translation>
            <numerusform>لم تُكتب أي فقرة في {0}</numerusform>
            <numerusform>كُتبت فقرة واحدة في {0}</numerusform>
            <numerusform>كُتبت فقرتان في {0}</numerusform>
            <numerusform>كُتبت %n فقرات في {0}</numerusform>
            <numerusform>كُتبت %n فقرةً في {0}</numerusform>
            <numerusform>كُتبت %n فقرة في {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Imported %n paragraph(s) from {0}</source>
        <translation>
            <numerusform>لم تُستورد أي فقرة من {0}</numerusform>
            <numerusform>استُوردت فقرة واحدة من {0}</numerusform>
            <numerusform>استُوردت فقرتان من {0}</numerusform>
            <numerusform>استُوردت %n فقرات من {0}</numerusform>
            <numerusform>استُوردت %n فقرةً من {0}</numerusform>
            <numerusform>استُوردت %n فقرة من {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Library Folder</source>
        <translation>إضافة مجلد مكتبة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is already one of your libraries.</source>
        <translation>{0} من مكتباتك بالفعل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will you change paragraphs in “{0}”?

Choose No to use them without ever writing to the folder.</source>
        <translation>هل ستعدّل فقرات في «{0}»؟

اختر «لا» لاستخدامها دون الكتابة في المجلد أبدًا.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/format_bar.py" line="+47"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to show</source>
        <translation>النص المعروض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the address empty to take the link off.</source>
        <translation>اترك العنوان فارغًا لإزالة الرابط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only web (https://…) and e-mail (mailto:…) addresses become links; this one will print as plain text.</source>
        <translation>لا تصبح روابط إلا عناوين الويب (https://…) والبريد الإلكتروني (mailto:…)؛ وسيُطبع هذا العنوان نصًا عاديًا.</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n library file(s) could not be read; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:29</extracomment>
        <translation>
            <numerusform>لم يتعذّر قراءة أي ملف؛ الأول: {0}</numerusform>
            <numerusform>تعذّرت قراءة ملف مكتبة واحد؛ الأول: {0}</numerusform>
            <numerusform>تعذّرت قراءة ملفَّي مكتبة؛ الأول: {0}</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات مكتبة؛ الأول: {0}</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا من ملفات المكتبة؛ الأول: {0}</numerusform>
            <numerusform>تعذّرت قراءة %n ملف مكتبة؛ الأول: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) on the libraries; first: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:33</extracomment>
        <translation>
            <numerusform>لا ملاحظات على المكتبات؛ الأولى: {0}</numerusform>
            <numerusform>ملاحظة واحدة على المكتبات؛ الأولى: {0}</numerusform>
            <numerusform>ملاحظتان على المكتبات؛ الأولى: {0}</numerusform>
            <numerusform>%n ملاحظات على المكتبات؛ الأولى: {0}</numerusform>
            <numerusform>%n ملاحظة على المكتبات؛ الأولى: {0}</numerusform>
            <numerusform>%n ملاحظة على المكتبات؛ الأولى: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Library › Load Problems… lists them all)</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:38</extracomment>
        <translation>(المكتبة › مشكلات القراءة… تعرضها كلها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load Problems</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:45</extracomment>
        <translation>مشكلات القراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found in the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:56</extracomment>
        <translation>مشكلات وُجدت في مجلدات المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the app noticed when it read the library folders. Files that could not be read are left out; everything else was loaded.</source>
        <extracomment>Used in src/tccm_drafter/gui/load_problems.py:47</extracomment>
        <translation>ما لاحظه التطبيق عند قراءة مجلدات المكتبة. تُركت الملفات التي تعذّرت قراءتها؛ وحُمّل كل ما عداها.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+111"/>
        <source>Log In to the Server</source>
        <translation>تسجيل الدخول إلى الخادم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} asks for a user name and a password or token. It is kept in the system&apos;s keyring.</source>
        <translation>يطلب {0} اسم مستخدم وكلمة مرور أو رمز وصول. يُحفظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>كلمة المرور أو رمز الوصول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;كلمة المرور أو رمز الوصول:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/app.py" line="+106"/>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/main_window.py" line="+161"/>
        <source>Submission outline</source>
        <translation>مخطط المساهمة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Work in progress</source>
        <translation>عمل قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Undo</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;move Section</source>
        <translation>&amp;حذف القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move Paragraph</source>
        <translation>&amp;حذف الفقرة</translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/library_panel.py" line="+114"/>
        <source>version {0}</source>
        <translation>الإصدار {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>&amp;About TCCM Drafter</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:203</extracomment>
        <translation>&amp;حول TCCM Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:100</extracomment>
        <translation>إ&amp;ضافة قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:60</extracomment>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation Details…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:95</extracomment>
        <translation>&amp;تفاصيل المشاورة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Section as Plain Text…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:82</extracomment>
        <translation>نسخ ال&amp;قسم نصًا عاديًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:126</extracomment>
        <translation>إنشاء &amp;نسخة من الفقرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:282</extracomment>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:125</extracomment>
        <translation>&amp;تحرير الفقرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Section…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>ت&amp;حرير القسم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:277</extracomment>
        <translation>م&amp;لف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Heal&amp;th…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:174</extracomment>
        <translation>&amp;حالة المكتبة…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Help</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:304</extracomment>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:131</extracomment>
        <translation>&amp;استيراد حزمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Review…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:46</extracomment>
        <translation>استيراد م&amp;راجعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert Paragraph</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:66</extracomment>
        <translation>إدراج &amp;فقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:292</extracomment>
        <translation>المكت&amp;بة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:124</extracomment>
        <translation>فقرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation Profile…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:96</extracomment>
        <translation>ملف تعريف ال&amp;منظمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste Questions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:104</extracomment>
        <translation>&amp;لصق الأسئلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:61</extracomment>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire Paragraph…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:127</extracomment>
        <translation>&amp;سحب الفقرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:291</extracomment>
        <translation>ال&amp;مساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest Paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:111</extracomment>
        <translation>ا&amp;قتراح فقرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:220</extracomment>
        <translation>مثل ال&amp;نظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template and Word Reference…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:97</extracomment>
        <translation>ال&amp;قالب ومستند Word المرجعي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:295</extracomment>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:202</extracomment>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:293</extracomment>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no recent files)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:331</extracomment>
        <translation>(لا توجد ملفات حديثة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Introduction</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>إضافة مق&amp;دمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add C&amp;losing</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>إضافة &amp;خاتمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Library &amp;Folder…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:145</extracomment>
        <translation>إضافة &amp;مجلد مكتبة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also use a shared folder or a git checkout of paragraphs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:148</extracomment>
        <translation>استخدام مجلد مشترك أو مستودع git للفقرات أيضًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back a reviewed Word export: tracked changes and comments, block by block</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:49</extracomment>
        <translation>استعادة ملف Word مُصدَّر بعد مراجعته: التغييرات المتعقَّبة والتعليقات، مقطعًا مقطعًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in what changed in your shared libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:162</extracomment>
        <translation>جلب ما تغيّر في مكتباتك المشتركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Spelling as You Type</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:194</extracomment>
        <translation>التدقيق الإملائي أثناء ال&amp;كتابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the submission before sending</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>التحقق من المساهمة قبل إرسالها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft fro&amp;m Library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:118</extracomment>
        <translation>صيا&amp;غة من المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Bundle…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:138</extracomment>
        <translation>ت&amp;صدير حزمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission you saved: deadlines, status, where it was sent; a calendar</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:57</extracomment>
        <translation>كل مساهمة حفظتها: المواعيد النهائية والحالة وجهة الإرسال؛ مع تقويم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Word, Markdown or plain text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:43</extracomment>
        <translation>التصدير إلى Word أو Markdown أو نص عادي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that could not be read, and other notes from reading the library folders</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:185</extracomment>
        <translation>ملفات تعذّرت قراءتها وملاحظات أخرى من قراءة مجلدات المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit (one undo step)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:121</extracomment>
        <translation>ملء القسم الفارغ بأفضل الاقتراحات التي تتسع لحدّه (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and replace text in the submission (Ctrl+H)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>البحث عن نص في المساهمة واستبداله (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in &amp;Submission…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:87</extracomment>
        <translation>بحث في ال&amp;مساهمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find text in the submission (Ctrl+F while you write in the block editor)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:90</extracomment>
        <translation>البحث عن نص في المساهمة (Ctrl+F أثناء الكتابة في محرر المقطع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert Free &amp;Text</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:73</extracomment>
        <translation>إدراج &amp;نص حر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert text written for this submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:76</extracomment>
        <translation>إدراج نص مكتوب لهذه المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected library paragraphs (Enter in the list)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:69</extracomment>
        <translation>إدراج فقرات المكتبة المحددة (مفتاح الإدخال في القائمة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;Language…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>&amp;لغة الواجهة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Problems…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:182</extracomment>
        <translation>مشك&amp;لات القراءة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:306</extracomment>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>نقل للأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move U&amp;p</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>نقل لل&amp;أعلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Alt+Down)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:79</extracomment>
        <translation>نقل للأسفل (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane (F6)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>الانتقال إلى اللوحة التالية (F6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (Alt+Up)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:78</extracomment>
        <translation>نقل للأعلى (Alt+سهم لأعلى)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Ca&amp;ll…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:33</extracomment>
        <translation>جديد من &amp;دعوة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:189</extracomment>
        <translation>اللوحة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:278</extracomment>
        <translation>الملفات الحدي&amp;ثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a submission file</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:38</extracomment>
        <translation>فتح ملف مساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations signing a joint statement</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>المنظمات الموقِّعة على بيان مشترك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs written twice, due for review, without sources or unused for a year</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:177</extracomment>
        <translation>فقرات مكتوبة مرتين، أو حان موعد مراجعتها، أو بلا مصادر، أو لم تُستخدم منذ عام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Pane</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:190</extracomment>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a .tccmlib bundle and choose what to take from it</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:134</extracomment>
        <translation>معاينة حزمة ‎.tccmlib واختيار ما يؤخذ منها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:92</extracomment>
        <translation>استب&amp;دال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister of Submissions…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:54</extracomment>
        <translation>&amp;سجل المساهمات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library folders again</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:179</extracomment>
        <translation>قراءة مجلدات المكتبة من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected paragraph or section</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:80</extracomment>
        <translation>حذف الفقرة أو القسم المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run C&amp;hecks</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:106</extracomment>
        <translation>إجراء ال&amp;فحوص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hare My Changes…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:166</extracomment>
        <translation>مشا&amp;ركة تعديلاتي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync Shared Libraries</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:159</extracomment>
        <translation>م&amp;زامنة المكتبات المشتركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:41</extracomment>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:40</extracomment>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library (Ctrl+F)</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:84</extracomment>
        <translation>البحث في المكتبة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the paragraphs you changed in a shared library</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:169</extracomment>
        <translation>إرسال الفقرات التي غيّرتها في مكتبة مشتركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:98</extracomment>
        <translation>ال&amp;جهات الموقِّعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new submission</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:30</extracomment>
        <translation>بدء مساهمة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a submission from the call&apos;s own file: its questions become sections</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:36</extracomment>
        <translation>بدء مساهمة من ملف الدعوة نفسه: تصبح أسئلتها أقسامًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscribe to a Shared Library…</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:152</extracomment>
        <translation>الا&amp;شتراك في مكتبة مشتركة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text after the last question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:102</extracomment>
        <translation>نص بعد السؤال الأخير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text before the first question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:101</extracomment>
        <translation>نص قبل السؤال الأول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and dialogs</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:199</extracomment>
        <translation>لغة القوائم ومربعات الحوار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs that best answer the selected section&apos;s question</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:114</extracomment>
        <translation>الفقرات التي تجيب على سؤال القسم المحدد على أفضل وجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, question and limits</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:103</extracomment>
        <translation>العنوان والسؤال والحدود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline misspelt words in the submission&apos;s language</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:197</extracomment>
        <translation>وضع خط تحت الكلمات الخاطئة إملائيًا بلغة المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the coalition&apos;s paragraphs from a git server</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:155</extracomment>
        <translation>استخدام فقرات التحالف من خادم git</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the library to a .tccmlib file to share by email</source>
        <extracomment>Used in src/tccm_drafter/gui/menus.py:141</extracomment>
        <translation>حفظ المكتبة في ملف ‎.tccmlib لمشاركته بالبريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>NewFromCall</name>
    <message>
        <location line="+2"/>
        <source>Calls for input (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:43</extracomment>
        <translation>دعوات تقديم المساهمات (*.docx *.pdf *.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Call for Input</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:42</extracomment>
        <translation>اختيار دعوة تقديم المساهمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Call</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:83</extracomment>
        <translation>مساهمة جديدة من دعوة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from the pasted text</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:69</extracomment>
        <translation>
            <numerusform>مساهمة جديدة بلا أقسام من النص الملصق</numerusform>
            <numerusform>مساهمة جديدة بقسم واحد من النص الملصق</numerusform>
            <numerusform>مساهمة جديدة بقسمين من النص الملصق</numerusform>
            <numerusform>مساهمة جديدة بـ%n أقسام من النص الملصق</numerusform>
            <numerusform>مساهمة جديدة بـ%n قسمًا من النص الملصق</numerusform>
            <numerusform>مساهمة جديدة بـ%n قسم من النص الملصق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New submission with %n section(s) from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:67</extracomment>
        <translation>
            <numerusform>مساهمة جديدة بلا أقسام من {0}</numerusform>
            <numerusform>مساهمة جديدة بقسم واحد من {0}</numerusform>
            <numerusform>مساهمة جديدة بقسمين من {0}</numerusform>
            <numerusform>مساهمة جديدة بـ%n أقسام من {0}</numerusform>
            <numerusform>مساهمة جديدة بـ%n قسمًا من {0}</numerusform>
            <numerusform>مساهمة جديدة بـ%n قسم من {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the questions of {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:86</extracomment>
        <translation>جارٍ قراءة أسئلة {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/call_actions.py:91</extracomment>
        <translation>أُلغيت قراءة {0}</translation>
    </message>
</context>
<context>
    <name>NewFromCallDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/new_from_call.py" line="+52"/>
        <source>New from Call</source>
        <translation>مساهمة جديدة من دعوة</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Questions found in {0}. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>الأسئلة الموجودة في {0}. يصبح كل سؤال محدَّد قسمًا بحدوده؛ أزل التحديد عما ليس سؤالًا، وانقر نقرًا مزدوجًا على العنوان لتغييره.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Consultation:</source>
        <translation>ال&amp;مشاورة:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the Call&apos;s &amp;File…</source>
        <translation>ا&amp;ختيار ملف الدعوة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or &amp;paste the call&apos;s text:</source>
        <translation>…أو ا&amp;لصق نص الدعوة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call&apos;s text</source>
        <translation>نص الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the call for input from its web page or document and paste it here.</source>
        <translation>انسخ دعوة تقديم المساهمات من صفحتها على الويب أو من مستندها والصقها هنا.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;reate Submission</source>
        <translation>إ&amp;نشاء المساهمة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the call&apos;s file, or paste its text. Each ticked question becomes a section with its limits; untick what is not a question, double-click a title to change it.</source>
        <translation>اختر ملف الدعوة أو الصق نصها. يصبح كل سؤال محدد قسمًا بحدوده؛ ألغِ تحديد ما ليس سؤالًا، وانقر نقرًا مزدوجًا على العنوان لتغييره.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No questions were found in {0}; paste them instead.</source>
        <translation>لم يُعثر على أسئلة في {0}؛ الصقها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every answer {0}</source>
        <translation>كل إجابة: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the whole submission {0}</source>
        <translation>المساهمة كاملةً: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits the call states once: {0}</source>
        <translation>حدود تنص عليها الدعوة مرة واحدة للجميع: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The new submission will have %n section(s).</source>
        <translation>
            <numerusform>لن يكون في المساهمة الجديدة أي قسم.</numerusform>
            <numerusform>سيكون في المساهمة الجديدة قسم واحد.</numerusform>
            <numerusform>سيكون في المساهمة الجديدة قسمان.</numerusform>
            <numerusform>سيكون في المساهمة الجديدة %n أقسام.</numerusform>
            <numerusform>سيكون في المساهمة الجديدة %n قسمًا.</numerusform>
            <numerusform>سيكون في المساهمة الجديدة %n قسم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/note_editor.py" line="+84"/>
        <source>Footnote</source>
        <translation>حاشية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text; Esc leaves it as it was.</source>
        <translation>يحفظ مفتاح Enter النص؛ ويتركه مفتاح Esc كما كان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footnote text</source>
        <translation>نص الحاشية</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/block_notes.py" line="+65"/>
        <source>Notes on the block</source>
        <translation>ملاحظات على المقطع</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n note(s) from review</source>
        <translation>
            <numerusform>لا ملاحظات من المراجعة</numerusform>
            <numerusform>ملاحظة واحدة من المراجعة</numerusform>
            <numerusform>ملاحظتان من المراجعة</numerusform>
            <numerusform>%n ملاحظات من المراجعة</numerusform>
            <numerusform>%n ملاحظة من المراجعة</numerusform>
            <numerusform>%n ملاحظة من المراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>لم تُعالج أي منها</numerusform>
            <numerusform>عولجت واحدة</numerusform>
            <numerusform>عولجت اثنتان</numerusform>
            <numerusform>عولجت %n</numerusform>
            <numerusform>عولجت %n</numerusform>
            <numerusform>عولجت %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphEditorDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paragraph_editor.py" line="+87"/>
        <source>New Paragraph</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Paragraph</source>
        <translation>تحرير الفقرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Id:</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; it never changes once saved</source>
        <translation>أحرف لاتينية صغيرة وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;؛ لا يتغير بعد الحفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown: *italic*, **bold**, [link](https://…), - lists, footnotes[^1]; placeholders such as {{ org.name }}</source>
        <translation>Markdown: ‏*مائل* و**عريض** و[رابط](https://…) و- قوائم وحواشٍ[^1]؛ وعناصر نائبة مثل {{ org.name }}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;hort variant:</source>
        <translation>الصيغة ال&amp;مختصرة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shorter wording for tight word limits</source>
        <translation>صياغة أقصر لحدود الكلمات الضيقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Te&amp;xt</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;opics:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. igf, funding</source>
        <translation>مفصولة بفواصل، مثل: igf, funding</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A language tag such as en-GB, fr or ar</source>
        <translation>رمز لغة مثل en-GB أو fr أو ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Author:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endorsed by:</source>
        <translation>ب&amp;تأييد من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Created</source>
        <translation>تاريخ الإ&amp;نشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Updated</source>
        <translation>تاريخ الت&amp;حديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed</source>
        <translation>تاريخ الم&amp;راجعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;persedes:</source>
        <translation>ت&amp;حل محل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of paragraphs this one replaces</source>
        <translation>معرّفات الفقرات التي تحل هذه الفقرة محلها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded &amp;by:</source>
        <translation>حلّت م&amp;حلها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id of the paragraph that replaces this one</source>
        <translation>معرّف الفقرة التي تحل محل هذه الفقرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;nslation of:</source>
        <translation>ت&amp;رجمة لـ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citation</source>
        <translation>الاستشهاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Source</source>
        <translation>إ&amp;ضافة مصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Source</source>
        <translation>حذف م&amp;صدر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sou&amp;rces</source>
        <translation>ال&amp;مصادر</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Please give the paragraph a title.</source>
        <translation>يُرجى إعطاء الفقرة عنوانًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The id is required: a short name for the paragraph, such as &apos;igf-funding&apos; (proposed from the title).</source>
        <translation>المعرّف مطلوب: اسم قصير للفقرة مثل &apos;igf-funding&apos; (يُقترح من العنوان).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id may use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>يمكن أن يتضمن المعرّف أحرفًا لاتينية صغيرة وأرقامًا و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;، على أن يبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id &apos;{0}&apos; is already used in the library &apos;{1}&apos;.</source>
        <translation>المعرّف &apos;{0}&apos; مستخدم بالفعل في المكتبة &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no paragraph with the id &apos;{0}&apos;.</source>
        <translation>لا توجد فقرة بالمعرّف &apos;{0}&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/paragraph_editor.py:215</extracomment>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/paragraph_view.py" line="+23"/>
        <source>Paragraph details</source>
        <translation>تفاصيل الفقرة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Superseded by “{0}”</source>
        <translation>حلّت محلها «{0}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its review date has come: check it still holds</source>
        <translation>حلّ موعد مراجعتها: تحقّق من أنها ما زالت صالحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its source changed since this translation was made</source>
        <translation>تغيّر نصها الأصلي منذ إعداد هذه الترجمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>رُوجعت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review by</source>
        <translation>تُراجع قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed by</source>
        <translation>بتأييد من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from</source>
        <translation>مستوردة من</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Short variant</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:74</extracomment>
        <translation>الصيغة المختصرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:81</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used in</source>
        <extracomment>Used in src/tccm_drafter/gui/paragraph_view.py:85</extracomment>
        <translation>مستخدمة في</translation>
    </message>
</context>
<context>
    <name>PasteQuestionsDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/paste_questions.py" line="+24"/>
        <source>Paste Questions</source>
        <translation>لصق الأسئلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the consultation&apos;s &amp;questions, numbered or one per line. A limit written in a question, such as “(max. 250 words)”, becomes that section&apos;s limit.</source>
        <translation>الصق &amp;أسئلة المشاورة، مرقّمة أو سؤالًا في كل سطر. الحد المكتوب في السؤال، مثل «(250 كلمة كحد أقصى)»، يصبح حد ذلك القسم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n section(s) will be added.</source>
        <translation>
            <numerusform>لن يُضاف أي قسم.</numerusform>
            <numerusform>سيُضاف قسم واحد.</numerusform>
            <numerusform>سيُضاف قسمان.</numerusform>
            <numerusform>ستُضاف %n أقسام.</numerusform>
            <numerusform>سيُضاف %n قسمًا.</numerusform>
            <numerusform>سيُضاف %n قسم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/preflight.py" line="+36"/>
        <source>No problems found. Ready to send.</source>
        <translation>لا توجد مشكلات. المساهمة جاهزة للإرسال.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checks</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>&amp;Fix</source>
        <translation>إ&amp;صلاح</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Fix the selected finding</source>
        <translation>إصلاح النتيجة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Again</source>
        <translation>إعادة ال&amp;تحقق</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use the Translation</source>
        <translation>استخدام الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with Its Successor</source>
        <translation>الاستبدال بالفقرة التي حلّت محلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Library Version</source>
        <translation>اعتماد نسخة المكتبة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n note(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:40</extracomment>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:38</extracomment>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/preflight.py:39, src/tccm_drafter/gui/submission_actions.py:297</extracomment>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/preview.py" line="+39"/>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s) in Word (estimate)</source>
        <translation>
            <numerusform>لا صفحات في Word (تقدير)</numerusform>
            <numerusform>صفحة واحدة في Word (تقدير)</numerusform>
            <numerusform>صفحتان في Word (تقدير)</numerusform>
            <numerusform>%n صفحات في Word (تقدير)</numerusform>
            <numerusform>%n صفحة في Word (تقدير)</numerusform>
            <numerusform>%n صفحة في Word (تقدير)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Page {0}</source>
        <translation>الصفحة {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot preview</source>
        <translation>تعذّرت المعاينة</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/profile.py" line="+75"/>
        <source>Organisation Profile</source>
        <translation>ملف تعريف المنظمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(fill in from a saved profile)</source>
        <translation>(الملء من ملف تعريف محفوظ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved &amp;profiles:</source>
        <translation>ملفات التعريف ال&amp;محفوظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>الاسم ال&amp;مختصر:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;فئة أصحاب المصلحة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; documents print the country&apos;s name in their own language</source>
        <translation>اكتب للبحث؛ تطبع المستندات اسم البلد بلغتها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Region:</source>
        <translation>ال&amp;منطقة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN regional group, or the region as the call words it</source>
        <translation>المجموعة الإقليمية في الأمم المتحدة، أو المنطقة كما تسميها الدعوة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On behalf of an organisation</source>
        <translation>باسم منظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a personal capacity</source>
        <translation>بصفة شخصية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capac&amp;ity:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>(not given)</source>
        <translation>(غير محددة)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Whether the submission is made for the organisation or by a person</source>
        <translation>هل تُقدَّم المساهمة باسم المنظمة أم من شخص بصفته الشخصية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General consultative status</source>
        <translation>مركز استشاري عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special consultative status</source>
        <translation>مركز استشاري خاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consultative status</source>
        <translation>بلا مركز استشاري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECOSOC stat&amp;us:</source>
        <translation>المركز لدى المجلس الا&amp;قتصادي والاجتماعي:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consultative status with the UN Economic and Social Council</source>
        <translation>المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي التابع للأمم المتحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>الموقع الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact person:</source>
        <translation>مسؤول الا&amp;تصال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gnatory line:</source>
        <translation>سطر ال&amp;توقيع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed under letters, e.g. &apos;Jane Doe, Chief Executive&apos;</source>
        <translation>يُطبع أسفل الرسائل، مثل: &apos;ليلى حسن، المديرة التنفيذية&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in document</source>
        <translation>المستند المدمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your organisation&apos;s Word file (.docx or .dotx)</source>
        <translation>اختر ملف Word الخاص بمنظمتك (.docx أو .dotx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word &amp;letterhead:</source>
        <translation>ورق ال&amp;مراسلات في Word:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its styles, page set-up, header and footer are used for Word exports</source>
        <translation>تُستخدم أنماطه وإعداد صفحاته ورأسه وتذييله عند التصدير إلى Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word letterhead</source>
        <translation>ورق المراسلات في Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as a profile for reuse</source>
        <translation>&amp;حفظ كملف تعريف لإعادة استخدامه</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“{0}” is not in the list of countries: it is kept as typed and prints that way in every language. Choose the country from the list.</source>
        <translation>«{0}» ليس في قائمة البلدان: يُحفظ كما كُتب ويُطبع هكذا بكل اللغات. اختر البلد من القائمة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Word document</source>
        <translation>اختيار مستند Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>مستندات Word وقوالبه (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>يُرجى إدخال اسم المنظمة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile could not be saved: {0}</source>
        <translation>تعذّر حفظ ملف التعريف: {0}</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/document_state.py" line="-256"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>هل تريد حفظ التغييرات في «{0}» قبل الإغلاق؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TCCM Drafter did not close properly last time. Restore the automatically saved copy of:

{0}</source>
        <translation>لم يُغلق TCCM Drafter بشكل سليم في المرة الماضية. هل تريد استعادة النسخة المحفوظة تلقائيًا من:

{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}

Replace the file on disk with your version?</source>
        <translation>{0}

هل تريد استبدال الملف الموجود على القرص بنسختك؟</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported {0}</source>
        <translation>صُدِّر {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open File</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Someone else saved this submission after you opened it. Choose which version to keep; saving your version over the file would throw their change away.</source>
        <translation>حفظ شخص آخر هذه المساهمة بعد أن فتحتها. اختر النسخة التي تريد الإبقاء عليها؛ فحفظ نسختك فوق الملف يُضيّع التغيير الذي أجراه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Their Version</source>
        <translation>فتح نسختهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Both</source>
        <translation>الإبقاء على النسختين</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{0}” changed on disk</source>
        <translation>تغيّر «{0}» على القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On disk (changed by someone else)</source>
        <translation>على القرص (غيّره شخص آخر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{0}” has been superseded by “{1}”.</source>
        <translation>حلّت «{1}» محل «{0}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use “{0}”</source>
        <translation>استخدام «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” has been retired from the library.</source>
        <translation>سُحبت «{0}» من المكتبة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert It Anyway</source>
        <translation>إدراجها رغم ذلك</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this address in your browser?</source>
        <translation>هل تريد فتح هذا العنوان في متصفحك؟</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Submission</source>
        <translation>فتح مساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0});;All files (*)</source>
        <translation>المساهمات (*{0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Submission</source>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submissions (*{0})</source>
        <translation>المساهمات (*{0})</translation>
    </message>
</context>
<context>
    <name>QuestionsPreview</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/questions.py" line="+36"/>
        <source>Sections that will be created</source>
        <translation>الأقسام التي ستُنشأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Untick to leave the question out; double-click to rename</source>
        <translation>أزل التحديد لاستبعاد السؤال؛ وانقر نقرًا مزدوجًا لإعادة التسمية</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{0} word(s)</source>
        <translation>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمات</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0} character(s)</source>
        <translation>
            <numerusform>{0} حرف</numerusform>
            <numerusform>{0} حرف</numerusform>
            <numerusform>{0} حرف</numerusform>
            <numerusform>{0} أحرف</numerusform>
            <numerusform>{0} حرفًا</numerusform>
            <numerusform>{0} حرف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/register_window.py" line="+53"/>
        <source>Export Calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendars (*.ics)</source>
        <translation>التقويمات (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register of Submissions</source>
        <translation>سجل المساهمات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline (your time)</source>
        <translation>الموعد النهائي (بتوقيتك)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>أُرسلت إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submissions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Status…</source>
        <translation>تحديد ال&amp;حالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rebuild</source>
        <translation>إعادة ال&amp;بناء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the register again from the submission files it lists and recent files</source>
        <translation>إعادة إنشاء السجل من ملفات المساهمات المدرجة فيه ومن الملفات الحديثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Calendar…</source>
        <translation>تصدير ال&amp;تقويم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the deadlines and sign-off dates as an .ics file for your calendar</source>
        <translation>حفظ المواعيد النهائية ومواعيد الاعتماد في ملف ‎.ics لتقويمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The register cannot be read ({0}). Rebuild it to make it again from the files.</source>
        <translation>تعذّرت قراءة السجل ({0}). أعد بناءه لإنشائه من جديد من الملفات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No submissions yet: every submission you save is listed here.</source>
        <translation>لا توجد مساهمات بعد: تُدرج هنا كل مساهمة تحفظها.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Internal sign-off: {0}</source>
        <translation>الاعتماد الداخلي: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot set the status</source>
        <translation>تعذّر تحديد الحالة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Register rebuilt</source>
        <translation>أُعيد بناء السجل</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n submission(s) listed. These files could not be read:</source>
        <translation>
            <numerusform>لم تُدرج أي مساهمة. تعذّرت قراءة هذه الملفات:</numerusform>
            <numerusform>أُدرجت مساهمة واحدة. تعذّرت قراءة هذه الملفات:</numerusform>
            <numerusform>أُدرجت مساهمتان. تعذّرت قراءة هذه الملفات:</numerusform>
            <numerusform>أُدرجت %n مساهمات. تعذّرت قراءة هذه الملفات:</numerusform>
            <numerusform>أُدرجت %n مساهمةً. تعذّرت قراءة هذه الملفات:</numerusform>
            <numerusform>أُدرجت %n مساهمة. تعذّرت قراءة هذه الملفات:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the calendar</source>
        <translation>تعذّرت كتابة التقويم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {0}</source>
        <translation>كُتب {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n submission(s), nearest deadline first. Double-click one to open it.</source>
        <extracomment>Used in src/tccm_drafter/gui/register_window.py:149</extracomment>
        <translation>
            <numerusform>لا مساهمات.</numerusform>
            <numerusform>مساهمة واحدة. انقر عليها نقرًا مزدوجًا لفتحها.</numerusform>
            <numerusform>مساهمتان، الأقرب موعدًا أولًا. انقر نقرًا مزدوجًا على إحداهما لفتحها.</numerusform>
            <numerusform>%n مساهمات، الأقرب موعدًا أولًا. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
            <numerusform>%n مساهمة، الأقرب موعدًا أولًا. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
            <numerusform>%n مساهمة، الأقرب موعدًا أولًا. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceTailoredDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+29"/>
        <source>Use Short Variant</source>
        <translation>الصيغة المختصرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Full Text</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This paragraph prints your own wording, so choosing the short variant alone would change nothing. Replace your wording with the library&apos;s short variant? Undo brings your wording back.</source>
        <translation>تطبع هذه الفقرة صياغتك الخاصة، لذا لن يغيّر اختيار الصيغة المختصرة وحده شيئًا. هل تريد استبدال صياغتك بالصيغة المختصرة من المكتبة؟ يعيد التراجع صياغتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This paragraph prints your own wording, so choosing the full text alone would change nothing. Replace your wording with the library&apos;s full text? Undo brings your wording back.</source>
        <translation>تطبع هذه الفقرة صياغتك الخاصة، لذا لن يغيّر اختيار النص الكامل وحده شيئًا. هل تريد استبدال صياغتك بالنص الكامل من المكتبة؟ يعيد التراجع صياغتك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace My Wording</source>
        <translation>ا&amp;ستبدال صياغتي</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/retire.py" line="+17"/>
        <source>Retire Paragraph</source>
        <translation>سحب الفقرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” will no longer be offered for new submissions. Submissions that use it are told, and can take the paragraph that replaces it.</source>
        <translation>لن تُعرض «{0}» بعد الآن للمساهمات الجديدة. وستُنبَّه المساهمات التي تستخدمها، ويمكنها أخذ الفقرة التي تحل محلها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nothing replaces it)</source>
        <translation>(لا شيء يحل محلها)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Superseded by:</source>
        <translation>&amp;حلّت محلها:</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_details.py" line="+88"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a row to see the texts side by side.</source>
        <translation>اختر صفًا لرؤية النصوص جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>moved {0}</source>
        <translation>نُقل {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as exported: “{0}”</source>
        <translation>كما صُدِّر: «{0}»</translation>
    </message>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source> (resolved)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:38</extracomment>
        <translation> (تمت معالجتها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not in your text)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>(غير موجود في نصك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:29</extracomment>
        <translation>مضاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As exported (no longer in your submission)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:54</extracomment>
        <translation>كما صُدِّر (لم يعد في مساهمتك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:25</extracomment>
        <translation>غيّره المراجِع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:26</extracomment>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:27</extracomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:61</extracomment>
        <translation>حذفه المراجِع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:28</extracomment>
        <translation>منقول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New text typed by the reviewer</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:50</extracomment>
        <translation>نص جديد كتبه المراجِع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the blocks</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:30</extracomment>
        <translation>خارج المقاطع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:36</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text as exported</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:52</extracomment>
        <translation>نص القالب كما صُدِّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer&apos;s text</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:48</extracomment>
        <translation>نص المراجِع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:24</extracomment>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:47</extracomment>
        <translation>نصك الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text now (changed since the export)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:59</extracomment>
        <translation>نصك الآن (تغيّر منذ التصدير)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <extracomment>Used in src/tccm_drafter/gui/review_details.py:40</extracomment>
        <translation>على</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location line="+2"/>
        <source>Import Review</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:32, src/tccm_drafter/gui/review_actions.py:69</extracomment>
        <translation>استيراد مراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a Reviewed Word File</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:39</extracomment>
        <translation>استيراد ملف Word بعد مراجعته</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported the review in {0}: %n block change(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:83</extracomment>
        <translation>
            <numerusform>استُوردت المراجعة من {0}: لا تغييرات في المقاطع</numerusform>
            <numerusform>استُوردت المراجعة من {0}: تغيير واحد في المقاطع</numerusform>
            <numerusform>استُوردت المراجعة من {0}: تغييران في المقاطع</numerusform>
            <numerusform>استُوردت المراجعة من {0}: %n تغييرات في المقاطع</numerusform>
            <numerusform>استُوردت المراجعة من {0}: %n تغييرًا في المقاطع</numerusform>
            <numerusform>استُوردت المراجعة من {0}: %n تغيير في المقاطع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change from {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:76</extracomment>
        <translation>لا شيء للتغيير من {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the review in {0}…</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:54</extracomment>
        <translation>جارٍ قراءة المراجعة في {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} was cancelled</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:59</extracomment>
        <translation>أُلغيت قراءة {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/review_actions.py:40</extracomment>
        <translation>مستندات Word (*.docx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/review_dialog.py" line="+56"/>
        <source>Import Review: {0}</source>
        <translation>استيراد المراجعة: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks of the reviewed file</source>
        <translation>مقاطع الملف المراجَع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>From {0}: {1}; %n comment(s).</source>
        <translation>
            <numerusform>من {0}: {1}؛ بلا تعليقات.</numerusform>
            <numerusform>من {0}: {1}؛ تعليق واحد.</numerusform>
            <numerusform>من {0}: {1}؛ تعليقان.</numerusform>
            <numerusform>من {0}: {1}؛ %n تعليقات.</numerusform>
            <numerusform>من {0}: {1}؛ %n تعليقًا.</numerusform>
            <numerusform>من {0}: {1}؛ %n تعليق.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changes until you press Accept; everything you accept is one step that Undo takes back.</source>
        <translation>لن يتغير شيء حتى تضغط «قبول»؛ وكل ما تقبله خطوة واحدة يمكن إلغاؤها بالتراجع.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You and the reviewer both changed this block; choose which to keep</source>
        <translation>غيّرت أنت والمراجِع هذا المقطع كلاكما؛ اختر ما تريد الإبقاء عليه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to do with {0}</source>
        <translation>ما العمل بشأن {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the new text</source>
        <translation>إضافة النص الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>استبعاده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the comments as notes</source>
        <translation>إضافة التعليقات كملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore the comments</source>
        <translation>تجاهل التعليقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the reviewer&apos;s text back, as free text</source>
        <translation>استعادة نص المراجِع كنص حر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine (leave it out)</source>
        <translation>الإبقاء على نسختي (استبعاده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the reviewer&apos;s version (delete it)</source>
        <translation>أخذ نسخة المراجِع (حذف المقطع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version (move it)</source>
        <translation>أخذ نسخة المراجِع (نقل المقطع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the reviewer&apos;s version</source>
        <translation>أخذ نسخة المراجِع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine, add the comments as notes</source>
        <translation>الإبقاء على نسختي وإضافة التعليقات كملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine, without the comments</source>
        <translation>الإبقاء على نسختي دون التعليقات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not imported: change it in the submission</source>
        <translation>لم يُستورد: غيّره في المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in your submission</source>
        <translation>لم يعد في مساهمتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>لا شيء للقيام به</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Choose what to do with %n conflict(s) first</source>
        <translation>
            <numerusform>اختر أولًا ما تفعله بشأن التعارضات</numerusform>
            <numerusform>اختر أولًا ما تفعله بشأن التعارض</numerusform>
            <numerusform>اختر أولًا ما تفعله بشأن التعارضَين</numerusform>
            <numerusform>اختر أولًا ما تفعله بشأن %n تعارضات</numerusform>
            <numerusform>اختر أولًا ما تفعله بشأن %n تعارضًا</numerusform>
            <numerusform>اختر أولًا ما تفعله بشأن %n تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RichEditing</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Double-click it, or select it and press Enter, to edit the note.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:276</extracomment>
        <translation>انقر عليها نقرًا مزدوجًا، أو حدّدها واضغط Enter، لتعديل الحاشية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0} has no value yet: fill it in the submission&apos;s details.</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:283</extracomment>
        <translation>لا قيمة للعنصر النائب {0} بعد: املأه في بيانات المساهمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field {0}: prints “{1}”</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:281</extracomment>
        <translation>العنصر النائب {0}: يُطبع «{1}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footnote {0}: {1}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:274</extracomment>
        <translation>الحاشية {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/rich_editing.py:288</extracomment>
        <translation>رابط إلى {0}</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/section.py" line="+47"/>
        <source>Edit Section</source>
        <translation>تحرير القسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word limit</source>
        <translation>حد ال&amp;كلمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Character limit</source>
        <translation>حد الأ&amp;حرف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heading of the answer in the document</source>
        <translation>عنوان الإجابة في المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Question:</source>
        <translation>ال&amp;سؤال:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation&apos;s question, printed above the answer</source>
        <translation>سؤال المشاورة، ويُطبع فوق الإجابة</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_dialogs.py" line="+19"/>
        <source>Share My Changes</source>
        <translation>مشاركة تعديلاتي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These paragraphs changed here since the last sync. They go to “{0}” as one change by {1}. If the server does not take changes on its main branch, they go to a branch of their own and you are told how to ask for them to be merged.</source>
        <translation>تغيّرت هذه الفقرات هنا منذ آخر مزامنة. تُرسَل إلى «{0}» تعديلًا واحدًا باسم {1}. وإذا لم يقبل الخادم تعديلات على فرعه الرئيسي، تُرسَل إلى فرع خاص بها ويخبرك التطبيق كيف تطلب دمجها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraphs to share</source>
        <translation>الفقرات المراد مشاركتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share</source>
        <translation>&amp;مشاركة</translation>
    </message>
</context>
<context>
    <name>SharedLibraryActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/shared_actions.py" line="+76"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>Contacting the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Subscribe to a Shared Library</source>
        <translation>الاشتراك في مكتبة مشتركة</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Subscribed to “{0}”: %n paragraph(s)</source>
        <translation>
            <numerusform>تم الاشتراك في «{0}»: لا فقرات</numerusform>
            <numerusform>تم الاشتراك في «{0}»: فقرة واحدة</numerusform>
            <numerusform>تم الاشتراك في «{0}»: فقرتان</numerusform>
            <numerusform>تم الاشتراك في «{0}»: %n فقرات</numerusform>
            <numerusform>تم الاشتراك في «{0}»: %n فقرة</numerusform>
            <numerusform>تم الاشتراك في «{0}»: %n فقرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribed</source>
        <translation>تم الاشتراك</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no shared library yet: Library › Subscribe to a Shared Library…</source>
        <translation>لا توجد مكتبة مشتركة بعد: المكتبة › الاشتراك في مكتبة مشتركة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+76"/>
        <source>Sync Shared Libraries</source>
        <translation>مزامنة المكتبات المشتركة</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>“{0}” was not synced: {1}</source>
        <translation>لم تتم مزامنة «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{0}”: the server cannot be reached, you are working offline (last synced {1})</source>
        <translation>«{0}»: تعذّر الوصول إلى الخادم، وأنت تعمل دون اتصال (آخر مزامنة: {1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{0}” is up to date</source>
        <translation>«{0}» محدَّثة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared library “{0}” ({1}), last synced {2}.</source>
        <translation>المكتبة المشتركة «{0}» ({1})، آخر مزامنة: {2}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n paragraph(s) no longer in the repository stay here.</source>
        <translation>
            <numerusform>لا توجد فقرات حُذفت من المستودع.</numerusform>
            <numerusform>تبقى هنا فقرة واحدة لم تعد في المستودع.</numerusform>
            <numerusform>تبقى هنا فقرتان لم تعودا في المستودع.</numerusform>
            <numerusform>تبقى هنا %n فقرات لم تعد في المستودع.</numerusform>
            <numerusform>تبقى هنا %n فقرة لم تعد في المستودع.</numerusform>
            <numerusform>تبقى هنا %n فقرة لم تعد في المستودع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync {0}</source>
        <translation>مزامنة {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced “{0}”: %n paragraph(s) written</source>
        <translation>
            <numerusform>تمت مزامنة «{0}»: لم تُكتب أي فقرة</numerusform>
            <numerusform>تمت مزامنة «{0}»: كُتبت فقرة واحدة</numerusform>
            <numerusform>تمت مزامنة «{0}»: كُتبت فقرتان</numerusform>
            <numerusform>تمت مزامنة «{0}»: كُتبت %n فقرات</numerusform>
            <numerusform>تمت مزامنة «{0}»: كُتبت %n فقرة</numerusform>
            <numerusform>تمت مزامنة «{0}»: كُتبت %n فقرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+58"/>
        <source>Share My Changes</source>
        <translation>مشاركة تعديلاتي</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>None of your shared libraries is writable here.</source>
        <translation>لا يمكن التعديل هنا في أيٍّ من مكتباتك المشتركة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up your organisation&apos;s profile first (Submission › Organisation Profile…): its name is the author of your changes.</source>
        <translation>أعدّ ملف تعريف المنظمة أولًا (المساهمة › ملف تعريف المنظمة…): اسمها هو صاحب تعديلاتك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to share: “{0}” has no changes of yours.</source>
        <translation>لا شيء للمشاركة: لا توجد في «{0}» تعديلات منك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(new)</source>
        <translation>(جديدة)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(version {0})</source>
        <translation>(الإصدار {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Shared %n paragraph(s) on “{0}”.</source>
        <translation>
            <numerusform>لم تُشارَك أي فقرة على «{0}».</numerusform>
            <numerusform>تمت مشاركة فقرة واحدة على «{0}».</numerusform>
            <numerusform>تمت مشاركة فقرتين على «{0}».</numerusform>
            <numerusform>تمت مشاركة %n فقرات على «{0}».</numerusform>
            <numerusform>تمت مشاركة %n فقرة على «{0}».</numerusform>
            <numerusform>تمت مشاركة %n فقرة على «{0}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Shared %n paragraph(s) on “{0}”, on top of newer changes on the server; sync to bring those in.</source>
        <translation>
            <numerusform>لم تُشارَك أي فقرة على «{0}».</numerusform>
            <numerusform>تمت مشاركة فقرة واحدة على «{0}» فوق تعديلات أحدث على الخادم؛ زامِن لجلبها.</numerusform>
            <numerusform>تمت مشاركة فقرتين على «{0}» فوق تعديلات أحدث على الخادم؛ زامِن لجلبها.</numerusform>
            <numerusform>تمت مشاركة %n فقرات على «{0}» فوق تعديلات أحدث على الخادم؛ زامِن لجلبها.</numerusform>
            <numerusform>تمت مشاركة %n فقرة على «{0}» فوق تعديلات أحدث على الخادم؛ زامِن لجلبها.</numerusform>
            <numerusform>تمت مشاركة %n فقرة على «{0}» فوق تعديلات أحدث على الخادم؛ زامِن لجلبها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not take changes on “{0}” directly ({1}). Your changes are on the branch “{2}”: open a merge request from “{2}” into “{0}” on the server&apos;s website.</source>
        <translation>لا يقبل الخادم التعديلات على «{0}» مباشرةً ({1}). تعديلاتك على الفرع «{2}»: افتح طلب دمج من «{2}» إلى «{0}» على موقع الخادم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not shared: the server also changed {0} since your last sync. Sync first (Library › Sync Shared Libraries), settle it in the preview, then share again.</source>
        <translation>لم تتم المشاركة: غيّر الخادم أيضًا {0} منذ آخر مزامنة لك. زامِن أولًا (المكتبة › مزامنة المكتبات المشتركة)، واحسم الأمر في المعاينة، ثم شارك من جديد.</translation>
    </message>
</context>
<context>
    <name>ShortVariant</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/short_variant.py" line="+13"/>
        <source>Free text has no short variant</source>
        <translation>لا صيغة مختصرة للنص الحر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paragraph is in none of your libraries</source>
        <translation>الفقرة غير موجودة في أي من مكتباتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library&apos;s paragraph has no short variant</source>
        <translation>لا صيغة مختصرة لفقرة المكتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own wording prints; you will be asked whether the library&apos;s text replaces it</source>
        <translation>تُطبع صياغتك الخاصة؛ وستُسأل هل يحل نص المكتبة محلها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the paragraph&apos;s short variant</source>
        <translation>طباعة الصيغة المختصرة للفقرة</translation>
    </message>
</context>
<context>
    <name>Signatories</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Import Sign-on Sheet</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:66</extracomment>
        <translation>استيراد استمارة الانضمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-on sheets (*.csv *.txt);;All files (*)</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:68</extracomment>
        <translation>استمارات الانضمام (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:56</extracomment>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:57</extracomment>
        <translation>اعتذرت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invited</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:55</extracomment>
        <translation>مدعوّة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:58</extracomment>
        <translation>انسحبت</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="+157"/>
        <location line="+26"/>
        <source>Signatories</source>
        <translation>الجهات الموقِّعة</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Endorsements by</source>
        <translation>آخر موعد لل&amp;تأييد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day for organisations to sign on; the checks list who has not answered</source>
        <translation>آخر يوم لانضمام المنظمات؛ وتذكر عمليات التحقق من لم يرد بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Sign-on Sheet…</source>
        <translation>ا&amp;ستيراد استمارة الانضمام…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the CSV file a sign-on form or spreadsheet saves</source>
        <translation>استيراد ملف CSV الذي يحفظه نموذج الانضمام أو جدول البيانات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rows that could not be imported</source>
        <translation>صفوف تعذّر استيرادها</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} confirmed, {1} invited, {2} declined, {3} withdrawn. Only the {0} confirmed are printed.</source>
        <translation>مؤكَّدة: {0}؛ مدعوّة: {1}؛ اعتذرت: {2}؛ انسحبت: {3}. لا يُطبع إلا المؤكَّدة ({0}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endorsements closed on {0}.</source>
        <translation>أُغلق باب التأييد في {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Endorsements close on {0} (%n day(s) left).</source>
        <translation>
            <numerusform>يُغلق باب التأييد في {0} (لم يبقَ أي يوم).</numerusform>
            <numerusform>يُغلق باب التأييد في {0} (بقي يوم واحد).</numerusform>
            <numerusform>يُغلق باب التأييد في {0} (بقي يومان).</numerusform>
            <numerusform>يُغلق باب التأييد في {0} (بقيت %n أيام).</numerusform>
            <numerusform>يُغلق باب التأييد في {0} (بقي %n يومًا).</numerusform>
            <numerusform>يُغلق باب التأييد في {0} (بقي %n يوم).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add Signatory</source>
        <translation>إضافة جهة موقِّعة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} could not be imported: {1}</source>
        <translation>تعذّر استيراد {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} added, {2} updated, {3} unchanged.</source>
        <translation>{0} — مضافة: {1}؛ محدَّثة: {2}؛ بلا تغيير: {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line {0}: </source>
        <translation>السطر {0}: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n row(s) left out:</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/signatories.py:350</extracomment>
        <translation>
            <numerusform>لم يُستبعد أي صف:</numerusform>
            <numerusform>استُبعد صف واحد:</numerusform>
            <numerusform>استُبعد صفان:</numerusform>
            <numerusform>استُبعدت %n صفوف:</numerusform>
            <numerusform>استُبعد %n صفًا:</numerusform>
            <numerusform>استُبعد %n صف:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/signatories.py" line="-270"/>
        <source>Signatory</source>
        <translation>الجهة الموقِّعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signed by:</source>
        <translation>ال&amp;موقِّع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who signs for the organisation, if the call prints one</source>
        <translation>الشخص الذي يوقّع باسم المنظمة، إن كانت الدعوة تطبع اسمه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only confirmed ones are printed</source>
        <translation>لا تُطبع إلا الجهات المؤكَّدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ince</source>
        <translation>م&amp;نذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;ntact:</source>
        <translation>جهة الا&amp;تصال:</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>Spelling is off: {0}</source>
        <extracomment>Used in src/tccm_drafter/gui/spell_actions.py:75</extracomment>
        <translation>التدقيق الإملائي متوقف: {0}</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/spelling_menu.py" line="+84"/>
        <source>(no suggestions)</source>
        <translation>(لا توجد اقتراحات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to My &amp;Dictionary</source>
        <translation>إضافة إلى &amp;قاموسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;gnore</source>
        <translation>تج&amp;اهل</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>approved</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:29</extracomment>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drafting</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:27</extracomment>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in review</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:28</extracomment>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <extracomment>Used in src/tccm_drafter/gui/dialogs/status.py:30</extracomment>
        <translation>مُرسَلة</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/status.py" line="+49"/>
        <source>Set Status</source>
        <translation>تحديد الحالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent &amp;on:</source>
        <translation>أُرسلت ب&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent &amp;to:</source>
        <translation>أُرسلت إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address, a web form&apos;s page, or the office it went to</source>
        <translation>عنوان، أو صفحة نموذج ويب، أو المكتب الذي أُرسلت إليه</translation>
    </message>
</context>
<context>
    <name>SubmissionActions</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/submission_actions.py" line="+159"/>
        <source>Cannot copy</source>
        <translation>تعذّر النسخ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot run the checks</source>
        <translation>تعذّر إجراء الفحوص</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting {0}…</source>
        <translation>جارٍ تصدير {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>صُدِّر {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Link not opened</source>
        <translation>لم يُفتح الرابط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCCM Drafter opens only web (http, https) and e-mail links.

{0}</source>
        <translation>لا يفتح TCCM Drafter إلا روابط الويب (http وhttps) وروابط البريد الإلكتروني.

{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>%n finding(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/submission_actions.py:188</extracomment>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionOutline</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="+28"/>
        <source>(untitled section)</source>
        <translation>(قسم بلا عنوان)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} / {1} words</source>
        <translation>{0} / {1} كلمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} / {1} characters</source>
        <translation>{0} / {1} حرف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/translations/helpers.py" line="+2"/>
        <source>{0} word(s)</source>
        <extracomment>Used in src/tccm_drafter/gui/outline_text.py:68</extracomment>
        <translation>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمات</numerusform>
            <numerusform>{0} كلمة</numerusform>
            <numerusform>{0} كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/tccm_drafter/gui/outline_text.py" line="-37"/>
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing</source>
        <translation>الخاتمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text before the first question, printed without a heading</source>
        <translation>نص قبل السؤال الأول، يُطبع دون عنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text after the last question, printed without a heading</source>
        <translation>نص بعد السؤال الأخير، يُطبع دون عنوان</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer in library</source>
        <translation>أحدث في المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short variant</source>
        <translation>صيغة مختصرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in library</source>
        <translation>ليست في المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation out of date</source>
        <translation>ترجمة قديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>حان موعد المراجعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: {0}</source>
        <translation>نص: {0}</translation>
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
        <translation>الاشتراك في مكتبة مشتركة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coalition&apos;s paragraphs from a git server (GitHub, GitLab, Gitea or your secretariat&apos;s own). They are copied to this computer and stay usable offline; Library › Sync Shared Libraries brings in later changes.</source>
        <translation>فقرات التحالف من خادم git (GitHub أو GitLab أو Gitea أو خادم الأمانة). تُنسخ إلى هذا الحاسوب وتبقى صالحة للاستخدام دون اتصال؛ ويجلب الأمر المكتبة › مزامنة المكتبات المشتركة التعديلات اللاحقة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repository address</source>
        <translation>عنوان المستودع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>من العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the library</source>
        <translation>اسم المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will change paragraphs here and share them back</source>
        <translation>سأعدّل الفقرات هنا وأشاركها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password or token</source>
        <translation>كلمة المرور أو رمز الوصول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for HTTPS servers that ask for a login; the password or token is kept in the system&apos;s keyring, never in a file. SSH addresses use your SSH agent.</source>
        <translation>لخوادم HTTPS التي تطلب تسجيل الدخول فقط؛ تُحفظ كلمة المرور أو رمز الوصول في سلسلة مفاتيح النظام، ولا تُحفظ في ملف أبدًا. تستخدم عناوين SSH وكيل SSH لديك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;كلمة المرور أو رمز الوصول:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Subscribe</source>
        <translation>ا&amp;شتراك</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_controller.py" line="+53"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>اختر قسمًا لترى الفقرات التي تجيب عليه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This section has no question or title to answer.</source>
        <translation>ليس لهذا القسم سؤال أو عنوان للإجابة عليه.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Draft from Library</source>
        <translation>الصياغة من المكتبة</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/suggestions_view.py" line="+65"/>
        <source>Suggested paragraphs</source>
        <translation>الفقرات المقترحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft from Library</source>
        <translation>الصياغة من المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty section with the best suggestions that fit its limit</source>
        <translation>ملء القسم الفارغ بأفضل الاقتراحات التي تتسع لحدّه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a section to see the paragraphs that answer it.</source>
        <translation>اختر قسمًا لترى الفقرات التي تجيب عليه.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No paragraph of the library answers this question.</source>
        <translation>لا توجد فقرة في المكتبة تجيب على هذا السؤال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in this submission</source>
        <translation>في هذه المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review due</source>
        <translation>حان موعد المراجعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also in other languages: {0}</source>
        <translation>متوفرة أيضًا بلغات أخرى: {0}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/template.py" line="+33"/>
        <source>Template and Word Reference</source>
        <translation>القالب ومستند Word المرجعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your template</source>
        <translation>قالبك</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not usable: {0}</source>
        <translation>غير قابل للاستخدام: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your own template by copying a template folder into {0}</source>
        <translation>أضف قالبك الخاص بنسخ مجلد قالب إلى {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation profile&apos;s, else built-in</source>
        <translation>مستند ملف تعريف المنظمة، وإلا فالمدمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word reference:</source>
        <translation>مستند &amp;Word المرجعي:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .docx or .dotx whose styles, page set-up, header and footer the export uses</source>
        <translation>ملف ‎.docx أو ‎.dotx يستخدم التصدير أنماطه وإعداد صفحاته ورأسه وتذييله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word reference document</source>
        <translation>مستند Word المرجعي</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a Word document</source>
        <translation>اختيار مستند Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>مستندات Word وقوالبه (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>TextDiffDialog</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/dialogs/diff.py" line="+83"/>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على ن&amp;سختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>أخذ نسخ&amp;تهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>الإبقاء على ال&amp;نسختين</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../src/tccm_drafter/gui/title_bar.py" line="+17"/>
        <source>Title of your submission</source>
        <translation>عنوان مساهمتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission title</source>
        <translation>عنوان المساهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
</context>
</TS>
