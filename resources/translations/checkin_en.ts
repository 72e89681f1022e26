<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
