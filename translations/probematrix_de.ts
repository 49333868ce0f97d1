<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Column</name>
    <message>
        <source>Cluster</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Probed area</source>
        <translation>Messfläche</translation>
    </message>
    <message>
        <source>Probed-area resolution</source>
        <translation>Laterale Auflösung</translation>
    </message>
    <message>
        <source>Penetration depth</source>
        <translation>Eindringtiefe</translation>
    </message>
    <message>
        <source>Penetration-depth resolution</source>
        <translation>Tiefenauflösung</translation>
    </message>
    <message>
        <source>Detection limit</source>
        <translation>Nachweisgrenze</translation>
    </message>
    <message>
        <source>Detection-limit resolution</source>
        <translation>Auflösung der Nachweisgrenze</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observablen</translation>
    </message>
    <message>
        <source>Observables resolution</source>
        <translation>Auflösung der Observablen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Zeitskala</translation>
    </message>
    <message>
        <source>Sample preparation</source>
        <translation>Probenvorbereitung</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation>Strahlquelle</translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation>Zelle verfügbar</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Post-processing time</source>
        <translation>Auswertezeit</translation>
    </message>
    <message>
        <source>CRL acquisition</source>
        <translation>CRL-Messung</translation>
    </message>
    <message>
        <source>CRL analysis</source>
        <translation>CRL-Auswertung</translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation>In BIG-MAP genutzt</translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation>Probe wiederverwendbar</translation>
    </message>
    <message>
        <source>Data-analysis software</source>
        <translation>Auswertesoftware</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Sample damage</source>
        <translation>Probenschädigung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Samples submitted</source>
        <translation>Eingereichte Proben</translation>
    </message>
    <message>
        <source>Instrument quality</source>
        <translation>Gerätequalität</translation>
    </message>
    <message>
        <source>Preparation complexity</source>
        <translation>Präparationsaufwand</translation>
    </message>
    <message>
        <source>PaNET</source>
        <translation>PaNET</translation>
    </message>
    <message>
        <source>CHAMEO</source>
        <translation>CHAMEO</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Kuratierung</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1

Nothing of your change was saved.
Discard: take the current version (your change is dropped).
Retry: apply your change again over the current version.
Cancel: go back to your change.</source>
        <translation>%1

Nichts von Ihrer Änderung wurde gespeichert.
Verwerfen: die aktuelle Version übernehmen (Ihre Änderung geht verloren).
Wiederholen: Ihre Änderung erneut auf die aktuelle Version anwenden.
Abbrechen: zu Ihrer Änderung zurückkehren.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>pm::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when ProbeMatrix is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ProbeMatrix.</translation>
    </message>
</context>
<context>
    <name>pm::i18n::UserGuideWindow</name>
    <message>
        <source>ProbeMatrix User Guide</source>
        <translation>ProbeMatrix-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>pm::report::NodeStyle</name>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Prepare %1</source>
        <translation>%1 vorbereiten</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>cell: %1</source>
        <translation>Zelle: %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, destructive</source>
        <translation>, zerstörend</translation>
    </message>
    <message>
        <source>Holder transfer</source>
        <translation>Transfer im Probenhalter</translation>
    </message>
    <message>
        <source>on site at %1</source>
        <translation>vor Ort bei %1</translation>
    </message>
    <message>
        <source>Ship to %1</source>
        <translation>Versand an %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>pm::report::PdfReport</name>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation>Charakterisierungsplan</translation>
    </message>
    <message>
        <source>ProbeMatrix plan report: %1</source>
        <translation>ProbeMatrix-Planbericht: %1</translation>
    </message>
    <message>
        <source>Sample-flow graph of plan %1</source>
        <translation>Probenflussgraph von Plan %1</translation>
    </message>
    <message>
        <source>Each frame is one sample; boxes are steps in order (measurements coloured by technique cluster, destructive ones outlined in red, ⚠ a logbook warning); edges after shipments give the transit time.</source>
        <translation>Jeder Rahmen ist eine Probe; die Kästen sind die Schritte in ihrer Reihenfolge (Messungen nach Technikgruppe eingefärbt, zerstörende rot umrandet, ⚠ ein Laborbuch-Hinweis); Kanten nach einem Versand geben die Transportzeit an.</translation>
    </message>
    <message>
        <source>Timeline of plan %1</source>
        <translation>Zeitplan von Plan %1</translation>
    </message>
    <message>
        <source>Calendar weeks from %1; the plan takes %2 including post-processing.</source>
        <translation>Kalenderwochen ab %1; der Plan dauert %2 einschließlich Auswertung.</translation>
    </message>
</context>
<context>
    <name>pm::report::ReportHtml</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation>Charakterisierungsplan</translation>
    </message>
    <message>
        <source>Measurement plan proposed by ProbeMatrix from the BIG-MAP global experimental matrix, %1.</source>
        <translation>Messplan, von ProbeMatrix aus der globalen experimentellen Matrix von BIG-MAP vorgeschlagen, %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>material not given</source>
        <translation>Material nicht angegeben</translation>
    </message>
    <message>
        <source>Air sensitive</source>
        <translation>Luftempfindlich</translation>
    </message>
    <message>
        <source>yes: handled and shipped under inert gas</source>
        <translation>ja: unter Inertgas gehandhabt und versandt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>Vorbereitet bei</translation>
    </message>
    <message>
        <source>where first measured</source>
        <translation>dort, wo zuerst gemessen wird</translation>
    </message>
    <message>
        <source>Fidelity wanted / cost accepted</source>
        <translation>Gewünschte Genauigkeit / akzeptierte Kosten</translation>
    </message>
    <message>
        <source>Partners excluded</source>
        <translation>Ausgeschlossene Partner</translation>
    </message>
    <message>
        <source>, one point every %1 s</source>
        <translation>, ein Messpunkt alle %1 s</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observablen</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Zielbereich (ROI)</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Plans proposed</source>
        <translation>Vorgeschlagene Pläne</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>D5.5 Table 3 class</source>
        <translation>Klasse (D5.5, Tabelle 3)</translation>
    </message>
    <message>
        <source>This report details plan %1: %2 steps on %3 samples.</source>
        <translation>Dieser Bericht beschreibt Plan %1: %2 Schritte an %3 Proben.</translation>
    </message>
    <message>
        <source>Cannot be measured as asked: %1</source>
        <translation>Nicht wie gewünscht messbar: %1</translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked.</source>
        <translation>Kein Plan: Nichts von dem Angefragten ist wie gewünscht messbar.</translation>
    </message>
    <message>
        <source>(destructive)</source>
        <translation>(zerstörend)</translation>
    </message>
    <message>
        <source>Ordered steps</source>
        <translation>Schritte in Reihenfolge</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>preparation: %1</source>
        <translation>Vorbereitung: %1</translation>
    </message>
    <message>
        <source>Requirements per step</source>
        <translation>Anforderungen je Schritt</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Probenhalter</translation>
    </message>
    <message>
        <source>not listed in the matrix</source>
        <translation>nicht in der Matrix angegeben</translation>
    </message>
    <message>
        <source>%1: acquisition %2, analysis %3</source>
        <translation>%1: Messung %2, Auswertung %3</translation>
    </message>
    <message>
        <source>%1 to %2, results by %3</source>
        <translation>%1 bis %2, Ergebnisse bis %3</translation>
    </message>
    <message>
        <source>Practical details and contacts</source>
        <translation>Praktische Angaben und Kontakte</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>Offerings not used, and why</source>
        <translation>Nicht verwendete Angebote und warum</translation>
    </message>
    <message>
        <source>Unmeasurable as asked:</source>
        <translation>Nicht wie gewünscht messbar:</translation>
    </message>
    <message>
        <source>No offering was rejected.</source>
        <translation>Kein Angebot wurde verworfen.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Results wanted by</source>
        <translation>Ergebnisse gewünscht bis</translation>
    </message>
    <message>
        <source>Starting %1, plan %2 ends about %3, after the wished-for deadline of %4.</source>
        <translation>Bei Beginn am %1 endet Plan %2 etwa am %3, nach dem gewünschten Termin %4.</translation>
    </message>
    <message>
        <source>Access routes held</source>
        <translation>Verfügbare Zugangswege</translation>
    </message>
    <message>
        <source>Material per prepared sample</source>
        <translation>Material pro präparierter Probe</translation>
    </message>
    <message>
        <source> (default for the shape)</source>
        <translation> (Standardwert für die Form)</translation>
    </message>
    <message>
        <source>modified sample</source>
        <translation>modifizierte Probe</translation>
    </message>
    <message>
        <source>to confirm with the partner</source>
        <translation>mit dem Partner zu bestätigen</translation>
    </message>
    <message>
        <source>%1 samples pooled: %2 needed, %3 per sample</source>
        <translation>%1 Proben zusammengelegt: %2 benötigt, %3 pro Probe</translation>
    </message>
    <message>
        <source>inert gas throughout; no air-tight holder listed: glovebox transfer</source>
        <translation>durchgehend unter Schutzgas; kein luftdichter Halter verzeichnet: Transfer über die Glovebox</translation>
    </message>
    <message>
        <source>inert gas throughout, in the %1</source>
        <translation>durchgehend unter Schutzgas, im %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation>Probenform</translation>
    </message>
    <message>
        <source>Air handling</source>
        <translation>Schutz vor Luft</translation>
    </message>
    <message>
        <source>laboratory booking</source>
        <translation>Laborbuchung</translation>
    </message>
    <message>
        <source>next call: %1</source>
        <translation>nächste Ausschreibung: %1</translation>
    </message>
    <message>
        <source>lead time: %1</source>
        <translation>Vorlaufzeit: %1</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>At most (same cost and duration)</source>
        <translation>Höchstens (gleiche Kosten und Dauer)</translation>
    </message>
    <message>
        <source>The search stopped before the front was proven complete. No plan can have a fidelity above %1; the best found has %2 (gap %3). The column &quot;At most&quot; gives, for each plan, the highest fidelity any plan costing no more and lasting no longer could have.</source>
        <translation>Die Suche wurde beendet, bevor die Front als vollständig bewiesen war. Kein Plan kann eine Genauigkeit über %1 haben; der beste gefundene hat %2 (Lücke %3). Die Spalte „Höchstens“ gibt für jeden Plan die höchste Genauigkeit an, die ein Plan mit höchstens denselben Kosten und derselben Dauer haben könnte.</translation>
    </message>
    <message>
        <source>To confirm with the partner: %1</source>
        <translation>Mit dem Partner zu bestätigen: %1</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Covered by existing data (not planned)</source>
        <translation>Durch vorhandene Daten abgedeckt (nicht geplant)</translation>
    </message>
    <message>
        <source>changed since accepted</source>
        <translation>seit der Zusage geändert</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>Existing data</source>
        <translation>Vorhandene Daten</translation>
    </message>
    <message>
        <source>Datasets and publications found in the repositories for each step&apos;s technique and the sample&apos;s material (D5.2 4.2): check them before measuring again.</source>
        <translation>Datensätze und Publikationen, die in den Repositorien zur Technik jedes Schritts und zum Material der Probe gefunden wurden (D5.2 4.2): vor einer neuen Messung prüfen.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>(cached, fetched on %1)</source>
        <translation>(zwischengespeichert, abgerufen am %1)</translation>
    </message>
    <message>
        <source>Some repositories could not be reached when this report was made: results marked cached are what they answered on the date shown, and newer data may exist.</source>
        <translation>Einige Repositorien waren bei der Erstellung dieses Berichts nicht erreichbar: Als zwischengespeichert markierte Ergebnisse sind ihre Antwort vom angegebenen Datum; neuere Daten können existieren.</translation>
    </message>
