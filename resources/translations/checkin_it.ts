<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Indica quale stampante è su %1: brother-ql://%1?model=QL-820NWB&amp;label=62 o zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>L&apos;indirizzo di una stampante di etichette inizia con brother-ql:// o zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>La porta della stampante non è un numero: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Indica l&apos;indirizzo di rete della stampante (%1://192.168.1.50) o il suo dispositivo USB (%1:///dev/usb/lp0).</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Indica quale Brother QL è, ad es. ?model=QL-820NWB (noti: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>L&apos;etichetta deve essere una tra %1 (mm), non «%2».</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>La %1 non può stampare su etichette %2.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width e height devono essere numeri (width/height in mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Una Zebra stampa a %1 dpi, non a %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>L&apos;etichetta deve essere larga da 20 a 120 mm e lunga da 20 a 400 mm.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>ancora nessuno ammesso</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Giorno %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Arrivi ogni %1 minuti</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Correggi il nome sul badge</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nome sul badge</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>&amp;Ristampa subito il badge</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Nome sul badge</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>Il badge deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Tutti, in ordine di cognome</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Solo chi non ha ancora un badge</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Solo le persone selezionate qui sotto</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Badge in anticipo</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Partecipanti da stampare</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Prima posizione libera sul foglio</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Modello %1; inizia dalla posizione</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>S&amp;tampa su %1</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Sal&amp;va come PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>Escluso %n badge che il carattere non sa disegnare (%1): correggi il nome sul badge.</numerusform>
            <numerusform>Esclusi %n badge che il carattere non sa disegnare (%1): correggi i nomi sui badge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Prima seleziona le persone di cui stampare i badge.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In corso…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Il lotto non è riuscito: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Salva i badge come PDF</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>Nessun badge da salvare.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Salvato %n badge su %1 in %2.</numerusform>
            <numerusform>Salvati %n badge su %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>%n badge in coda su %1.</numerusform>
            <numerusform>%n badge in coda su %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n badge era già in attesa di stampa.</numerusform>
            <numerusform>%n badge erano già in attesa di stampa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Anteprima della fotocamera</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Fotocamera: %1</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Camera %1</source>
        <translation>Fotocamera %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Flusso %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>%1 is running at %2×%3.</source>
        <translation>%1 funziona a %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 non si trova.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1 non si trova o la usa un altro programma.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>Impossibile aprire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Impossibile aprire %1.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 fornisce un&apos;immagine di %2×%3 (%4 megapixel), più dei %5 megapixel che la postazione decodifica; non è stata letta.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1 non fornisce più immagini.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>Lettura di %1 interrotta.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Nuovo tentativo in background.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>presenti su %1 · %2 della capienza</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>presenti · nessuna capienza impostata</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n riga non sarà importata — %1.</numerusform>
            <numerusform>%n righe non saranno importate — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>ha %n cella ma l&apos;intestazione ha %1 colonne</numerusform>
            <numerusform>ha %n celle ma l&apos;intestazione ha %1 colonne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e altre %n</numerusform>
            <numerusform>e altre %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…e altra %n riga rifiutata (`checkin sync --dry-run` le elenca tutte).</numerusform>
            <numerusform>…e altre %n righe rifiutate (`checkin sync --dry-run` le elenca tutte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>Questa postazione contiene l&apos;evento dimostrativo e %n partecipante fittizio: un&apos;importazione aggiunge l&apos;elenco accanto. Per l&apos;evento vero, importa in una postazione che non ha ancora un evento.</numerusform>
            <numerusform>Questa postazione contiene l&apos;evento dimostrativo e i suoi %n partecipanti fittizi: un&apos;importazione aggiunge l&apos;elenco accanto. Per l&apos;evento vero, importa in una postazione che non ha ancora un evento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Presenze · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Schermo grande (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Ammessi oggi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Assenti finora</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Non ancora arrivati oggi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessi</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Assenti</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo di biglietto</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>dei biglietti validi oggi (%1); %2 iscritti</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>dei biglietti validi oggi; %1 iscritti</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>biglietti validi oggi, non ancora ammessi</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>oggi non è un giorno dell&apos;evento</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>biglietti attivi; %1 annullati</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>su %n giorno concluso</numerusform>
            <numerusform>su %n giorni conclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>nessun giorno ancora concluso</translation>
    </message>
    <message>
        <source>past</source>
        <translation>concluso</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aggiornato %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>Non è nella lista? Ctrl+N per un&apos;iscrizione in loco.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NON REGISTRATO</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>SEDE PIENA</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>Nessuno è stato registrato: la sede è piena. L&apos;organizzazione può sbloccare (Ctrl+L) e fare l&apos;iscrizione in loco oltre la capienza.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NON REGISTRATO</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>La postazione non è riuscita a salvare: %1. Riprova.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Prima scansiona o scegli una persona, poi ristampa il suo badge.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>La stampa non è configurata su questa postazione.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>NOME SALVATO</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ANNULLATO</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NON ANNULLATO</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Ammessi oggi</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tutti i giorni</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Nessun ingresso doppio.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Ammesso due volte (%n) — da controllare, nulla è stato annullato:</numerusform>
            <numerusform>Ammessi due volte (%n) — da controllare, nulla è stato annullato:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1: postazione %2 %3, poi postazione %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… e altro %n (`checkin status`)</numerusform>
            <numerusform>… e altri %n (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Postazione</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Iscrizione in loco…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>Correggi il nome sul &amp;badge…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Ristampa il badge</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>&amp;Annulla l&apos;ultimo ingresso</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Pulisci</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>Modalità &amp;uscita (persone che escono)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>Metti in pausa la &amp;fotocamera</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Disattiva i suoni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci dal programma</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>La stampa in blocco</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>&amp;Sblocca o blocca la modalità organizzazione</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>&amp;Ammetti oltre la capienza</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>L&apos;ammissione oltre la capienza</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Cruscotto ed elenco dei partecipanti…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>Il cruscotto e l&apos;elenco dei partecipanti</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>L&apos;esportazione</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>Stampa i &amp;badge in anticipo…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>La stampa anticipata dei badge</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>I&amp;mporta un elenco di partecipanti…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>L&apos;importazione di un elenco di partecipanti</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>Si&amp;ncronizza di nuovo l&apos;elenco dei partecipanti</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>La nuova sincronizzazione dell&apos;elenco</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>Badge in a&amp;ttesa di stampa…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>I badge in attesa di stampa</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Modalità &amp;chiosco…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>La modalità chiosco</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Invio — ammetti il codice scansionato o il nome evidenziato</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — scegli un risultato;  Esc — pulisci</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Quando la postazione dice…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Unisciti a un hub…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Sca&amp;rica ora</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Piattaforma di biglietteria…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Lettura dell&apos;elenco dei partecipanti… i risultati arrivano tra un attimo.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Persone presenti</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Stampante di badge</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Modalità organizzazione</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>Presenti %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizzato %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Fotocamera: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANIZZAZIONE</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volontario</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>nessuna fotocamera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>in pausa (F6 riprende)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>ferma</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>stampa non configurata</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>postazione %1 · MODALITÀ USCITA</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>postazione %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Postazione di check-in</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Modalità organizzazione attiva.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Modalità organizzazione bloccata.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>Nessuno è stato respinto per sede piena a questa postazione.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1: non configurato su questa postazione.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Il cruscotto</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>L&apos;esportazione</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>L&apos;importazione non è configurata su questa postazione; usa `checkin sync FILE` in un terminale.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>La nuova sincronizzazione</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>Questa postazione non ha una fotocamera.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Fotocamera in pausa.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Fotocamera attiva.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Suoni disattivati.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Suoni attivati.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Prima scansiona o scegli qualcuno, poi correggi il nome sul badge.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Modalità uscita: le scansioni registrano chi esce.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>Di nuovo al check-in.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Lingua cambiata.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Presenze (conteggi e arrivi)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Catering: numeri per giorno ed esigenze alimentari (senza nomi)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Elenco di partecipanti (dati personali)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Cronologia dei check-in (dati personali)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tutti i giorni</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Giorno %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Pranzo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Pasti al giorno</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>Assenti nei giorni successivi</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Salva in</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Tipo di esportazione</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Giorno dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>File di esportazione</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 salvato in %2.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Impossibile esportare: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Benvenuti alla postazione di check-in</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Su questo computer non c&apos;è ancora nessun evento. Prova la postazione con l&apos;evento dimostrativo, importa l&apos;elenco dei partecipanti esportato dalla tua biglietteria o unisciti all&apos;hub della sede gestito da un&apos;altra postazione.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Apri l&apos;evento &amp;dimostrativo</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Apri l&apos;evento dimostrativo</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>I&amp;mporta un elenco di partecipanti…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Importa un elenco di partecipanti</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Unisciti a un hub…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Unisciti all&apos;hub della sede</translation>
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
        <translation>%1 alle %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: connessione…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub della sede</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n postazione</numerusform>
            <numerusform>Hub: %n postazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n evento messo da parte</numerusform>
            <numerusform>%n eventi messi da parte</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>L&apos;hub rifiuta questa postazione</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub irraggiungibile — %n check-in in attesa, nuovo tentativo</numerusform>
            <numerusform>Hub irraggiungibile — %n check-in in attesa, nuovo tentativo</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>Questa postazione si è unita all&apos;hub su %1.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>Impossibile unirsi all&apos;hub.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>Questo non è l&apos;URL di adesione di un hub: inizia con postgresql:// e indica un host.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>La porta dell&apos;URL di adesione non è un numero.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>L&apos;impronta del certificato nell&apos;URL di adesione è danneggiata; copia di nuovo l&apos;URL dall&apos;hub.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>L&apos;hub all&apos;indirizzo %1 non è raggiungibile (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>L&apos;hub all&apos;indirizzo %1 ha rifiutato la password di questa postazione; chiedi all&apos;organizzazione l&apos;URL di adesione attuale.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>L&apos;hub all&apos;indirizzo %1 non ha questo database; controlla l&apos;URL di adesione.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>L&apos;hub all&apos;indirizzo %1 non accetta postazioni da questo indirizzo.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Un&apos;altra postazione lavora già su questo hub come «%1»; dai a questa un altro nome.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>Questa postazione lavora su questo hub come «%1»; unisciti di nuovo con quel nome.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>La postazione «%1» è stata revocata dall&apos;organizzazione; unisciti con un altro nome.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>L&apos;hub ha rifiutato il nome «%1»: il nome di una postazione ha da 1 a 60 caratteri.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Quell&apos;URL non può aggiungere postazioni all&apos;hub; chiedi all&apos;organizzazione il suo URL di adesione.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Importa un elenco di partecipanti</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>File o link da importare</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Un file CSV o XLSX, o un link (https://…) — poi Invio</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leggi</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Elenchi già sincronizzati</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Sincronizza di &amp;nuovo</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Scegli un file o incolla un link per vederne le prime righe.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Resoconto dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Già sincronizzati:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>nessun elenco ancora sincronizzato</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Fogli di calcolo (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Elenco di partecipanti</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Pronto: %n riga letta, ancora nulla scritto</numerusform>
            <numerusform>Pronto: %n righe lette, ancora nulla scritto</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Qui non è ancora stato sincronizzato alcun elenco: scegli un file o incolla un link.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nulla è cambiato</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Completamento dell&apos;importazione prima della chiusura…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>L&apos;importazione non è riuscita e non ha cambiato nulla (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>Nessuna colonna del nome trovata (come First name, Last name, Name, Vorname, Prénom); scegline una nel menu sopra.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Rilevato: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Sincronizzerebbe %1 (%2): %3 aggiunti, %4 aggiornati, %5 annullati, %6 invariati, %7 rifiutati.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>%1 (%2) sincronizzato: %3 aggiunti, %4 aggiornati, %5 annullati, %6 invariati, %7 rifiutati.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Creato l&apos;evento «%1»; l&apos;organizzazione può impostarne i giorni e la capienza in Impostazioni.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Scaricato il %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Annullati ma dentro la sede (ancora contati tra i presenti): %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Rifiutata: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>Non è cambiato nulla; questa postazione non ha ancora un elenco da quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>Non è cambiato nulla; la postazione lavora offline sull&apos;elenco del %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>report partecipanti di Eventbrite</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>lista di check-in di pretix</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>esportazione biglietti di Tito</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>foglio di calcolo (colonne riconosciute dalle intestazioni)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgole</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punti e virgola</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulazioni</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barre verticali</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Lettura righe</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Scrittura</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>non ha un nome</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>ha un codice del biglietto troppo lungo</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>ripete il biglietto della riga %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>ha lo stesso codice del biglietto %1 della riga %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>il codice del biglietto %1 appartiene già a %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Unisciti a un hub</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>Leggi il codice QR dell&apos;hub con la fotocamera</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>URL di adesione</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nome di questa postazione</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>Questa postazione non ha una fotocamera; digita o incolla l&apos;URL.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Tieni il codice QR dell&apos;hub davanti alla fotocamera.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Quel codice non è l&apos;URL di adesione di un hub (inizia con postgresql://); mostra il codice QR che presenta `checkin hub serve`.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Letto dalla fotocamera: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Chiosco di check-in</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Benvenuti a %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Scansiona il tuo biglietto — oppure digita il tuo cognome o la tua e-mail, poi Invio.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Cognome, e-mail o biglietto</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Attendi %n secondo, poi riprova.</numerusform>
            <numerusform>Attendi %n secondi, poi riprova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Digita almeno %n lettera del tuo cognome.</numerusform>
            <numerusform>Digita almeno %n lettere del tuo cognome.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>Non troviamo il tuo nome. Controlla l&apos;ortografia o rivolgiti alla postazione.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Corrispondono molte persone: digita altre lettere del tuo cognome.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>Quale di questi sei tu?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Sono io</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>Sei tu? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Ti diamo il benvenuto, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Ti diamo il benvenuto!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Check-in fatto: ritira il tuo badge alla postazione.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Il tuo badge è in stampa — ritiro: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Il tuo badge è in stampa: ritiralo al tavolo dei badge.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Rivolgiti alla postazione — dobbiamo controllare il tuo biglietto.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>Lo staff della postazione ti aiuterà.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Rivolgiti alla postazione.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>Il chiosco non è riuscito a fare il tuo check-in in questo momento.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organizzazione: digita il PIN e premi Invio per uscire dal chiosco.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>PIN errato. Il prossimo tentativo è possibile tra %n secondo.</numerusform>
            <numerusform>PIN errato. Il prossimo tentativo è possibile tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi PIN errati: riprova tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Qui non è ancora impostato un PIN dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>Il file del PIN dell&apos;organizzazione %1 è danneggiato.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Imposta il PIN dell&apos;organizzazione: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>PIN dell&apos;organizzazione: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Imposta il PIN dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>La modalità organizzazione sblocca gli strumenti dell&apos;organizzazione finché non viene bloccata di nuovo.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1: solo per l&apos;organizzazione. Scegli un PIN per gli strumenti dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1: solo per l&apos;organizzazione. Inserisci il PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>PIN dell&apos;organizzazione di nuovo</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN di &amp;nuovo</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>PIN errato. Il prossimo tentativo è possibile tra %n secondo.</numerusform>
            <numerusform>PIN errato. Il prossimo tentativo è possibile tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Piattaforma di biglietteria</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Piattaforma</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>&amp;URL dell&apos;API dell&apos;evento</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Token dell&apos;API</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>&amp;Dimentica la connessione</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Check-in rifiutati dalla piattaforma</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Rifiutati dalla piattaforma (%1):</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — annullamento il %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — check-in il %2 UTC: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Non connesso: la postazione si sincronizza da file e link.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Connesso a %1 su %2 (token salvato, non mostrato). Connettiti di nuovo con un nuovo token per sostituirlo.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>I check-in contano sulla lista «%1».</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Verifica del token con %1…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Connesso a %1 su %2; scarico l&apos;elenco ora.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1 ha rifiutato il token: controllalo, o connettiti di nuovo con uno nuovo.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 non mostra a questo token un evento simile: controlla organizzatore ed evento nell&apos;URL.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 La connessione non è stata salvata.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Connessione e token dimenticati; l&apos;elenco di partecipanti resta.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 ha rifiutato %n check-in — vedi Organizzazione ▸ Piattaforma di biglietteria…</numerusform>
            <numerusform>%1 ha rifiutato %n check-in — vedi Organizzazione ▸ Piattaforma di biglietteria…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>elenco: non ancora scaricato · %1</translation>
    </message>
    <message>
        <source>list: %1 · %2</source>
        <translation>elenco: %1 · %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>elenco %1</translation>
    </message>
    <message>
        <source>no list pulled</source>
        <translation>nessun elenco scaricato</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1: evento non trovato, controlla l&apos;URL</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1: token rifiutato</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 irraggiungibile</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Prime righe e il campo che ogni colonna riempie</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo per la colonna %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignora</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Badge in attesa di stampa</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>&amp;Rimuovi i badge non ancora inviati</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>ristampa</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n badge in attesa. Verrà stampato appena una stampante risponde; rimuovilo se non deve esserlo.</numerusform>
            <numerusform>%n badge in attesa. Verranno stampati appena una stampante risponde; rimuovili se non devono esserlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Nessun badge in attesa di stampa.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>invio</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>alla stampante</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>Rimosso %n badge in attesa.</numerusform>
            <numerusform>Rimossi %n badge in attesa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>I badge in attesa non sono stati rimossi: %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(stampante predefinita del sistema)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Una coda di stampa di questo computer, o l&apos;indirizzo digitato di una stampante di etichette:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (etichette: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (una Zebra; larghezza e altezza in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (via USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(nessuna stampante di badge: nessuna trovata su questo computer)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Stampante di badge</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Ricerca stampanti…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>coda di stampa, o brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>Impossibile elencare le stampanti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n stampante trovata</numerusform>
            <numerusform>%n stampanti trovate</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>Nessuna stampante trovata</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Badge di %1 ristampato</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Badge di %1 stampato</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Il badge di %1 potrebbe non essere stato stampato: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Badge di %1 non stampato: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Nessuna stampante di badge — %n badge in attesa</numerusform>
            <numerusform>Nessuna stampante di badge — %n badge in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Nessuna stampante di badge</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Stampante %1: ferma</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Stampante %1: %2 — %n badge in attesa, nuovo tentativo</numerusform>
            <numerusform>Stampante %1: %2 — %n badge in attesa, nuovo tentativo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Stampante %1 offline — %n badge in attesa, nuovo tentativo</numerusform>
            <numerusform>Stampante %1 offline — %n badge in attesa, nuovo tentativo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Stampante %1: %2 — %n badge in attesa</numerusform>
            <numerusform>Stampante %1: %2 — %n badge in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Stampante %1: %n in attesa</numerusform>
            <numerusform>Stampante %1: %n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Stampante %1: pronta</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 è una cartella, non un file di foglio di calcolo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 non è un file normale (un dispositivo, una pipe o un socket).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>%1 non può essere aperto: permesso negato.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 non può essere letto (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 è troppo grande per essere un elenco di partecipanti.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 è vuoto.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 è una vecchia cartella di lavoro Excel .xls: salvala come .xlsx o CSV.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 è una pagina web, non un foglio di calcolo (è un link di download?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 non è un foglio di calcolo (CSV o XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 non è un testo %2 valido.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>%1 non può essere letto come CSV alla riga %2: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>%1 non può essere letto come cartella di lavoro XLSX.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 contiene più di %2 celle, troppe per un elenco di partecipanti.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 ha una riga di intestazione ma nessuna riga di partecipanti.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Scansiona o cerca</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Scansiona un biglietto o digita due lettere di un nome; le frecce scelgono, Invio ammette</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Scansiona un biglietto o digita un nome…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>MODALITÀ USCITA — ogni scansione registra qualcuno che ESCE · F8 torna al check-in</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>La modalità uscita è attiva</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Invio registra l&apos;uscita</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Invio ammetti</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 torna al check-in</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 modalità uscita</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ scegli · Esc pulisci · Ctrl+Z annulla · F2 nome sul badge · Ctrl+P ristampa · Ctrl+N iscrizione in loco · %2 · F1 tutti i tasti</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Biglietto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>non ancora entrato</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Partecipanti trovati</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Capienza della sede (0 per nessun limite)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Quando la sede è piena</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>ammetti con un avviso</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>respingi finché l&apos;organizzazione non autorizza</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Fotocamera: numero del dispositivo, file video o URL dello stream</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Ricerca delle fotocamere…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Risoluzione della fotocamera</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>predefinita della fotocamera</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Stampa un badge all&apos;ingresso</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Disattiva i suoni della postazione</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema dei colori</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>light</source>
        <translation>chiaro</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>scuro</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Lingua di questa postazione</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>come il sistema (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Capienza della sede</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Quando è &amp;piena</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Foto&amp;camera</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Risoluzione</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>S&amp;tampante</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>Modello di &amp;badge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Fotocamere trovate: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>Nessuna fotocamera trovata per numero.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Una risoluzione si scrive come 1280x720, non «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Modello di badge</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Esito del check-in</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Biglietto sconosciuto</translation>
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
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Scansiona un biglietto o digita due lettere di un nome</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Pronto per la prossima persona</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>nessun tipo di biglietto</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>STOP: SCONOSCIUTO</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>STOP: ANNULLATO</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>VERIFICA: GIÀ DENTRO</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>VERIFICA: NON OGGI</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>STOP: SEDE PIENA</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>VERIFICA: CHECK-IN NON FATTO</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>STOP: NON PAGATO</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>STOP: NON IN QUESTA LISTA</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>STOP: REGOLE DELLA LISTA</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>STOP: REVOCATO</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>STOP: CONTRAFFATTO</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>È la stessa persona del biglietto? Lasciala passare: è già contata. È un&apos;altra persona? Chiama l&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>Non ammessa. Solo l&apos;organizzazione può farla entrare oggi, con un&apos;iscrizione in loco.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>Non è stato registrato nulla. Se sta uscendo, lasciala andare; per ammettere, torna al check-in.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>Non ammessa. Solo l&apos;organizzazione può ammettere oltre la capienza.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>Non ammessa. Mandala dall&apos;organizzazione: potrebbe avere un biglietto più recente.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>Non ammessa. Cerca invece il nome; se non è nell&apos;elenco, fai un&apos;iscrizione in loco.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>L&apos;organizzazione la iscrive con Ctrl+N.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organizzazione: Ctrl+L, poi Ctrl+Maiusc+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Iscrizione in loco: Ctrl+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 torna al check-in.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>USCITO</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>AMMESSO — ATTENZIONE</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>AMMESSO — VERIFICA</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>AMMESSO</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Falla entrare e occupati subito della sua nota.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1: questa scansione era già registrata.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Benvenuto/a, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 è uscito/a; può rientrare.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Nessun biglietto ha questo codice.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>Il biglietto di %1 è stato annullato.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 non ha fatto il check-in, quindi non può essere registrata l&apos;uscita.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 è già dentro: ammesso/a alle %2 alla postazione %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Oggi (%1) non è un giorno dell&apos;evento; si svolge il %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>Il biglietto di %1 vale il %2, non oggi (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>La sede è piena: %1 su %2 presenti. L&apos;organizzazione può autorizzare.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>L&apos;ordine di questo biglietto non è ancora pagato.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>Il prodotto di questo biglietto non è nella lista di check-in della postazione.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Una regola della lista di check-in respinge ora questo biglietto.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>La piattaforma di biglietteria ha revocato questo biglietto.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Questo codice sembra un biglietto firmato, ma non di questo evento.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Sede quasi piena: %1 su %2 presenti.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>La sede è piena: %1 su %2 presenti.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Ammesso su autorizzazione dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>Nessun badge stampato: la stampa non è configurata qui.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Badge di %1 inviato alla stampante.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Ristampa del badge di %1.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>Il badge di %1 è già in coda di stampa.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 ha già un badge (Ctrl+P lo ristampa).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Badge non stampato: il carattere non sa disegnare «%1» in %2. Correggi il nome sul badge (F2) con una grafia stampabile.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Badge non stampato: la stampa non è disponibile ora a questa postazione.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Ammesso, ma il badge non è stato messo in coda (%1); Ctrl+P lo stampa.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Niente da annullare a questa postazione.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Ingresso di %1 annullato.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Uscita di %1 annullata.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>Il suo badge è stato tolto dalla coda di stampa.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>L&apos;ingresso di %1 era già annullato.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>L&apos;uscita di %1 era già annullata.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Troppo tardi per annullare qui l&apos;ingresso di %1 (oltre %3 min); l&apos;organizzazione può eseguire `checkin undo %2`.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Troppo tardi per annullare qui l&apos;uscita di %1 (oltre %3 min); l&apos;organizzazione può eseguire `checkin undo %2`.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>L&apos;ultimo ingresso di %1 è stato fatto alla postazione %2 il %3; questa postazione annulla solo i propri.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>L&apos;ultima uscita di %1 è stata fatta alla postazione %2 il %3; questa postazione annulla solo le proprie.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>NESSUN RISULTATO</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Nessuno corrisponde a «%1»: controlla l&apos;ortografia o prova con e-mail o azienda.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>STOP: NON È UN BIGLIETTO</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Questo codice non è un biglietto: contiene «%1». Chiedi il codice QR del biglietto o cerca il nome.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Iscrizione in loco</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo di biglietto</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Tipo di biglietto</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Inserisci il nome della persona.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Scegli un tipo di biglietto.</translation>
    </message>
</context>
</TS>
