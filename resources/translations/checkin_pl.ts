<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Podaj, jaka drukarka jest pod %1: brother-ql://%1?model=QL-820NWB&amp;label=62 lub zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>Adres drukarki etykiet zaczyna się od brother-ql:// lub zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>Port drukarki nie jest liczbą: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Podaj adres sieciowy drukarki (%1://192.168.1.50) lub jej urządzenie USB (%1:///dev/usb/lp0).</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Podaj, który to Brother QL, np. ?model=QL-820NWB (znane: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>Etykieta musi być jedną z %1 (mm), nie „%2”.</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>%1 nie drukuje na etykietach %2.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width i height muszą być liczbami (width/height w mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Zebra drukuje w %1 dpi, nie w %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>Etykieta musi mieć od 20 do 120 mm szerokości i od 20 do 400 mm długości.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>jeszcze nikogo nie wpuszczono</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Dzień %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Przybycia co %1 minut</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Popraw imię i nazwisko na identyfikatorze</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Imię i nazwisko na identyfikatorze</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>&amp;Wydrukuj identyfikator ponownie teraz</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Nazwa na identyfikatorze</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>Identyfikator musi mieć imię i nazwisko.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Wszyscy, według nazwiska</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Tylko osoby bez identyfikatora</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Tylko osoby zaznaczone poniżej</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Identyfikatory z wyprzedzeniem</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Uczestnicy do wydruku</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Pierwsza wolna pozycja na arkuszu</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Szablon %1; zacznij od pozycji</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>&amp;Drukuj na %1</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>Pominięto %n identyfikator, którego czcionka nie narysuje (%1): popraw nazwę na identyfikatorze.</numerusform>
            <numerusform>Pominięto %n identyfikatory, których czcionka nie narysuje (%1): popraw nazwy na identyfikatorach.</numerusform>
            <numerusform>Pominięto %n identyfikatorów, których czcionka nie narysuje (%1): popraw nazwy na identyfikatorach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Najpierw zaznacz osoby, których identyfikatory wydrukować.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Partia nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Zapisz identyfikatory jako PDF</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>Brak identyfikatorów do zapisania.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Zapisano %n identyfikator na %1 do %2.</numerusform>
            <numerusform>Zapisano %n identyfikatory na %1 do %2.</numerusform>
            <numerusform>Zapisano %n identyfikatorów na %1 do %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n stronie</numerusform>
            <numerusform>%n stronach</numerusform>
            <numerusform>%n stronach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>Dodano %n identyfikator do kolejki na %1.</numerusform>
            <numerusform>Dodano %n identyfikatory do kolejki na %1.</numerusform>
            <numerusform>Dodano %n identyfikatorów do kolejki na %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n identyfikator już czeka na druk.</numerusform>
            <numerusform>%n identyfikatory już czekają na druk.</numerusform>
            <numerusform>%n identyfikatorów już czeka na druk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Podgląd kamery</translation>
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
        <translation>Strumień %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Wideo %1</translation>
    </message>
    <message>
        <source>%1 is running at %2×%3.</source>
        <translation>%1 działa w rozdzielczości %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Brak: %1.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1: brak albo używa jej inny program.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>Nie udało się otworzyć: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Nie udało się otworzyć: %1.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 dostarcza obraz %2×%3 (%4 megapikseli), więcej niż %5 megapikseli dekodowanych przez stanowisko; nie odczytano go.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1: obraz przestał napływać.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1: zatrzymano.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Ponawiam w tle.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>na miejscu z %1 · %2 pojemności</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>na miejscu · pojemność nieustawiona</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n wiersz nie zostanie zaimportowany — %1.</numerusform>
            <numerusform>%n wiersze nie zostaną zaimportowane — %1.</numerusform>
            <numerusform>%n wierszy nie zostanie zaimportowanych — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>ma %n komórkę, a nagłówek ma %1 kolumn</numerusform>
            <numerusform>ma %n komórki, a nagłówek ma %1 kolumn</numerusform>
            <numerusform>ma %n komórek, a nagłówek ma %1 kolumn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…i %n odrzucony wiersz więcej (`checkin sync --dry-run` wypisuje wszystkie).</numerusform>
            <numerusform>…i %n odrzucone wiersze więcej (`checkin sync --dry-run` wypisuje wszystkie).</numerusform>
            <numerusform>…i %n odrzuconych wierszy więcej (`checkin sync --dry-run` wypisuje wszystkie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>To stanowisko zawiera wydarzenie demonstracyjne i %n fikcyjnego uczestnika: import doda listę obok. Prawdziwe wydarzenie zaimportuj na stanowisko, które nie ma jeszcze wydarzenia.</numerusform>
            <numerusform>To stanowisko zawiera wydarzenie demonstracyjne i %n fikcyjnych uczestników: import doda listę obok. Prawdziwe wydarzenie zaimportuj na stanowisko, które nie ma jeszcze wydarzenia.</numerusform>
            <numerusform>To stanowisko zawiera wydarzenie demonstracyjne i %n fikcyjnych uczestników: import doda listę obok. Prawdziwe wydarzenie zaimportuj na stanowisko, które nie ma jeszcze wydarzenia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Frekwencja · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Duży ekran (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Wpuszczeni dziś</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowani</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Dotąd nieobecni</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Dziś jeszcze nie przybyli</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Bilety</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Wpuszczeni</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Rodzaj biletu</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>biletów ważnych dziś (%1); zarejestrowanych: %2</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>biletów ważnych dziś; zarejestrowanych: %1</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>bilety ważne dziś, jeszcze niewpuszczone</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>dziś nie jest dzień wydarzenia</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>aktywne bilety; anulowanych: %1</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>w ciągu %n zakończonego dnia</numerusform>
            <numerusform>w ciągu %n zakończonych dni</numerusform>
            <numerusform>w ciągu %n zakończonych dni</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>żaden dzień się jeszcze nie skończył</translation>
    </message>
    <message>
        <source>past</source>
        <translation>miniony</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>nadchodzący</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>Nie ma na liście? Ctrl+N — rejestracja na miejscu.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NIE ZAPISANO</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>KOMPLET</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>Nikogo nie zarejestrowano: obiekt jest pełny. Organizator może odblokować (Ctrl+L) i zrobić rejestrację na miejscu ponad pojemność.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NIE ZAREJESTROWANO</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>Stanowisko nie mogło tego zapisać: %1. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Najpierw zeskanuj lub wybierz osobę, potem wydrukuj ponownie jej identyfikator.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>Drukowanie nie jest skonfigurowane na tym stanowisku.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>NAZWA ZAPISANA</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>COFNIĘTO</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NIE COFNIĘTO</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Wpuszczeni dziś</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Wszystkie dni</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Brak podwójnych wejść.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Wpuszczono dwukrotnie (%n) — sprawdź, nic nie cofnięto:</numerusform>
            <numerusform>Wpuszczono dwukrotnie (%n) — sprawdź, nic nie cofnięto:</numerusform>
            <numerusform>Wpuszczono dwukrotnie (%n) — sprawdź, nic nie cofnięto:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1: stanowisko %2 %3, potem stanowisko %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… i jeszcze %n (`checkin status`)</numerusform>
            <numerusform>… i jeszcze %n (`checkin status`)</numerusform>
            <numerusform>… i jeszcze %n (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organizator</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Rejestracja na miejscu…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>Popraw nazwę na &amp;identyfikatorze…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Drukuj identyfikator ponownie</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>&amp;Cofnij ostatnie wejście</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>Tryb &amp;wyjścia (osoby wychodzą)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>Wstrzymaj &amp;kamerę</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Wycisz &amp;dźwięki</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Drukowanie zbiorcze</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>&amp;Odblokuj lub zablokuj tryb organizatora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>&amp;Wpuść ponad pojemność</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>Wpuszczanie ponad pojemność</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Pulpit i lista uczestników…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>Pulpit i lista uczestników</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>Drukuj &amp;identyfikatory z wyprzedzeniem…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>Drukowanie identyfikatorów z wyprzedzeniem</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Importuj &amp;listę uczestników…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>Import listy uczestników</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>&amp;Synchronizuj listę uczestników ponownie</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>Ponowna synchronizacja listy</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>Identyfikatory &amp;czekające na druk…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>Identyfikatory czekające na druk</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Tryb &amp;kiosku…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Tryb kiosku</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Enter — wpuść zeskanowany kod lub zaznaczoną osobę</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — wybierz wynik;  Esc — wyczyść</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Gdy stanowisko pokazuje…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Dołącz do hubu…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Po&amp;bierz teraz</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Platforma biletowa…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Wczytywanie listy uczestników… wyniki za chwilę.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Osoby na miejscu</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Drukarka identyfikatorów</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Tryb organizatora</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>Na miejscu %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>zsynchronizowano %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niedostępna</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANIZATOR</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>wolontariusz</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>brak kamery</translation>
    </message>
    <message>
        <source>running</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>uruchamianie</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>wstrzymana (F6 wznawia)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymana</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>drukowanie nieskonfigurowane</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>stanowisko %1 · TRYB WYJŚCIA</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>stanowisko %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Stanowisko check-in</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Tryb organizatora włączony.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Tryb organizatora zablokowany.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>Na tym stanowisku nikt nie został odrzucony z powodu pełnej sali.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1: nieskonfigurowane na tym stanowisku.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>Import nie jest skonfigurowany na tym stanowisku; użyj `checkin sync PLIK` w terminalu.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>Ponowna synchronizacja</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>To stanowisko nie ma kamery.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Kamera wstrzymana.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Kamera włączona.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Dźwięki wyłączone.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Dźwięki włączone.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Najpierw zeskanuj lub wybierz osobę, potem popraw nazwę na identyfikatorze.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Tryb wyjścia: skany rejestrują wychodzących.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>Powrót do check-inu.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Zmieniono język.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Frekwencja (liczby i przybycia)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Catering: liczby na dzień i diety (bez nazwisk)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Lista uczestników (dane osobowe)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Historia check-inów (dane osobowe)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Wszystkie dni</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Dzień %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Obiad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Posiłki dziennie</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>Nieobecni w kolejne dni</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Zapisz do</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Rodzaj eksportu</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Dzień eksportu</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format eksportu</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Plik eksportu</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Zapisano %1 w %2.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Nie udało się wyeksportować: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportuję…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Witamy na stanowisku check-in</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Na tym komputerze nie ma jeszcze wydarzenia. Wypróbuj stanowisko z wydarzeniem demonstracyjnym, zaimportuj listę uczestników wyeksportowaną z serwisu biletowego albo dołącz do hubu obiektu prowadzonego przez inne stanowisko.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Otwórz wydarzenie &amp;demonstracyjne</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Otwórz wydarzenie demonstracyjne</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>Importuj &amp;listę uczestników…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Importuj listę uczestników</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Dołącz do hubu…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Dołącz do hubu obiektu</translation>
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
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: łączenie…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub obiektu</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n stanowisko</numerusform>
            <numerusform>Hub: %n stanowiska</numerusform>
            <numerusform>Hub: %n stanowisk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n zdarzenie odłożone</numerusform>
            <numerusform>%n zdarzenia odłożone</numerusform>
            <numerusform>%n zdarzeń odłożonych</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>Hub odrzuca to stanowisko</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub niedostępny — %n check-in czeka, ponawiam</numerusform>
            <numerusform>Hub niedostępny — %n check-iny czekają, ponawiam</numerusform>
            <numerusform>Hub niedostępny — %n check-inów czeka, ponawiam</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>To stanowisko dołączyło do hubu pod %1.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>Nie udało się dołączyć do hubu.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>To nie jest URL dołączenia do hubu: zaczyna się od postgresql:// i podaje hosta.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>Port w URL dołączenia nie jest liczbą.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>Odcisk certyfikatu w URL dołączenia jest uszkodzony; skopiuj URL ponownie z hubu.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>Hub pod adresem %1 jest nieosiągalny (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>Hub pod adresem %1 odrzucił hasło tego stanowiska; poproś organizatora o aktualny URL dołączenia.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>Hub pod adresem %1 nie ma takiej bazy danych; sprawdź URL dołączenia.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>Hub pod adresem %1 nie przyjmuje stanowisk z tego adresu.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Inne stanowisko już pracuje w tym hubie jako „%1”; nadaj temu inną nazwę.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>To stanowisko pracuje w tym hubie jako „%1”; dołącz ponownie pod tą nazwą.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>Organizator odwołał stanowisko „%1”; dołącz pod inną nazwą.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>Hub odrzucił nazwę „%1”: nazwa stanowiska ma od 1 do 60 znaków.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Ten URL nie może dodawać stanowisk do hubu; poproś organizatora o URL dołączenia.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Importuj listę uczestników</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>Plik lub link do importu</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Plik CSV lub XLSX albo link (https://…) — potem Enter</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Wybierz &amp;plik…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Wczy&amp;taj</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Wcześniej synchronizowane listy</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Synchronizuj &amp;ponownie</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Wybierz plik lub wklej link, aby zobaczyć pierwsze wiersze.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raport importu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Wcześniej synchronizowane:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>jeszcze nie zsynchronizowano listy</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Arkusze (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Lista uczestników</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Gotowe: wczytano %n wiersz, nic jeszcze nie zapisano</numerusform>
            <numerusform>Gotowe: wczytano %n wiersze, nic jeszcze nie zapisano</numerusform>
            <numerusform>Gotowe: wczytano %n wierszy, nic jeszcze nie zapisano</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Tu nie zsynchronizowano jeszcze żadnej listy: wybierz plik lub wklej link.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nic nie zmieniono</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Kończę import przed zamknięciem…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>Import nie powiódł się i niczego nie zmienił (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>Nie znaleziono kolumny z nazwiskiem (np. First name, Last name, Name, Vorname, Prénom); wybierz ją na liście powyżej.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Rozpoznano: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>skoroszyt Excela</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Synchronizacja %1 (%2) dałaby: dodane %3, zaktualizowane %4, anulowane %5, bez zmian %6, odrzucone %7.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Zsynchronizowano %1 (%2): dodane %3, zaktualizowane %4, anulowane %5, bez zmian %6, odrzucone %7.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Utworzono wydarzenie „%1”; organizator może ustawić jego dni i pojemność w Ustawieniach.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Pobrano: %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Anulowani, ale w obiekcie (nadal liczeni na miejscu): %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Odrzucono: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>Nic nie zmieniono; to stanowisko nie ma jeszcze listy z tego adresu.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>Nic nie zmieniono; stanowisko pracuje offline na liście z %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>raport uczestników Eventbrite</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>lista check-in pretix</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>eksport biletów Tito</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>arkusz (kolumny rozpoznane po nagłówkach)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>przecinki</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>średniki</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>pionowe kreski</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Wczytywanie wierszy</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Porównywanie</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>nie ma imienia ani nazwiska</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>ma o wiele za długi kod biletu</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>powtarza bilet z wiersza %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>ma ten sam kod biletu %1 co wiersz %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>kod biletu %1 należy już do: %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Dołącz do hubu</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>Odczytaj kod QR hubu kamerą</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>URL dołączenia</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nazwa tego stanowiska</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>To stanowisko nie ma kamery; wpisz lub wklej URL.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Przytrzymaj kod QR hubu przed kamerą.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Ten kod nie jest URL-em dołączenia do hubu (zaczyna się od postgresql://); pokaż kod QR wyświetlany przez `checkin hub serve`.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Odczytano z kamery: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Kiosk check-in</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Witamy na wydarzeniu %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Zeskanuj swój bilet — albo wpisz nazwisko lub e-mail i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Nazwisko, e-mail lub bilet</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Poczekaj %n sekundę i spróbuj ponownie.</numerusform>
            <numerusform>Poczekaj %n sekundy i spróbuj ponownie.</numerusform>
            <numerusform>Poczekaj %n sekund i spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Wpisz co najmniej %n literę nazwiska.</numerusform>
            <numerusform>Wpisz co najmniej %n litery nazwiska.</numerusform>
            <numerusform>Wpisz co najmniej %n liter nazwiska.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>Nie możemy Cię znaleźć. Sprawdź pisownię lub podejdź do stanowiska.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Pasuje wiele osób: wpisz więcej liter nazwiska.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>Wybierz siebie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>To ja</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>Czy to Ty? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Witaj, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Witaj!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Check-in zakończony: odbierz identyfikator przy stanowisku.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Twój identyfikator się drukuje — odbiór: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Twój identyfikator się drukuje: odbierz go przy stole z identyfikatorami.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Podejdź do stanowiska — musimy sprawdzić Twój bilet.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>Obsługa stanowiska Ci pomoże.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Podejdź do stanowiska.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>Kiosk nie mógł teraz zrobić Twojego check-inu.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN organizatora</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organizator: wpisz PIN i naciśnij Enter, aby opuścić kiosk.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekundę.</numerusform>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekundy.</numerusform>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Błędny PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów: spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów: spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów: spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Nie ustawiono tu jeszcze PIN-u organizatora.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>Plik z PIN-em organizatora %1 jest uszkodzony.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Ustaw PIN organizatora: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>PIN organizatora: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Ustaw PIN organizatora</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN organizatora</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>Tryb organizatora odblokowuje narzędzia organizatora do ponownego zablokowania.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1: tylko dla organizatorów. Wybierz PIN do narzędzi organizatora.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1: tylko dla organizatorów. Wpisz PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>PIN organizatora ponownie</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;ponownie</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Oba PIN-y się różnią.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekundę.</numerusform>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekundy.</numerusform>
            <numerusform>Błędny PIN. Kolejna próba możliwa za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Błędny PIN.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Platforma biletowa</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platforma</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>&amp;URL API wydarzenia</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Token API</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>P&amp;ołącz</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>&amp;Zapomnij połączenie</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Check-iny odrzucone przez platformę</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Odrzucone przez platformę (%1):</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — cofnięcie %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — check-in %2 UTC: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Brak połączenia: stanowisko synchronizuje się z plików i linków.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Połączono z %1 pod %2 (token zapisany, niewyświetlany). Połącz ponownie z nowym tokenem, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>Check-iny liczą się na liście „%1”.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Sprawdzanie tokenu w %1…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Połączono z %1 pod %2; pobieram teraz listę.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1: token odrzucony — sprawdź go albo połącz się ponownie z nowym.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 nie pokazuje temu tokenowi takiego wydarzenia: sprawdź organizatora i wydarzenie w URL-u.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 Połączenia nie zapisano.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Zapomniano połączenie i token; lista uczestników zostaje.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1: odrzucono %n check-in — zob. Organizator ▸ Platforma biletowa…</numerusform>
            <numerusform>%1: odrzucono %n check-iny — zob. Organizator ▸ Platforma biletowa…</numerusform>
            <numerusform>%1: odrzucono %n check-inów — zob. Organizator ▸ Platforma biletowa…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>lista: jeszcze nie pobrana · %1</translation>
    </message>
    <message>
        <source>list: %1 · %2</source>
        <translation>lista: %1 · %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lista %1</translation>
    </message>
    <message>
        <source>no list pulled</source>
        <translation>brak pobranej listy</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1: nie znaleziono wydarzenia, sprawdź URL</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1: token odrzucony</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nie odpowiada</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Pierwsze wiersze i pole, które wypełnia każda kolumna</translation>
    </message>
    <message>
        <source>field</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>pomiń</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Identyfikatory czekające na druk</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>&amp;Usuń identyfikatory jeszcze niewysłane</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>ponowny wydruk</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>identyfikator</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n identyfikator czeka. Wydrukuje się, gdy tylko drukarka odpowie; usuń go, jeśli nie powinien.</numerusform>
            <numerusform>%n identyfikatory czekają. Wydrukują się, gdy tylko drukarka odpowie; usuń je, jeśli nie powinny.</numerusform>
            <numerusform>%n identyfikatorów czeka. Wydrukują się, gdy tylko drukarka odpowie; usuń je, jeśli nie powinny.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Żaden identyfikator nie czeka na druk.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>czeka</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>w drukarce</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>Usunięto %n czekający identyfikator.</numerusform>
            <numerusform>Usunięto %n czekające identyfikatory.</numerusform>
            <numerusform>Usunięto %n czekających identyfikatorów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>Nie usunięto oczekujących identyfikatorów: %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(domyślna drukarka systemu)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Kolejka wydruku tego komputera albo wpisany adres drukarki etykiet:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (etykiety: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (Zebra; szerokość i wysokość w mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (przez USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(brak drukarki identyfikatorów: nie znaleziono żadnej na tym komputerze)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Drukarka identyfikatorów</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Szukam drukarek…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>kolejka wydruku albo brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>Nie udało się wypisać drukarek: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>znaleziono %n drukarkę</numerusform>
            <numerusform>znaleziono %n drukarki</numerusform>
            <numerusform>znaleziono %n drukarek</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>Nie znaleziono drukarek</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Identyfikator %1 wydrukowany ponownie</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Identyfikator %1 wydrukowany</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Identyfikator %1 mógł się nie wydrukować: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Identyfikator %1 niewydrukowany: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Brak drukarki identyfikatorów — czeka %n</numerusform>
            <numerusform>Brak drukarki identyfikatorów — czekają %n</numerusform>
            <numerusform>Brak drukarki identyfikatorów — czeka %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Brak drukarki identyfikatorów</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Drukarka %1: zatrzymana</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Drukarka %1: %2 — czeka %n, ponawiam</numerusform>
            <numerusform>Drukarka %1: %2 — czekają %n, ponawiam</numerusform>
            <numerusform>Drukarka %1: %2 — czeka %n, ponawiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Drukarka %1 offline — czeka %n, ponawiam</numerusform>
            <numerusform>Drukarka %1 offline — czekają %n, ponawiam</numerusform>
            <numerusform>Drukarka %1 offline — czeka %n, ponawiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Drukarka %1: %2 — czeka %n</numerusform>
            <numerusform>Drukarka %1: %2 — czekają %n</numerusform>
            <numerusform>Drukarka %1: %2 — czeka %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Drukarka %1: czeka %n</numerusform>
            <numerusform>Drukarka %1: czekają %n</numerusform>
            <numerusform>Drukarka %1: czeka %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Drukarka %1: gotowa</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 to folder, a nie plik arkusza.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>Nie można otworzyć %1: brak uprawnień.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Nie można odczytać %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 jest za duży jak na listę uczestników.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 jest pusty.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 to stary skoroszyt Excela .xls: zapisz go jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 to strona internetowa, a nie arkusz (czy to link do pobrania?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 nie jest arkuszem (CSV ani XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 nie jest poprawnym tekstem %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>Nie można odczytać %1 jako CSV w wierszu %2: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>Nie można odczytać %1 jako skoroszytu XLSX.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 zawiera ponad %2 komórek, za dużo jak na listę uczestników.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 ma wiersz nagłówka, ale żadnego wiersza uczestników.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Skanuj lub szukaj</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Zeskanuj bilet lub wpisz dwie litery nazwiska; strzałki wybierają, Enter wpuszcza</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Zeskanuj bilet lub wpisz nazwisko…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>TRYB WYJŚCIA — każdy skan rejestruje WYJŚCIE · F8 wraca do check-in</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>Tryb wyjścia jest włączony</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Enter zarejestruj wyjście</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Enter wpuść</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 powrót do check-in</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 tryb wyjścia</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ wybierz · Esc wyczyść · Ctrl+Z cofnij · F2 nazwa na identyfikatorze · Ctrl+P drukuj ponownie · Ctrl+N rejestracja na miejscu · %2 · F1 wszystkie klawisze</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bilet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>na miejscu</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>jeszcze nie wszedł</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Pasujący uczestnicy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Pojemność obiektu (0 — bez limitu)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Gdy obiekt jest pełny</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>wpuszczaj z ostrzeżeniem</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>odmawiaj, dopóki organizator nie zezwoli</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Kamera: numer urządzenia, plik wideo lub adres strumienia</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Szukanie kamer…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Rozdzielczość kamery</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>domyślna kamery</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Drukuj identyfikator przy wejściu</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Wycisz dźwięki stanowiska</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Motyw kolorów</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systemowy</translation>
    </message>
    <message>
        <source>light</source>
        <translation>jasny</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>ciemny</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Język tego stanowiska</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>jak w systemie (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Pojemność obiektu</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Gdy p&amp;ełny</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Rozdzielczość</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Drukarka</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>&amp;Szablon identyfikatora</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Znalezione kamery: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>Nie znaleziono kamery po numerze.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Rozdzielczość zapisuje się jak 1280x720, nie „%1”.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Szablon identyfikatora</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Wynik check-in</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Nieznany bilet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Zeskanuj bilet lub wpisz dwie litery nazwiska</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Gotowe na następną osobę</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>brak rodzaju biletu</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>STOP: NIEZNANY</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>STOP: ANULOWANY</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>SPRAWDŹ: JUŻ WEWNĄTRZ</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>SPRAWDŹ: NIE DZIŚ</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>STOP: KOMPLET</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>SPRAWDŹ: BEZ CHECK-IN</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>STOP: NIEOPŁACONY</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>STOP: SPOZA TEJ LISTY</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>STOP: REGUŁY LISTY</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>STOP: UNIEWAŻNIONY</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>STOP: PODROBIONY</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>Ta sama osoba co na bilecie? Przepuść: jest już policzona. Ktoś inny? Wezwij organizatora.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>Nie wpuszczono. Dziś wpuścić może tylko organizator, przez rejestrację na miejscu.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>Nic nie zapisano. Jeśli osoba wychodzi, wypuść ją; aby wpuszczać, wróć do check-in.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>Nie wpuszczono. Tylko organizator może wpuścić ponad pojemność.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>Nie wpuszczono. Skieruj do organizatora: może mieć nowszy bilet.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>Nie wpuszczono. Wyszukaj nazwisko; jeśli go nie ma na liście, zarejestruj na miejscu.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>Organizator rejestruje przez Ctrl+N.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organizator: Ctrl+L, potem Ctrl+Shift+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Rejestracja na miejscu: Ctrl+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 wraca do check-in.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>WYSZEDŁ</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>WPUSZCZONO — UWAGA</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>WPUSZCZONO — SPRAWDŹ</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>WPUSZCZONO</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Wpuść i od razu zajmij się uwagą.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1: ten skan był już zapisany.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Witamy, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 — wyjście zapisane; ponowne wejście jest dozwolone.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Żaden bilet nie ma tego kodu.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>Bilet %1 został anulowany.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 — brak check-in, więc nie można zapisać wyjścia.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 — już wewnątrz: wpuszczono o %2 na stanowisku %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Dziś (%1) nie jest dzień wydarzenia; odbywa się: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>Bilet %1 jest ważny: %2, nie dziś (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>Obiekt jest pełny: na miejscu %1 z %2. Organizator może zezwolić.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>Zamówienie tego biletu nie jest jeszcze opłacone.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>Produktu tego biletu nie ma na liście check-in stanowiska.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Reguła listy check-in odrzuca teraz ten bilet.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>Platforma biletowa unieważniła ten bilet.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Ten kod wygląda na podpisany bilet, ale nie tego wydarzenia.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Prawie komplet: na miejscu %1 z %2.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>Obiekt jest pełny: na miejscu %1 z %2.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Wpuszczono za zgodą organizatora.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>Nie wydrukowano identyfikatora: drukowanie nie jest tu skonfigurowane.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Identyfikator dla %1 wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Ponowny wydruk identyfikatora: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>Identyfikator %1 jest już w kolejce wydruku.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 — identyfikator już wydrukowany (Ctrl+P drukuje ponownie).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Identyfikator niewydrukowany: czcionka nie narysuje „%1” w %2. Popraw nazwę na identyfikatorze (F2) na pisownię, którą da się wydrukować.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Identyfikator niewydrukowany: drukowanie jest teraz niedostępne na tym stanowisku.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Wpuszczono, ale identyfikator nie trafił do kolejki (%1); Ctrl+P go drukuje.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Na tym stanowisku nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Cofnięto wejście: %1.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Cofnięto wyjście: %1.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>Identyfikator usunięto z kolejki wydruku.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>Wejście (%1) było już cofnięte.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>Wyjście (%1) było już cofnięte.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Za późno, by cofnąć tu wejście: %1 (ponad %3 min); organizator może uruchomić `checkin undo %2`.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Za późno, by cofnąć tu wyjście: %1 (ponad %3 min); organizator może uruchomić `checkin undo %2`.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>Ostatnie wejście (%1) zarejestrowano na stanowisku %2: %3; to stanowisko cofa tylko własne.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>Ostatnie wyjście (%1) zarejestrowano na stanowisku %2: %3; to stanowisko cofa tylko własne.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>BRAK WYNIKÓW</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Nikt nie pasuje do „%1”: sprawdź pisownię lub spróbuj e-maila albo firmy.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>STOP: TO NIE BILET</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Ten kod nie jest biletem: zawiera „%1”. Poproś o kod QR biletu lub wyszukaj nazwisko.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Rejestracja na miejscu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Rodzaj biletu</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Rodzaj biletu</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Wpisz imię i nazwisko uczestnika.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Wybierz rodzaj biletu.</translation>
    </message>
</context>
</TS>