</context>
<context>
    <name>pm::report::Timeline</name>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>booking lead time</source>
        <translation>Vorlaufzeit der Buchung</translation>
    </message>
    <message>
        <source>sample at the partner</source>
        <translation>Probe beim Partner</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>red border: the step uses up its sample</source>
        <translation>roter Rand: der Schritt verbraucht seine Probe</translation>
    </message>
    <message>
        <source>shaded: every other week</source>
        <translation>schattiert: jede zweite Woche</translation>
    </message>
    <message>
        <source>shaded: every other %1 weeks</source>
        <translation>schattiert: jede zweite Gruppe von %1 Wochen</translation>
    </message>
</context>
<context>
    <name>pm::ui::AccessPage</name>
    <message>
        <source>Access and material</source>
        <translation>Zugang und Material</translation>
    </message>
    <message>
        <source>A standard proposal to a large-scale facility takes more than 6 months to beam time (D5.5 2.5.3); tick the faster routes you hold (D5.2 4.4). Give the material one prepared sample yields: when the measurements need more, the plan prepares and pools more samples.</source>
        <translation>Ein Standardantrag an einer Großforschungsanlage braucht mehr als 6 Monate bis zur Strahlzeit (D5.5 2.5.3); kreuzen Sie die schnelleren Zugangswege an, über die Sie verfügen (D5.2 4.4). Geben Sie an, wie viel Material eine präparierte Probe liefert: Brauchen die Messungen mehr, präpariert der Plan weitere Proben und legt sie zusammen.</translation>
    </message>
    <message>
        <source>Standard proposal (always possible)</source>
        <translation>Standardantrag (immer möglich)</translation>
    </message>
    <message>
        <source>Rapid access</source>
        <translation>Schnellzugang</translation>
    </message>
    <message>
        <source>Industrial (paid) access</source>
        <translation>Industriezugang (kostenpflichtig)</translation>
    </message>
    <message>
        <source>Long-term, HUB or block-allocation access</source>
        <translation>Langzeit-, HUB- oder Blockzugang</translation>
    </message>
    <message>
        <source>Access routes held:</source>
        <translation>Verfügbare Zugangswege:</translation>
    </message>
    <message>
        <source>Material per &amp;sample:</source>
        <translation>&amp;Material pro Probe:</translation>
    </message>
    <message>
        <source>Industrial sample (high fidelity)</source>
        <translation>Industrielle Probe (hohe Genauigkeit)</translation>
    </message>
    <message>
        <source>Modified sample (medium fidelity, one more week to make)</source>
        <translation>Modifizierte Probe (mittlere Genauigkeit, eine Woche mehr Herstellung)</translation>
    </message>
    <message>
        <source>Sample &amp;preparation:</source>
        <translation>Proben&amp;präparation:</translation>
    </message>
    <message>
        <source>Give a mass or an electrode area, such as &quot;600 mg&quot; or &quot;50 cm2&quot;.</source>
        <translation>Geben Sie eine Masse oder eine Elektrodenfläche an, etwa „600 mg“ oder „50 cm2“.</translation>
    </message>
    <message>
        <source>default for a %1: %2</source>
        <translation>Standard für %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::AskBar</name>
    <message>
        <source>Ask the matrix, e.g. who can measure gas evolution operando?</source>
        <translation>Fragen Sie die Matrix, z. B. wer kann die Gasentwicklung operando messen?</translation>
    </message>
    <message>
        <source>Ask the matrix</source>
        <translation>Matrix fragen</translation>
    </message>
    <message>
        <source>Plan this…</source>
        <translation>Dies planen…</translation>
    </message>
    <message>
        <source>Open the request wizard with the observables, sample, mode and correlations of this sentence</source>
        <translation>Den Anfrage-Assistenten mit den Observablen, der Probe, dem Modus und den Korrelationen dieses Satzes öffnen</translation>
    </message>
    <message>
        <source>Questions are unavailable: %1</source>
        <translation>Fragen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <source>Nothing understood, so no rows are shown.</source>
        <translation>Nichts verstanden, daher werden keine Zeilen angezeigt.</translation>
    </message>
    <message>
        <source>Closest known terms: %1.</source>
        <translation>Nächstliegende bekannte Begriffe: %1.</translation>
    </message>
    <message>
        <source>No matching offering: %1</source>
        <translation>Kein passendes Angebot: %1</translation>
    </message>
    <message>
        <source>Question not read: %1</source>
        <translation>Frage nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Verfeinern</translation>
    </message>
    <message>
        <source>Ask within the current facet ticks and search. Off: a new question starts from a clean filter.</source>
        <translation>Innerhalb der aktuellen Facetten und Suche fragen. Aus: Eine neue Frage beginnt mit einem leeren Filter.</translation>
    </message>
    <message>
        <source>New question, clean filter: cleared %1. Turn on “Refine” to ask within them.</source>
        <translation>Neue Frage, leerer Filter: %1 zurückgesetzt. „Verfeinern“ einschalten, um darin zu fragen.</translation>
    </message>
    <message numerus="yes">
        <source>No row left: the question matches %n offering(s), but the other filters remove them all: %1.</source>
        <translation>
            <numerusform>Keine Zeile übrig: Die Frage passt auf %n Angebot, aber die anderen Filter entfernen es: %1.</numerusform>
            <numerusform>Keine Zeile übrig: Die Frage passt auf %n Angebote, aber die anderen Filter entfernen alle: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::AskChip</name>
    <message>
        <source>From &quot;%1&quot;. Click to change: %2</source>
        <translation>Aus „%1“. Zum Ändern klicken: %2</translation>
    </message>
    <message>
        <source>Edit the criterion as field=value, field!=value, field&gt;=value or field&lt;=value; Return applies it.</source>
        <translation>Kriterium als Feld=Wert, Feld!=Wert, Feld&gt;=Wert oder Feld&lt;=Wert bearbeiten; die Eingabetaste wendet es an.</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Dieses Kriterium entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>pm::ui::BrowserColumn</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Partnertyp</translation>
    </message>
</context>
<context>
    <name>pm::ui::CandidatePanel</name>
    <message>
        <source>sample shape not taken</source>
        <translation>Probenform nicht möglich</translation>
    </message>
    <message>
        <source>cannot find the region of interest</source>
        <translation>kann den Zielbereich nicht wiederfinden</translation>
    </message>
    <message>
        <source>mode not offered</source>
        <translation>Modus nicht angeboten</translation>
    </message>
    <message>
        <source>no operando cell</source>
        <translation>keine Operando-Zelle</translation>
    </message>
    <message>
        <source>too slow for the time resolution</source>
        <translation>zu langsam für die Zeitauflösung</translation>
    </message>
    <message>
        <source>cannot measure the Type 1 group at once</source>
        <translation>kann die Typ-1-Gruppe nicht gleichzeitig messen</translation>
    </message>
    <message>
        <source>no shared holder for Type 2</source>
        <translation>kein gemeinsamer Probenhalter für Typ 2</translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation>von Ihnen ausgeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidate offerings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Infrage kommende Angebote&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Observable / removed because</source>
        <translation>Observable / verworfen, weil</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Choose observables to see which offerings can measure them.</source>
        <translation>Wählen Sie Observablen, um zu sehen, welche Angebote sie messen können.</translation>
    </message>
    <message>
        <source>Every observable can be measured as asked.</source>
        <translation>Jede Observable ist wie gewünscht messbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) cannot be measured as asked: relax the criteria shown below.</source>
        <translation>
            <numerusform>%n Observable ist nicht wie gewünscht messbar: Lockern Sie die unten gezeigten Kriterien.</numerusform>
            <numerusform>%n Observablen sind nicht wie gewünscht messbar: Lockern Sie die unten gezeigten Kriterien.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot reach the element</source>
        <translation>kann das Element nicht erfassen</translation>
    </message>
