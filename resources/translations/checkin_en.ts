<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>Left out %n badge the font cannot draw (%1): correct their badge names.</numerusform>
            <numerusform>Left out %n badges the font cannot draw (%1): correct their badge names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Saved %n badge on %1 to %2.</numerusform>
            <numerusform>Saved %n badges on %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n badge(s) on %1.</source>
        <translation>
            <numerusform>Queued %n badge on %1.</numerusform>
            <numerusform>Queued %n badges on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n badge already waiting to print.</numerusform>
            <numerusform>%n badges already waiting to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n row will not be imported — %1.</numerusform>
            <numerusform>%n rows will not be imported — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>has %n cell but the header has %1 columns</numerusform>
            <numerusform>has %n cells but the header has %1 columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…and %n more rejected row (`checkin sync --dry-run` lists them all).</numerusform>
            <numerusform>…and %n more rejected rows (`checkin sync --dry-run` lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>This desk holds the demo event and its %n synthetic attendee: an import adds the list beside them. For the real event, import into a desk that has no event yet.</numerusform>
            <numerusform>This desk holds the demo event and its %n synthetic attendees: an import adds the list beside them. For the real event, import into a desk that has no event yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>over %n finished day</numerusform>
            <numerusform>over %n finished days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Admitted twice (%n) — look at this one, nothing was undone:</numerusform>
            <numerusform>Admitted twice (%n) — look at these, nothing was undone:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… and %n more (`checkin status`)</numerusform>
            <numerusform>… and %n more (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub: %n desk</numerusform>
            <numerusform>Hub: %n desks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n event set aside</numerusform>
            <numerusform>%n events set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub unreachable — %n check-in waiting, retrying</numerusform>
            <numerusform>Hub unreachable — %n check-ins waiting, retrying</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Ready: %n row read, nothing written yet</numerusform>
            <numerusform>Ready: %n rows read, nothing written yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Please wait %n second, then try again.</numerusform>
            <numerusform>Please wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Please type at least %n letter of your surname.</numerusform>
            <numerusform>Please type at least %n letters of your surname.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. The next try is possible in %n second.</numerusform>
            <numerusform>Wrong PIN. The next try is possible in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. The next try is possible in %n second.</numerusform>
            <numerusform>Wrong PIN. The next try is possible in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 refused %n check-in — see Organizer ▸ Ticketing platform…</numerusform>
            <numerusform>%1 refused %n check-ins — see Organizer ▸ Ticketing platform…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n badge waiting. It prints as soon as a printer answers; remove it if it should not.</numerusform>
            <numerusform>%n badges waiting. They print as soon as a printer answers; remove them if they should not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>%n waiting badge removed.</numerusform>
            <numerusform>%n waiting badges removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n printer found</numerusform>
            <numerusform>%n printers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>No badge printer — %n badge waiting</numerusform>
            <numerusform>No badge printer — %n badges waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Printer %1: %2 — %n badge waiting, retrying</numerusform>
            <numerusform>Printer %1: %2 — %n badges waiting, retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Printer %1 offline — %n badge waiting, retrying</numerusform>
            <numerusform>Printer %1 offline — %n badges waiting, retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Printer %1: %2 — %n badge waiting</numerusform>
            <numerusform>Printer %1: %2 — %n badges waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Printer %1: %n waiting</numerusform>
            <numerusform>Printer %1: %n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
