<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Indique qué impresora está en %1: brother-ql://%1?model=QL-820NWB&amp;label=62 o zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>La dirección de una impresora de etiquetas empieza por brother-ql:// o zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>El puerto de la impresora no es un número: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Indique la dirección de red de la impresora (%1://192.168.1.50) o su dispositivo USB (%1:///dev/usb/lp0).</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Indique qué Brother QL es, p. ej. ?model=QL-820NWB (conocidos: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>La etiqueta debe ser una de %1 (mm), no «%2».</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>La %1 no puede imprimir en etiquetas %2.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width y height deben ser números (width/height en mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Una Zebra imprime a %1 dpi, no a %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>La etiqueta debe medir de 20 a 120 mm de ancho y de 20 a 400 mm de largo.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>aún no ha entrado nadie</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Llegadas cada %1 minutos</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Corregir el nombre de la acreditación</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>&amp;Reimprimir la acreditación ahora</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Nombre en la acreditación</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>La acreditación necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Todos, ordenados por apellido</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Solo quienes aún no tienen acreditación</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Solo las personas seleccionadas abajo</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Acreditaciones por adelantado</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Asistentes para imprimir</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Primera posición libre en la hoja</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Plantilla %1; empezar en la posición</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>&amp;Imprimir en %1</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>Se omitió %n acreditación que la fuente no puede dibujar (%1): corrija el nombre de la acreditación.</numerusform>
            <numerusform>Se omitieron %n acreditaciones que la fuente no puede dibujar (%1): corrija sus nombres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Primero seleccione a las personas cuyas acreditaciones quiere imprimir.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>El lote falló: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Guardar las acreditaciones como PDF</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>No hay acreditaciones que guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Se guardó %n acreditación en %1 en %2.</numerusform>
            <numerusform>Se guardaron %n acreditaciones en %1 en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>%n acreditación en cola en %1.</numerusform>
            <numerusform>%n acreditaciones en cola en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n acreditación ya esperaba para imprimirse.</numerusform>
            <numerusform>%n acreditaciones ya esperaban para imprimirse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Camera %1</source>
        <translation>Cámara %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Flujo %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Vídeo %1</translation>
    </message>
    <message>
        <source>%1 is running at %2×%3.</source>
        <translation>%1 funciona a %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>No se encuentra %1.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1 no se encuentra o la usa otro programa.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>No se pudo abrir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 entrega una imagen de %2×%3 (%4 megapíxeles), más de los %5 megapíxeles que descodifica el puesto; no se leyó.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1 dejó de enviar imágenes.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>Se detuvo %1.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Se reintenta en segundo plano.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>en el recinto de %1 · %2 del aforo</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>en el recinto · sin aforo definido</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n fila no se importará — %1.</numerusform>
            <numerusform>%n filas no se importarán — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>tiene %n celda pero el encabezado tiene %1 columnas</numerusform>
            <numerusform>tiene %n celdas pero el encabezado tiene %1 columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…y %n fila rechazada más (`checkin sync --dry-run` las lista todas).</numerusform>
            <numerusform>…y %n filas rechazadas más (`checkin sync --dry-run` las lista todas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>Este puesto tiene el evento de demostración y %n asistente ficticio: una importación añade la lista junto a él. Para el evento real, importe en un puesto que aún no tenga evento.</numerusform>
            <numerusform>Este puesto tiene el evento de demostración y sus %n asistentes ficticios: una importación añade la lista junto a ellos. Para el evento real, importe en un puesto que aún no tenga evento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Asistencia · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Pantalla grande (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Admitidos hoy</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Ausencias hasta ahora</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Aún no han llegado hoy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitidos</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>de las entradas válidas hoy (%1); %2 inscritos</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>de las entradas válidas hoy; %1 inscritos</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>entradas válidas hoy, aún sin admitir</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>hoy no es un día del evento</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>entradas activas; %1 canceladas</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>en %n día terminado</numerusform>
            <numerusform>en %n días terminados</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>ningún día terminado aún</translation>
    </message>
    <message>
        <source>past</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>¿No está en la lista? Ctrl+N para una inscripción in situ.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>AFORO COMPLETO</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>No se registró a nadie: el aforo está completo. La organización puede desbloquear (Ctrl+L) y hacer la inscripción in situ por encima del aforo.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>El puesto no pudo guardarlo: %1. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Primero escanee o elija a alguien; luego reimprima su acreditación.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>La impresión no está configurada en este puesto.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>NOMBRE GUARDADO</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>DESHECHO</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NO DESHECHO</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Admitidos hoy</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Ninguna entrada doble.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Admitido dos veces (%n) — revíselo, no se ha deshecho nada:</numerusform>
            <numerusform>Admitidos dos veces (%n) — revíselos, no se ha deshecho nada:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1: puesto %2 %3, después puesto %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… y %n más (`checkin status`)</numerusform>
            <numerusform>… y %n más (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Inscripción in situ…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>Corregir el nombre de la &amp;acreditación…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Reimprimir acreditación</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>&amp;Deshacer la última entrada</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>Modo &amp;salida (gente que se va)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>Pausar la &amp;cámara</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Silenciar so&amp;nidos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir del programa</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>La impresión por lotes</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>&amp;Desbloquear o bloquear el modo organización</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>Admitir por encima del a&amp;foro</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>Admitir por encima del aforo</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Panel y lista de asistentes…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>El panel y la lista de asistentes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>Imprimir a&amp;creditaciones por adelantado…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>La impresión de acreditaciones por adelantado</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>&amp;Importar una lista de asistentes…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>La importación de una lista de asistentes</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>&amp;Sincronizar de nuevo la lista de asistentes</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>La nueva sincronización de la lista</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>Acreditaciones en &amp;espera de impresión…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>Las acreditaciones en espera de impresión</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Modo &amp;quiosco…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>El modo quiosco</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Intro — admitir el código escaneado o el nombre resaltado</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — elegir un resultado;  Esc — limpiar</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Cuando el puesto dice…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Unirse a un hub…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Traer ahora</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Plataforma de entradas…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Leyendo la lista de asistentes… los resultados llegan enseguida.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Personas en el recinto</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Impresora de acreditaciones</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Modo organización</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>En el recinto %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>sin cámara</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>en pausa (F6 reanuda)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>impresión sin configurar</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>puesto %1 · MODO SALIDA</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Puesto de check-in</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Modo organización activado.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Modo organización bloqueado.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>En este puesto no se ha rechazado a nadie por aforo completo.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1: no está configurado en este puesto.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>El panel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>La importación no está configurada en este puesto; use `checkin sync ARCHIVO` en un terminal.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>La nueva sincronización</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>Este puesto no tiene cámara.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Cámara en pausa.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Cámara encendida.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Sonidos desactivados.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Sonidos activados.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Primero escanee o elija a alguien y luego corrija el nombre de su acreditación.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Modo salida: los escaneos registran a quien sale.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>De vuelta al check-in.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Idioma cambiado.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Recuento (cifras y llegadas)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Catering: cifras por día y necesidades alimentarias (sin nombres)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Lista de asistentes (datos personales)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Historial de check-in (datos personales)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Día %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Comidas por día</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>Ausencias de los días siguientes</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Tipo de exportación</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Día de la exportación</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Bienvenido al puesto de check-in</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Este ordenador aún no tiene ningún evento. Pruebe el puesto con el evento de demostración, importe la lista de asistentes exportada de su plataforma de entradas o únase al hub del recinto que ejecuta otro puesto.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Abrir el evento de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Abrir el evento de demostración</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>&amp;Importar una lista de asistentes…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Importar una lista de asistentes</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Unirse a un hub…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Unirse al hub del recinto</translation>
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
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub: conectando…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub del recinto</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n puesto</numerusform>
            <numerusform>Hub: %n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n registro apartado</numerusform>
            <numerusform>%n registros apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>El hub rechaza este puesto</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub inaccesible — %n check-in en espera, reintentando</numerusform>
            <numerusform>Hub inaccesible — %n check-ins en espera, reintentando</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>Este puesto se unió al hub en %1.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>No se pudo unir al hub.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>Esa no es la URL de unión de un hub: empieza por postgresql:// y nombra un host.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>El puerto de la URL de unión no es un número.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>La huella del certificado de la URL de unión está dañada; copie de nuevo la URL desde el hub.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>No se puede acceder al hub en %1 (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>El hub en %1 rechazó la contraseña de este puesto; pida a la organización la URL de unión actual.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>El hub en %1 no tiene esa base de datos; revise la URL de unión.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>El hub en %1 no acepta puestos desde esta dirección.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Otro puesto ya trabaja en este hub como «%1»; dé otro nombre a este.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>Este puesto trabaja en este hub como «%1»; vuelva a unirse con ese nombre.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>La organización revocó el puesto «%1»; únase con otro nombre.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>El hub rechazó el nombre «%1»: el nombre de un puesto tiene de 1 a 60 caracteres.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Esa URL no puede añadir puestos al hub; pida a la organización su URL de unión.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Importar una lista de asistentes</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>Archivo o enlace para importar</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Un archivo CSV o XLSX, o un enlace (https://…) — y luego Intro</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Listas sincronizadas antes</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Sincronizar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Elija un archivo o pegue un enlace para ver sus primeras filas.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Sincronizadas antes:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>aún no se sincronizó ninguna lista</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Hojas de cálculo (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Lista de asistentes</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Listo: %n fila leída, aún no se escribió nada</numerusform>
            <numerusform>Listo: %n filas leídas, aún no se escribió nada</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Aquí aún no se sincronizó ninguna lista: elija un archivo o pegue un enlace.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nada cambió</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Terminando la importación antes de cerrar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>La importación falló y no cambió nada (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>No se encontró ninguna columna de nombre (como First name, Last name, Name, Vorname, Prénom); elija una en el desplegable de encima.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Se sincronizaría %1 (%2): %3 añadidos, %4 actualizados, %5 cancelados, %6 sin cambios, %7 rechazados.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>%1 (%2) sincronizado: %3 añadidos, %4 actualizados, %5 cancelados, %6 sin cambios, %7 rechazados.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Se creó el evento «%1»; la organización puede fijar sus días y su aforo en Ajustes.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Obtenida el %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Cancelados pero dentro del recinto (siguen contando en el recinto): %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>No se cambió nada; este puesto aún no tiene ninguna lista de esa dirección.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>No se cambió nada; el puesto trabaja sin conexión con la lista del %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>informe de asistentes de Eventbrite</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>lista de check-in de pretix</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>exportación de entradas de Tito</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>hoja de cálculo (columnas reconocidas por sus encabezados)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Leyendo filas</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>tiene un código de entrada demasiado largo</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>repite la entrada de la fila %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>tiene el mismo código de entrada %1 que la fila %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>el código de entrada %1 ya pertenece a %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Unirse a un hub</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>Leer el código QR del hub con la cámara</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>URL de unión</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nombre de este puesto</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>Este puesto no tiene cámara; escriba o pegue la URL.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Ponga el código QR del hub delante de la cámara.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Ese código no es la URL de unión de un hub (empieza por postgresql://); muestre el código QR que presenta `checkin hub serve`.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Leído con la cámara: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Quiosco de check-in</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Escanee su entrada — o escriba su apellido o su correo y pulse Intro.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Apellido, correo o entrada</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Escriba al menos %n letra de su apellido.</numerusform>
            <numerusform>Escriba al menos %n letras de su apellido.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>No le hemos encontrado. Revise la ortografía o acuda al puesto de check-in.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Coinciden muchas personas: escriba más letras de su apellido.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>¿Cuál es usted?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Soy yo</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>¿Es usted? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>¡Le damos la bienvenida, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>¡Le damos la bienvenida!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Check-in hecho: recoja su acreditación en el puesto de check-in.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Su acreditación se está imprimiendo — recogida: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Su acreditación se está imprimiendo: recójala en la mesa de acreditaciones.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Acuda al puesto de check-in — tenemos que revisar su entrada.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>El equipo del puesto le ayudará.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Acuda al puesto de check-in.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>El quiosco no ha podido hacer su check-in en este momento.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN de organización</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organización: escriba el PIN y pulse Intro para salir del quiosco.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. El siguiente intento será posible en %n segundo.</numerusform>
            <numerusform>PIN incorrecto. El siguiente intento será posible en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Aún no se ha fijado aquí un PIN de organización.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>El archivo del PIN de organización %1 está dañado.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Definir el PIN de organización: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>PIN de organización: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Definir el PIN de organización</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN de organización</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>El modo organización desbloquea las herramientas de organización hasta que se vuelva a bloquear.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1: solo para la organización. Elija un PIN para las herramientas de organización.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1: solo para la organización. Escriba el PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>PIN de organización otra vez</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. El siguiente intento será posible en %n segundo.</numerusform>
            <numerusform>PIN incorrecto. El siguiente intento será posible en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Plataforma de entradas</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>&amp;URL de la API del evento</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Token de la API</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>&amp;Olvidar la conexión</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Check-ins rechazados por la plataforma</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Rechazados por la plataforma (%1):</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — deshacer el %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — check-in el %2 UTC: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Sin conexión: el puesto se sincroniza desde archivos y enlaces.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Conectado a %1 en %2 (token guardado, no se muestra). Conéctese de nuevo con otro token para sustituirlo.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>Los check-ins cuentan en la lista «%1».</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Comprobando el token con %1…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Conectado a %1 en %2; trayendo la lista ahora.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1 rechazó el token: compruébelo o conéctese de nuevo con otro.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 no muestra ese evento a este token: compruebe la organización y el evento en la URL.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 La conexión no se guardó.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Se olvidaron la conexión y su token; la lista de asistentes se mantiene.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 rechazó %n check-in — vea Organización ▸ Plataforma de entradas…</numerusform>
            <numerusform>%1 rechazó %n check-ins — vea Organización ▸ Plataforma de entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>lista: aún sin traer · %1</translation>
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
        <translation>ninguna lista traída</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1: evento no encontrado, compruebe la URL</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1: token rechazado</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 inaccesible</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Primeras filas y el campo que llena cada columna</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorar</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Acreditaciones en espera de impresión</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>&amp;Quitar las acreditaciones aún no enviadas</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>reimpresión</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>acreditación</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n acreditación en espera. Se imprime en cuanto responda una impresora; quítela si no debe imprimirse.</numerusform>
            <numerusform>%n acreditaciones en espera. Se imprimen en cuanto responda una impresora; quítelas si no deben imprimirse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Ninguna acreditación espera impresión.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>en la impresora</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>Se quitó %n acreditación en espera.</numerusform>
            <numerusform>Se quitaron %n acreditaciones en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>No se quitaron las acreditaciones en espera: %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(impresora predeterminada del sistema)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Una cola de impresión de este ordenador, o la dirección escrita de una impresora de etiquetas:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (etiquetas: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (una Zebra; ancho y alto en mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (por USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(sin impresora de acreditaciones: no se encontró ninguna en este ordenador)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Impresora de acreditaciones</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Buscando impresoras…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>cola de impresión, o brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>No se pudieron listar las impresoras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n impresora encontrada</numerusform>
            <numerusform>%n impresoras encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>No se encontraron impresoras</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Acreditación de %1 reimpresa</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Acreditación de %1 impresa</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Puede que la acreditación de %1 no se haya impreso: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Acreditación de %1 no impresa: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Sin impresora de acreditaciones — %n en espera</numerusform>
            <numerusform>Sin impresora de acreditaciones — %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Sin impresora de acreditaciones</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Impresora %1: detenida</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Impresora %1: %2 — %n en espera, reintentando</numerusform>
            <numerusform>Impresora %1: %2 — %n en espera, reintentando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Impresora %1 sin conexión — %n en espera, reintentando</numerusform>
            <numerusform>Impresora %1 sin conexión — %n en espera, reintentando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Impresora %1: %2 — %n en espera</numerusform>
            <numerusform>Impresora %1: %2 — %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Impresora %1: %n en espera</numerusform>
            <numerusform>Impresora %1: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Impresora %1: lista</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 es una carpeta, no un archivo de hoja de cálculo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>%1 no se puede abrir: permiso denegado.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 es demasiado grande para ser una lista de asistentes.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 es un libro de Excel .xls antiguo: guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 es una página web, no una hoja de cálculo (¿es un enlace de descarga?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 no es una hoja de cálculo (CSV o XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 no es un texto %2 válido.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>%1 no se puede leer como CSV en la fila %2: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>%1 no se puede leer como libro XLSX.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 tiene más de %2 celdas, demasiadas para una lista de asistentes.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 tiene una fila de encabezado pero ninguna fila de asistentes.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Escanear o buscar</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Escanee una entrada o escriba dos letras de un nombre; las flechas eligen, Intro admite</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Escanee una entrada o escriba un nombre…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>MODO SALIDA — cada escaneo registra a alguien que SE VA · F8 vuelve al check-in</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>El modo salida está activado</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Intro registrar salida</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Intro admitir</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 volver al check-in</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 modo salida</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ elegir · Esc limpiar · Ctrl+Z deshacer · F2 nombre de acreditación · Ctrl+P reimprimir · Ctrl+N inscripción in situ · %2 · F1 todas las teclas</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>en el recinto</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>aún no ha entrado</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Asistentes que coinciden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Aforo del recinto (0 para sin límite)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Cuando el recinto está lleno</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>admitir con un aviso</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>rechazar salvo autorización de la organización</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Cámara: número de dispositivo, archivo de vídeo o URL de emisión</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Buscando cámaras…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Resolución de la cámara</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>la de la cámara</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Imprimir una acreditación al admitir</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Silenciar los sonidos del puesto</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de colores</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>light</source>
        <translation>claro</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>oscuro</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Idioma de este puesto</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>como el sistema (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Aforo del recinto</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Cuando está &amp;lleno</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Cá&amp;mara</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>&amp;Plantilla de acreditación</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Cámaras encontradas: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>No se encontró ninguna cámara por número.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Una resolución se escribe como 1280x720, no «%1».</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Plantilla de acreditación</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Resultado del check-in</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Entrada desconocida</translation>
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
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Escanee una entrada o escriba dos letras de un nombre</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Listo para la siguiente persona</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>sin tipo de entrada</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>ALTO: DESCONOCIDA</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>ALTO: CANCELADA</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>REVISAR: YA DENTRO</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>REVISAR: HOY NO</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>ALTO: AFORO COMPLETO</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>REVISAR: SIN CHECK-IN</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>ALTO: SIN PAGAR</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>ALTO: NO ESTÁ EN ESTA LISTA</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>ALTO: REGLAS DE LA LISTA</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>ALTO: REVOCADA</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>ALTO: FALSIFICADA</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>¿Es la misma persona de la entrada? Déjela pasar: ya está contada. ¿Es otra persona? Llame a la organización.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>No admitida. Solo la organización puede dejarla entrar hoy, con una inscripción in situ.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>No se registró nada. Si se va, déjela salir; para admitir, vuelva al check-in.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>No admitida. Solo la organización puede admitir por encima del aforo.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>No admitida. Envíela a la organización: quizá tenga una entrada más reciente.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>No admitida. Busque su nombre; si no está en la lista, haga una inscripción in situ.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>La organización la inscribe con Ctrl+N.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organización: Ctrl+L y luego Ctrl+Mayús+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Inscripción in situ: Ctrl+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 vuelve al check-in.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>ADMITIDO — ATENCIÓN</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>ADMITIDO — REVISAR</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMITIDO</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Déjela entrar y atienda su nota ahora.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1: este escaneo ya estaba registrado.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Bienvenido/a, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 ha salido; puede volver a entrar.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Ninguna entrada tiene este código.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>La entrada de %1 fue cancelada.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 no tiene check-in, así que no puede registrarse su salida.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 ya está dentro: admitido/a a las %2 en el puesto %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Hoy (%1) no es un día del evento; se celebra el %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>La entrada de %1 es válida el %2, no hoy (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>El aforo está completo: %1 de %2 en el recinto. La organización puede autorizarlo.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>El pedido de esta entrada aún no está pagado.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>El producto de esta entrada no está en la lista de check-in del puesto.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Una regla de la lista de check-in rechaza esta entrada ahora.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>La plataforma de entradas ha revocado esta entrada.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Este código parece una entrada firmada, pero no de este evento.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Aforo casi completo: %1 de %2 en el recinto.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>El aforo está completo: %1 de %2 en el recinto.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Admitido por autorización de la organización.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>No se imprimió ninguna acreditación: la impresión no está configurada aquí.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Acreditación de %1 enviada a la impresora.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Reimprimiendo la acreditación de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>La acreditación de %1 ya está en la cola de impresión.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 ya tiene acreditación (Ctrl+P la reimprime).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Acreditación no impresa: la fuente no puede dibujar «%1» en %2. Corrija el nombre de la acreditación (F2) con una grafía que pueda imprimir.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Acreditación no impresa: la impresión no está disponible ahora en este puesto.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Admitido, pero la acreditación no entró en la cola (%1); Ctrl+P la imprime.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>No hay nada que deshacer en este puesto.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Se deshizo la entrada de %1.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Se deshizo la salida de %1.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>Su acreditación se retiró de la cola de impresión.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>La entrada de %1 ya estaba deshecha.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>La salida de %1 ya estaba deshecha.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Demasiado tarde para deshacer aquí la entrada de %1 (más de %3 min); la organización puede ejecutar `checkin undo %2`.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Demasiado tarde para deshacer aquí la salida de %1 (más de %3 min); la organización puede ejecutar `checkin undo %2`.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>La última entrada de %1 se hizo en el puesto %2 el %3; este puesto solo deshace las suyas.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>La última salida de %1 se hizo en el puesto %2 el %3; este puesto solo deshace las suyas.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>SIN COINCIDENCIAS</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Nadie coincide con «%1»: revise la ortografía o pruebe con su correo o empresa.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>ALTO: NO ES UNA ENTRADA</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Este código no es una entrada: contiene «%1». Pida el código QR de la entrada o busque su nombre.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscripción in situ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Tipo de entrada</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Elija un tipo de entrada.</translation>
    </message>
</context>
</TS>
