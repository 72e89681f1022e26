<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressWords</name>
    <message>
        <source>Say which printer is on %1: brother-ql://%1?model=QL-820NWB&amp;label=62 or zpl://%1?dpi=203&amp;width=102.</source>
        <translation>Indiquez quelle imprimante est sur %1&#xa0;: brother-ql://%1?model=QL-820NWB&amp;label=62 ou zpl://%1?dpi=203&amp;width=102.</translation>
    </message>
    <message>
        <source>A label printer address starts with brother-ql:// or zpl://.</source>
        <translation>L&apos;adresse d&apos;une imprimante d&apos;étiquettes commence par brother-ql:// ou zpl://.</translation>
    </message>
    <message>
        <source>The printer&apos;s port is not a number: %1.</source>
        <translation>Le port de l&apos;imprimante n&apos;est pas un nombre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name the printer&apos;s network address (%1://192.168.1.50) or its USB device (%1:///dev/usb/lp0).</source>
        <translation>Indiquez l&apos;adresse réseau de l&apos;imprimante (%1://192.168.1.50) ou son périphérique USB (%1:///dev/usb/lp0).</translation>
    </message>
    <message>
        <source>Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1).</source>
        <translation>Indiquez de quel Brother QL il s&apos;agit, par ex. ?model=QL-820NWB (connus&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The label must be one of %1 (mm), not “%2”.</source>
        <translation>L&apos;étiquette doit être l&apos;une de %1 (mm), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 cannot print on %2 labels.</source>
        <translation>La %1 ne peut pas imprimer sur des étiquettes %2.</translation>
    </message>
    <message>
        <source>dpi, width and height must be numbers (width/height in mm).</source>
        <translation>dpi, width et height doivent être des nombres (width/height en mm).</translation>
    </message>
    <message>
        <source>A Zebra prints at %1 dpi, not %2.</source>
        <translation>Une Zebra imprime à %1 dpi, pas à %2.</translation>
    </message>
    <message>
        <source>The label must be 20 to 120 mm wide and 20 to 400 mm long.</source>
        <translation>L&apos;étiquette doit mesurer de 20 à 120 mm de large et de 20 à 400 mm de long.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>nobody admitted yet</source>
        <translation>personne n&apos;est encore entré</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Jour %1 · %2</translation>
    </message>
    <message>
        <source>Arrivals per %1 minutes</source>
        <translation>Arrivées par tranche de %1 minutes</translation>
    </message>
</context>
<context>
    <name>BadgeNameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Corriger le nom du badge</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>&amp;Reprint the badge now</source>
        <translation>&amp;Réimprimer le badge maintenant</translation>
    </message>
    <message>
        <source>&amp;Name on badge</source>
        <translation>&amp;Nom sur le badge</translation>
    </message>
    <message>
        <source>The badge needs a name.</source>
        <translation>Le badge doit porter un nom.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Everyone, sorted by last name</source>
        <translation>Tout le monde, par ordre alphabétique des noms</translation>
    </message>
    <message>
        <source>Only people without a badge yet</source>
        <translation>Seulement les personnes sans badge</translation>
    </message>
    <message>
        <source>Only the people selected below</source>
        <translation>Seulement les personnes choisies ci-dessous</translation>
    </message>
    <message>
        <source>Badges in advance</source>
        <translation>Badges à l&apos;avance</translation>
    </message>
    <message>
        <source>Attendees to print</source>
        <translation>Participants à imprimer</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Première position libre sur la feuille</translation>
    </message>
    <message>
        <source>Template %1; start at position</source>
        <translation>Modèle %1&#xa0;; commencer à la position</translation>
    </message>
    <message>
        <source>&amp;Print on %1</source>
        <translation>&amp;Imprimer sur %1</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n badge(s) the font cannot draw (%1): correct their badge names.</source>
        <translation>
            <numerusform>%n badge laissé de côté, la police ne sait pas l&apos;écrire (%1)&#xa0;: corrigez le nom du badge.</numerusform>
            <numerusform>%n badges laissés de côté, la police ne sait pas les écrire (%1)&#xa0;: corrigez les noms des badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the people whose badges to print first.</source>
        <translation>Choisissez d&apos;abord les personnes dont imprimer les badges.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Le lot a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <source>No badges to save.</source>
        <translation>Aucun badge à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n badge enregistré sur %1 dans %2.</numerusform>
            <numerusform>%n badges enregistrés sur %1 dans %2.</numerusform>
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
            <numerusform>%n badge envoyé à %1.</numerusform>
            <numerusform>%n badges envoyés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) already waiting to print.</source>
        <translation>
            <numerusform>%n badge attend déjà l&apos;impression.</numerusform>
            <numerusform>%n badges attendent déjà l&apos;impression.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Flux %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Vidéo %1</translation>
    </message>
    <message>
        <source>%1 is running at %2×%3.</source>
        <translation>%1 fonctionne en %2×%3.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 is missing or in use by another program.</source>
        <translation>%1 est introuvable ou utilisée par un autre programme.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>Impossible d&apos;ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk decodes; it was not read.</source>
        <translation>%1 fournit une image de %2×%3 (%4&#xa0;mégapixels), plus que les %5&#xa0;mégapixels que le poste décode&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>%1 stopped delivering frames.</source>
        <translation>%1 ne fournit plus d&apos;images.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Retrying in the background.</source>
        <translation>Nouvel essai en arrière-plan.</translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>on site of %1 · %2 of capacity</source>
        <translation>sur %1 sur place · %2 de la capacité</translation>
    </message>
    <message>
        <source>on site · no capacity set</source>
        <translation>sur place · aucune capacité définie</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported — %1.</source>
        <translation>
            <numerusform>%n ligne ne sera pas importée — %1.</numerusform>
            <numerusform>%n lignes ne seront pas importées — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has %1 columns</source>
        <translation>
            <numerusform>a %n cellule mais l&apos;en-tête a %1 colonnes</numerusform>
            <numerusform>a %n cellules mais l&apos;en-tête a %1 colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).</source>
        <translation>
            <numerusform>…et %n autre ligne refusée (`checkin sync --dry-run` les liste toutes).</numerusform>
            <numerusform>…et %n autres lignes refusées (`checkin sync --dry-run` les liste toutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This desk holds the demo event and its %n synthetic attendee(s): an import adds the list beside them. For the real event, import into a desk that has no event yet.</source>
        <translation>
            <numerusform>Ce poste contient l&apos;événement de démonstration et son participant fictif (%n)&#xa0;: un import ajoute la liste à côté. Pour le vrai événement, importez dans un poste qui n&apos;a pas encore d&apos;événement.</numerusform>
            <numerusform>Ce poste contient l&apos;événement de démonstration et ses %n participants fictifs&#xa0;: un import ajoute la liste à côté. Pour le vrai événement, importez dans un poste qui n&apos;a pas encore d&apos;événement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Headcount · %1</source>
        <translation>Fréquentation · %1</translation>
    </message>
    <message>
        <source>Big screen (F11)</source>
        <translation>Grand écran (F11)</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Entrés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>No-shows so far</source>
        <translation>Absents jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Not arrived yet today</source>
        <translation>Pas encore arrivés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>of tickets valid today (%1); %2 registered</source>
        <translation>des billets valables aujourd&apos;hui (%1)&#xa0;; %2 inscrits</translation>
    </message>
    <message>
        <source>of tickets valid today; %1 registered</source>
        <translation>des billets valables aujourd&apos;hui&#xa0;; %1 inscrits</translation>
    </message>
    <message>
        <source>tickets valid today, not admitted yet</source>
        <translation>billets valables aujourd&apos;hui, pas encore entrés</translation>
    </message>
    <message>
        <source>today is not an event day</source>
        <translation>aujourd&apos;hui n&apos;est pas un jour de l&apos;événement</translation>
    </message>
    <message>
        <source>active tickets; %1 cancelled</source>
        <translation>billets actifs&#xa0;; %1 annulés</translation>
    </message>
    <message numerus="yes">
        <source>over %n finished day(s)</source>
        <translation>
            <numerusform>sur %n journée terminée</numerusform>
            <numerusform>sur %n journées terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>no day over yet</source>
        <translation>aucune journée terminée</translation>
    </message>
    <message>
        <source>past</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Not on the list? Ctrl+N registers a walk-in.</source>
        <translation>Pas sur la liste&#xa0;? Ctrl+N pour une inscription sur place.</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>VENUE FULL</source>
        <translation>SALLE PLEINE</translation>
    </message>
    <message>
        <source>Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and register the walk-in past capacity.</source>
        <translation>Personne n&apos;a été inscrit&#xa0;: le lieu est complet. L&apos;organisation peut déverrouiller (Ctrl+L) et faire l&apos;inscription sur place au-delà de la capacité.</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>NON INSCRIT</translation>
    </message>
    <message>
        <source>The desk could not save this: %1. Try again.</source>
        <translation>Le poste n&apos;a pas pu l&apos;enregistrer&#xa0;: %1. Réessayez.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Scannez ou choisissez d&apos;abord une personne, puis réimprimez son badge.</translation>
    </message>
    <message>
        <source>Printing is not set up on this desk.</source>
        <translation>L&apos;impression n&apos;est pas configurée sur ce poste.</translation>
    </message>
    <message>
        <source>BADGE NAME SAVED</source>
        <translation>NOM DU BADGE ENREGISTRÉ</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NON ANNULÉ</translation>
    </message>
</context>
<context>
    <name>DeskFigures</name>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Admitted today</source>
        <translation>Entrés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>No double admissions.</source>
        <translation>Aucune double entrée.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted twice (%n) — look at these, nothing was undone:</source>
        <translation>
            <numerusform>Entrée double (%n) — à vérifier, rien n&apos;a été annulé&#xa0;:</numerusform>
            <numerusform>Entrées doubles (%n) — à vérifier, rien n&apos;a été annulé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: desk %2 %3, then desk %4 %5</source>
        <translation>%1&#xa0;: poste %2 %3, puis poste %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (`checkin status`)</source>
        <translation>
            <numerusform>… et %n autre (`checkin status`)</numerusform>
            <numerusform>… et %n autres (`checkin status`)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Inscription sur place…</translation>
    </message>
    <message>
        <source>Correct &amp;badge name…</source>
        <translation>Corriger le nom du &amp;badge…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Réimprimer le badge</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>Ann&amp;uler la dernière entrée</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>E&amp;xit mode (people leaving)</source>
        <translation>Mode &amp;sortie (départs)</translation>
    </message>
    <message>
        <source>Pause &amp;camera</source>
        <translation>Mettre la &amp;caméra en pause</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Couper les s&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>L&apos;impression groupée</translation>
    </message>
    <message>
        <source>&amp;Unlock or lock organizer mode</source>
        <translation>&amp;Déverrouiller ou verrouiller le mode organisation</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Admit past capacity</source>
        <translation>&amp;Admettre au-delà de la capacité</translation>
    </message>
    <message>
        <source>Admitting past capacity</source>
        <translation>L&apos;admission au-delà de la capacité</translation>
    </message>
    <message>
        <source>&amp;Dashboard and attendee list…</source>
        <translation>&amp;Tableau de bord et liste des participants…</translation>
    </message>
    <message>
        <source>The dashboard and attendee list</source>
        <translation>Le tableau de bord et la liste des participants</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>L&apos;export</translation>
    </message>
    <message>
        <source>Print &amp;badges in advance…</source>
        <translation>Imprimer les &amp;badges à l&apos;avance…</translation>
    </message>
    <message>
        <source>Printing badges in advance</source>
        <translation>L&apos;impression des badges à l&apos;avance</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>&amp;Importer une liste de participants…</translation>
    </message>
    <message>
        <source>Importing an attendee list</source>
        <translation>L&apos;import d&apos;une liste de participants</translation>
    </message>
    <message>
        <source>S&amp;ync the attendee list again</source>
        <translation>Re&amp;synchroniser la liste des participants</translation>
    </message>
    <message>
        <source>Syncing the list again</source>
        <translation>La resynchronisation de la liste</translation>
    </message>
    <message>
        <source>Badges &amp;waiting to print…</source>
        <translation>Badges en attente d&apos;im&amp;pression…</translation>
    </message>
    <message>
        <source>The badges waiting to print</source>
        <translation>Les badges en attente d&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Mode &amp;borne…</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Le mode borne</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter — admit the scanned code or the highlighted name</source>
        <translation>Entrée — admettre le code scanné ou le nom en surbrillance</translation>
    </message>
    <message>
        <source>↑ / ↓ — pick a search result;  Esc — clear</source>
        <translation>↑ / ↓ — choisir un résultat&#xa0;;  Échap — effacer</translation>
    </message>
    <message>
        <source>When the desk says…</source>
        <translation>Quand le poste affiche…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Re&amp;joindre un hub…</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Ré&amp;cupérer maintenant</translation>
    </message>
    <message>
        <source>&amp;Ticketing platform…</source>
        <translation>&amp;Billetterie…</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>Reading the attendee list… the results follow in a moment.</source>
        <translation>Lecture de la liste des participants… les résultats arrivent dans un instant.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>People on site</source>
        <translation>Personnes sur place</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Imprimante à badges</translation>
    </message>
    <message>
        <source>Organizer mode</source>
        <translation>Mode organisation</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>On site %1 / %2</source>
        <translation>Sur place %1 / %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisé %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra&#xa0;: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>ORGANIZER</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>pas de caméra</translation>
    </message>
    <message>
        <source>running</source>
        <translation>active</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>paused (F6 resumes)</source>
        <translation>en pause (F6 reprend)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>printing not set up</source>
        <translation>impression non configurée</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>desk %1 · EXIT MODE</source>
        <translation>poste %1 · MODE SORTIE</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Poste d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Organizer mode on.</source>
        <translation>Mode organisation activé.</translation>
    </message>
    <message>
        <source>Organizer mode locked.</source>
        <translation>Mode organisation verrouillé.</translation>
    </message>
    <message>
        <source>No one was refused for a full venue at this desk.</source>
        <translation>Personne n&apos;a été refusé pour salle pleine à ce poste.</translation>
    </message>
    <message>
        <source>%1 is not set up on this desk.</source>
        <translation>%1 n&apos;est pas configuré(e) sur ce poste.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Le tableau de bord</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>L&apos;export</translation>
    </message>
    <message>
        <source>Importing is not set up on this desk; use `checkin sync FILE` in a terminal.</source>
        <translation>L&apos;import n&apos;est pas configuré sur ce poste&#xa0;; utilisez `checkin sync FICHIER` dans un terminal.</translation>
    </message>
    <message>
        <source>Syncing again</source>
        <translation>La resynchronisation</translation>
    </message>
    <message>
        <source>There is no camera on this desk.</source>
        <translation>Ce poste n&apos;a pas de caméra.</translation>
    </message>
    <message>
        <source>Camera paused.</source>
        <translation>Caméra en pause.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Caméra active.</translation>
    </message>
    <message>
        <source>Sounds off.</source>
        <translation>Sons coupés.</translation>
    </message>
    <message>
        <source>Sounds on.</source>
        <translation>Sons activés.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then correct their badge name.</source>
        <translation>Scannez ou choisissez d&apos;abord une personne, puis corrigez le nom de son badge.</translation>
    </message>
    <message>
        <source>Exit mode: scans record people leaving.</source>
        <translation>Mode sortie&#xa0;: les scans enregistrent les sorties.</translation>
    </message>
    <message>
        <source>Back to check-in.</source>
        <translation>Retour à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Langue changée.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Headcount (counts and arrivals)</source>
        <translation>Effectifs (comptages et arrivées)</translation>
    </message>
    <message>
        <source>Catering: per-day numbers and dietary needs (no names)</source>
        <translation>Restauration&#xa0;: chiffres par jour et régimes (sans noms)</translation>
    </message>
    <message>
        <source>Attendee list (personal data)</source>
        <translation>Liste de participants (données personnelles)</translation>
    </message>
    <message>
        <source>Check-in history (personal data)</source>
        <translation>Historique des enregistrements (données personnelles)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Jour %1 — %2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Repas par jour</translation>
    </message>
    <message>
        <source>Later days&apos; no-shows</source>
        <translation>Absents des jours suivants</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Type d&apos;export</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Jour de l&apos;export</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format de l&apos;export</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d&apos;export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to the check-in desk</source>
        <translation>Bienvenue au poste d&apos;enregistrement</translation>
    </message>
    <message>
        <source>There is no event on this computer yet. Try the desk with the demo event, import the attendee list exported from your ticketing site, or join the venue hub another desk runs.</source>
        <translation>Cet ordinateur n&apos;a pas encore d&apos;événement. Essayez le poste avec l&apos;événement de démonstration, importez la liste des participants exportée de votre billetterie ou rejoignez le hub du lieu qu&apos;un autre poste fait tourner.</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Ouvrir l&apos;événement de démonstration</translation>
    </message>
    <message>
        <source>&amp;Import an attendee list…</source>
        <translation>&amp;Importer une liste de participants…</translation>
    </message>
    <message>
        <source>Import an attendee list</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>Re&amp;joindre un hub…</translation>
    </message>
    <message>
        <source>Join a venue hub</source>
        <translation>Rejoindre le hub du lieu</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>HubBridge</name>
    <message>
        <source>Hub: connecting…</source>
        <translation>Hub&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub du lieu</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n desk(s)</source>
        <translation>
            <numerusform>Hub&#xa0;: %n poste</numerusform>
            <numerusform>Hub&#xa0;: %n postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) set aside</source>
        <translation>
            <numerusform>%n événement mis de côté</numerusform>
            <numerusform>%n événements mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>Le hub refuse ce poste</translation>
    </message>
    <message numerus="yes">
        <source>Hub unreachable — %n check-in(s) waiting, retrying</source>
        <translation>
            <numerusform>Hub injoignable — %n enregistrement en attente, nouvel essai</numerusform>
            <numerusform>Hub injoignable — %n enregistrements en attente, nouvel essai</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk joined the hub at %1.</source>
        <translation>Ce poste a rejoint le hub à %1.</translation>
    </message>
    <message>
        <source>The hub could not be joined.</source>
        <translation>Impossible de rejoindre le hub.</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>That is not a hub&apos;s join URL: it starts with postgresql:// and names a host.</source>
        <translation>Ce n&apos;est pas l&apos;URL d&apos;accès d&apos;un hub&#xa0;: elle commence par postgresql:// et nomme un hôte.</translation>
    </message>
    <message>
        <source>The join URL&apos;s port is not a number.</source>
        <translation>Le port de l&apos;URL d&apos;accès n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The join URL&apos;s certificate fingerprint is damaged; copy the URL again from the hub.</source>
        <translation>L&apos;empreinte du certificat dans l&apos;URL d&apos;accès est endommagée&#xa0;; copiez à nouveau l&apos;URL depuis le hub.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2).</source>
        <translation>Le hub à l&apos;adresse %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The hub at %1 refused this desk&apos;s password; ask the organizer for the current join URL.</source>
        <translation>Le hub à l&apos;adresse %1 a refusé le mot de passe de ce poste&#xa0;; demandez l&apos;URL d&apos;accès actuelle à l&apos;organisation.</translation>
    </message>
    <message>
        <source>The hub at %1 has no such database; check the join URL.</source>
        <translation>Le hub à l&apos;adresse %1 n&apos;a pas cette base de données&#xa0;; vérifiez l&apos;URL d&apos;accès.</translation>
    </message>
    <message>
        <source>The hub at %1 does not accept desks from this address.</source>
        <translation>Le hub à l&apos;adresse %1 n&apos;accepte pas de postes depuis cette adresse.</translation>
    </message>
    <message>
        <source>Another desk already works at this hub as “%1”; give this one another name.</source>
        <translation>Un autre poste travaille déjà sur ce hub sous le nom «&#xa0;%1&#xa0;»&#xa0;; donnez un autre nom à celui-ci.</translation>
    </message>
    <message>
        <source>This desk works at this hub as “%1”; join again under that name.</source>
        <translation>Ce poste travaille sur ce hub sous le nom «&#xa0;%1&#xa0;»&#xa0;; rejoignez-le à nouveau sous ce nom.</translation>
    </message>
    <message>
        <source>The desk “%1” was revoked by the organizer; join under another name.</source>
        <translation>Le poste «&#xa0;%1&#xa0;» a été révoqué par l&apos;organisation&#xa0;; rejoignez le hub sous un autre nom.</translation>
    </message>
    <message>
        <source>The hub refused the name “%1”: a desk name is 1 to 60 characters.</source>
        <translation>Le hub a refusé le nom «&#xa0;%1&#xa0;»&#xa0;: un nom de poste compte de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>That URL may not add desks to the hub; ask the organizer for its join URL.</source>
        <translation>Cette URL ne peut pas ajouter de postes au hub&#xa0;; demandez son URL d&apos;accès à l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an attendee list</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>File or link to import</source>
        <translation>Fichier ou lien à importer</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, or a link (https://…) — then Enter</source>
        <translation>Un fichier CSV ou XLSX, ou un lien (https://…) — puis Entrée</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Lists synced before</source>
        <translation>Listes déjà synchronisées</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Synchroniser à &amp;nouveau</translation>
    </message>
    <message>
        <source>Choose a file or paste a link to see its first rows.</source>
        <translation>Choisissez un fichier ou collez un lien pour voir ses premières lignes.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Compte rendu de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Déjà synchronisées&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>no list synced yet</source>
        <translation>aucune liste synchronisée</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Tableurs (%1)</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste de participants</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s) read, nothing written yet</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n ligne lue, rien d&apos;écrit encore</numerusform>
            <numerusform>Prêt&#xa0;: %n lignes lues, rien d&apos;écrit encore</numerusform>
        </translation>
    </message>
    <message>
        <source>No list has been synced here yet: choose a file or paste a link.</source>
        <translation>Aucune liste n&apos;a encore été synchronisée ici&#xa0;: choisissez un fichier ou collez un lien.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Rien de changé</translation>
    </message>
    <message>
        <source>Finishing the import before closing…</source>
        <translation>Fin de l&apos;import avant fermeture…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>The import failed and changed nothing (%1).</source>
        <translation>L&apos;import a échoué et n&apos;a rien changé (%1).</translation>
    </message>
    <message>
        <source>Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose one in the combo above it.</source>
        <translation>Aucune colonne de nom trouvée (comme First name, Last name, Name, Vorname, Prénom)&#xa0;; choisissez-en une dans la liste au-dessus.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <source>Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>Synchroniserait %1 (%2)&#xa0;: %3 ajoutés, %4 mis à jour, %5 annulés, %6 inchangés, %7 refusés.</translation>
    </message>
    <message>
        <source>Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.</source>
        <translation>%1 (%2) synchronisé&#xa0;: %3 ajoutés, %4 mis à jour, %5 annulés, %6 inchangés, %7 refusés.</translation>
    </message>
    <message>
        <source>Created the event “%1”; an organizer can set its days and capacity in Settings.</source>
        <translation>Événement «&#xa0;%1&#xa0;» créé&#xa0;; l&apos;organisation peut régler ses jours et sa capacité dans les Réglages.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Récupérée le %1.</translation>
    </message>
    <message>
        <source>Cancelled but inside the venue (still counted on site): %1.</source>
        <translation>Annulés mais dans le lieu (toujours comptés sur place)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was changed; this desk has no list from that address yet.</source>
        <translation>Rien n&apos;a changé&#xa0;; ce poste n&apos;a pas encore de liste venant de cette adresse.</translation>
    </message>
    <message>
        <source>Nothing was changed; the desk works offline on the list from %1.</source>
        <translation>Rien n&apos;a changé&#xa0;; le poste travaille hors ligne sur la liste du %1.</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>rapport de participants Eventbrite</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>liste d&apos;enregistrement pretix</translation>
    </message>
    <message>
        <source>Tito ticket export</source>
        <translation>export de billets Tito</translation>
    </message>
    <message>
        <source>spreadsheet (columns recognised by their headers)</source>
        <translation>tableur (colonnes reconnues par leurs en-têtes)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Lecture des lignes</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>has a ticket code that is far too long</source>
        <translation>a un code de billet beaucoup trop long</translation>
    </message>
    <message>
        <source>repeats the ticket of row %1</source>
        <translation>répète le billet de la ligne %1</translation>
    </message>
    <message>
        <source>has the same ticket code %1 as row %2</source>
        <translation>a le même code de billet %1 que la ligne %2</translation>
    </message>
    <message>
        <source>ticket code %1 already belongs to %2</source>
        <translation>le code de billet %1 appartient déjà à %2</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Rejoindre un hub</translation>
    </message>
    <message>
        <source>Read the hub&apos;s QR code with the camera</source>
        <translation>Lire le code QR du hub avec la caméra</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>URL d&apos;accès</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <source>There is no camera on this desk; type or paste the URL.</source>
        <translation>Ce poste n&apos;a pas de caméra&#xa0;; tapez ou collez l&apos;URL.</translation>
    </message>
    <message>
        <source>Hold the hub&apos;s QR code in front of the camera.</source>
        <translation>Présentez le code QR du hub devant la caméra.</translation>
    </message>
    <message>
        <source>That code is not a hub&apos;s join URL (one starts with postgresql://); hold up the QR code that `checkin hub serve` shows.</source>
        <translation>Ce code n&apos;est pas l&apos;URL d&apos;accès d&apos;un hub (elle commence par postgresql://)&#xa0;; présentez le code QR qu&apos;affiche `checkin hub serve`.</translation>
    </message>
    <message>
        <source>Read from the camera: %1</source>
        <translation>Lu par la caméra&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>Borne d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue à %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Scan your ticket — or type your surname or your e-mail, then Enter.</source>
        <translation>Scannez votre billet — ou tapez votre nom de famille ou votre e-mail, puis Entrée.</translation>
    </message>
    <message>
        <source>Surname, e-mail or ticket</source>
        <translation>Nom de famille, e-mail ou billet</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please type at least %n letter(s) of your surname.</source>
        <translation>
            <numerusform>Tapez au moins %n lettre de votre nom de famille.</numerusform>
            <numerusform>Tapez au moins %n lettres de votre nom de famille.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find you. Please check the spelling, or see the desk.</source>
        <translation>Nous ne vous trouvons pas. Vérifiez l&apos;orthographe, ou adressez-vous au poste d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Many people match: please type more letters of your surname.</source>
        <translation>Plusieurs personnes correspondent&#xa0;: tapez plus de lettres de votre nom de famille.</translation>
    </message>
    <message>
        <source>Which one is you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>C&apos;est moi</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Ce n&apos;est pas moi</translation>
    </message>
    <message>
        <source>Is this you? %1</source>
        <translation>Est-ce vous&#xa0;? %1</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1&#xa0;!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <source>You are checked in: please collect your badge at the desk.</source>
        <translation>Votre enregistrement est fait&#xa0;: retirez votre badge au poste d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at %1.</source>
        <translation>Votre badge s&apos;imprime — à retirer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the badge table.</source>
        <translation>Votre badge s&apos;imprime&#xa0;: retirez-le à la table des badges.</translation>
    </message>
    <message>
        <source>Please see the desk — we need to check your ticket.</source>
        <translation>Adressez-vous au poste d&apos;enregistrement — nous devons vérifier votre billet.</translation>
    </message>
    <message>
        <source>A volunteer at the desk will help you.</source>
        <translation>L&apos;équipe du poste va vous aider.</translation>
    </message>
    <message>
        <source>Please see the desk.</source>
        <translation>Adressez-vous au poste d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The kiosk could not check you in just now.</source>
        <translation>La borne n&apos;a pas pu vous enregistrer pour le moment.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Code organisation</translation>
    </message>
    <message>
        <source>Organizer: type the PIN and Enter to leave the kiosk.</source>
        <translation>Organisation&#xa0;: tapez le code puis Entrée pour quitter la borne.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Code erroné. Nouvel essai possible dans %n seconde.</numerusform>
            <numerusform>Code erroné. Nouvel essai possible dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes erronés&#xa0;: réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés&#xa0;: réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organizer PIN is set here yet.</source>
        <translation>Aucun code organisation n&apos;est encore défini ici.</translation>
    </message>
    <message>
        <source>The organizer PIN file %1 is damaged.</source>
        <translation>Le fichier du code organisation %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set the organizer PIN for %1</source>
        <translation>Définir le code organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organizer PIN for %1</source>
        <translation>Code organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set the organizer PIN</source>
        <translation>Définir le code organisation</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>Code organisation</translation>
    </message>
    <message>
        <source>Organizer mode unlocks the organizer tools until it is locked again.</source>
        <translation>Le mode organisation déverrouille les outils d&apos;organisation jusqu&apos;à ce qu&apos;il soit reverrouillé.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Choose a PIN for the organizer tools.</source>
        <translation>%1&#xa0;: réservé à l&apos;organisation. Choisissez un code pour les outils d&apos;organisation.</translation>
    </message>
    <message>
        <source>%1 is for organizers. Enter the PIN.</source>
        <translation>%1&#xa0;: réservé à l&apos;organisation. Saisissez le code.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Organizer PIN again</source>
        <translation>Code organisation, encore</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Code, &amp;encore</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes diffèrent.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The next try is possible in %n second(s).</source>
        <translation>
            <numerusform>Code erroné. Nouvel essai possible dans %n seconde.</numerusform>
            <numerusform>Code erroné. Nouvel essai possible dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Ticketing platform</source>
        <translation>Billetterie</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>Event&apos;s API &amp;URL</source>
        <translation>&amp;URL de l&apos;API de l&apos;événement</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Forget the connection</source>
        <translation>&amp;Oublier la connexion</translation>
    </message>
    <message>
        <source>Check-ins the platform refused</source>
        <translation>Enregistrements refusés par la plateforme</translation>
    </message>
    <message>
        <source>Refused by the platform (%1):</source>
        <translation>Refusés par la plateforme (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — undo at %2 UTC: %3</source>
        <translation>%1 — annulation le %2 UTC&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — check-in at %2 UTC: %3</source>
        <translation>%1 — enregistrement le %2 UTC&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not connected: the desk syncs from files and links.</source>
        <translation>Non connecté&#xa0;: le poste se synchronise depuis des fichiers et des liens.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (token stored, not shown). Connect again with a new token to replace it.</source>
        <translation>Connecté à %1 à l&apos;adresse %2 (jeton enregistré, non affiché). Reconnectez-vous avec un nouveau jeton pour le remplacer.</translation>
    </message>
    <message>
        <source>Check-ins count on the list “%1”.</source>
        <translation>Les enregistrements comptent sur la liste «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>Connected to the %1 at %2; pulling the list now.</source>
        <translation>Connecté à %1 à l&apos;adresse %2&#xa0;; récupération de la liste en cours.</translation>
    </message>
    <message>
        <source>%1 refused the token: check it, or connect again with a new one.</source>
        <translation>%1 a refusé le jeton&#xa0;: vérifiez-le, ou reconnectez-vous avec un nouveau jeton.</translation>
    </message>
    <message>
        <source>%1 shows the token no such event: check the organizer and event in the URL.</source>
        <translation>%1 ne montre aucun événement de ce nom à ce jeton&#xa0;: vérifiez l&apos;organisateur et l&apos;événement dans l&apos;URL.</translation>
    </message>
    <message>
        <source>%1 The connection was not saved.</source>
        <translation>%1 La connexion n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Forgot the connection and its token; the attendee list stays.</source>
        <translation>Connexion et jeton oubliés&#xa0;; la liste de participants reste.</translation>
    </message>
</context>
<context>
    <name>PlatformLink</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…</source>
        <translation>
            <numerusform>%1 a refusé %n enregistrement — voir Organisation ▸ Billetterie…</numerusform>
            <numerusform>%1 a refusé %n enregistrements — voir Organisation ▸ Billetterie…</numerusform>
        </translation>
    </message>
    <message>
        <source>list: not pulled yet · %1</source>
        <translation>liste&#xa0;: pas encore récupérée · %1</translation>
    </message>
    <message>
        <source>list: %1 · %2</source>
        <translation>liste&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>no list pulled</source>
        <translation>aucune liste récupérée</translation>
    </message>
    <message>
        <source>%1 event not found: check the URL</source>
        <translation>%1&#xa0;: événement introuvable, vérifiez l&apos;URL</translation>
    </message>
    <message>
        <source>%1 token refused</source>
        <translation>%1&#xa0;: jeton refusé</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <source>First rows and the field each column feeds</source>
        <translation>Premières lignes et le champ que remplit chaque colonne</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorer</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Badges waiting to print</source>
        <translation>Badges en attente d&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Remove the badges not sent yet</source>
        <translation>&amp;Retirer les badges pas encore envoyés</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>réimpression</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) waiting. They print as soon as a printer answers; remove them if they should not.</source>
        <translation>
            <numerusform>%n badge en attente. Il s&apos;imprime dès qu&apos;une imprimante répond&#xa0;; retirez-le s&apos;il ne doit pas l&apos;être.</numerusform>
            <numerusform>%n badges en attente. Ils s&apos;impriment dès qu&apos;une imprimante répond&#xa0;; retirez-les s&apos;ils ne doivent pas l&apos;être.</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge is waiting to print.</source>
        <translation>Aucun badge n&apos;attend l&apos;impression.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>at the printer</source>
        <translation>à l&apos;imprimante</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting badge(s) removed.</source>
        <translation>
            <numerusform>%n badge en attente retiré.</numerusform>
            <numerusform>%n badges en attente retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting badges were not removed: %1</source>
        <translation>Les badges en attente n’ont pas été retirés : %1</translation>
    </message>
</context>
<context>
    <name>PrinterField</name>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(imprimante par défaut du système)</translation>
    </message>
    <message>
        <source>A print queue of this computer, or a label printer&apos;s address typed in:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (labels: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (a Zebra; width and height in mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (on USB)</source>
        <translation>Une file d&apos;impression de cet ordinateur, ou l&apos;adresse tapée d&apos;une imprimante d&apos;étiquettes&#xa0;:
brother-ql://192.168.1.50?model=QL-820NWB&amp;label=62 (étiquettes&#xa0;: 62, 62x100, 102, 102x152)
zpl://192.168.1.60?dpi=203&amp;width=102 (une Zebra&#xa0;; largeur et hauteur en mm)
brother-ql:///dev/usb/lp0?model=QL-820NWB&amp;label=62 (en USB)</translation>
    </message>
    <message>
        <source>(no badge printer: none found on this computer)</source>
        <translation>(pas d&apos;imprimante à badges&#xa0;: aucune trouvée sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Imprimante à badges</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Recherche d&apos;imprimantes…</translation>
    </message>
    <message>
        <source>print queue, or brother-ql://… / zpl://…</source>
        <translation>file d&apos;impression, ou brother-ql://… / zpl://…</translation>
    </message>
    <message>
        <source>Could not list the printers: %1</source>
        <translation>Impossible de lister les imprimantes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n imprimante trouvée</numerusform>
            <numerusform>%n imprimantes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found</source>
        <translation>Aucune imprimante trouvée</translation>
    </message>
</context>
<context>
    <name>QueueBadges</name>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1&apos;s badge reprinted</source>
        <translation>Badge de %1 réimprimé</translation>
    </message>
    <message>
        <source>%1&apos;s badge printed</source>
        <translation>Badge de %1 imprimé</translation>
    </message>
    <message>
        <source>%1&apos;s badge may not have printed: %2</source>
        <translation>Le badge de %1 n&apos;a peut-être pas été imprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s badge not printed: %2</source>
        <translation>Badge de %1 non imprimé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>No badge printer — %n badge(s) waiting</source>
        <translation>
            <numerusform>Pas d&apos;imprimante à badges — %n badge en attente</numerusform>
            <numerusform>Pas d&apos;imprimante à badges — %n badges en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge printer</source>
        <translation>Pas d&apos;imprimante à badges</translation>
    </message>
    <message>
        <source>Printer %1: stopped</source>
        <translation>Imprimante %1&#xa0;: arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Imprimante %1&#xa0;: %2 — %n badge en attente, nouvel essai</numerusform>
            <numerusform>Imprimante %1&#xa0;: %2 — %n badges en attente, nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1 offline — %n badge(s) waiting, retrying</source>
        <translation>
            <numerusform>Imprimante %1 hors ligne — %n badge en attente, nouvel essai</numerusform>
            <numerusform>Imprimante %1 hors ligne — %n badges en attente, nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %2 — %n badge(s) waiting</source>
        <translation>
            <numerusform>Imprimante %1&#xa0;: %2 — %n badge en attente</numerusform>
            <numerusform>Imprimante %1&#xa0;: %2 — %n badges en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer %1: %n waiting</source>
        <translation>
            <numerusform>Imprimante %1&#xa0;: %n en attente</numerusform>
            <numerusform>Imprimante %1&#xa0;: %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer %1: ready</source>
        <translation>Imprimante %1&#xa0;: prête</translation>
    </message>
</context>
<context>
    <name>ReadWords</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Il n&apos;y a pas de fichier %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 est un dossier, pas un fichier de tableur.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket).</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: permission denied.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be an attendee list.</source>
        <translation>%1 est trop volumineux pour être une liste de participants.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
        <translation>%1 est un ancien classeur Excel .xls&#xa0;: enregistrez-le en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>%1 is a web page, not a spreadsheet (is it a download link?).</source>
        <translation>%1 est une page web, pas un tableur (est-ce un lien de téléchargement&#xa0;?).</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (CSV or XLSX).</source>
        <translation>%1 n&apos;est pas un tableur (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 n&apos;est pas un texte %2 valide.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV at row %2: %3.</source>
        <translation>%1 ne peut pas être lu comme CSV à la ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an XLSX workbook.</source>
        <translation>%1 ne peut pas être lu comme classeur XLSX.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, too many for an attendee list.</source>
        <translation>%1 contient plus de %2 cellules, trop pour une liste de participants.</translation>
    </message>
    <message>
        <source>%1 has a header row but no attendee rows.</source>
        <translation>%1 a une ligne d&apos;en-tête mais aucune ligne de participant.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Scanner ou chercher</translation>
    </message>
    <message>
        <source>Scan a ticket or type two letters of a name; arrows pick, Enter admits</source>
        <translation>Scannez un billet ou tapez deux lettres d&apos;un nom&#xa0;; les flèches choisissent, Entrée admet</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a name…</source>
        <translation>Scannez un billet ou tapez un nom…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>EXIT MODE — every scan records someone LEAVING · F8 returns to check-in</source>
        <translation>MODE SORTIE — chaque scan enregistre un DÉPART · F8 revient à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Exit mode is on</source>
        <translation>Le mode sortie est actif</translation>
    </message>
    <message>
        <source>Enter record leaving</source>
        <translation>Entrée enregistrer un départ</translation>
    </message>
    <message>
        <source>Enter admit</source>
        <translation>Entrée admettre</translation>
    </message>
    <message>
        <source>F8 back to check-in</source>
        <translation>F8 retour à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>F8 exit mode</source>
        <translation>F8 mode sortie</translation>
    </message>
    <message>
        <source>%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · Ctrl+N walk-in · %2 · F1 all keys</source>
        <translation>%1 · ↑/↓ choisir · Échap effacer · Ctrl+Z annuler · F2 nom du badge · Ctrl+P réimprimer · Ctrl+N inscription sur place · %2 · F1 toutes les touches</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>pas encore entré</translation>
    </message>
    <message>
        <source>Matching attendees</source>
        <translation>Participants correspondants</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Venue capacity (0 for no limit)</source>
        <translation>Capacité du lieu (0 pour sans limite)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>When the venue is full</source>
        <translation>Quand le lieu est plein</translation>
    </message>
    <message>
        <source>admit with a warning</source>
        <translation>admettre avec un avertissement</translation>
    </message>
    <message>
        <source>refuse until an organizer overrides</source>
        <translation>refuser sauf dérogation de l&apos;organisation</translation>
    </message>
    <message>
        <source>Camera: device number, video file or stream URL</source>
        <translation>Caméra&#xa0;: numéro de périphérique, fichier vidéo ou URL de flux</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Recherche des caméras…</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>Résolution de la caméra</translation>
    </message>
    <message>
        <source>camera default</source>
        <translation>par défaut de la caméra</translation>
    </message>
    <message>
        <source>Print a badge on admission</source>
        <translation>Imprimer un badge à l&apos;entrée</translation>
    </message>
    <message>
        <source>Mute the desk sounds</source>
        <translation>Couper les sons du poste</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>light</source>
        <translation>clair</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>sombre</translation>
    </message>
    <message>
        <source>Language of this desk</source>
        <translation>Langue de ce poste</translation>
    </message>
    <message>
        <source>as the system (%1)</source>
        <translation>comme le système (%1)</translation>
    </message>
    <message>
        <source>Venue &amp;capacity</source>
        <translation>&amp;Capacité du lieu</translation>
    </message>
    <message>
        <source>When &amp;full</source>
        <translation>Quand &amp;plein</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;méra</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>&amp;Badge template</source>
        <translation>Modèle de &amp;badge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Caméras trouvées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No camera found by number.</source>
        <translation>Aucune caméra trouvée par numéro.</translation>
    </message>
    <message>
        <source>A resolution looks like 1280x720, not “%1”.</source>
        <translation>Une résolution s&apos;écrit comme 1280x720, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Badge template</source>
        <translation>Modèle de badge</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Check-in result</source>
        <translation>Résultat de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Billet inconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a ticket, or type two letters of a name</source>
        <translation>Scannez un billet ou tapez deux lettres d&apos;un nom</translation>
    </message>
    <message>
        <source>Ready for the next attendee</source>
        <translation>Prêt pour la personne suivante</translation>
    </message>
    <message>
        <source>no ticket type</source>
        <translation>sans type de billet</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>STOP: UNKNOWN</source>
        <translation>STOP&#xa0;: INCONNU</translation>
    </message>
    <message>
        <source>STOP: CANCELLED</source>
        <translation>STOP&#xa0;: ANNULÉ</translation>
    </message>
    <message>
        <source>CHECK: ALREADY IN</source>
        <translation>VÉRIFIER&#xa0;: DÉJÀ ENTRÉ</translation>
    </message>
    <message>
        <source>CHECK: NOT TODAY</source>
        <translation>VÉRIFIER&#xa0;: PAS AUJOURD&apos;HUI</translation>
    </message>
    <message>
        <source>STOP: VENUE FULL</source>
        <translation>STOP&#xa0;: SALLE PLEINE</translation>
    </message>
    <message>
        <source>CHECK: NOT CHECKED IN</source>
        <translation>VÉRIFIER&#xa0;: PAS ENREGISTRÉ</translation>
    </message>
    <message>
        <source>STOP: UNPAID</source>
        <translation>STOP&#xa0;: NON PAYÉ</translation>
    </message>
    <message>
        <source>STOP: NOT ON THIS LIST</source>
        <translation>STOP&#xa0;: PAS SUR CETTE LISTE</translation>
    </message>
    <message>
        <source>STOP: LIST RULES</source>
        <translation>STOP&#xa0;: RÈGLES DE LA LISTE</translation>
    </message>
    <message>
        <source>STOP: REVOKED</source>
        <translation>STOP&#xa0;: RÉVOQUÉ</translation>
    </message>
    <message>
        <source>STOP: FORGED</source>
        <translation>STOP&#xa0;: FALSIFIÉ</translation>
    </message>
    <message>
        <source>The same person as on the ticket? Let them through: they are counted already. Someone else? Call an organizer.</source>
        <translation>La même personne que sur le billet&#xa0;? Laissez passer&#xa0;: elle est déjà comptée. Quelqu&apos;un d&apos;autre&#xa0;? Appelez l&apos;organisation.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may let them in today, by registering them as a walk-in.</source>
        <translation>Non admis. Seule l&apos;organisation peut la faire entrer aujourd&apos;hui, par une inscription sur place.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Let them go if they are leaving; to admit people, switch back to check-in.</source>
        <translation>Rien n&apos;a été enregistré. Laissez partir qui s&apos;en va&#xa0;; pour admettre, revenez à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Not admitted. Only an organizer may admit past capacity.</source>
        <translation>Non admis. Seule l&apos;organisation peut admettre au-delà de la capacité.</translation>
    </message>
    <message>
        <source>Not admitted. Send them to an organizer: they may hold a newer ticket.</source>
        <translation>Non admis. Envoyez la personne à l&apos;organisation&#xa0;: elle a peut-être un billet plus récent.</translation>
    </message>
    <message>
        <source>Not admitted. Search their name instead; if they are not on the list, register them as a walk-in.</source>
        <translation>Non admis. Cherchez plutôt son nom&#xa0;; si elle n&apos;est pas sur la liste, faites une inscription sur place.</translation>
    </message>
    <message>
        <source>The organizer registers them with Ctrl+N.</source>
        <translation>L&apos;organisation l&apos;inscrit avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Organizer: Ctrl+L, then Ctrl+Shift+A.</source>
        <translation>Organisation&#xa0;: Ctrl+L, puis Ctrl+Maj+A.</translation>
    </message>
    <message>
        <source>Walk-in: Ctrl+N.</source>
        <translation>Inscription sur place&#xa0;: Ctrl+N.</translation>
    </message>
    <message>
        <source>F8 switches back to check-in.</source>
        <translation>F8 revient à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>EXITED</source>
        <translation>SORTI</translation>
    </message>
    <message>
        <source>ADMITTED — ATTENTION</source>
        <translation>ADMIS — ATTENTION</translation>
    </message>
    <message>
        <source>ADMITTED — CHECK</source>
        <translation>ADMIS — VÉRIFIER</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Let them in, and act on their note now.</source>
        <translation>Laissez entrer, et traitez sa remarque maintenant.</translation>
    </message>
    <message>
        <source>%1: this scan was already recorded.</source>
        <translation>%1&#xa0;: ce scan était déjà enregistré.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Bienvenue, %1.</translation>
    </message>
    <message>
        <source>%1 has left; re-entry is allowed.</source>
        <translation>%1 est sorti(e)&#xa0;; le retour est permis.</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Aucun billet ne porte ce code.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket was cancelled.</source>
        <translation>Le billet de %1 a été annulé.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be let out.</source>
        <translation>%1 n&apos;est pas enregistré(e) et ne peut donc pas sortir.</translation>
    </message>
    <message>
        <source>%1 is already in: admitted at %2 at desk %3.</source>
        <translation>%1 est déjà entré(e)&#xa0;: admis(e) à %2 au poste %3.</translation>
    </message>
    <message>
        <source>Today (%1) is not a day of the event; it runs %2.</source>
        <translation>Aujourd&apos;hui (%1) n&apos;est pas un jour de l&apos;événement&#xa0;; il a lieu le %2.</translation>
    </message>
    <message>
        <source>%1&apos;s ticket is valid on %2, not today (%3).</source>
        <translation>Le billet de %1 est valable le %2, pas aujourd&apos;hui (%3).</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site. An organizer can override.</source>
        <translation>Le lieu est plein&#xa0;: %1 sur %2 sont sur place. L&apos;organisation peut déroger.</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid yet.</source>
        <translation>La commande de ce billet n&apos;est pas encore payée.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not on the desk&apos;s check-in list.</source>
        <translation>Le produit de ce billet n&apos;est pas sur la liste d&apos;enregistrement du poste.</translation>
    </message>
    <message>
        <source>A rule of the check-in list refuses this ticket now.</source>
        <translation>Une règle de la liste d&apos;enregistrement refuse ce billet maintenant.</translation>
    </message>
    <message>
        <source>The ticketing platform has revoked this ticket.</source>
        <translation>La billetterie a révoqué ce billet.</translation>
    </message>
    <message>
        <source>This code looks like a signed ticket, but not one of this event.</source>
        <translation>Ce code ressemble à un billet signé, mais pas de cet événement.</translation>
    </message>
    <message>
        <source>Venue nearly full: %1 of %2 on site.</source>
        <translation>Lieu presque plein&#xa0;: %1 sur %2 sur place.</translation>
    </message>
    <message>
        <source>The venue is full: %1 of %2 are on site.</source>
        <translation>Le lieu est plein&#xa0;: %1 sur %2 sont sur place.</translation>
    </message>
    <message>
        <source>Admitted by organizer override.</source>
        <translation>Admis par dérogation de l&apos;organisation.</translation>
    </message>
    <message>
        <source>No badge printed: printing is not set up here.</source>
        <translation>Aucun badge imprimé&#xa0;: l&apos;impression n&apos;est pas configurée ici.</translation>
    </message>
    <message>
        <source>Badge for %1 sent to the printer.</source>
        <translation>Badge de %1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Reprinting %1&apos;s badge.</source>
        <translation>Réimpression du badge de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is already in the print queue.</source>
        <translation>Le badge de %1 est déjà dans la file d&apos;impression.</translation>
    </message>
    <message>
        <source>%1 already has a badge (Ctrl+P reprints).</source>
        <translation>%1 a déjà un badge (Ctrl+P le réimprime).</translation>
    </message>
    <message>
        <source>Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name (F2) to a spelling it can print.</source>
        <translation>Badge non imprimé&#xa0;: la police du badge ne sait pas écrire «&#xa0;%1&#xa0;» dans %2. Corrigez le nom du badge (F2) avec une orthographe imprimable.</translation>
    </message>
    <message>
        <source>Badge not printed: printing is not available on this desk right now.</source>
        <translation>Badge non imprimé&#xa0;: l&apos;impression n&apos;est pas disponible à ce poste pour le moment.</translation>
    </message>
    <message>
        <source>Admitted, but the badge was not queued (%1); Ctrl+P prints it.</source>
        <translation>Admis, mais le badge n&apos;a pas été mis en file (%1)&#xa0;; Ctrl+P l&apos;imprime.</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Rien à annuler à ce poste.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s admission.</source>
        <translation>Entrée de %1 annulée.</translation>
    </message>
    <message>
        <source>Undid %1&apos;s exit.</source>
        <translation>Sortie de %1 annulée.</translation>
    </message>
    <message>
        <source>Their badge was taken off the print queue.</source>
        <translation>Son badge a été retiré de la file d&apos;impression.</translation>
    </message>
    <message>
        <source>%1&apos;s admission was already undone.</source>
        <translation>L&apos;entrée de %1 était déjà annulée.</translation>
    </message>
    <message>
        <source>%1&apos;s exit was already undone.</source>
        <translation>La sortie de %1 était déjà annulée.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s admission here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Trop tard pour annuler ici l&apos;entrée de %1 (plus de %3&#xa0;min)&#xa0;; l&apos;organisation peut lancer `checkin undo %2`.</translation>
    </message>
    <message>
        <source>Too late to undo %1&apos;s exit here (over %3 min); an organizer can run `checkin undo %2`.</source>
        <translation>Trop tard pour annuler ici la sortie de %1 (plus de %3&#xa0;min)&#xa0;; l&apos;organisation peut lancer `checkin undo %2`.</translation>
    </message>
    <message>
        <source>%1&apos;s latest admission was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>La dernière entrée de %1 a été faite au poste %2 le %3&#xa0;; ce poste n&apos;annule que les siennes.</translation>
    </message>
    <message>
        <source>%1&apos;s latest exit was made at desk %2 at %3; this desk undoes only its own.</source>
        <translation>La dernière sortie de %1 a été faite au poste %2 le %3&#xa0;; ce poste n&apos;annule que les siennes.</translation>
    </message>
    <message>
        <source>NO MATCH</source>
        <translation>AUCUN RÉSULTAT</translation>
    </message>
    <message>
        <source>Nobody matches “%1”: check the spelling, or try their e-mail or company.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;»&#xa0;: vérifiez l&apos;orthographe, ou essayez son e-mail ou sa société.</translation>
    </message>
    <message>
        <source>STOP: NOT A TICKET</source>
        <translation>STOP&#xa0;: PAS UN BILLET</translation>
    </message>
    <message>
        <source>This code is not a ticket: it holds “%1”. Ask for the ticket&apos;s own QR code, or search their name.</source>
        <translation>Ce code n&apos;est pas un billet&#xa0;: il contient «&#xa0;%1&#xa0;». Demandez le QR code du billet, ou cherchez le nom.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>&amp;Ticket type</source>
        <translation>&amp;Type de billet</translation>
    </message>
    <message>
        <source>Enter the attendee&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose a ticket type.</source>
        <translation>Choisissez un type de billet.</translation>
    </message>
</context>
</TS>
