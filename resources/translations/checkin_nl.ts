<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Geef aan welke printer op %1 zit: brother-ql://%1?model=QL-820NWB&amp;label=62 of zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>Het adres van een labelprinter begint met brother-ql:// of zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>De poort van de printer is geen getal: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Geef het netwerkadres van de printer (%1://192.168.1.50) of zijn USB-apparaat (%1:///dev/usb/lp0).</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Geef aan welke Brother QL het is, bijv. ?model=QL-820NWB (bekend: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>Het label moet een van %1 (mm) zijn, niet ‘%2’.</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>De %1 kan niet op %2-labels afdrukken.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width en height moeten getallen zijn (width/height in mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Een Zebra drukt af op %1 dpi, niet op %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>Het label moet 20 tot 120 mm breed en 20 tot 400 mm lang zijn.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>nog niemand binnengelaten</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Dag %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Aankomsten per %1 minuten</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Naam op de badge corrigeren</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Naam op de badge</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>Badge nu opnieuw &amp;afdrukken</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Naam op badge</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>De badge heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Iedereen, gesorteerd op achternaam</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Alleen mensen zonder badge</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Alleen de hieronder gekozen mensen</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Badges vooraf</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Af te drukken deelnemers</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Eerste vrije positie op het vel</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Sjabloon %1; beginnen op positie</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>&amp;Afdrukken op %1</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>%n badge overgeslagen dat het lettertype niet kan tekenen (%1): verbeter de badgenaam.</numerusform>
            <numerusform>%n badges overgeslagen die het lettertype niet kan tekenen (%1): verbeter de badgenamen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Kies eerst de mensen van wie de badges afgedrukt moeten worden.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>De reeks is mislukt: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Badges opslaan als PDF</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>Geen badges om op te slaan.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n badge op %1 opgeslagen in %2.</numerusform>
            <numerusform>%n badges op %1 opgeslagen in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>%n badge in de wachtrij van %1.</numerusform>
            <numerusform>%n badges in de wachtrij van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n badge wachtte al op afdrukken.</numerusform>
            <numerusform>%n badges wachtten al op afdrukken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Camerabeeld</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
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
        <translation>%1 draait op %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1 ontbreekt of wordt door een ander programma gebruikt.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 kon niet worden geopend (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 levert een beeld van %2×%3 (%4 megapixel), meer dan de %5 megapixel die de balie decodeert; het is niet gelezen.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1 levert geen beelden meer.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 gestopt.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Wordt op de achtergrond opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>aanwezig van %1 · %2 van de capaciteit</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>aanwezig · geen capaciteit ingesteld</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n rij wordt niet geïmporteerd — %1.</numerusform>
            <numerusform>%n rijen worden niet geïmporteerd — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>heeft %n cel maar de kopregel heeft %1 kolommen</numerusform>
            <numerusform>heeft %n cellen maar de kopregel heeft %1 kolommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…en nog %n geweigerde rij (`checkin sync --dry-run` toont ze allemaal).</numerusform>
            <numerusform>…en nog %n geweigerde rijen (`checkin sync --dry-run` toont ze allemaal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>Deze balie bevat het demo-evenement en %n verzonnen deelnemer: een import voegt de lijst ernaast toe. Importeer het echte evenement in een balie die nog geen evenement heeft.</numerusform>
            <numerusform>Deze balie bevat het demo-evenement en %n verzonnen deelnemers: een import voegt de lijst ernaast toe. Importeer het echte evenement in een balie die nog geen evenement heeft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Bezetting · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Groot scherm (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Vandaag binnengelaten</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Tot nu toe niet gekomen</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Vandaag nog niet binnen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
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
        <translation>Binnengelaten</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tickettype</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>van de tickets die vandaag geldig zijn (%1); %2 aangemeld</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>van de tickets die vandaag geldig zijn; %1 aangemeld</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>vandaag geldige tickets, nog niet binnengelaten</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>vandaag is geen evenementdag</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>actieve tickets; %1 geannuleerd</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>over %n afgelopen dag</numerusform>
            <numerusform>over %n afgelopen dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>nog geen dag voorbij</translation>
    </message>
    <message>
        <source>past</source>
        <translation>voorbij</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>komt nog</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>Niet op de lijst? Ctrl+N meldt ter plekke aan.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NIET VASTGELEGD</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>LOCATIE VOL</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>Niemand aangemeld: de locatie is vol. De organisatie kan ontgrendelen (Ctrl+L) en de aanmelding ter plekke boven de capaciteit doen.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NIET AANGEMELD</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>De balie kon dit niet opslaan: %1. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Scan of kies eerst iemand, druk dan de badge opnieuw af.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>Afdrukken is aan deze balie niet ingesteld.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>BADGENAAM OPGESLAGEN</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ONGEDAAN GEMAAKT</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NIET ONGEDAAN GEMAAKT</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Vandaag binnengelaten</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle dagen</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Geen dubbele toegang.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Twee keer binnengelaten (%n) — bekijk dit, er is niets ongedaan gemaakt:</numerusform>
            <numerusform>Twee keer binnengelaten (%n) — bekijk deze, er is niets ongedaan gemaakt:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1: balie %2 %3, daarna balie %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… en nog %n (`checkin status`)</numerusform>
            <numerusform>… en nog %n (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Balie</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>Aanmelding &amp;ter plekke…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>Naam op de &amp;badge corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>Badge opnieuw &amp;afdrukken</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>Laatste toegang ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>&amp;Uitgangsmodus (mensen vertrekken)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>&amp;Camera pauzeren</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Geluid uit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Afdrukken in bulk</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>Organisatiemodus &amp;ontgrendelen of vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>Boven de capaciteit &amp;toelaten</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>Toelaten boven de capaciteit</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Dashboard en deelnemerslijst…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>Het dashboard en de deelnemerslijst</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>&amp;Badges vooraf afdrukken…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>Badges vooraf afdrukken</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Deelnemerslijst i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>Een deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>Deelnemerslijst opnieuw &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>De lijst opnieuw synchroniseren</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>&amp;Wachtende badges…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>De wachtende badges</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kioskmodus…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>De kioskmodus</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Enter — de gescande code of de gemarkeerde naam toelaten</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — zoekresultaat kiezen;  Esc — wissen</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Als de balie zegt…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Aansluiten bij een &amp;hub…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Nu op&amp;halen</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Ticketplatform…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Deelnemerslijst wordt gelezen… de resultaten volgen zo.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Mensen aanwezig</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Badgeprinter</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Organisatiemodus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>Aanwezig %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANISATIE</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>geen camera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>start</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>gepauzeerd (F6 hervat)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>afdrukken niet ingesteld</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>balie %1 · UITGANGSMODUS</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>balie %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Check-inbalie</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Organisatiemodus aan.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Organisatiemodus vergrendeld.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>Aan deze balie is niemand geweigerd omdat de zaal vol was.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1: niet ingesteld aan deze balie.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Het dashboard</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>Importeren is aan deze balie niet ingesteld; gebruik `checkin sync BESTAND` in een terminal.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>Opnieuw synchroniseren</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>Deze balie heeft geen camera.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Camera gepauzeerd.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Camera aan.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Geluid uit.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Geluid aan.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Scan of kies eerst iemand en verbeter dan de badgenaam.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Uitgangsmodus: scans registreren vertrekkende mensen.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>Terug naar check-in.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Taal gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Aantallen (tellingen en aankomsten)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Catering: aantallen per dag en dieetwensen (zonder namen)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Deelnemerslijst (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Check-ingeschiedenis (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle dagen</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Dag %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Maaltijden per dag</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>No-shows op latere dagen</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Soort export</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Dag van de export</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportbestand</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Welkom bij de check-inbalie</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Er staat nog geen evenement op deze computer. Probeer de balie met het demo-evenement, importeer de deelnemerslijst uit uw ticketsite of sluit aan bij de locatiehub van een andere balie.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>&amp;Demo-evenement openen</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Demo-evenement openen</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Deelnemerslijst i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Aansluiten bij een &amp;hub…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Aansluiten bij een locatiehub</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: verbinden…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Locatiehub</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n balie</numerusform>
            <numerusform>Hub: %n balies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n gebeurtenis apart gezet</numerusform>
            <numerusform>%n gebeurtenissen apart gezet</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>Hub weigert deze balie</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub onbereikbaar — %n check-in wacht, opnieuw proberen</numerusform>
            <numerusform>Hub onbereikbaar — %n check-ins wachten, opnieuw proberen</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>Deze balie is aangesloten bij de hub op %1.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>Aansluiten bij de hub is mislukt.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>Dat is geen aansluit-URL van een hub: die begint met postgresql:// en noemt een host.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>De poort in de aansluit-URL is geen getal.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>De certificaatvingerafdruk in de aansluit-URL is beschadigd; kopieer de URL opnieuw van de hub.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>De hub op %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>De hub op %1 weigerde het wachtwoord van deze balie; vraag de organisatie om de huidige aansluit-URL.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>De hub op %1 heeft zo&apos;n database niet; controleer de aansluit-URL.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>De hub op %1 accepteert geen balies vanaf dit adres.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Een andere balie werkt al bij deze hub als ‘%1’; geef deze een andere naam.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>Deze balie werkt bij deze hub als ‘%1’; sluit opnieuw aan onder die naam.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>De balie ‘%1’ is door de organisatie ingetrokken; sluit aan onder een andere naam.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>De hub weigerde de naam ‘%1’: een balienaam telt 1 tot 60 tekens.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Die URL mag geen balies aan de hub toevoegen; vraag de organisatie om de aansluit-URL.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>Te importeren bestand of link</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Een CSV- of XLSX-bestand, of een link (https://…) — dan Enter</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lezen</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Eerder gesynchroniseerde lijsten</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Opnieuw &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Kies een bestand of plak een link om de eerste rijen te zien.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Eerder gesynchroniseerd:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>nog geen lijst gesynchroniseerd</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Klaar: %n rij gelezen, nog niets geschreven</numerusform>
            <numerusform>Klaar: %n rijen gelezen, nog niets geschreven</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Hier is nog geen lijst gesynchroniseerd: kies een bestand of plak een link.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Niets gewijzigd</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Import afronden voor het sluiten…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>De import is mislukt en heeft niets gewijzigd (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>Geen naamkolom gevonden (zoals First name, Last name, Name, Vorname, Prénom); kies er een in de keuzelijst erboven.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Herkend: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Zou %1 (%2) synchroniseren: %3 toegevoegd, %4 bijgewerkt, %5 geannuleerd, %6 ongewijzigd, %7 geweigerd.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>%1 (%2) gesynchroniseerd: %3 toegevoegd, %4 bijgewerkt, %5 geannuleerd, %6 ongewijzigd, %7 geweigerd.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Evenement ‘%1’ aangemaakt; de organisatie kan de dagen en capaciteit instellen bij Instellingen.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Opgehaald op %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Geannuleerd maar binnen (nog als aanwezig geteld): %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>Er is niets gewijzigd; deze balie heeft nog geen lijst van dat adres.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>Er is niets gewijzigd; de balie werkt offline met de lijst van %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite-deelnemersrapport</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>pretix-check-inlijst</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>Tito-ticketexport</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>spreadsheet (kolommen herkend aan hun kopjes)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>verticale strepen</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Rijen lezen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>heeft geen naam</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>heeft een veel te lange ticketcode</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>herhaalt het ticket van rij %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>heeft dezelfde ticketcode %1 als rij %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>ticketcode %1 hoort al bij %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Aansluiten bij een hub</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>QR-code van de hub lezen met de camera</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>Aansluit-URL</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Naam van deze balie</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>Deze balie heeft geen camera; typ of plak de URL.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Houd de QR-code van de hub voor de camera.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Die code is geen aansluit-URL van een hub (die begint met postgresql://); houd de QR-code omhoog die `checkin hub serve` toont.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Gelezen met de camera: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Check-inkiosk</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Welkom bij %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Scan je ticket — of typ je achternaam of je e-mailadres en druk op Enter.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Achternaam, e-mail of ticket</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Wacht %n seconde en probeer het dan opnieuw.</numerusform>
            <numerusform>Wacht %n seconden en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Typ minstens %n letter van je achternaam.</numerusform>
            <numerusform>Typ minstens %n letters van je achternaam.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>We kunnen je niet vinden. Controleer de spelling of ga naar de balie.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Er passen veel mensen: typ meer letters van je achternaam.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>Wie ben jij?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Dat ben ik</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Niet ik</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>Ben jij dit? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Welkom, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welkom!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Je bent ingecheckt: haal je badge op bij de balie.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Je badge wordt afgedrukt — ophalen: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Je badge wordt afgedrukt: haal hem op bij de badgetafel.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Ga naar de balie — we moeten je ticket controleren.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>Een vrijwilliger aan de balie helpt je verder.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Ga naar de balie.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>De kiosk kon je nu niet inchecken.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Organisatie-pincode</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organisatie: typ de pincode en druk op Enter om de kiosk te verlaten.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Verkeerde pincode. Over %n seconde kan het opnieuw.</numerusform>
            <numerusform>Verkeerde pincode. Over %n seconden kan het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode: probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode: probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Hier is nog geen organisatie-pincode ingesteld.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>Het bestand met de organisatie-pincode %1 is beschadigd.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Organisatie-pincode instellen: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>Organisatie-pincode: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Organisatie-pincode instellen</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Organisatie-pincode</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>De organisatiemodus ontgrendelt de organisatiehulpmiddelen tot hij weer vergrendeld wordt.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1: alleen voor de organisatie. Kies een pincode voor de organisatiehulpmiddelen.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1: alleen voor de organisatie. Voer de pincode in.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Pincode</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>Organisatie-pincode nogmaals</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Pincode &amp;nogmaals</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De twee pincodes verschillen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Verkeerde pincode. Over %n seconde kan het opnieuw.</numerusform>
            <numerusform>Verkeerde pincode. Over %n seconden kan het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Ticketplatform</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>API-&amp;URL van het evenement</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;token</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>Verbinding &amp;vergeten</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Door het platform geweigerde check-ins</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Geweigerd door het platform (%1):</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — ongedaan maken op %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — check-in op %2 UTC: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Niet verbonden: de balie synchroniseert uit bestanden en links.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Verbonden met %1 op %2 (token opgeslagen, niet getoond). Verbind opnieuw met een nieuw token om het te vervangen.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>Check-ins tellen op de lijst ‘%1’.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token controleren bij %1…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Verbonden met %1 op %2; de lijst wordt nu opgehaald.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1 weigerde het token: controleer het, of verbind opnieuw met een nieuw token.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 toont dit token geen zulk evenement: controleer de organisator en het evenement in de URL.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 De verbinding is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Verbinding en token vergeten; de deelnemerslijst blijft.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 weigerde %n check-in — zie Organisatie ▸ Ticketplatform…</numerusform>
            <numerusform>%1 weigerde %n check-ins — zie Organisatie ▸ Ticketplatform…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>lijst: nog niet opgehaald · %1</translation>
    </message>
    <message>
        <source>list: %1 · %2</source>
        <translation>lijst: %1 · %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lijst %1</translation>
    </message>
    <message>
        <source>no list pulled</source>
        <translation>geen lijst opgehaald</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1: evenement niet gevonden, controleer de URL</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1: token geweigerd</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 onbereikbaar</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Eerste rijen en het veld dat elke kolom vult</translation>
    </message>
    <message>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>negeren</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Badges die wachten op afdrukken</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>Nog niet verzonden badges &amp;verwijderen</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>herdruk</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n badge wacht. Het wordt afgedrukt zodra een printer antwoordt; verwijder het als dat niet moet.</numerusform>
            <numerusform>%n badges wachten. Ze worden afgedrukt zodra een printer antwoordt; verwijder ze als dat niet moet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Er wacht geen badge op afdrukken.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>verzenden</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>bij de printer</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>%n wachtende badge verwijderd.</numerusform>
            <numerusform>%n wachtende badges verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>De wachtende badges zijn niet verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(standaardprinter van het systeem)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Een afdrukwachtrij van deze computer, of het ingetypte adres van een labelprinter:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (een Zebra; breedte en hoogte in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (via USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(geen badgeprinter: geen gevonden op deze computer)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Badgeprinter</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Printers zoeken…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>afdrukwachtrij, of brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>Printers konden niet worden opgesomd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n printer gevonden</numerusform>
            <numerusform>%n printers gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>Geen printers gevonden</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Badge van %1 opnieuw afgedrukt</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Badge van %1 afgedrukt</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Badge van %1 is misschien niet afgedrukt: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Badge van %1 niet afgedrukt: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Geen badgeprinter — %n badge wacht</numerusform>
            <numerusform>Geen badgeprinter — %n badges wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Geen badgeprinter</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Printer %1: gestopt</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Printer %1: %2 — %n badge wacht, opnieuw proberen</numerusform>
            <numerusform>Printer %1: %2 — %n badges wachten, opnieuw proberen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Printer %1 offline — %n badge wacht, opnieuw proberen</numerusform>
            <numerusform>Printer %1 offline — %n badges wachten, opnieuw proberen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Printer %1: %2 — %n badge wacht</numerusform>
            <numerusform>Printer %1: %2 — %n badges wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Printer %1: %n wacht</numerusform>
            <numerusform>Printer %1: %n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Printer %1: klaar</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 is een map, geen spreadsheetbestand.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 is geen gewoon bestand (een apparaat, pipe of socket).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>%1 kan niet worden geopend: geen toegang.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 is te groot voor een deelnemerslijst.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 is een oude Excel-werkmap (.xls): sla hem op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 is een webpagina, geen spreadsheet (is het een downloadlink?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 is geen spreadsheet (CSV of XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 is geen geldige %2-tekst.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>%1 kan in rij %2 niet als CSV worden gelezen: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>%1 kan niet als XLSX-werkmap worden gelezen.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 bevat meer dan %2 cellen, te veel voor een deelnemerslijst.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 heeft een kopregel maar geen deelnemersregels.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Scannen of zoeken</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Scan een ticket of typ twee letters van een naam; pijlen kiezen, Enter laat toe</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Scan een ticket of typ een naam…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>UITGANGSMODUS — elke scan legt iemand vast die VERTREKT · F8 terug naar check-in</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>Uitgangsmodus staat aan</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Enter vertrek vastleggen</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Enter toelaten</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 terug naar check-in</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 uitgangsmodus</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ kiezen · Esc wissen · Ctrl+Z ongedaan maken · F2 badgenaam · Ctrl+P opnieuw afdrukken · Ctrl+N ter plekke aanmelden · %2 · F1 alle toetsen</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
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
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>nog niet binnen</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Gevonden deelnemers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Capaciteit van de locatie (0 voor geen limiet)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Als de locatie vol is</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>toelaten met een waarschuwing</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>weigeren tot de organisatie het toestaat</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Camera: apparaatnummer, videobestand of stream-URL</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Camera&apos;s zoeken…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Cameraresolutie</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>standaard van de camera</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Bij toegang een badge afdrukken</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Geluid van de balie uitzetten</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Kleurenthema</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>light</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>donker</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Taal van deze balie</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Als &amp;vol</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;mera</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolutie</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>&amp;Badgesjabloon</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Gevonden camera&apos;s: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>Geen camera op nummer gevonden.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Een resolutie ziet eruit als 1280x720, niet ‘%1’.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Badgesjabloon</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Check-inresultaat</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Onbekend ticket</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Scan een ticket of typ twee letters van een naam</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Klaar voor de volgende deelnemer</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>geen tickettype</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>STOP: ONBEKEND</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>STOP: GEANNULEERD</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>CONTROLEER: AL BINNEN</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>CONTROLEER: NIET VANDAAG</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>STOP: LOCATIE VOL</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>CONTROLEER: NIET INGECHECKT</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>STOP: NIET BETAALD</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>STOP: NIET OP DEZE LIJST</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>STOP: LIJSTREGELS</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>STOP: INGETROKKEN</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>STOP: VERVALST</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>Dezelfde persoon als op het ticket? Laat door: al geteld. Iemand anders? Roep de organisatie.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>Niet toegelaten. Alleen de organisatie mag vandaag toelaten, met een aanmelding ter plekke.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>Niets vastgelegd. Wie vertrekt mag gaan; om toe te laten, terug naar check-in.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>Niet toegelaten. Alleen de organisatie mag boven de capaciteit toelaten.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>Niet toegelaten. Stuur door naar de organisatie: misschien is er een nieuwer ticket.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>Niet toegelaten. Zoek liever op naam; niet op de lijst? Meld ter plekke aan.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>De organisatie meldt aan met Ctrl+N.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organisatie: Ctrl+L, daarna Ctrl+Shift+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Ter plekke aanmelden: Ctrl+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 schakelt terug naar check-in.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>VERTROKKEN</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>TOEGELATEN — LET OP</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>TOEGELATEN — CONTROLEER</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>TOEGELATEN</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Laat binnen en handel de opmerking nu af.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1: deze scan was al vastgelegd.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Welkom, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 is vertrokken; opnieuw binnenkomen mag.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Geen ticket heeft deze code.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>Het ticket van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 is niet ingecheckt en kan dus niet uitgecheckt worden.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 is al binnen: toegelaten om %2 aan balie %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Vandaag (%1) is geen dag van het evenement; het loopt op %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>Het ticket van %1 is geldig op %2, niet vandaag (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>De locatie is vol: %1 van %2 aanwezig. De organisatie kan het toestaan.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>De bestelling van dit ticket is nog niet betaald.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>Het product van dit ticket staat niet op de check-inlijst van de balie.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Een regel van de check-inlijst weigert dit ticket nu.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>Het ticketplatform heeft dit ticket ingetrokken.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Deze code lijkt een ondertekend ticket, maar niet van dit evenement.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Locatie bijna vol: %1 van %2 aanwezig.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>De locatie is vol: %1 van %2 aanwezig.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Toegelaten met toestemming van de organisatie.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>Geen badge afgedrukt: afdrukken is hier niet ingesteld.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Badge voor %1 naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Badge van %1 wordt opnieuw afgedrukt.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>De badge van %1 staat al in de afdrukwachtrij.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 heeft al een badge (Ctrl+P drukt opnieuw af).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Badge niet afgedrukt: het lettertype kan ‘%1’ in %2 niet tekenen. Verbeter de badgenaam (F2) naar een spelling die het kan afdrukken.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Badge niet afgedrukt: afdrukken is aan deze balie nu niet beschikbaar.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Toegelaten, maar de badge is niet in de wachtrij gezet (%1); Ctrl+P drukt hem af.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Niets ongedaan te maken aan deze balie.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Toegang van %1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Vertrek van %1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>De badge is uit de afdrukwachtrij gehaald.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>De toegang van %1 was al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>Het vertrek van %1 was al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Te laat om de toegang van %1 hier ongedaan te maken (meer dan %3 min); de organisatie kan `checkin undo %2` uitvoeren.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Te laat om het vertrek van %1 hier ongedaan te maken (meer dan %3 min); de organisatie kan `checkin undo %2` uitvoeren.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>De laatste toegang van %1 is gedaan aan balie %2 op %3; deze balie maakt alleen die van zichzelf ongedaan.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>Het laatste vertrek van %1 is gedaan aan balie %2 op %3; deze balie maakt alleen die van zichzelf ongedaan.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>GEEN TREFFER</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Niemand past bij ‘%1’: controleer de spelling of probeer e-mail of bedrijf.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>STOP: GEEN TICKET</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Deze code is geen ticket: hij bevat ‘%1’. Vraag om de QR-code van het ticket of zoek op naam.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Ter plekke aanmelden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tickettype</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Bedrijf</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Tickettype</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Vul de naam van de deelnemer in.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Kies een tickettype.</translation>
    </message>
</context>
</TS>