</context>
<context>
    <name>pm::ui::CellListDialog</name>
    <message>
        <source>Operando cells</source>
        <translation>Operando-Zellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Delete operando cell</source>
        <translation>Operando-Zelle löschen</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>%1 löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation>Operando-Zelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add operando cell</source>
        <translation>Operando-Zelle hinzufügen</translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation>Eigentümer (Partner)</translation>
    </message>
    <message>
        <source>Electrochemical performance</source>
        <translation>Elektrochemische Leistung</translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation>Probenformen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; data quality (low/medium/high)</source>
        <translation>eine pro Zeile: Partner; Technik; Instrument; Datenqualität (low/medium/high)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation>Eigentümer „%1“ ist kein Partner der Matrix</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>pm::ui::CellText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>large-scale facility</source>
        <translation>Großforschungsanlage</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>vollständig gelesen</translation>
    </message>
    <message>
        <source>not filled in by the partner (the cell lists the allowed values)</source>
        <translation>vom Partner nicht ausgefüllt (die Zelle nennt die zulässigen Werte)</translation>
    </message>
    <message>
        <source>read in part; the raw text is kept</source>
        <translation>teilweise gelesen; der Rohtext bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>pm::ui::CompareDialog</name>
    <message>
        <source>Show only the differences</source>
        <translation>Nur die Unterschiede zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n offering(s)</source>
        <translation>
            <numerusform>%n Angebot vergleichen</numerusform>
            <numerusform>%n Angebote vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>read in part; as written: %1</source>
        <translation>teilweise gelesen; im Original: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist unterbrochen</translation>
    </message>
    <message>
        <source>Connected again. Rows other users changed meanwhile are being reloaded.</source>
        <translation>Wieder verbunden. Zeilen, die andere Benutzer inzwischen geändert haben, werden neu geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Your last change was not saved; nothing is half-written. Trying again in %n s...</source>
        <translation>
            <numerusform>%1. Ihre letzte Änderung wurde nicht gespeichert; nichts ist halb geschrieben. Neuer Versuch in %n s...</numerusform>
            <numerusform>%1. Ihre letzte Änderung wurde nicht gespeichert; nichts ist halb geschrieben. Neuer Versuch in %n s...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a consortium server</source>
        <translation>Mit einem Konsortiumsserver verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>matrix.example.org</source>
        <translation>matrix.example.org</translation>
    </message>
    <message>
        <source>probematrix</source>
        <translation>probematrix</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>Ihr Anmeldename auf dem Server</translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>leer: ~/.pgpass, PGPASSWORD oder eine Servicedatei verwenden</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved</source>
        <translation>Nur für diese Sitzung im Speicher gehalten, nie gespeichert</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;SSL:</source>
        <translation>&amp;SSL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The server wants a password for %1. Type it above (it is not saved), or put it in ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort für %1. Geben Sie es oben ein (es wird nicht gespeichert) oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Automatic (verify-full for other machines)</source>
        <translation>Automatisch (verify-full für andere Rechner)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name (the consortium&apos;s CA certificate must be installed: see the server guide); require encrypts without checking who answers</source>
        <translation>verify-full prüft Zertifikat und Namen des Servers (das CA-Zertifikat des Konsortiums muss installiert sein: siehe Server-Anleitung); require verschlüsselt, ohne zu prüfen, wer antwortet</translation>
    </message>
</context>
<context>
    <name>pm::ui::CorrelationsPage</name>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>Observables that must be related to each other, e.g. the SEI composition together with the crystal structure of the graphite underneath (D5.5 1.2, 2.1).</source>
        <translation>Observablen, die miteinander in Beziehung stehen müssen, z. B. die SEI-Zusammensetzung zusammen mit der Kristallstruktur des darunterliegenden Graphits (D5.5 1.2, 2.1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type 1&lt;/b&gt;: same sample, same region, same time: one set-up measures all of them.&lt;br/&gt;&lt;b&gt;Type 2&lt;/b&gt;: same sample measured in sequence at the same state of charge (it travels in an air-tight holder).&lt;br/&gt;&lt;b&gt;Type 3&lt;/b&gt;: different samples prepared alike, correlated at the analysis.</source>
        <translation>&lt;b&gt;Typ 1&lt;/b&gt;: gleiche Probe, gleicher Bereich, gleiche Zeit: ein Aufbau misst alle.&lt;br/&gt;&lt;b&gt;Typ 2&lt;/b&gt;: gleiche Probe, nacheinander beim gleichen Ladezustand gemessen (sie reist in einem luftdichten Probenhalter).&lt;br/&gt;&lt;b&gt;Typ 3&lt;/b&gt;: verschiedene, gleich präparierte Proben, bei der Auswertung korreliert.</translation>
    </message>
    <message>
        <source>Tick the observables to correlate:</source>
        <translation>Zu korrelierende Observablen ankreuzen:</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Typ 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Typ 2</translation>
    </message>
    <message>
        <source>Type 3</source>
        <translation>Typ 3</translation>
    </message>
    <message>
        <source>Add correlation</source>
        <translation>Korrelation hinzufügen</translation>
    </message>
    <message>
        <source>Correlations:</source>
        <translation>Korrelationen:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::EntityListDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write decimal degrees, e.g. 45.21)</source>
        <translation>„%1“ ist keine Zahl (Dezimalgrad schreiben, z. B. 45.21)</translation>
    </message>
    <message>
        <source>instrument line %1</source>
        <translation>Instrumentzeile %1</translation>
    </message>
    <message>
        <source>write partner; technique; instrument; %1</source>
        <translation>schreiben Sie Partner; Technik; Instrument; %1</translation>
    </message>
    <message>
        <source>quality (low/medium/high)</source>
        <translation>Qualität (low/medium/high)</translation>
    </message>
    <message>
        <source>air-tight (yes/no)</source>
        <translation>luftdicht (yes/no)</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not in the matrix; did you mean %2?</source>
        <translation>Partner „%1“ ist nicht in der Matrix; meinten Sie %2?</translation>
    </message>
    <message>
        <source>quality &quot;%1&quot; is not on the scale Low &lt; Medium &lt; High</source>
        <translation>Qualität „%1“ liegt nicht auf der Skala Low &lt; Medium &lt; High</translation>
    </message>
    <message>
        <source>air-tight must be yes or no, not &quot;%1&quot;</source>
        <translation>luftdicht muss yes oder no sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pm::ui::Facet</name>
    <message>
        <source>Cluster</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation>Strahlquelle</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation>Probe wiederverwendbar</translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation>Zelle verfügbar</translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation>In BIG-MAP genutzt</translation>
    </message>
</context>
<context>
    <name>pm::ui::FacetPanel</name>
    <message>
        <source>Filter by</source>
        <translation>Filtern nach</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n angekreuzt</numerusform>
            <numerusform>%n angekreuzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::FileDialog</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existiert bereits.
Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>pm::ui::FilterChips</name>
    <message>
        <source>Active filters:</source>
        <translation>Aktive Filter:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter and show the whole matrix</source>
        <translation>Alle Filter entfernen und die ganze Matrix zeigen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::HistoryDialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for %1, oldest first.</source>
        <translation>
            <numerusform>%n Änderung für %1 erfasst, älteste zuerst.</numerusform>
            <numerusform>%n Änderungen für %1 erfasst, älteste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>pm::ui::HolderListDialog</name>
    <message>
        <source>Sample holders</source>
        <translation>Probenhalter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Delete sample holder</source>
        <translation>Probenhalter löschen</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>%1 löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation>Probenhalter %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add sample holder</source>
        <translation>Probenhalter hinzufügen</translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation>Eigentümer (Partner)</translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation>Probenformen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; air-tight (yes/no)</source>
        <translation>eine pro Zeile: Partner; Technik; Instrument; luftdicht (yes/no)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation>Eigentümer „%1“ ist kein Partner der Matrix</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>pm::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read completely. Their text is kept as written; correct the file or edit the offerings.</source>
        <translation>
            <numerusform>%n Zelle konnte nicht vollständig gelesen werden. Ihr Text bleibt wie geschrieben erhalten; korrigieren Sie die Datei oder bearbeiten Sie die Angebote.</numerusform>
            <numerusform>%n Zellen konnten nicht vollständig gelesen werden. Ihr Text bleibt wie geschrieben erhalten; korrigieren Sie die Datei oder bearbeiten Sie die Angebote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Im Original</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>pm::ui::MailDraft</name>
    <message>
        <source>Dear colleague,

Within the BIG-MAP experimental matrix we would like to ask whether you can carry out this measurement:

</source>
        <translation>Liebe Kollegin, lieber Kollege,

im Rahmen der experimentellen Matrix von BIG-MAP möchten wir anfragen, ob Sie diese Messung durchführen können:

</translation>
    </message>
    <message>
        <source>Technique: %1
</source>
        <translation>Technik: %1
</translation>
    </message>
    <message>
        <source>Instrument: %1
</source>
        <translation>Instrument: %1
</translation>
    </message>
    <message>
        <source>Observables: %1
</source>
        <translation>Observablen: %1
</translation>
    </message>
    <message>
        <source>Mode: %1
</source>
        <translation>Modus: %1
</translation>
    </message>
    <message>
        <source>Sample: %1, %2%3
</source>
        <translation>Probe: %1, %2%3
</translation>
    </message>
    <message>
        <source> (air sensitive)</source>
        <translation> (luftempfindlich)</translation>
    </message>
    <message>
        <source>Please tell us whether you accept this step.

Best regards</source>
        <translation>Bitte teilen Sie uns mit, ob Sie diesen Schritt übernehmen.

Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Measurement request: %1 (%2)</source>
        <translation>Messanfrage: %1 (%2)</translation>
    </message>
    <message>
        <source>Where: %1
</source>
        <translation>Ort: %1
</translation>
    </message>
    <message>
        <source>Planned: %1 to %2 (about %3 day(s))

</source>
        <translation>Geplant: %1 bis %2 (etwa %3 Tag(e))

</translation>
    </message>
    <message>
        <source>Planned: about %1 day(s)

</source>
        <translation>Geplant: etwa %1 Tag(e)

</translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>ProbeMatrix</source>
        <translation>ProbeMatrix</translation>
    </message>
    <message>
        <source>Search all text: technique, observable, partner, instrument… (Ctrl+F)</source>
        <translation>Gesamten Text durchsuchen: Technik, Observable, Partner, Instrument… (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Details of the selected offering</source>
        <translation>Details des ausgewählten Angebots</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>%1[*] — ProbeMatrix</source>
        <translation>%1[*] — ProbeMatrix</translation>
    </message>
    <message>
        <source>%1 of %2 offerings</source>
        <translation>%1 von %2 Angeboten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select an offering to see all its characteristics, who to contact and how.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Select 2 to 5 to compare them side by side (Ctrl+Shift+C).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Wählen Sie ein Angebot, um alle seine Merkmale zu sehen und zu erfahren, wen Sie wie erreichen.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Wählen Sie 2 bis 5, um sie nebeneinander zu vergleichen (Strg+Umschalt+C).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Wert abgelehnt</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The matrix changed</source>
        <translation>Die Matrix hat sich geändert</translation>
    </message>
    <message>
        <source>%1

Reload the matrix from the database now? Your undo history will be cleared.</source>
        <translation>%1

Die Matrix jetzt aus der Datenbank neu laden? Ihr Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another ProbeMatrix database (a file, or a postgresql:// address)</source>
        <translation>Eine andere ProbeMatrix-Datenbank öffnen (eine Datei oder eine postgresql://-Adresse)</translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation>Matrix &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import offerings from a TSV, CSV, JSON or XLSX matrix file</source>
        <translation>Angebote aus einer Matrixdatei im Format TSV, CSV, JSON oder XLSX importieren</translation>
    </message>
    <message>
        <source>&amp;Export Shown Offerings…</source>
        <translation>Angezeigte Angebote &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the offerings the filter shows as TSV (native), CSV or JSON, with contacts</source>
        <translation>Die vom Filter gezeigten Angebote als TSV (nativ), CSV oder JSON speichern, mit Kontakten</translation>
    </message>
    <message>
        <source>Export &amp;Without Contacts…</source>
        <translation>Exportieren &amp;ohne Kontakte…</translation>
    </message>
    <message>
        <source>Same, leaving out the contact column (personal data), for sharing</source>
        <translation>Ebenso, aber ohne die Kontaktspalte (personenbezogene Daten), zum Weitergeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>Alle &amp;Filter entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Add Offering…</source>
        <translation>Angebot &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Offering…</source>
        <translation>Angebot &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>D&amp;uplicate Offering…</source>
        <translation>Angebot &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Offering</source>
        <translation>Angebot &amp;löschen</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partner…</translation>
    </message>
    <message>
        <source>Sample &amp;Holders…</source>
        <translation>Probenhal&amp;ter…</translation>
    </message>
    <message>
        <source>&amp;Operando Cells…</source>
        <translation>&amp;Operando-Zellen…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation>Auswahl &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show 2 to 5 selected offerings side by side, differences highlighted</source>
        <translation>2 bis 5 ausgewählte Angebote nebeneinander zeigen, Unterschiede hervorgehoben</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;About ProbeMatrix</source>
        <translation>&amp;Über ProbeMatrix</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open ProbeMatrix database</source>
        <translation>ProbeMatrix-Datenbank öffnen</translation>
    </message>
    <message>
        <source>ProbeMatrix databases (*.sqlite *.db *.probematrix);;All files (*)</source>
        <translation>ProbeMatrix-Datenbanken (*.sqlite *.db *.probematrix);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import matrix</source>
        <translation>Matrix importieren</translation>
    </message>
    <message>
        <source>Matrix files (*.tsv *.txt *.csv *.json *.xlsx);;All files (*)</source>
        <translation>Matrixdateien (*.tsv *.txt *.csv *.json *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation>der Import wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s)</source>
        <translation>
            <numerusform>%n Angebot exportieren</numerusform>
            <numerusform>%n Angebote exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s) without contacts</source>
        <translation>
            <numerusform>%n Angebot ohne Kontakte exportieren</numerusform>
            <numerusform>%n Angebote ohne Kontakte exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Native matrix (*.tsv);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Native Matrix (*.tsv);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1: give the file a .tsv, .csv or .json ending to choose the format.</source>
        <translation>%1: Geben Sie der Datei die Endung .tsv, .csv oder .json, um das Format zu wählen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n offering(s) to %1</source>
        <translation>
            <numerusform>%n Angebot nach %1 exportiert</numerusform>
            <numerusform>%n Angebote nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select between %1 and %2 offerings in the table to compare them (you selected %3).</source>
        <translation>Wählen Sie zwischen %1 und %2 Angebote in der Tabelle aus, um sie zu vergleichen (ausgewählt: %3).</translation>
    </message>
    <message>
        <source>Offering not added</source>
        <translation>Angebot nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Offering not saved</source>
        <translation>Angebot nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n offerings</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the matrix? You can undo this.</source>
        <translation>%1 aus der Matrix löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>ProbeMatrix Help</source>
        <translation>ProbeMatrix-Hilfe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Find who can measure what&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Search&lt;/b&gt; (Ctrl+F) looks through all text; every word must start a word of the offering (&lt;i&gt;xrd oper&lt;/i&gt; finds operando XRD).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facets&lt;/b&gt; on the left: tick values to narrow the matrix. Values of one facet add up (OR); different facets narrow each other (AND). The number beside a value is how many offerings ticking it would leave. Active filters show as chips above the table; click one to remove it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sort&lt;/b&gt; by clicking a column header; ordinal columns sort Low &amp;lt; Medium &amp;lt; High &amp;lt; Best, unknown last. Right-click a header to show, hide or reset columns; drag headers to reorder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; of the selected offering show on the right, with the contact and the ontology links. Select 2–5 rows and press Ctrl+Shift+C to compare them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Edit&lt;/b&gt; a cell with F2 or a double click, or the whole offering with Ctrl+Return; undo with Ctrl+Z, redo with Ctrl+Shift+Z. Every change is saved at once and kept in the history (Ctrl+H).&lt;/p&gt;&lt;p&gt;Italic cells were not filled in by the partner or were read only in part; hover for the text as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Finden, wer was messen kann&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Suchen&lt;/b&gt; (Strg+F) durchsucht den gesamten Text; jedes Wort muss den Anfang eines Wortes des Angebots bilden (&lt;i&gt;xrd oper&lt;/i&gt; findet Operando-XRD).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facetten&lt;/b&gt; links: Werte ankreuzen, um die Matrix einzugrenzen. Werte einer Facette addieren sich (ODER); verschiedene Facetten grenzen einander ein (UND). Die Zahl neben einem Wert gibt an, wie viele Angebote nach dem Ankreuzen übrig blieben. Aktive Filter erscheinen als Chips über der Tabelle; ein Klick entfernt sie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortieren&lt;/b&gt; per Klick auf einen Spaltenkopf; ordinale Spalten sortieren Low &amp;lt; Medium &amp;lt; High &amp;lt; Best, Unbekanntes zuletzt. Rechtsklick auf einen Spaltenkopf zeigt, verbirgt oder setzt Spalten zurück; Spaltenköpfe lassen sich zum Umordnen ziehen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; des ausgewählten Angebots erscheinen rechts, mit Kontakt und Ontologie-Links. Wählen Sie 2–5 Zeilen und drücken Sie Strg+Umschalt+C, um sie zu vergleichen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bearbeiten&lt;/b&gt; Sie eine Zelle mit F2 oder Doppelklick, das ganze Angebot mit Strg+Eingabe; rückgängig mit Strg+Z, wiederholen mit Strg+Umschalt+Z. Jede Änderung wird sofort gespeichert und im Verlauf festgehalten (Strg+H).&lt;/p&gt;&lt;p&gt;Kursive Zellen wurden vom Partner nicht ausgefüllt oder nur teilweise gelesen; beim Überfahren mit der Maus erscheint der Originaltext.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ProbeMatrix</source>
        <translation>Über ProbeMatrix</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProbeMatrix %1&lt;/h3&gt;&lt;p&gt;Browse the BIG-MAP global experimental matrix: who can measure what on a battery sample, how, at what cost and fidelity, and whom to contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Rows marked &lt;i&gt;Curation = estimate&lt;/i&gt; are curated estimates put together from public information, not values reported by the partners; the details pane says so for each row. Press &lt;i&gt;Show Details&lt;/i&gt; for the full provenance of the bundled matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontologies.&lt;/b&gt; PaNET, the Photon and Neutron Experimental Techniques ontology (ExPaNDS / pan-ontologies), CC BY 4.0. CHAMEO, EMMO characterisation methodology domain ontology (emmo-repo), CC BY 4.0. Only identifiers are stored.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProbeMatrix %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie die globale experimentelle Matrix von BIG-MAP: wer was an einer Batterieprobe messen kann, wie, zu welchen Kosten und mit welcher Genauigkeit, und wen Sie kontaktieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Daten.&lt;/b&gt; Zeilen mit &lt;i&gt;Kuratierung = Schätzung&lt;/i&gt; sind kuratierte Schätzungen aus öffentlichen Informationen, keine von den Partnern gemeldeten Werte; der Detailbereich weist bei jeder Zeile darauf hin. Klicken Sie auf &lt;i&gt;Details einblenden&lt;/i&gt; für die vollständige Herkunft der mitgelieferten Matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontologien.&lt;/b&gt; PaNET, die Ontologie der Photonen- und Neutronen-Experimenttechniken (ExPaNDS / pan-ontologies), CC BY 4.0. CHAMEO, die EMMO-Domänenontologie der Charakterisierungsmethodik (emmo-repo), CC BY 4.0. Es werden nur Bezeichner gespeichert.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Plan this</source>
        <translation>Dies planen</translation>
    </message>
    <message>
        <source>&lt;p&gt;This build has no plan workspace. The request drafted from your question (save it as a .pmreq file and run &lt;code&gt;probematrix-cli plan&lt;/code&gt;):&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Dieser Build hat keinen Planungsbereich. Die aus Ihrer Frage entworfene Anfrage (als .pmreq-Datei speichern und &lt;code&gt;probematrix-cli plan&lt;/code&gt; ausführen):&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Work on the consortium&apos;s shared matrix on a PostgreSQL server</source>
        <translation>An der gemeinsamen Matrix des Konsortiums auf einem PostgreSQL-Server arbeiten</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>How to find offerings, ask questions, plan measurements and work on a server</source>
        <translation>Wie Sie Angebote finden, Fragen stellen, Messungen planen und auf einem Server arbeiten</translation>
    </message>
    <message>
        <source>Browser &amp;Tips</source>
        <translation>&amp;Tipps zum Durchsuchen</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%n offering(s) changed by another user</source>
        <translation>
            <numerusform>%n Angebot von einem anderen Benutzer geändert</numerusform>
            <numerusform>%n Angebote von einem anderen Benutzer geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %Ln offerings… search and facets work in a moment</source>
        <translation>
            <numerusform>%Ln Angebot wird indexiert… Suche und Facetten funktionieren gleich</numerusform>
            <numerusform>%Ln Angebote werden indexiert… Suche und Facetten funktionieren gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the matrix for search and facets…</source>
        <translation>Die Matrix wird für Suche und Facetten indexiert…</translation>
    </message>
    <message numerus="yes">
        <source>First %1 of %Ln offerings</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln Angebot</numerusform>
            <numerusform>Die ersten %1 von %Ln Angeboten</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 offerings could be read: %2</source>
        <translation>Nur die ersten %1 Angebote konnten gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln offerings… search and facets work in a moment</source>
        <translation>
            <numerusform>%Ln Angebot wird geladen… Suche und Facetten funktionieren gleich</numerusform>
            <numerusform>%Ln Angebote werden geladen… Suche und Facetten funktionieren gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln offerings…</source>
        <translation>
            <numerusform>%Ln Angebot wird geladen…</numerusform>
            <numerusform>%Ln Angebote werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Available once all %Ln offerings are loaded</source>
        <translation>
            <numerusform>Verfügbar, sobald das Angebot geladen ist (%Ln)</numerusform>
            <numerusform>Verfügbar, sobald alle %Ln Angebote geladen sind</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No offering matches the filters: nothing to show.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kein Angebot passt zu den Filtern: nichts anzuzeigen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixEditor</name>
    <message>
        <source>the offering is no longer in the matrix; reload to see the current state</source>
        <translation>das Angebot ist nicht mehr in der Matrix; laden Sie neu, um den aktuellen Stand zu sehen</translation>
    </message>
    <message>
        <source>offering %1 is not in the matrix</source>
        <translation>Angebot %1 ist nicht in der Matrix</translation>
    </message>
    <message>
        <source>Change %1 of %2 at %3</source>
        <translation>%1 von %2 bei %3 ändern</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>%1 bei %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>%1 bei %2 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1 at %2</source>
        <translation>%1 bei %2 löschen</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Partner %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Partner %1 hinzufügen</translation>
    </message>
    <message>
        <source>partner %1 is not in the matrix</source>
        <translation>Partner %1 ist nicht in der Matrix</translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation>Partner %1 löschen</translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation>Probenhalter %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add sample holder %1</source>
        <translation>Probenhalter %1 hinzufügen</translation>
    </message>
    <message>
        <source>sample holder %1 is not in the matrix</source>
        <translation>Probenhalter %1 ist nicht in der Matrix</translation>
    </message>
    <message>
        <source>Delete sample holder %1</source>
        <translation>Probenhalter %1 löschen</translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation>Operando-Zelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add operando cell %1</source>
        <translation>Operando-Zelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>operando cell %1 is not in the matrix</source>
        <translation>Operando-Zelle %1 ist nicht in der Matrix</translation>
    </message>
    <message>
        <source>Delete operando cell %1</source>
        <translation>Operando-Zelle %1 löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixIndex</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixTableModel</name>
    <message>
        <source>%1
as written: %2</source>
        <translation>%1
im Original: %2</translation>
    </message>
    <message>
        <source>curated estimate, not reported by the partner</source>
        <translation>kuratierte Schätzung, nicht vom Partner gemeldet</translation>
    </message>
    <message>
        <source>%1 (matrix header: &quot;%2&quot;)</source>
        <translation>%1 (Spaltenkopf in der Matrix: „%2“)</translation>
    </message>
    <message>
        <source>%1 (from the partner table)</source>
        <translation>%1 (aus der Partnertabelle)</translation>
    </message>
</context>
<context>
    <name>pm::ui::ObservablesPage</name>
    <message>
        <source>Observables</source>
        <translation>Observablen</translation>
    </message>
    <message>
        <source>What do you want to know about the sample? For example the crystal structure of the SEI or its chemical composition (D5.5 2.1). Synonyms are understood: type &quot;Ni oxidation state&quot; or &quot;valence&quot;.</source>
        <translation>Was möchten Sie über die Probe wissen? Zum Beispiel die Kristallstruktur der SEI oder ihre chemische Zusammensetzung (D5.5 2.1). Synonyme werden verstanden: Geben Sie „Ni oxidation state“ oder „valence“ ein.</translation>
    </message>
    <message>
        <source>Search observables and synonyms…</source>
        <translation>Observablen und Synonyme suchen…</translation>
    </message>
    <message>
        <source>The number after each observable is how many offerings in the matrix can measure it.</source>
        <translation>Die Zahl nach jeder Observable gibt an, wie viele Angebote der Matrix sie messen können.</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n offering(s))</source>
        <translation>
            <numerusform>%1  (%n Angebot)</numerusform>
            <numerusform>%1  (%n Angebote)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDetails</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>read in part; as written:</source>
        <translation>teilweise gelesen; im Original:</translation>
    </message>
    <message>
        <source>not filled in by the partner</source>
        <translation>vom Partner nicht ausgefüllt</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>CRL acq.</source>
        <translation>CRL-Mess.</translation>
    </message>
    <message>
        <source>CRL anal.</source>
        <translation>CRL-Ausw.</translation>
    </message>
    <message>
        <source>Curated estimate.</source>
        <translation>Kuratierte Schätzung.</translation>
    </message>
    <message>
        <source>These values were put together from public information, not reported by the partner; ask the contact before relying on them.</source>
        <translation>Diese Werte wurden aus öffentlichen Informationen zusammengestellt, nicht vom Partner gemeldet; fragen Sie den Kontakt, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation>Technische Reichweite</translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation>Logistik und Kosten</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Einsatzreife</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Partnertyp</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>curated estimate</source>
        <translation>kuratierte Schätzung</translation>
    </message>
    <message>
        <source>reported by the partner</source>
        <translation>vom Partner gemeldet</translation>
    </message>
    <message>
        <source>Contact and identifiers</source>
        <translation>Kontakt und Kennungen</translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDialog</name>
    <message>
        <source>Add offering</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>%1 bei %2 bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate %1 at %2</source>
        <translation>%1 bei %2 duplizieren</translation>
    </message>
    <message>
        <source>The copy needs a different partner, technique or instrument from the original.</source>
        <translation>Die Kopie braucht einen anderen Partner, eine andere Technik oder ein anderes Instrument als das Original.</translation>
    </message>
    <message>
        <source>Cells are written as in the matrix: lists with commas, alternatives with a slash (High/Medium), [Null] or empty when unknown.</source>
        <translation>Zellen werden wie in der Matrix geschrieben: Listen mit Kommas, Alternativen mit Schrägstrich (High/Medium), [Null] oder leer, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation>Technische Reichweite</translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation>Logistik und Kosten</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Einsatzreife</translation>
    </message>
    <message>
        <source>Matrix header: %1</source>
        <translation>Spaltenkopf in der Matrix: %1</translation>
    </message>
    <message>
        <source>an offering needs a partner and a technique</source>
        <translation>ein Angebot braucht einen Partner und eine Technik</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) cannot be read; see the reasons under them.</source>
        <translation>
            <numerusform>%n Feld kann nicht gelesen werden; der Grund steht darunter.</numerusform>
            <numerusform>%n Felder können nicht gelesen werden; die Gründe stehen darunter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::OperandoPage</name>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Time resolution needed</source>
        <translation>Benötigte Zeitauflösung</translation>
    </message>
    <message>
        <source>Operando and in situ</source>
        <translation>Operando und in situ</translation>
    </message>
    <message>
        <source>To follow an observable while the cell works, say how often a data point is needed (D5.5 2.1). &quot;Any&quot; lets the planner choose; ex situ needs no cell.</source>
        <translation>Um eine Observable während des Zellbetriebs zu verfolgen, geben Sie an, wie oft ein Messpunkt nötig ist (D5.5 2.1). „Beliebig“ überlässt die Wahl dem Planer; ex situ braucht keine Zelle.</translation>
    </message>
    <message>
        <source>Helper: cell cycled at</source>
        <translation>Hilfe: Zelle zyklisiert mit</translation>
    </message>
    <message>
        <source>Apply to operando rows</source>
        <translation>Auf Operando-Zeilen anwenden</translation>
    </message>
    <message>
        <source>about one point every %1 s</source>
        <translation>etwa ein Messpunkt alle %1 s</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Operando</source>
        <translation>Operando</translation>
    </message>
    <message>
        <source>In situ</source>
        <translation>In situ</translation>
    </message>
    <message>
        <source>Ex situ</source>
        <translation>Ex situ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>pm::ui::ParetoChart</name>
    <message>
        <source>Plans proposed: fidelity against cost; the larger the bubble, the longer the plan. Click one to select it.</source>
        <translation>Vorgeschlagene Pläne: Genauigkeit über Kosten; je größer die Blase, desto länger der Plan. Zum Auswählen anklicken.</translation>
    </message>
    <message>
        <source>cost (units) →</source>
        <translation>Kosten (Einheiten) →</translation>
    </message>
    <message>
        <source>fidelity →</source>
        <translation>Genauigkeit →</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>bubble size: duration</source>
        <translation>Blasengröße: Dauer</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>pm::ui::PartnerListDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>Delete partner %1? You can undo this.</source>
        <translation>Partner %1 löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Partner %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Short name (as the matrix writes it)</source>
        <translation>Kurzname (wie in der Matrix geschrieben)</translation>
    </message>
    <message>
        <source>Other names (comma-separated)</source>
        <translation>Weitere Namen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
