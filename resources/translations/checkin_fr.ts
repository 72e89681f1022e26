<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n on site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
