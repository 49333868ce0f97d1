<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Column</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed-area resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration-depth resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection-limit resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-analysis software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAMEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when ProbeMatrix is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::i18n::UserGuideWindow</name>
    <message>
        <source>ProbeMatrix User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::report::NodeStyle</name>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::report::PdfReport</name>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProbeMatrix plan report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample-flow graph of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each frame is one sample; boxes are steps in order (measurements coloured by technique cluster, destructive ones outlined in red, ⚠ a logbook warning); edges after shipments give the transit time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar weeks from %1; the plan takes %2 including post-processing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::report::ReportHtml</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement plan proposed by ProbeMatrix from the BIG-MAP global experimental matrix, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: handled and shipped under inert gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where first measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity wanted / cost accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, one point every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D5.5 Table 3 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report details plan %1: %2 steps on %3 samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be measured as asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(destructive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inert gas throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acquisition %2, analysis %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, results by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical details and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings not used, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmeasurable as asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offering was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::report::Timeline</name>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample at the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AskBar</name>
    <message>
        <source>Ask the matrix, e.g. who can measure gas evolution operando?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request wizard with the observables, sample, mode and correlations of this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing understood, so no rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest known terms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching offering: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AskChip</name>
    <message>
        <source>From &quot;%1&quot;. Click to change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the criterion as field=value, field!=value, field&gt;=value or field&lt;=value; Return applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::BrowserColumn</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::CandidatePanel</name>
    <message>
        <source>sample shape not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operando cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too slow for the time resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot measure the Type 1 group at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shared holder for Type 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidate offerings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable / removed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose observables to see which offerings can measure them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every observable can be measured as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) cannot be measured as asked: relax the criteria shown below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::CellListDialog</name>
    <message>
        <source>Operando cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete operando cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operando cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrochemical performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; data quality (low/medium/high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::CellText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large-scale facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in by the partner (the cell lists the allowed values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read in part; the raw text is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::CompareDialog</name>
    <message>
        <source>Show only the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare %n offering(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read in part; as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again. Rows other users changed meanwhile are being reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Your last change was not saved; nothing is half-written. Trying again in %n s...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a consortium server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probematrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; use it over the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass, PGPASSWORD or a service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password for %1. Type it above (it is not saved), or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::CorrelationsPage</name>
    <message>
        <source>Correlations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables that must be related to each other, e.g. the SEI composition together with the crystal structure of the graphite underneath (D5.5 1.2, 2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Type 1&lt;/b&gt;: same sample, same region, same time: one set-up measures all of them.&lt;br/&gt;&lt;b&gt;Type 2&lt;/b&gt;: same sample measured in sequence at the same state of charge (it travels in an air-tight holder).&lt;br/&gt;&lt;b&gt;Type 3&lt;/b&gt;: different samples prepared alike, correlated at the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the observables to correlate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::EntityListDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write decimal degrees, e.g. 45.21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write partner; technique; instrument; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality (low/medium/high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air-tight (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not in the matrix; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality &quot;%1&quot; is not on the scale Low &lt; Medium &lt; High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air-tight must be yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::Facet</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::FacetPanel</name>
    <message>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::FilterChips</name>
    <message>
        <source>Active filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter and show the whole matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::HistoryDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for %1, oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::HolderListDialog</name>
    <message>
        <source>Sample holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sample holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; air-tight (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read completely. Their text is kept as written; correct the file or edit the offerings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MailDraft</name>
    <message>
        <source>Dear colleague,

Within the BIG-MAP experimental matrix we would like to ask whether you can carry out this measurement:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1, %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (air sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: from day %1, about %2 day(s)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us whether you accept this step.

Best regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement request: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProbeMatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all text: technique, observable, partner, instrument… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — ProbeMatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select an offering to see all its characteristics, who to contact and how.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Select 2 to 5 to compare them side by side (Ctrl+Shift+C).&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reload the matrix from the database now? Your undo history will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another ProbeMatrix database (a file, or a postgresql:// address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import offerings from a TSV, CSV, JSON or XLSX matrix file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Shown Offerings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the offerings the filter shows as TSV (native), CSV or JSON, with contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Without Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same, leaving out the contact column (personal data), for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;Holders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operando Cells…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 2 to 5 selected offerings side by side, differences highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ProbeMatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ProbeMatrix database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProbeMatrix databases (*.sqlite *.db *.probematrix);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix files (*.tsv *.txt *.csv *.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s) without contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Native matrix (*.tsv);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the file a .tsv, .csv or .json ending to choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n offering(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select between %1 and %2 offerings in the table to compare them (you selected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offerings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the matrix? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProbeMatrix Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Find who can measure what&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Search&lt;/b&gt; (Ctrl+F) looks through all text; every word must start a word of the offering (&lt;i&gt;xrd oper&lt;/i&gt; finds operando XRD).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facets&lt;/b&gt; on the left: tick values to narrow the matrix. Values of one facet add up (OR); different facets narrow each other (AND). The number beside a value is how many offerings ticking it would leave. Active filters show as chips above the table; click one to remove it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sort&lt;/b&gt; by clicking a column header; ordinal columns sort Low &amp;lt; Medium &amp;lt; High &amp;lt; Best, unknown last. Right-click a header to show, hide or reset columns; drag headers to reorder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; of the selected offering show on the right, with the contact and the ontology links. Select 2–5 rows and press Ctrl+Shift+C to compare them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Edit&lt;/b&gt; a cell with F2 or a double click, or the whole offering with Ctrl+Return; undo with Ctrl+Z, redo with Ctrl+Shift+Z. Every change is saved at once and kept in the history (Ctrl+H).&lt;/p&gt;&lt;p&gt;Italic cells were not filled in by the partner or were read only in part; hover for the text as written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ProbeMatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProbeMatrix %1&lt;/h3&gt;&lt;p&gt;Browse the BIG-MAP global experimental matrix: who can measure what on a battery sample, how, at what cost and fidelity, and whom to contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Rows marked &lt;i&gt;Curation = estimate&lt;/i&gt; are curated estimates put together from public information, not values reported by the partners; the details pane says so for each row. Press &lt;i&gt;Show Details&lt;/i&gt; for the full provenance of the bundled matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontologies.&lt;/b&gt; PaNET, the Photon and Neutron Experimental Techniques ontology (ExPaNDS / pan-ontologies), CC BY 4.0. CHAMEO, EMMO characterisation methodology domain ontology (emmo-repo), CC BY 4.0. Only identifiers are stored.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This build has no plan workspace. The request drafted from your question (save it as a .pmreq file and run &lt;code&gt;probematrix-cli plan&lt;/code&gt;):&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the consortium&apos;s shared matrix on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to find offerings, ask questions, plan measurements and work on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser &amp;Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offering(s) changed by another user</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixEditor</name>
    <message>
        <source>the offering is no longer in the matrix; reload to see the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offering %1 is not in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner %1 is not in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample holder %1 is not in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sample holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operando cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operando cell %1 is not in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete operando cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixIndex</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixTableModel</name>
    <message>
        <source>%1
as written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated estimate, not reported by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (matrix header: &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the partner table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ObservablesPage</name>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to know about the sample? For example the crystal structure of the SEI or its chemical composition (D5.5 2.1). Synonyms are understood: type &quot;Ni oxidation state&quot; or &quot;valence&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search observables and synonyms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number after each observable is how many offerings in the matrix can measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n offering(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDetails</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read in part; as written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL acq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL anal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were put together from public information, not reported by the partner; ask the contact before relying on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and identifiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDialog</name>
    <message>
        <source>Add offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a different partner, technique or instrument from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells are written as in the matrix: lists with commas, alternatives with a slash (High/Medium), [Null] or empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offering needs a partner and a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) cannot be read; see the reasons under them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::OperandoPage</name>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time resolution needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operando and in situ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follow an observable while the cell works, say how often a data point is needed (D5.5 2.1). &quot;Any&quot; lets the planner choose; ex situ needs no cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: cell cycled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to operando rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about one point every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In situ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex situ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ParetoChart</name>
    <message>
        <source>Plans proposed: fidelity against cost; the larger the bubble, the longer the plan. Click one to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost (units) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fidelity →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::PartnerListDialog</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name (as the matrix writes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::PlanWorkspace</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 3 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to see the offering behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a measurement step to write to its partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every requested observable can be measured. Offerings not used, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be measured as asked:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &lt;b&gt;New request…&lt;/b&gt; or open a .pmreq file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked. See &lt;b&gt;Rejected&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — plan %2 of %3: fidelity %4, cost %5, %6. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (destructive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you want to measure, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again with the accepted steps pinned and the refused offerings excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph as DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz (*.dot *.gv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matrix is loaded to plan from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were writing %1 with %n observable(s). Continue with it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>select a step of the plan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only measurements are validated by partners; %1 is a %2 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 was refused. Plan again, keeping the accepted steps and leaving this offering out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan to re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::PriorityPage</name>
    <message>
        <source>Exclude large-scale facilities (synchrotrons, neutron sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results wanted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some techniques are more accurate, some take more time and money (D5.5 2.1, Table 3). Pick the kind of plan you are after; the planner ranks its proposals by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;High fidelity&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Low fidelity&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;High cost&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Low cost&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners not to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fidelity, high cost
Correlated multimodal operando experiments,
including large-scale facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fidelity, high cost
Single large-scale
facility measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fidelity, low cost
Correlated or operando experiments
on laboratory instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fidelity, low cost
Single and high-throughput
laboratory experiments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ReadOnlyNote</name>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account may not change this matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::RequestWizard</name>
    <message>
        <source>New characterisation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::RoiPage</name>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (coordinates, marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over the sample, any random spot, or one specific region, such as the top-left corner of a pouch-cell electrode or a micron-sized zone given by coordinates (D5.5 2.1). A specific region must be found again by every correlated measurement, so fewer techniques qualify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. x = 2.1 mm, y = 0.4 mm, laser mark A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::SamplePage</name>
    <message>
        <source>Air sensitive: handle, ship and measure under inert gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample shape decides which techniques can take it: a real or model electrode, a powder of active material, a liquid electrolyte or a whole cell (D5.5 2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SEI growth on graphite after 100 cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LiNiO2 / graphite, LP57</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is first measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::StatisticsView</name>
    <message>
        <source>Coverage: offerings per observable and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of the %1 of %2 offerings the current filter shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings per cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings per partner (the 15 with most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity against resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fidelity not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offering(s) measure %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