</context>
<context>
    <name>pm::ui::PlanWorkspace</name>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Click a step to see the offering behind it.</source>
        <translation>Klicken Sie auf einen Schritt, um das zugehörige Angebot zu sehen.</translation>
    </message>
    <message>
        <source>Sample flow</source>
        <translation>Probenfluss</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Accepted by the partner</source>
        <translation>Vom Partner angenommen</translation>
    </message>
    <message>
        <source>Refused by the partner…</source>
        <translation>Vom Partner abgelehnt…</translation>
    </message>
    <message>
        <source>Email the partner…</source>
        <translation>Dem Partner schreiben…</translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation>Ausgewählter Schritt:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Practical details</source>
        <translation>Praktische Angaben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>select a measurement step to write to its partner</source>
        <translation>wählen Sie einen Messschritt, um dessen Partner zu schreiben</translation>
    </message>
    <message>
        <source>Every requested observable can be measured. Offerings not used, and why:</source>
        <translation>Jede angefragte Observable ist messbar. Nicht verwendete Angebote und warum:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be measured as asked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht wie gewünscht messbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Start with &lt;b&gt;New request…&lt;/b&gt; or open a .pmreq file.</source>
        <translation>Beginnen Sie mit &lt;b&gt;Neue Anfrage…&lt;/b&gt; oder öffnen Sie eine .pmreq-Datei.</translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked. See &lt;b&gt;Rejected&lt;/b&gt;.</source>
        <translation>Kein Plan: Nichts von dem Angefragten ist wie gewünscht messbar. Siehe &lt;b&gt;Verworfen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — plan %2 of %3: fidelity %4, cost %5, %6. %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Plan %2 von %3: Genauigkeit %4, Kosten %5, %6. %7</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannte Anfrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (destructive)</source>
        <translation> (zerstörend)</translation>
    </message>
    <message>
        <source>Logbook: %1</source>
        <translation>Laborbuch: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observablen</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Describe what you want to measure, step by step</source>
        <translation>Schritt für Schritt beschreiben, was Sie messen möchten</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>Anfrage ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage öffnen</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>Anfrage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>Neu &amp;planen</translation>
    </message>
    <message>
        <source>Plan again with the accepted steps pinned and the refused offerings excluded</source>
        <translation>Erneut planen, mit festgehaltenen angenommenen Schritten und ohne die abgelehnten Angebote</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Steps as CSV…</source>
        <translation>Schritte als CSV…</translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation>Schritte exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plans as JSON…</source>
        <translation>Pläne als JSON…</translation>
    </message>
    <message>
        <source>Export plans</source>
        <translation>Pläne exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Graph as DOT…</source>
        <translation>Graph als DOT…</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>Graphviz (*.dot *.gv)</source>
        <translation>Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Graph as SVG…</source>
        <translation>Graph als SVG…</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>no matrix is loaded to plan from</source>
        <translation>es ist keine Matrix geladen, aus der geplant werden kann</translation>
    </message>
    <message>
        <source>an untitled request</source>
        <translation>eine unbenannte Anfrage</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>Anfrage fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>You were writing %1 with %n observable(s). Continue with it?</source>
        <translation>
            <numerusform>Sie haben %1 mit %n Observable verfasst. Damit weitermachen?</numerusform>
            <numerusform>Sie haben %1 mit %n Observablen verfasst. Damit weitermachen?</numerusform>
        </translation>
    </message>
    <message>
        <source>select a step of the plan first</source>
        <translation>wählen Sie zuerst einen Schritt des Plans</translation>
    </message>
    <message>
        <source>only measurements are validated by partners; %1 is a %2 step</source>
        <translation>nur Messungen werden von Partnern bestätigt; %1 ist ein Schritt vom Typ %2</translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation>Schritt abgelehnt</translation>
    </message>
    <message>
        <source>%1 at %2 was refused. Plan again, keeping the accepted steps and leaving this offering out?</source>
        <translation>%1 bei %2 wurde abgelehnt. Erneut planen, mit den angenommenen Schritten und ohne dieses Angebot?</translation>
    </message>
    <message>
        <source>no plan to re-plan</source>
        <translation>kein Plan zum Neuplanen</translation>
    </message>
    <message>
        <source>no plan to export</source>
        <translation>kein Plan zum Exportieren</translation>
    </message>
    <message>
        <source>Region of interest (%1): %2</source>
        <translation>Interessierender Bereich (%1): %2</translation>
    </message>
    <message>
        <source>Set by %1 at %2</source>
        <translation>Gesetzt von %1 am %2</translation>
    </message>
    <message>
        <source>%1 at %2 (offering %3) is no longer in the matrix: ask the partner, or refuse the step and re-plan.</source>
        <translation>%1 bei %2 (Angebot %3) ist nicht mehr in der Matrix: fragen Sie den Partner, oder lehnen Sie den Schritt ab und planen Sie neu.</translation>
    </message>
    <message>
        <source>Starting %1, this plan ends about %2, after the wished-for deadline of %3.</source>
        <translation>Bei Beginn am %1 endet dieser Plan etwa am %2, nach dem gewünschten Termin %3.</translation>
    </message>
    <message>
        <source>Open s&amp;tored plan…</source>
        <translation>&amp;Gespeicherten Plan öffnen…</translation>
    </message>
    <message>
        <source>Reopen a plan stored in the database and go on validating it</source>
        <translation>Einen in der Datenbank gespeicherten Plan wieder öffnen und weiter validieren</translation>
    </message>
    <message>
        <source>Re&amp;load statuses</source>
        <translation>Status neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the partners&apos; answers again from the database</source>
        <translation>Die Antworten der Partner erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>Planned %1 by %2, reopened from the database with the partners&apos; answers so far.</source>
        <translation>Geplant am %1 von %2, aus der Datenbank wieder geöffnet mit den bisherigen Antworten der Partner.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>Status not saved</source>
        <translation>Status nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Reload the statuses now?</source>
        <translation>%1

