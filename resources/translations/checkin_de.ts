<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Angeben, welcher Drucker an %1 hängt: brother-ql://%1?model=QL-820NWB&amp;label=62 oder zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>Die Adresse eines Etikettendruckers beginnt mit brother-ql:// oder zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>Der Port des Druckers ist keine Zahl: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Die Netzwerkadresse des Druckers (%1://192.168.1.50) oder sein USB-Gerät (%1:///dev/usb/lp0) angeben.</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Angeben, welcher Brother QL es ist, z. B. ?model=QL-820NWB (bekannt: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>Das Etikett muss eines von %1 (mm) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>Der %1 kann nicht auf %2-Etiketten drucken.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width und height müssen Zahlen sein (width/height in mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Ein Zebra druckt mit %1 dpi, nicht mit %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>Das Etikett muss 20 bis 120 mm breit und 20 bis 400 mm lang sein.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>noch niemand eingelassen</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Tag %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Ankünfte je %1 Minuten</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Namen auf dem Namensschild korrigieren</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Name auf dem Namensschild</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>Namensschild gleich neu &amp;drucken</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Name auf dem Schild</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>Das Namensschild braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Alle, nach Nachnamen sortiert</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Nur Personen ohne Namensschild</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Nur die unten ausgewählten Personen</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Namensschilder vorab</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Zu druckende Teilnehmende</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Erste freie Position auf dem Bogen</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Vorlage %1; beginnen bei Position</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>Auf %1 &amp;drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>%n Namensschild ausgelassen, das die Schrift nicht darstellen kann (%1): Namen auf dem Schild korrigieren.</numerusform>
            <numerusform>%n Namensschilder ausgelassen, die die Schrift nicht darstellen kann (%1): Namen auf den Schildern korrigieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Zuerst die Personen auswählen, deren Namensschilder gedruckt werden sollen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Der Stapel ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>Keine Namensschilder zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n Namensschild auf %1 in %2 gespeichert.</numerusform>
            <numerusform>%n Namensschilder auf %1 in %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>%n Namensschild an %1 geschickt.</numerusform>
            <numerusform>%n Namensschilder an %1 geschickt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n Namensschild wartet schon auf den Druck.</numerusform>
            <numerusform>%n Namensschilder warten schon auf den Druck.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>%1 is running at %2×%3.</source>
        <translation>%1 läuft mit %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1 fehlt oder wird von einem anderen Programm benutzt.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 liefert ein Bild mit %2×%3 (%4 Megapixel), mehr als die %5 Megapixel, die der Schalter auswertet; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1 liefert keine Bilder mehr.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 angehalten.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Neuer Versuch im Hintergrund.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>von %1 vor Ort · %2 der Kapazität</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>vor Ort · keine Kapazität festgelegt</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n Zeile wird nicht importiert — %1.</numerusform>
            <numerusform>%n Zeilen werden nicht importiert — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>hat %n Zelle, die Kopfzeile aber %1 Spalten</numerusform>
            <numerusform>hat %n Zellen, die Kopfzeile aber %1 Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…und %n weitere abgelehnte Zeile (`checkin sync --dry-run` listet alle auf).</numerusform>
            <numerusform>…und %n weitere abgelehnte Zeilen (`checkin sync --dry-run` listet alle auf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>Dieser Schalter enthält die Demo-Veranstaltung mit %n erfundenen Person: Ein Import fügt die Liste daneben hinzu. Für die echte Veranstaltung in einen Schalter ohne Veranstaltung importieren.</numerusform>
            <numerusform>Dieser Schalter enthält die Demo-Veranstaltung mit %n erfundenen Personen: Ein Import fügt die Liste daneben hinzu. Für die echte Veranstaltung in einen Schalter ohne Veranstaltung importieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Personenzahl · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Großbild (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Heute eingelassen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Bisher nicht erschienen</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Heute noch nicht da</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>der heute gültigen Tickets (%1); %2 angemeldet</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>der heute gültigen Tickets; %1 angemeldet</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>heute gültige Tickets, noch nicht eingelassen</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>heute ist kein Veranstaltungstag</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>gültige Tickets; %1 storniert</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>an %n vergangenen Tag</numerusform>
            <numerusform>an %n vergangenen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>noch kein Tag vorbei</translation>
    </message>
    <message>
        <source>past</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>Nicht auf der Liste? Strg+N meldet vor Ort an.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>HALLE VOLL</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>Niemand wurde angemeldet: Die Veranstaltung ist voll. Die Organisation kann entsperren (Strg+L) und die Vor-Ort-Anmeldung über die Kapazität hinaus vornehmen.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NICHT ANGEMELDET</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>Der Schalter konnte das nicht speichern: %1. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Erst jemanden scannen oder auswählen, dann das Namensschild neu drucken.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>Drucken ist an diesem Schalter nicht eingerichtet.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>NAME GESPEICHERT</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>RÜCKGÄNGIG GEMACHT</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NICHT RÜCKGÄNGIG GEMACHT</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Heute eingelassen</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Keine doppelten Einlässe.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Doppelt eingelassen (%n) — bitte ansehen, nichts wurde rückgängig gemacht:</numerusform>
            <numerusform>Doppelt eingelassen (%n) — bitte ansehen, nichts wurde rückgängig gemacht:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1: Schalter %2 %3, dann Schalter %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… und %n weiterer (`checkin status`)</numerusform>
            <numerusform>… und %n weitere (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Vor-Ort-Anmeldung…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>&amp;Namen auf dem Schild korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>Namensschild neu &amp;drucken</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>Letzten Einlass &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>&amp;Ausgangsmodus (Personen gehen)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>&amp;Kamera anhalten</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Töne aus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Der Stapeldruck</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>Organisations&amp;modus entsperren oder sperren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>Über die Kapazität hinaus ein&amp;lassen</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>Einlass über die Kapazität hinaus</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Übersicht und Teilnehmerliste…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>Die Übersicht und die Teilnehmerliste</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>Namensschilder &amp;vorab drucken…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>Der Vorabdruck der Namensschilder</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>Der Import einer Teilnehmerliste</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>Teilnehmerliste erneut &amp;abgleichen</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>Der erneute Abgleich der Liste</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>&amp;Wartende Namensschilder…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>Die wartenden Namensschilder</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kioskmodus…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Der Kioskmodus</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Enter — gescannten Code oder markierten Namen einlassen</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — Suchergebnis wählen;  Esc — leeren</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Wenn der Schalter sagt…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Einem &amp;Hub beitreten…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Jetzt a&amp;bholen</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Ticketplattform…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Teilnehmerliste wird gelesen… die Ergebnisse folgen gleich.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Personen vor Ort</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Namensschilddrucker</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Organisationsmodus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>Vor Ort %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>abgeglichen %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>keine Kamera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>angehalten (F6 weiter)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>Druck nicht eingerichtet</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>Schalter %1 · AUSGANGSMODUS</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Check-in-Schalter</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Organisationsmodus an.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Organisationsmodus gesperrt.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>An diesem Schalter wurde niemand wegen voller Halle abgewiesen.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1 ist an diesem Schalter nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Die Übersicht</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>Importieren ist an diesem Schalter nicht eingerichtet; im Terminal `checkin sync DATEI` verwenden.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>Der erneute Abgleich</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>An diesem Schalter gibt es keine Kamera.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Kamera angehalten.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Kamera an.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Töne aus.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Töne an.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Zuerst jemanden scannen oder auswählen, dann den Namen auf dem Schild korrigieren.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Ausgangsmodus: Scans erfassen Personen, die gehen.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>Zurück zum Check-in.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Sprache geändert.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Personenzahl (Zählungen und Ankünfte)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Catering: Zahlen pro Tag und Ernährungswünsche (ohne Namen)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Teilnehmerliste (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Check-in-Verlauf (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Tag %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Mahlzeiten pro Tag</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>Nichterscheinen an späteren Tagen</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Art des Exports</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Tag des Exports</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Willkommen am Check-in-Schalter</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Auf diesem Computer gibt es noch keine Veranstaltung. Probieren Sie den Schalter mit der Demo-Veranstaltung aus, importieren Sie die Teilnehmerliste aus Ihrem Ticketshop oder treten Sie dem Veranstaltungs-Hub eines anderen Schalters bei.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>&amp;Demo-Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Demo-Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Einem &amp;Hub beitreten…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Einem Veranstaltungs-Hub beitreten</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: verbinde…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Veranstaltungs-Hub</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n Schalter</numerusform>
            <numerusform>Hub: %n Schalter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n Ereignis zurückgestellt</numerusform>
            <numerusform>%n Ereignisse zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>Hub lehnt diesen Schalter ab</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub nicht erreichbar — %n Check-in wartet, neuer Versuch läuft</numerusform>
            <numerusform>Hub nicht erreichbar — %n Check-ins warten, neuer Versuch läuft</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>Dieser Schalter ist dem Hub unter %1 beigetreten.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>Dem Hub konnte nicht beigetreten werden.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>Das ist keine Beitritts-URL eines Hubs: Sie beginnt mit postgresql:// und nennt einen Host.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>Der Port der Beitritts-URL ist keine Zahl.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>Der Zertifikats-Fingerabdruck der Beitritts-URL ist beschädigt; die URL erneut vom Hub kopieren.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>Der Hub unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>Der Hub unter %1 hat das Passwort dieses Schalters abgelehnt; die Organisation nach der aktuellen Beitritts-URL fragen.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>Der Hub unter %1 hat keine solche Datenbank; die Beitritts-URL prüfen.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>Der Hub unter %1 nimmt keine Schalter von dieser Adresse an.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Ein anderer Schalter arbeitet an diesem Hub bereits als „%1“; diesem einen anderen Namen geben.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>Dieser Schalter arbeitet an diesem Hub als „%1“; unter diesem Namen erneut beitreten.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>Der Schalter „%1“ wurde von der Organisation gesperrt; unter einem anderen Namen beitreten.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>Der Hub hat den Namen „%1“ abgelehnt: Ein Schaltername hat 1 bis 60 Zeichen.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Diese URL darf dem Hub keine Schalter hinzufügen; die Organisation nach der Beitritts-URL fragen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>Zu importierende Datei oder Link</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Eine CSV- oder XLSX-Datei oder ein Link (https://…) — dann Eingabe</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Früher abgeglichene Listen</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Erneut &amp;abgleichen</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Datei auswählen oder Link einfügen, um die ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Früher abgeglichen:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>noch keine Liste abgeglichen</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Bereit: %n Zeile gelesen, noch nichts geschrieben</numerusform>
            <numerusform>Bereit: %n Zeilen gelesen, noch nichts geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Hier wurde noch keine Liste abgeglichen: Datei auswählen oder Link einfügen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Import wird vor dem Schließen abgeschlossen…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>Keine Namensspalte gefunden (etwa First name, Last name, Name, Vorname, Prénom); eine im Auswahlfeld darüber wählen.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Würde %1 (%2) abgleichen: %3 neu, %4 aktualisiert, %5 storniert, %6 unverändert, %7 abgelehnt.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>%1 (%2) abgeglichen: %3 neu, %4 aktualisiert, %5 storniert, %6 unverändert, %7 abgelehnt.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Veranstaltung „%1“ angelegt; die Organisation kann ihre Tage und Kapazität in den Einstellungen festlegen.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Abgerufen am %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Storniert, aber in der Halle (weiter als vor Ort gezählt): %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>Nichts wurde geändert; dieser Schalter hat noch keine Liste von dieser Adresse.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>Nichts wurde geändert; der Schalter arbeitet offline mit der Liste vom %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite-Teilnehmerbericht</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>pretix-Check-in-Liste</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>Tito-Ticketexport</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>Tabelle (Spalten an ihren Überschriften erkannt)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Zeilen lesen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>hat keinen Namen</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>hat einen viel zu langen Ticketcode</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>wiederholt das Ticket aus Zeile %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>hat denselben Ticketcode %1 wie Zeile %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>Ticketcode %1 gehört schon zu %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Einem Hub beitreten</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>QR-Code des Hubs mit der Kamera lesen</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>Beitritts-URL</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Name dieses Schalters</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>Dieser Schalter hat keine Kamera; URL eintippen oder einfügen.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Den QR-Code des Hubs vor die Kamera halten.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Dieser Code ist keine Beitritts-URL eines Hubs (sie beginnt mit postgresql://); den QR-Code zeigen, den `checkin hub serve` anzeigt.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Von der Kamera gelesen: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Check-in-Kiosk</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Scannen Sie Ihr Ticket – oder tippen Sie Ihren Nachnamen oder Ihre E-Mail, dann Enter.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Nachname, E-Mail oder Ticket</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Bitte warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Bitte warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Bitte tippen Sie mindestens %n Buchstaben Ihres Nachnamens.</numerusform>
            <numerusform>Bitte tippen Sie mindestens %n Buchstaben Ihres Nachnamens.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>Wir konnten Sie nicht finden. Bitte prüfen Sie die Schreibweise oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Mehrere Personen passen: Bitte tippen Sie mehr Buchstaben Ihres Nachnamens.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>Welcher Eintrag sind Sie?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Das bin ich</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Nicht ich</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>Sind Sie das? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Sie sind eingecheckt: Bitte holen Sie Ihr Namensschild am Schalter ab.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Ihr Namensschild wird gedruckt – Abholung: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Ihr Namensschild wird gedruckt: Bitte holen Sie es am Namensschild-Tisch ab.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Bitte gehen Sie zum Schalter – wir müssen Ihr Ticket prüfen.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>Das Team am Schalter hilft Ihnen weiter.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>Der Kiosk konnte Sie gerade nicht einchecken.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Organisations-PIN</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organisation: PIN eingeben und Enter drücken, um den Kiosk zu verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Der nächste Versuch ist in %n Sekunde möglich.</numerusform>
            <numerusform>Falsche PIN. Der nächste Versuch ist in %n Sekunden möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs: Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche PINs: Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Hier ist noch keine Organisations-PIN festgelegt.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>Die Datei der Organisations-PIN %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Organisations-PIN festlegen: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>Organisations-PIN: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Organisations-PIN festlegen</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Organisations-PIN</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>Der Organisationsmodus entsperrt die Organisationswerkzeuge, bis er wieder gesperrt wird.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1: nur für die Organisation. Wählen Sie eine PIN für die Organisationswerkzeuge.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1: nur für die Organisation. Bitte die PIN eingeben.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>Organisations-PIN wiederholen</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs sind verschieden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Der nächste Versuch ist in %n Sekunde möglich.</numerusform>
            <numerusform>Falsche PIN. Der nächste Versuch ist in %n Sekunden möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Ticketplattform</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>API-&amp;URL der Veranstaltung</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>Verbindung &amp;vergessen</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Von der Plattform abgelehnte Check-ins</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Von der Plattform abgelehnt (%1):</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — Rücknahme am %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — Check-in am %2 UTC: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Nicht verbunden: Der Schalter gleicht aus Dateien und Links ab.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Verbunden mit %1 unter %2 (Token gespeichert, nicht angezeigt). Mit einem neuen Token erneut verbinden, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>Check-ins zählen auf der Liste „%1“.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Verbunden mit %1 unter %2; die Liste wird jetzt abgeholt.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1 hat den Token abgelehnt: prüfen oder mit einem neuen Token erneut verbinden.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 zeigt diesem Token keine solche Veranstaltung: Organisation und Veranstaltung in der URL prüfen.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 Die Verbindung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Verbindung und Token vergessen; die Teilnehmerliste bleibt.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 hat %n Check-in abgelehnt — siehe Organisation ▸ Ticketplattform…</numerusform>
            <numerusform>%1 hat %n Check-ins abgelehnt — siehe Organisation ▸ Ticketplattform…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>Liste: noch nicht abgeholt · %1</translation>
    </message>
    <message>
        <source>list: %1 · %2</source>
        <translation>Liste: %1 · %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>no list pulled</source>
        <translation>keine Liste abgeholt</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1: Veranstaltung nicht gefunden, URL prüfen</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1: Token abgelehnt</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Erste Zeilen und das Feld, das jede Spalte füllt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Auf den Druck wartende Namensschilder</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>Noch nicht gesendete Namensschilder &amp;entfernen</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>Neudruck</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>Namensschild</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n Namensschild wartet. Es wird gedruckt, sobald ein Drucker antwortet; entfernen, falls es nicht gedruckt werden soll.</numerusform>
            <numerusform>%n Namensschilder warten. Sie werden gedruckt, sobald ein Drucker antwortet; entfernen, falls sie nicht gedruckt werden sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Kein Namensschild wartet auf den Druck.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>beim Drucker</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>%n wartendes Namensschild entfernt.</numerusform>
            <numerusform>%n wartende Namensschilder entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>Die wartenden Namensschilder wurden nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(Standarddrucker des Systems)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Eine Druckwarteschlange dieses Computers oder die eingetippte Adresse eines Etikettendruckers:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (Etiketten: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (ein Zebra; Breite und Höhe in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (über USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(kein Namensschilddrucker: auf diesem Computer keiner gefunden)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Namensschilddrucker</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Suche nach Druckern…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>Druckwarteschlange oder brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>Drucker konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n Drucker gefunden</numerusform>
            <numerusform>%n Drucker gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>Keine Drucker gefunden</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Namensschild von %1 neu gedruckt</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Namensschild von %1 gedruckt</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Namensschild von %1 wurde vielleicht nicht gedruckt: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Namensschild von %1 nicht gedruckt: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Kein Namensschilddrucker — %n Schild wartet</numerusform>
            <numerusform>Kein Namensschilddrucker — %n Schilder warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Kein Namensschilddrucker</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Drucker %1: angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Drucker %1: %2 — %n Schild wartet, neuer Versuch</numerusform>
            <numerusform>Drucker %1: %2 — %n Schilder warten, neuer Versuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Drucker %1 offline — %n Schild wartet, neuer Versuch</numerusform>
            <numerusform>Drucker %1 offline — %n Schilder warten, neuer Versuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Drucker %1: %2 — %n Schild wartet</numerusform>
            <numerusform>Drucker %1: %2 — %n Schilder warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Drucker %1: %n wartet</numerusform>
            <numerusform>Drucker %1: %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Drucker %1: bereit</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 ist ein Ordner, keine Tabellendatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 ist zu groß für eine Teilnehmerliste.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 ist eine alte Excel-Arbeitsmappe (.xls): als .xlsx oder CSV speichern.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 ist eine Webseite, keine Tabelle (ist es ein Download-Link?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 ist keine Tabelle (CSV oder XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 ist kein gültiger %2-Text.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>%1 kann in Zeile %2 nicht als CSV gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>%1 kann nicht als XLSX-Arbeitsmappe gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 enthält mehr als %2 Zellen, zu viele für eine Teilnehmerliste.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Teilnehmerzeilen.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Scannen oder suchen</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Ticket scannen oder zwei Buchstaben eines Namens tippen; Pfeile wählen, Enter lässt ein</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Ticket scannen oder Namen tippen…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>AUSGANGSMODUS — jeder Scan erfasst jemanden, der GEHT · F8 zurück zum Check-in</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>Ausgangsmodus ist an</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Enter Ausgang erfassen</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Enter einlassen</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 zurück zum Check-in</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 Ausgangsmodus</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ wählen · Esc leeren · Strg+Z rückgängig · F2 Name auf dem Schild · Strg+P neu drucken · Strg+N vor Ort anmelden · %2 · F1 alle Tasten</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>noch nicht da</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Passende Teilnehmer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Kapazität des Veranstaltungsorts (0 für keine Grenze)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Wenn der Veranstaltungsort voll ist</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>mit Warnung einlassen</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>abweisen, bis die Organisation freigibt</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Kamera: Gerätenummer, Videodatei oder Stream-URL</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Suche nach Kameras…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Kameraauflösung</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>Standard der Kamera</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Beim Einlass ein Namensschild drucken</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Töne des Schalters stumm schalten</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Sprache dieses Schalters</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>wie das System (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Wenn &amp;voll</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ka&amp;mera</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Drucker</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>&amp;Vorlage für Namensschilder</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Gefundene Kameras: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>Keine Kamera über eine Nummer gefunden.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Eine Auflösung sieht aus wie 1280x720, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Namensschild-Vorlage</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Check-in-Ergebnis</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Unbekanntes Ticket</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Ticket scannen oder zwei Buchstaben eines Namens tippen</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Bereit für die nächste Person</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>keine Ticketart</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>STOPP: UNBEKANNT</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>STOPP: STORNIERT</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>PRÜFEN: SCHON DRIN</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>PRÜFEN: NICHT HEUTE</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>STOPP: HALLE VOLL</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>PRÜFEN: NICHT EINGECHECKT</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>STOPP: UNBEZAHLT</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>STOPP: NICHT AUF DIESER LISTE</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>STOPP: LISTENREGELN</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>STOPP: WIDERRUFEN</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>STOPP: GEFÄLSCHT</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>Dieselbe Person wie auf dem Ticket? Durchlassen: sie ist schon gezählt. Jemand anderes? Die Organisation rufen.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>Nicht eingelassen. Nur die Organisation darf heute einlassen, per Vor-Ort-Anmeldung.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>Nichts erfasst. Wer geht, darf gehen; zum Einlassen zurück zum Check-in wechseln.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>Nicht eingelassen. Nur die Organisation darf über die Kapazität hinaus einlassen.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>Nicht eingelassen. Zur Organisation schicken: vielleicht gibt es ein neueres Ticket.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>Nicht eingelassen. Stattdessen nach dem Namen suchen; wer nicht auf der Liste steht, wird vor Ort angemeldet.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>Die Organisation meldet mit Strg+N an.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organisation: Strg+L, dann Strg+Umschalt+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Vor-Ort-Anmeldung: Strg+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 wechselt zurück zum Check-in.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>GEGANGEN</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>EINGELASSEN — ACHTUNG</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>EINGELASSEN — PRÜFEN</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>EINGELASSEN</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Einlassen und den Hinweis jetzt erledigen.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1: dieser Scan war schon erfasst.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 ist gegangen; Wiedereinlass ist erlaubt.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Kein Ticket hat diesen Code.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>Das Ticket von %1 wurde storniert.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 ist nicht eingecheckt und kann daher nicht austreten.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 ist schon drin: eingelassen um %2 an Schalter %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Heute (%1) ist kein Veranstaltungstag; sie läuft am %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>Das Ticket von %1 gilt am %2, nicht heute (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>Der Veranstaltungsort ist voll: %1 von %2 sind vor Ort. Die Organisation kann freigeben.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>Die Bestellung dieses Tickets ist noch nicht bezahlt.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>Das Produkt dieses Tickets steht nicht auf der Check-in-Liste des Schalters.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Eine Regel der Check-in-Liste weist dieses Ticket jetzt ab.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>Die Ticketplattform hat dieses Ticket widerrufen.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Dieser Code sieht wie ein signiertes Ticket aus, aber nicht von dieser Veranstaltung.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Fast voll: %1 von %2 vor Ort.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>Der Veranstaltungsort ist voll: %1 von %2 sind vor Ort.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Auf Freigabe der Organisation eingelassen.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>Kein Namensschild gedruckt: Drucken ist hier nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Namensschild für %1 an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Namensschild von %1 wird neu gedruckt.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>Das Namensschild von %1 ist schon in der Druckwarteschlange.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 hat schon ein Namensschild (Strg+P druckt neu).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Namensschild nicht gedruckt: Die Schrift kann „%1“ in %2 nicht darstellen. Namen auf dem Schild (F2) in eine druckbare Schreibweise ändern.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Namensschild nicht gedruckt: Drucken ist an diesem Schalter gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Eingelassen, aber das Namensschild kam nicht in die Warteschlange (%1); Strg+P druckt es.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>An diesem Schalter gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Einlass von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Ausgang von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>Das Namensschild wurde aus der Druckwarteschlange genommen.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>Der Einlass von %1 war schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>Der Ausgang von %1 war schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Zu spät, um den Einlass von %1 hier rückgängig zu machen (über %3 Min.); die Organisation kann `checkin undo %2` ausführen.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Zu spät, um den Ausgang von %1 hier rückgängig zu machen (über %3 Min.); die Organisation kann `checkin undo %2` ausführen.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>Der letzte Einlass von %1 war am Schalter %2 um %3; dieser Schalter macht nur seine eigenen rückgängig.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>Der letzte Ausgang von %1 war am Schalter %2 um %3; dieser Schalter macht nur seine eigenen rückgängig.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>KEIN TREFFER</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Niemand passt zu „%1“: Schreibweise prüfen oder E-Mail bzw. Firma versuchen.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>STOPP: KEIN TICKET</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Dieser Code ist kein Ticket: er enthält „%1“. Nach dem QR-Code des Tickets fragen oder nach dem Namen suchen.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Vor Ort anmelden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Ticketart</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Bitte den Namen der Person eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Bitte eine Ticketart wählen.</translation>
    </message>
</context>
</TS>
