<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language changed: the menus follow when the desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found by number.</source>
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
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