Status jetzt neu laden?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the search and keep the best plans found so far, with their gap</source>
        <translation>Die Suche beenden und die besten bisher gefundenen Pläne mit ihrer Lücke behalten</translation>
    </message>
    <message>
        <source>Keep searching</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Search again with four times the time limit</source>
        <translation>Erneut mit dem Vierfachen des Zeitlimits suchen</translation>
    </message>
    <message>
        <source>No plan costing no more and lasting no longer has a fidelity above %1 (gap %2).</source>
        <translation>Kein Plan, der nicht mehr kostet und nicht länger dauert, hat eine Genauigkeit über %1 (Lücke %2).</translation>
    </message>
    <message>
        <source>The search stopped before the front was proven complete: no plan costing no more and lasting no longer than this one has a fidelity above %1 (gap %2); no plan at all has one above %3 (gap %4 to the best found).</source>
        <translation>Die Suche wurde beendet, bevor die Front als vollständig bewiesen war: Kein Plan, der nicht mehr kostet und nicht länger dauert als dieser, hat eine Genauigkeit über %1 (Lücke %2); überhaupt kein Plan hat eine über %3 (Lücke %4 zum besten gefundenen).</translation>
    </message>
    <message>
        <source>To confirm with the partner: %1</source>
        <translation>Mit dem Partner zu bestätigen: %1</translation>
    </message>
    <message>
        <source>Searching for plans…</source>
        <translation>Suche nach Plänen…</translation>
    </message>
    <message numerus="yes">
        <source>Searching: %1 s, %n plan(s) found, %2 nodes; best fidelity %3, none can exceed %4 (gap %5).</source>
        <translation>
            <numerusform>Suche: %1 s, %n Plan gefunden, %2 Knoten; beste Genauigkeit %3, keine kann %4 übersteigen (Lücke %5).</numerusform>
            <numerusform>Suche: %1 s, %n Pläne gefunden, %2 Knoten; beste Genauigkeit %3, keine kann %4 übersteigen (Lücke %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — searching; the best plans so far are listed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Suche läuft; die bisher besten Pläne sind aufgeführt.</translation>
    </message>
    <message>
        <source>%1 after %2 s: the plans are the best found. No plan can have a fidelity above %3; the best found has %4 (gap %5).</source>
        <translation>%1 nach %2 s: Die Pläne sind die besten gefundenen. Kein Plan kann eine Genauigkeit über %3 haben; der beste gefundene hat %4 (Lücke %5).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>a search is still running; cancel it first</source>
        <translation>eine Suche läuft noch; brechen Sie sie zuerst ab</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>to confirm with the partner</source>
        <translation>mit dem Partner zu bestätigen</translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation>Probenform</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Probenhalter</translation>
    </message>
    <message>
        <source>Air handling</source>
        <translation>Schutz vor Luft</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>laboratory booking</source>
        <translation>Laborbuchung</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Nächste Ausschreibung</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Apply at</source>
        <translation>Antrag bei</translation>
    </message>
    <message>
        <source>changed since accepted</source>
        <translation>seit der Zusage geändert</translation>
    </message>
    <message>
        <source>Changes against the plan refused in part:</source>
        <translation>Änderungen gegenüber dem teilweise abgelehnten Plan:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The partner accepted: %1</source>
        <translation>Der Partner hat zugesagt: %1</translation>
    </message>
    <message>
        <source>Re-plan of plan %1 after refusal of %2.</source>
        <translation>Neuplanung von Plan %1 nach Ablehnung von %2.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>keinem Schritt</translation>
    </message>
    <message>
        <source>This is a %1, by %2.</source>
        <translation>Dies ist eine %1, von %2.</translation>
    </message>
    <message>
        <source>the matrix has no contact for %1 at %2: ask the consortium for one</source>
        <translation>die Matrix hat keinen Kontakt für %1 bei %2: fragen Sie das Konsortium nach einem</translation>
    </message>
    <message>
        <source>Email the partner</source>
        <translation>Dem Partner schreiben</translation>
    </message>
    <message>
        <source>%1

Copy the text of the e-mail to the clipboard?</source>
        <translation>%1

Den Text der E-Mail in die Zwischenablage kopieren?</translation>
    </message>
    <message>
        <source>The contact of %1 is a web page, not an e-mail address: %2. Write through it.</source>
        <translation>Der Kontakt von %1 ist eine Webseite, keine E-Mail-Adresse: %2. Schreiben Sie darüber.</translation>
    </message>
    <message>
        <source>No e-mail program opened the draft to %1.</source>
        <translation>Kein E-Mail-Programm hat den Entwurf an %1 geöffnet.</translation>
    </message>
    <message>
        <source>Select a measurement step to write to its partner</source>
        <translation>Wählen Sie einen Messschritt, um seinem Partner zu schreiben</translation>
    </message>
    <message>
        <source>The matrix has no contact for %1 at %2</source>
        <translation>Die Matrix hat keinen Kontakt für %1 bei %2</translation>
    </message>
    <message>
        <source>The contact is a web page, not an e-mail address (%1): the text is offered to copy</source>
        <translation>Der Kontakt ist eine Webseite, keine E-Mail-Adresse (%1): der Text wird zum Kopieren angeboten</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Existing data</source>
        <translation>Vorhandene Daten</translation>
    </message>
    <message numerus="yes">
        <source>Existing data (%n step(s))</source>
        <translation>
            <numerusform>Vorhandene Daten (%n Schritt)</numerusform>
            <numerusform>Vorhandene Daten (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing data found: see the Existing data tab</source>
        <translation>Vorhandene Daten gefunden: siehe Reiter „Vorhandene Daten“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the request&apos;s observables</source>
        <translation>„%1“ ist keine Observable der Anfrage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DOI</source>
        <translation>„%1“ ist kein DOI</translation>
    </message>
    <message>
        <source>a search is running: cancel it or wait, then use the existing data</source>
        <translation>eine Suche läuft: abbrechen oder warten, dann die vorhandenen Daten verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already covered by doi:%2</source>
        <translation>„%1“ ist bereits durch doi:%2 abgedeckt</translation>
    </message>
    <message>
        <source>Saved %1 in %2 — &lt;a href=&quot;folder&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>%1 in %2 gespeichert — &lt;a href=&quot;folder&quot;&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Plantyp</translation>
    </message>
    <message>
        <source>Fidelity, 0 to 1: how well the plan&apos;s techniques answer what you asked</source>
        <translation>Genauigkeit, 0 bis 1: wie gut die Techniken des Plans Ihre Frage beantworten</translation>
    </message>
    <message>
        <source>Cost units: 1 ≈ one cheap laboratory measurement</source>
        <translation>Kosteneinheiten: 1 ≈ eine günstige Labormessung</translation>
    </message>
    <message>
        <source>The kind of campaign (D5.5 Table 3): single laboratory measurements, correlated or operando laboratory work, a single large-scale-facility measurement, or correlated operando work including large-scale facilities</source>
        <translation>Die Art der Kampagne (D5.5, Tabelle 3): einzelne Labormessungen, korrelierte oder Operando-Laborarbeit, eine einzelne Messung an einer Großforschungsanlage oder korrelierte Operando-Arbeit mit Großforschungsanlagen</translation>
    </message>
    <message>
        <source>Best first for what you asked: a weighted sum of fidelity (weight %1), low cost (%2) and short duration (%3), each scaled over these plans. None of them is better than another on all three.</source>
        <translation>Die besten zuerst für Ihre Anfrage: eine gewichtete Summe aus Genauigkeit (Gewicht %1), niedrigen Kosten (%2) und kurzer Dauer (%3), jeweils über diese Pläne skaliert. Keiner ist in allen drei besser als ein anderer.</translation>
    </message>
</context>
<context>
    <name>pm::ui::PriorityPage</name>
    <message>
        <source>Exclude large-scale facilities (synchrotrons, neutron sources)</source>
        <translation>Großforschungsanlagen ausschließen (Synchrotrons, Neutronenquellen)</translation>
    </message>
    <message>
        <source>Results wanted by:</source>
        <translation>Ergebnisse gewünscht bis:</translation>
    </message>
    <message>
        <source>Fidelity and cost</source>
        <translation>Genauigkeit und Kosten</translation>
    </message>
    <message>
        <source>&lt;b&gt;High fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hohe Genauigkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Low fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geringe Genauigkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;High cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hohe Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Low cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geringe Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Partners not to ask:</source>
        <translation>Nicht anzufragende Partner:</translation>
    </message>
    <message>
        <source>Low fidelity, high cost
Single large-scale
facility measurement</source>
        <translation>Geringe Genauigkeit, hohe Kosten
Einzelmessung an einer
Großforschungsanlage</translation>
    </message>
    <message>
        <source>Low fidelity, low cost
Single and high-throughput
laboratory experiments</source>
        <translation>Geringe Genauigkeit, geringe Kosten
Einzelne Laborexperimente
mit hohem Durchsatz</translation>
    </message>
    <message>
        <source>High fidelity, high cost
Correlated multimodal
operando experiments with
large-scale facilities</source>
        <translation>Hohe Genauigkeit, hohe Kosten
Korrelierte multimodale
Operando-Experimente mit
Großforschungsanlagen</translation>
    </message>
    <message>
        <source>High fidelity, low cost
Correlated or operando
laboratory experiments</source>
        <translation>Hohe Genauigkeit, geringe Kosten
Korrelierte oder Operando-
Laborexperimente</translation>
    </message>
    <message>
        <source>Medium fidelity, medium cost
(the default)</source>
        <translation>Mittlere Genauigkeit, mittlere Kosten
(Voreinstellung)</translation>
    </message>
    <message>
        <source>High fidelity</source>
        <translation>Hohe Genauigkeit</translation>
    </message>
    <message>
        <source>Medium fidelity</source>
        <translation>Mittlere Genauigkeit</translation>
    </message>
    <message>
        <source>Low fidelity</source>
        <translation>Geringe Genauigkeit</translation>
    </message>
    <message>
        <source>high cost</source>
        <translation>hohe Kosten</translation>
    </message>
    <message>
        <source>medium cost</source>
        <translation>mittlere Kosten</translation>
    </message>
    <message>
        <source>low cost</source>
        <translation>geringe Kosten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Some techniques are more accurate, some take more time and money. Pick the kind of plan you are after; the planner ranks its proposals by it. Until you pick one, plans are ranked for medium fidelity and medium cost.</source>
        <translation>Manche Techniken sind genauer, manche kosten mehr Zeit und Geld. Wählen Sie die Art von Plan, die Sie suchen; der Planer ordnet seine Vorschläge danach. Solange Sie nichts wählen, werden die Pläne für mittlere Genauigkeit und mittlere Kosten geordnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medium fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mittlere Genauigkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medium cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mittlere Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The plans are ranked by a weighted sum: fidelity weight %1, low cost weight %2, short duration 0.5.</source>
        <translation>Die Pläne werden nach einer gewichteten Summe geordnet: Gewicht der Genauigkeit %1, der niedrigen Kosten %2, der kurzen Dauer 0,5.</translation>
    </message>
</context>
<context>
    <name>pm::ui::ReadOnlyNote</name>
    <message>
        <source>Read only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <source>your account may not change this matrix</source>
        <translation>Ihr Konto darf diese Matrix nicht ändern</translation>
    </message>
</context>
<context>
    <name>pm::ui::RequestWizard</name>
    <message>
        <source>New characterisation request</source>
        <translation>Neue Charakterisierungsanfrage</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
</context>
<context>
    <name>pm::ui::RoiPage</name>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Zielbereich (ROI)</translation>
    </message>
    <message>
        <source>Where (coordinates, marks)</source>
        <translation>Wo (Koordinaten, Markierungen)</translation>
    </message>
    <message>
        <source>Average over the sample, any random spot, or one specific region, such as the top-left corner of a pouch-cell electrode or a micron-sized zone given by coordinates (D5.5 2.1). A specific region must be found again by every correlated measurement, so fewer techniques qualify.</source>
        <translation>Mittelwert über die Probe, eine beliebige Stelle oder ein bestimmter Bereich, etwa die linke obere Ecke einer Pouchzellen-Elektrode oder eine mikrometergroße Zone, durch Koordinaten gegeben (D5.5 2.1). Ein bestimmter Bereich muss von jeder korrelierten Messung wiedergefunden werden; daher kommen weniger Techniken infrage.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Bestimmt</translation>
    </message>
    <message>
        <source>e.g. x = 2.1 mm, y = 0.4 mm, laser mark A</source>
        <translation>z. B. x = 2,1 mm, y = 0,4 mm, Lasermarke A</translation>
    </message>
</context>
<context>
    <name>pm::ui::SamplePage</name>
    <message>
        <source>Air sensitive: handle, ship and measure under inert gas</source>
        <translation>Luftempfindlich: unter Inertgas handhaben, versenden und messen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>The sample shape decides which techniques can take it: a real or model electrode, a powder of active material, a liquid electrolyte or a whole cell (D5.5 2.1).</source>
        <translation>Die Probenform entscheidet, welche Techniken sie aufnehmen können: eine reale oder Modellelektrode, ein Aktivmaterialpulver, ein Flüssigelektrolyt oder eine ganze Zelle (D5.5 2.1).</translation>
    </message>
    <message>
        <source>e.g. SEI growth on graphite after 100 cycles</source>
        <translation>z. B. SEI-Wachstum auf Graphit nach 100 Zyklen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Sample &amp;shape:</source>
        <translation>Proben&amp;form:</translation>
    </message>
    <message>
        <source>e.g. LiNiO2 / graphite, LP57</source>
        <translation>z. B. LiNiO2 / Graphit, LP57</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>Where it is first measured</source>
        <translation>Dort, wo zuerst gemessen wird</translation>
    </message>
    <message>
        <source>Prepared &amp;at:</source>
        <translation>&amp;Vorbereitet bei:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none: as prepared</source>
        <translation>keine: wie präpariert</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> Zyklen</translation>
    </message>
    <message>
        <source>How many charge-discharge cycles the sample goes through before it is measured. 0: as prepared (formed and brought to the state of charge).</source>
        <translation>Wie viele Lade-Entlade-Zyklen die Probe vor der Messung durchläuft. 0: wie präpariert (formiert und auf den Ladezustand gebracht).</translation>
    </message>
    <message>
        <source>at </source>
        <translation>bei </translation>
    </message>
    <message>
        <source> C</source>
        <translation> C</translation>
    </message>
    <message>
        <source>The C-rate of those cycles: 0.5 is C/2, a full charge and discharge in 4 hours.</source>
        <translation>Die C-Rate dieser Zyklen: 0,5 ist C/2, eine volle Ladung und Entladung in 4 Stunden.</translation>
    </message>
    <message>
        <source>Electrochemical &amp;history:</source>
        <translation>Elektrochemische Vor&amp;geschichte:</translation>
    </message>
    <message>
        <source>Samples are measured as prepared: formed and brought to the state of charge.</source>
        <translation>Die Proben werden wie präpariert gemessen: formiert und auf den Ladezustand gebracht.</translation>
    </message>
    <message>
        <source>%1 cycles at %2 C take %3 days: a plan covers at most %4 days of cycling. Use fewer cycles or a higher rate.</source>
        <translation>%1 Zyklen bei %2 C dauern %3 Tage: ein Plan umfasst höchstens %4 Tage Zyklierung. Weniger Zyklen oder eine höhere Rate wählen.</translation>
    </message>
    <message>
        <source>%1 cycles at %2 C take %3 days. Operando measurements at a laboratory run during them (their gas, their structure changes); a beamtime cannot hold a cell that long, so its cell is cycled first and the plan says so. Ex-situ samples are cycled before they are opened.</source>
        <translation>%1 Zyklen bei %2 C dauern %3 Tage. Operando-Messungen im Labor laufen während dieser Zyklen (ihre Gase, ihre Strukturänderungen); eine Strahlzeit kann eine Zelle nicht so lange halten, daher wird ihre Zelle vorher zykliert, und der Plan sagt es. Ex-situ-Proben werden vor dem Öffnen zykliert.</translation>
    </message>
</context>
<context>
    <name>pm::ui::SecurityIndicator</name>
    <message>
        <source>Encrypted, server not verified</source>
        <translation>Verschlüsselt, Server nicht geprüft</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source> (this machine)</source>
        <translation> (dieser Rechner)</translation>
    </message>
    <message>
        <source>Encrypted, server verified</source>
        <translation>Verschlüsselt, Server geprüft</translation>
    </message>
</context>
<context>
    <name>pm::ui::StatisticsView</name>
    <message>
        <source>Coverage: offerings per observable and cluster</source>
        <translation>Abdeckung: Angebote je Observable und Gruppe</translation>
    </message>
    <message>
        <source>Statistics of the %1 of %2 offerings the current filter shows.</source>
        <translation>Statistik der %1 von %2 Angeboten, die der aktuelle Filter zeigt.</translation>
    </message>
    <message>
        <source>Offerings per cluster</source>
        <translation>Angebote je Gruppe</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Offerings per partner (the 15 with most)</source>
        <translation>Angebote je Partner (die 15 mit den meisten)</translation>
    </message>
    <message>
        <source>Offerings per partner</source>
        <translation>Angebote je Partner</translation>
    </message>
    <message>
        <source>Fidelity against resources</source>
        <translation>Genauigkeit über Ressourcen</translation>
    </message>
    <message>
        <source>%1 fidelity</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>fidelity not stated</source>
        <translation>Genauigkeit nicht angegeben</translation>
    </message>
    <message>
        <source>%1 offering(s) measure %2 in %3</source>
        <translation>%1 Angebot(e) messen %2 in der Gruppe %3</translation>
    </message>
</context>
<context>
    <name>pm::ui::StoredPlansDialog</name>
    <message>
        <source>Open stored plan</source>
        <translation>Gespeicherten Plan öffnen</translation>
    </message>
    <message>
        <source>Requests planned earlier, with their plans and the partners&apos; answers so far:</source>
        <translation>Früher geplante Anfragen, mit ihren Plänen und den bisherigen Antworten der Partner:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Anfrage ohne Titel</translation>
    </message>
    <message>
        <source>No plan is stored in this database yet. Plans are stored when a request is planned.</source>
        <translation>In dieser Datenbank ist noch kein Plan gespeichert. Pläne werden gespeichert, wenn eine Anfrage geplant wird.</translation>
    </message>
    <message>
        <source>Re-plan of</source>
        <translation>Neuplanung von</translation>
    </message>
    <message>
        <source>stored plan %1, deleted since</source>
        <translation>gespeichertem Plan %1, inzwischen gelöscht</translation>
    </message>
    <message>
        <source>«%1» (stored plan %2)</source>
        <translation>„%1“ (gespeicherter Plan %2)</translation>
    </message>
    <message>
        <source>re-plan of %1</source>
        <translation>Neuplanung von %1</translation>
    </message>
    <message>
        <source>re-plan of %1 after refusal of %2</source>
        <translation>Neuplanung von %1 nach Ablehnung von %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::archive::ExistingDataPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Repositories…</source>
        <translation>Repositorien…</translation>
    </message>
    <message>
        <source>&amp;Use as existing data…</source>
        <translation>Als vorhandene Daten &amp;verwenden…</translation>
    </message>
    <message>
        <source>Use existing data</source>
        <translation>Vorhandene Daten verwenden</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; out of the plan, as measured in doi:%2, and plan again?</source>
        <translation>„%1“ aus dem Plan nehmen, da in doi:%2 gemessen, und neu planen?</translation>
    </message>
    <message>
        <source>Which observable does doi:%1 already answer? It is left out of the plan.</source>
        <translation>Welche Observable beantwortet doi:%1 bereits? Sie wird aus dem Plan genommen.</translation>
    </message>
    <message>
        <source>Mark an observable as answered by the selected dataset: the plan is made again without it, and the request records the DOI</source>
        <translation>Eine Observable als durch den gewählten Datensatz beantwortet markieren: Der Plan wird ohne sie neu erstellt, die Anfrage speichert den DOI</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>DOI or page</source>
        <translation>DOI oder Seite</translation>
    </message>
    <message>
        <source>Look this plan&apos;s techniques and the request&apos;s observables up in the repositories</source>
        <translation>Die Techniken dieses Plans und die Observablen der Anfrage in den Repositorien suchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n match(es))</source>
        <translation>
            <numerusform>%1 (%n Treffer)</numerusform>
            <numerusform>%1 (%n Treffer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no match)</source>
        <translation>%1 (kein Treffer)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Gefragt: %1</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>From %1, found by: %2</source>
        <translation>Aus %1, gefunden mit: %2</translation>
    </message>
    <message>
        <source>; et al.</source>
        <translation>; u. a.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Observable: %1</source>
        <translation>Observable: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n repository(ies)…</source>
        <translation>
            <numerusform>Suche in %n Repositorium…</numerusform>
            <numerusform>Suche in %n Repositorien…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) pending</source>
        <translation>
            <numerusform>%n Antwort ausstehend</numerusform>
            <numerusform>%n Antworten ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled; %n result(s) kept.</source>
        <translation>
            <numerusform>Suche abgebrochen; %n Ergebnis behalten.</numerusform>
            <numerusform>Suche abgebrochen; %n Ergebnisse behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not searched yet: Search looks this plan up in %n repository(ies).</source>
        <translation>
            <numerusform>Noch nicht gesucht: Suchen fragt %n Repositorium nach diesem Plan.</numerusform>
            <numerusform>Noch nicht gesucht: Suchen fragt %n Repositorien nach diesem Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) and publication(s) found.</source>
        <translation>
            <numerusform>%n Datensatz oder Publikation gefunden.</numerusform>
            <numerusform>%n Datensätze und Publikationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; showing the results cached on %2</source>
        <translation>%1; zwischengespeicherte Ergebnisse vom %2 werden angezeigt</translation>
    </message>
    <message>
        <source>%1; cached, fetched on %2</source>
        <translation>%1; zwischengespeichert, abgerufen am %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::archive::RepositoriesDialog</name>
    <message>
        <source>Repositories for existing data</source>
        <translation>Repositorien für vorhandene Daten</translation>
    </message>
    <message>
        <source>ProbeMatrix looks up each plan&apos;s techniques and observables in these InvenioRDM repositories. Only the search words are sent, over HTTPS.</source>
        <translation>ProbeMatrix sucht die Techniken und Observablen jedes Plans in diesen InvenioRDM-Repositorien. Nur die Suchwörter werden gesendet, über HTTPS.</translation>
    </message>
    <message>
        <source>https://repository.example.org</source>
        <translation>https://repositorium.example.org</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>The BIG-MAP Archive and Zenodo</source>
        <translation>Das BIG-MAP-Archiv und Zenodo</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 ist bereits in der Liste</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>C&amp;lear cached results</source>
        <translation>Zwischengespeicherte Ergebnisse &amp;leeren</translation>
    </message>
    <message>
        <source>select a repository</source>
        <translation>ein Repositorium auswählen</translation>
    </message>
    <message>
        <source>%1 is the consortium&apos;s: only its administrators change that list</source>
        <translation>%1 gehört dem Konsortium: nur seine Administratoren ändern diese Liste</translation>
    </message>
    <message>
        <source>%1 — from the consortium server</source>
        <translation>%1 — vom Server des Konsortiums</translation>
    </message>
    <message>
        <source>Shared by the consortium server (added by %1); only its administrators change it</source>
        <translation>Vom Server des Konsortiums geteilt (hinzugefügt von %1); nur seine Administratoren ändern es</translation>
    </message>
    <message>
        <source>Access &amp;token for %1:</source>
        <translation>Zugriffs&amp;token für %1:</translation>
    </message>
    <message>
        <source>none (only restricted communities need one)</source>
        <translation>keines (nur geschlossene Communities brauchen eines)</translation>
    </message>
    <message>
        <source>a token is kept; type a new one to replace it, or clear the field to remove it</source>
        <translation>ein Token ist gespeichert; ein neues eingeben, um es zu ersetzen, oder das Feld leeren, um es zu entfernen</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the settings.</source>
        <translation>Tokens werden im Schlüsselbund des Systems gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>Kein System-Schlüsselbund: das Token wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No database: nothing is cached</source>
        <translation>Keine Datenbank: nichts wird zwischengespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) cached, shown when a repository cannot be reached</source>
        <translation>
            <numerusform>%n Suche zwischengespeichert, angezeigt, wenn ein Repositorium nicht erreichbar ist</numerusform>
            <numerusform>%n Suchen zwischengespeichert, angezeigt, wenn ein Repositorium nicht erreichbar ist</numerusform>
        </translation>
    </message>
</context>
</TS>
