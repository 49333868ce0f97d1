<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Column</name>
    <message>
        <source>Cluster</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Probed area</source>
        <translation>Surface sondée</translation>
    </message>
    <message>
        <source>Probed-area resolution</source>
        <translation>Résolution latérale</translation>
    </message>
    <message>
        <source>Penetration depth</source>
        <translation>Profondeur de pénétration</translation>
    </message>
    <message>
        <source>Penetration-depth resolution</source>
        <translation>Résolution en profondeur</translation>
    </message>
    <message>
        <source>Detection limit</source>
        <translation>Limite de détection</translation>
    </message>
    <message>
        <source>Detection-limit resolution</source>
        <translation>Résolution de la limite de détection</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Observables resolution</source>
        <translation>Résolution des observables</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Échelle de temps</translation>
    </message>
    <message>
        <source>Sample preparation</source>
        <translation>Préparation de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation>Source du faisceau</translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation>Cellule disponible</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Délai de planification</translation>
    </message>
    <message>
        <source>Post-processing time</source>
        <translation>Temps de post-traitement</translation>
    </message>
    <message>
        <source>CRL acquisition</source>
        <translation>CRL acquisition</translation>
    </message>
    <message>
        <source>CRL analysis</source>
        <translation>CRL analyse</translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation>Utilisée dans BIG-MAP</translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation>Échantillon réutilisable</translation>
    </message>
    <message>
        <source>Data-analysis software</source>
        <translation>Logiciel d&apos;analyse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Sample damage</source>
        <translation>Endommagement de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Samples submitted</source>
        <translation>Échantillons soumis</translation>
    </message>
    <message>
        <source>Instrument quality</source>
        <translation>Qualité de l&apos;instrument</translation>
    </message>
    <message>
        <source>Preparation complexity</source>
        <translation>Complexité de préparation</translation>
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
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Curation</translation>
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

Rien de votre modification n&apos;a été enregistré.
Abandonner&#xa0;: prendre la version actuelle (votre modification est perdue).
Réessayer&#xa0;: appliquer à nouveau votre modification sur la version actuelle.
Annuler&#xa0;: revenir à votre modification.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>pm::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when ProbeMatrix is started again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de ProbeMatrix.</translation>
    </message>
</context>
<context>
    <name>pm::i18n::UserGuideWindow</name>
    <message>
        <source>ProbeMatrix User Guide</source>
        <translation>Guide de l&apos;utilisateur de ProbeMatrix</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>pm::report::NodeStyle</name>
    <message>
        <source>same day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Prepare %1</source>
        <translation>Préparer %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>cell: %1</source>
        <translation>cellule&#xa0;: %1</translation>
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
        <translation>, destructive</translation>
    </message>
    <message>
        <source>Holder transfer</source>
        <translation>Transfert en porte-échantillon</translation>
    </message>
    <message>
        <source>on site at %1</source>
        <translation>sur place chez %1</translation>
    </message>
    <message>
        <source>Ship to %1</source>
        <translation>Envoi à %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>pm::report::PdfReport</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation>Plan de caractérisation</translation>
    </message>
    <message>
        <source>ProbeMatrix plan report: %1</source>
        <translation>Rapport de plan ProbeMatrix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample-flow graph of plan %1</source>
        <translation>Graphe du parcours des échantillons du plan %1</translation>
    </message>
    <message>
        <source>Each frame is one sample; boxes are steps in order (measurements coloured by technique cluster, destructive ones outlined in red, ⚠ a logbook warning); edges after shipments give the transit time.</source>
        <translation>Chaque cadre est un échantillon&#xa0;; les boîtes sont les étapes dans l&apos;ordre (mesures colorées selon la famille de techniques, mesures destructives bordées de rouge, ⚠ un avertissement du cahier de laboratoire)&#xa0;; les arêtes après un envoi indiquent la durée du transport.</translation>
    </message>
    <message>
        <source>Timeline of plan %1</source>
        <translation>Calendrier du plan %1</translation>
    </message>
    <message>
        <source>Calendar weeks from %1; the plan takes %2 including post-processing.</source>
        <translation>Semaines calendaires à partir du %1&#xa0;; le plan dure %2, post-traitement compris.</translation>
    </message>
</context>
<context>
    <name>pm::report::ReportHtml</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>Characterisation plan</source>
        <translation>Plan de caractérisation</translation>
    </message>
    <message>
        <source>Measurement plan proposed by ProbeMatrix from the BIG-MAP global experimental matrix, %1.</source>
        <translation>Plan de mesure proposé par ProbeMatrix à partir de la matrice expérimentale globale de BIG-MAP, %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>material not given</source>
        <translation>matériau non précisé</translation>
    </message>
    <message>
        <source>Air sensitive</source>
        <translation>Sensible à l&apos;air</translation>
    </message>
    <message>
        <source>yes: handled and shipped under inert gas</source>
        <translation>oui&#xa0;: manipulé et expédié sous gaz inerte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>Préparé chez</translation>
    </message>
    <message>
        <source>where first measured</source>
        <translation>là où a lieu la première mesure</translation>
    </message>
    <message>
        <source>Fidelity wanted / cost accepted</source>
        <translation>Fidélité souhaitée / coût accepté</translation>
    </message>
    <message>
        <source>Partners excluded</source>
        <translation>Partenaires exclus</translation>
    </message>
    <message>
        <source>, one point every %1 s</source>
        <translation>, un point toutes les %1 s</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Région d&apos;intérêt</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plans proposed</source>
        <translation>Plans proposés</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>D5.5 Table 3 class</source>
        <translation>Classe (D5.5, tableau 3)</translation>
    </message>
    <message>
        <source>This report details plan %1: %2 steps on %3 samples.</source>
        <translation>Ce rapport détaille le plan %1&#xa0;: %2 étapes sur %3 échantillons.</translation>
    </message>
    <message>
        <source>Cannot be measured as asked: %1</source>
        <translation>Mesure impossible telle que demandée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked.</source>
        <translation>Aucun plan&#xa0;: rien de ce qui est demandé ne peut être mesuré ainsi.</translation>
    </message>
    <message>
        <source>(destructive)</source>
        <translation>(destructive)</translation>
    </message>
    <message>
        <source>Ordered steps</source>
        <translation>Étapes dans l&apos;ordre</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>preparation: %1</source>
        <translation>préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requirements per step</source>
        <translation>Exigences par étape</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porte-échantillon</translation>
    </message>
    <message>
        <source>not listed in the matrix</source>
        <translation>absent de la matrice</translation>
    </message>
    <message>
        <source>%1: acquisition %2, analysis %3</source>
        <translation>%1&#xa0;: acquisition %2, analyse %3</translation>
    </message>
    <message>
        <source>%1 to %2, results by %3</source>
        <translation>du %1 au %2, résultats le %3</translation>
    </message>
    <message>
        <source>Practical details and contacts</source>
        <translation>Informations pratiques et contacts</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>Offerings not used, and why</source>
        <translation>Offres non retenues, et pourquoi</translation>
    </message>
    <message>
        <source>Unmeasurable as asked:</source>
        <translation>Non mesurable tel que demandé&#xa0;:</translation>
    </message>
    <message>
        <source>No offering was rejected.</source>
        <translation>Aucune offre n&apos;a été écartée.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Results wanted by</source>
        <translation>Résultats souhaités pour le</translation>
    </message>
    <message>
        <source>Starting %1, plan %2 ends about %3, after the wished-for deadline of %4.</source>
        <translation>En commençant le %1, le plan %2 se termine vers le %3, après l&apos;échéance souhaitée du %4.</translation>
    </message>
    <message>
        <source>Access routes held</source>
        <translation>Voies d&apos;accès détenues</translation>
    </message>
    <message>
        <source>Material per prepared sample</source>
        <translation>Matière par échantillon préparé</translation>
    </message>
    <message>
        <source> (default for the shape)</source>
        <translation> (valeur par défaut pour la forme)</translation>
    </message>
    <message>
        <source>modified sample</source>
        <translation>échantillon modifié</translation>
    </message>
    <message>
        <source>to confirm with the partner</source>
        <translation>à confirmer avec le partenaire</translation>
    </message>
    <message>
        <source>%1 samples pooled: %2 needed, %3 per sample</source>
        <translation>%1 échantillons regroupés&#xa0;: %2 nécessaires, %3 par échantillon</translation>
    </message>
    <message>
        <source>inert gas throughout; no air-tight holder listed: glovebox transfer</source>
        <translation>sous gaz inerte en permanence&#xa0;; aucun porte-échantillon étanche répertorié&#xa0;: transfert en boîte à gants</translation>
    </message>
    <message>
        <source>inert gas throughout, in the %1</source>
        <translation>sous gaz inerte en permanence, dans le %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation>Forme de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Air handling</source>
        <translation>Protection contre l&apos;air</translation>
    </message>
    <message>
        <source>laboratory booking</source>
        <translation>réservation au laboratoire</translation>
    </message>
    <message>
        <source>next call: %1</source>
        <translation>prochain appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>lead time: %1</source>
        <translation>délai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Voie d&apos;accès</translation>
    </message>
    <message>
        <source>At most (same cost and duration)</source>
        <translation>Au plus (même coût et durée)</translation>
    </message>
    <message>
        <source>The search stopped before the front was proven complete. No plan can have a fidelity above %1; the best found has %2 (gap %3). The column &quot;At most&quot; gives, for each plan, the highest fidelity any plan costing no more and lasting no longer could have.</source>
        <translation>La recherche s&apos;est arrêtée avant que le front soit prouvé complet. Aucun plan ne peut avoir une fidélité supérieure à %1&#xa0;; le meilleur trouvé a %2 (écart %3). La colonne «&#xa0;Au plus&#xa0;» donne, pour chaque plan, la fidélité la plus haute qu&apos;un plan ne coûtant pas plus et ne durant pas plus longtemps pourrait avoir.</translation>
    </message>
    <message>
        <source>To confirm with the partner: %1</source>
        <translation>À confirmer avec le partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>Covered by existing data (not planned)</source>
        <translation>Couvert par des données existantes (non planifié)</translation>
    </message>
    <message>
        <source>changed since accepted</source>
        <translation>modifiée depuis l&apos;acceptation</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Existing data</source>
        <translation>Données existantes</translation>
    </message>
    <message>
        <source>Datasets and publications found in the repositories for each step&apos;s technique and the sample&apos;s material (D5.2 4.2): check them before measuring again.</source>
        <translation>Jeux de données et publications trouvés dans les dépôts pour la technique de chaque étape et le matériau de l&apos;échantillon (D5.2 4.2)&#xa0;: à consulter avant de mesurer à nouveau.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>(cached, fetched on %1)</source>
        <translation>(en cache, obtenu le %1)</translation>
    </message>
    <message>
        <source>Some repositories could not be reached when this report was made: results marked cached are what they answered on the date shown, and newer data may exist.</source>
        <translation>Certains dépôts étaient injoignables lors de la création de ce rapport&#xa0;: les résultats marqués en cache sont leur réponse à la date indiquée, et des données plus récentes peuvent exister.</translation>
    </message>
</context>
<context>
    <name>pm::report::Timeline</name>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>booking lead time</source>
        <translation>délai de réservation</translation>
    </message>
    <message>
        <source>sample at the partner</source>
        <translation>échantillon chez le partenaire</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>post-processing</source>
        <translation>post-traitement</translation>
    </message>
    <message>
        <source>red border: the step uses up its sample</source>
        <translation>bordure rouge&#xa0;: l&apos;étape consomme son échantillon</translation>
    </message>
    <message>
        <source>shaded: every other week</source>
        <translation>grisé&#xa0;: une semaine sur deux</translation>
    </message>
    <message>
        <source>shaded: every other %1 weeks</source>
        <translation>grisé&#xa0;: un groupe de %1 semaines sur deux</translation>
    </message>
</context>
<context>
    <name>pm::ui::AccessPage</name>
    <message>
        <source>Access and material</source>
        <translation>Accès et matière</translation>
    </message>
    <message>
        <source>A standard proposal to a large-scale facility takes more than 6 months to beam time (D5.5 2.5.3); tick the faster routes you hold (D5.2 4.4). Give the material one prepared sample yields: when the measurements need more, the plan prepares and pools more samples.</source>
        <translation>Une proposition standard à une grande infrastructure prend plus de 6 mois jusqu&apos;au temps de faisceau (D5.5 2.5.3)&#xa0;; cochez les voies plus rapides dont vous disposez (D5.2 4.4). Indiquez la matière que fournit un échantillon préparé&#xa0;: si les mesures en demandent davantage, le plan prépare et regroupe d&apos;autres échantillons.</translation>
    </message>
    <message>
        <source>Standard proposal (always possible)</source>
        <translation>Proposition standard (toujours possible)</translation>
    </message>
    <message>
        <source>Rapid access</source>
        <translation>Accès rapide</translation>
    </message>
    <message>
        <source>Industrial (paid) access</source>
        <translation>Accès industriel (payant)</translation>
    </message>
    <message>
        <source>Long-term, HUB or block-allocation access</source>
        <translation>Accès à long terme, HUB ou allocation par blocs</translation>
    </message>
    <message>
        <source>Access routes held:</source>
        <translation>Voies d&apos;accès détenues&#xa0;:</translation>
    </message>
    <message>
        <source>Material per &amp;sample:</source>
        <translation>Matière par é&amp;chantillon&#xa0;:</translation>
    </message>
    <message>
        <source>Industrial sample (high fidelity)</source>
        <translation>Échantillon industriel (fidélité élevée)</translation>
    </message>
    <message>
        <source>Modified sample (medium fidelity, one more week to make)</source>
        <translation>Échantillon modifié (fidélité moyenne, une semaine de plus à préparer)</translation>
    </message>
    <message>
        <source>Sample &amp;preparation:</source>
        <translation>&amp;Préparation de l&apos;échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>Give a mass or an electrode area, such as &quot;600 mg&quot; or &quot;50 cm2&quot;.</source>
        <translation>Indiquez une masse ou une surface d&apos;électrode, par exemple «&#xa0;600 mg&#xa0;» ou «&#xa0;50 cm2&#xa0;».</translation>
    </message>
    <message>
        <source>default for a %1: %2</source>
        <translation>par défaut pour un(e) %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::AskBar</name>
    <message>
        <source>Ask the matrix, e.g. who can measure gas evolution operando?</source>
        <translation>Interrogez la matrice, p. ex. qui peut mesurer le dégagement gazeux en operando&#xa0;?</translation>
    </message>
    <message>
        <source>Ask the matrix</source>
        <translation>Interroger la matrice</translation>
    </message>
    <message>
        <source>Plan this…</source>
        <translation>Planifier ceci…</translation>
    </message>
    <message>
        <source>Open the request wizard with the observables, sample, mode and correlations of this sentence</source>
        <translation>Ouvrir l&apos;assistant de demande avec les observables, l&apos;échantillon, le mode et les corrélations de cette phrase</translation>
    </message>
    <message>
        <source>Questions are unavailable: %1</source>
        <translation>Questions indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing understood, so no rows are shown.</source>
        <translation>Rien n&apos;a été compris, aucune ligne n&apos;est donc affichée.</translation>
    </message>
    <message>
        <source>Closest known terms: %1.</source>
        <translation>Termes connus les plus proches&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No matching offering: %1</source>
        <translation>Aucune offre ne correspond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question not read: %1</source>
        <translation>Question non lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>Ask within the current facet ticks and search. Off: a new question starts from a clean filter.</source>
        <translation>Interroger dans les facettes cochées et la recherche en cours. Désactivé&#xa0;: une nouvelle question part d&apos;un filtre vide.</translation>
    </message>
    <message>
        <source>New question, clean filter: cleared %1. Turn on “Refine” to ask within them.</source>
        <translation>Nouvelle question, filtre vide&#xa0;: %1 effacé(s). Activez «&#xa0;Affiner&#xa0;» pour interroger dans ce filtre.</translation>
    </message>
    <message numerus="yes">
        <source>No row left: the question matches %n offering(s), but the other filters remove them all: %1.</source>
        <translation>
            <numerusform>Aucune ligne&#xa0;: la question correspond à %n offre, mais les autres filtres la retirent&#xa0;: %1.</numerusform>
            <numerusform>Aucune ligne&#xa0;: la question correspond à %n offres, mais les autres filtres les retirent toutes&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::AskChip</name>
    <message>
        <source>From &quot;%1&quot;. Click to change: %2</source>
        <translation>D&apos;après «&#xa0;%1&#xa0;». Cliquez pour modifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edit the criterion as field=value, field!=value, field&gt;=value or field&lt;=value; Return applies it.</source>
        <translation>Modifiez le critère sous la forme champ=valeur, champ!=valeur, champ&gt;=valeur ou champ&lt;=valeur&#xa0;; Entrée l&apos;applique.</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Retirer ce critère</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::BrowserColumn</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
</context>
<context>
    <name>pm::ui::CandidatePanel</name>
    <message>
        <source>sample shape not taken</source>
        <translation>forme d&apos;échantillon non acceptée</translation>
    </message>
    <message>
        <source>cannot find the region of interest</source>
        <translation>ne peut pas retrouver la région d&apos;intérêt</translation>
    </message>
    <message>
        <source>mode not offered</source>
        <translation>mode non proposé</translation>
    </message>
    <message>
        <source>no operando cell</source>
        <translation>pas de cellule operando</translation>
    </message>
    <message>
        <source>too slow for the time resolution</source>
        <translation>trop lent pour la résolution temporelle</translation>
    </message>
    <message>
        <source>cannot measure the Type 1 group at once</source>
        <translation>ne peut pas mesurer le groupe de type 1 en une fois</translation>
    </message>
    <message>
        <source>no shared holder for Type 2</source>
        <translation>pas de porte-échantillon commun pour le type 2</translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation>exclu par vous</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidate offerings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offres candidates&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Observable / removed because</source>
        <translation>Observable / écartée parce que</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Choose observables to see which offerings can measure them.</source>
        <translation>Choisissez des observables pour voir quelles offres peuvent les mesurer.</translation>
    </message>
    <message>
        <source>Every observable can be measured as asked.</source>
        <translation>Toutes les observables peuvent être mesurées comme demandé.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) cannot be measured as asked: relax the criteria shown below.</source>
        <translation>
            <numerusform>%n observable ne peut pas être mesurée comme demandé&#xa0;: assouplissez les critères ci-dessous.</numerusform>
            <numerusform>%n observables ne peuvent pas être mesurées comme demandé&#xa0;: assouplissez les critères ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot reach the element</source>
        <translation>n&apos;atteint pas l&apos;élément</translation>
    </message>
</context>
<context>
    <name>pm::ui::CellListDialog</name>
    <message>
        <source>Operando cells</source>
        <translation>Cellules operando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Delete operando cell</source>
        <translation>Supprimer la cellule operando</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>Supprimer %1&#xa0;? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation>Modifier la cellule operando %1</translation>
    </message>
    <message>
        <source>Add operando cell</source>
        <translation>Ajouter une cellule operando</translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation>Propriétaire (partenaire)</translation>
    </message>
    <message>
        <source>Electrochemical performance</source>
        <translation>Performance électrochimique</translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation>Formes d&apos;échantillon (séparées par des virgules)</translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; data quality (low/medium/high)</source>
        <translation>une par ligne&#xa0;: partenaire; technique; instrument; qualité des données (low/medium/high)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;est pas un partenaire de la matrice</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
</context>
<context>
    <name>pm::ui::CellText</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>large-scale facility</source>
        <translation>grand instrument</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industrie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>lu entièrement</translation>
    </message>
    <message>
        <source>not filled in by the partner (the cell lists the allowed values)</source>
        <translation>non renseigné par le partenaire (la cellule énumère les valeurs permises)</translation>
    </message>
    <message>
        <source>read in part; the raw text is kept</source>
        <translation>lu en partie&#xa0;; le texte brut est conservé</translation>
    </message>
</context>
<context>
    <name>pm::ui::CompareDialog</name>
    <message>
        <source>Show only the differences</source>
        <translation>N&apos;afficher que les différences</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n offering(s)</source>
        <translation>
            <numerusform>Comparer %n offre</numerusform>
            <numerusform>Comparer %n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>read in part; as written: %1</source>
        <translation>lu en partie&#xa0;; texte d&apos;origine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>Connected again. Rows other users changed meanwhile are being reloaded.</source>
        <translation>Reconnecté. Les lignes modifiées entre-temps par d&apos;autres utilisateurs sont rechargées.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Your last change was not saved; nothing is half-written. Trying again in %n s...</source>
        <translation>
            <numerusform>%1. Votre dernière modification n&apos;a pas été enregistrée&#xa0;; rien n&apos;est écrit à moitié. Nouvel essai dans %n s...</numerusform>
            <numerusform>%1. Votre dernière modification n&apos;a pas été enregistrée&#xa0;; rien n&apos;est écrit à moitié. Nouvel essai dans %n s...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a consortium server</source>
        <translation>Se connecter à un serveur du consortium</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
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
        <translation>votre identifiant sur le serveur</translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>vide&#xa0;: utiliser ~/.pgpass, PGPASSWORD ou un fichier de service</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved</source>
        <translation>Gardé en mémoire pour cette session seulement, jamais enregistré</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SSL:</source>
        <translation>&amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The server wants a password for %1. Type it above (it is not saved), or put it in ~/.pgpass.</source>
        <translation>Le serveur demande un mot de passe pour %1. Saisissez-le ci-dessus (il n&apos;est pas enregistré) ou placez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>Automatic (verify-full for other machines)</source>
        <translation>Automatique (verify-full pour les autres machines)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name (the consortium&apos;s CA certificate must be installed: see the server guide); require encrypts without checking who answers</source>
        <translation>verify-full vérifie le certificat et le nom du serveur (le certificat de l&apos;autorité du consortium doit être installé&#xa0;: voir le guide du serveur)&#xa0;; require chiffre sans vérifier qui répond</translation>
    </message>
</context>
<context>
    <name>pm::ui::CorrelationsPage</name>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>Observables that must be related to each other, e.g. the SEI composition together with the crystal structure of the graphite underneath (D5.5 1.2, 2.1).</source>
        <translation>Observables à relier entre elles, p. ex. la composition de la SEI avec la structure cristalline du graphite sous-jacent (D5.5 1.2, 2.1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type 1&lt;/b&gt;: same sample, same region, same time: one set-up measures all of them.&lt;br/&gt;&lt;b&gt;Type 2&lt;/b&gt;: same sample measured in sequence at the same state of charge (it travels in an air-tight holder).&lt;br/&gt;&lt;b&gt;Type 3&lt;/b&gt;: different samples prepared alike, correlated at the analysis.</source>
        <translation>&lt;b&gt;Type 1&lt;/b&gt;&#xa0;: même échantillon, même région, même moment&#xa0;: un seul montage les mesure toutes.&lt;br/&gt;&lt;b&gt;Type 2&lt;/b&gt;&#xa0;: même échantillon mesuré successivement au même état de charge (il voyage dans un porte-échantillon étanche à l&apos;air).&lt;br/&gt;&lt;b&gt;Type 3&lt;/b&gt;&#xa0;: échantillons différents préparés de la même façon, corrélés lors de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Tick the observables to correlate:</source>
        <translation>Cochez les observables à corréler&#xa0;:</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Type 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Type 2</translation>
    </message>
    <message>
        <source>Type 3</source>
        <translation>Type 3</translation>
    </message>
    <message>
        <source>Add correlation</source>
        <translation>Ajouter la corrélation</translation>
    </message>
    <message>
        <source>Correlations:</source>
        <translation>Corrélations&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Type %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::EntityListDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write decimal degrees, e.g. 45.21)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (écrivez des degrés décimaux, p. ex. 45.21)</translation>
    </message>
    <message>
        <source>instrument line %1</source>
        <translation>ligne d&apos;instrument %1</translation>
    </message>
    <message>
        <source>write partner; technique; instrument; %1</source>
        <translation>écrivez partenaire; technique; instrument; %1</translation>
    </message>
    <message>
        <source>quality (low/medium/high)</source>
        <translation>qualité (low/medium/high)</translation>
    </message>
    <message>
        <source>air-tight (yes/no)</source>
        <translation>étanche à l&apos;air (yes/no)</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not in the matrix; did you mean %2?</source>
        <translation>le partenaire «&#xa0;%1&#xa0;» n&apos;est pas dans la matrice&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>quality &quot;%1&quot; is not on the scale Low &lt; Medium &lt; High</source>
        <translation>la qualité «&#xa0;%1&#xa0;» n&apos;est pas sur l&apos;échelle Low &lt; Medium &lt; High</translation>
    </message>
    <message>
        <source>air-tight must be yes or no, not &quot;%1&quot;</source>
        <translation>étanche à l&apos;air doit valoir yes ou no, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>pm::ui::Facet</name>
    <message>
        <source>Cluster</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Beam source</source>
        <translation>Source du faisceau</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Délai de planification</translation>
    </message>
    <message>
        <source>Sample reuse</source>
        <translation>Échantillon réutilisable</translation>
    </message>
    <message>
        <source>Cell available</source>
        <translation>Cellule disponible</translation>
    </message>
    <message>
        <source>Used in BIG-MAP</source>
        <translation>Utilisée dans BIG-MAP</translation>
    </message>
</context>
<context>
    <name>pm::ui::FacetPanel</name>
    <message>
        <source>Filter by</source>
        <translation>Filtrer par</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::FileDialog</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pm::ui::FilterChips</name>
    <message>
        <source>Active filters:</source>
        <translation>Filtres actifs&#xa0;:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove every filter and show the whole matrix</source>
        <translation>Retirer tous les filtres et afficher toute la matrice</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::HistoryDialog</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for %1, oldest first.</source>
        <translation>
            <numerusform>%n modification enregistrée pour %1, la plus ancienne d&apos;abord.</numerusform>
            <numerusform>%n modifications enregistrées pour %1, la plus ancienne d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>pm::ui::HolderListDialog</name>
    <message>
        <source>Sample holders</source>
        <translation>Porte-échantillons</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Delete sample holder</source>
        <translation>Supprimer le porte-échantillon</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>Supprimer %1&#xa0;? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation>Modifier le porte-échantillon %1</translation>
    </message>
    <message>
        <source>Add sample holder</source>
        <translation>Ajouter un porte-échantillon</translation>
    </message>
    <message>
        <source>Owner (partner)</source>
        <translation>Propriétaire (partenaire)</translation>
    </message>
    <message>
        <source>Sample shapes (comma-separated)</source>
        <translation>Formes d&apos;échantillon (séparées par des virgules)</translation>
    </message>
    <message>
        <source>one per line: partner; technique; instrument; air-tight (yes/no)</source>
        <translation>une par ligne&#xa0;: partenaire; technique; instrument; étanche à l&apos;air (yes/no)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>owner &quot;%1&quot; is not a partner of the matrix</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;est pas un partenaire de la matrice</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
</context>
<context>
    <name>pm::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read completely. Their text is kept as written; correct the file or edit the offerings.</source>
        <translation>
            <numerusform>%n cellule n&apos;a pas pu être lue entièrement. Son texte est conservé tel quel&#xa0;; corrigez le fichier ou modifiez les offres.</numerusform>
            <numerusform>%n cellules n&apos;ont pas pu être lues entièrement. Leur texte est conservé tel quel&#xa0;; corrigez le fichier ou modifiez les offres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Texte d&apos;origine</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>pm::ui::MailDraft</name>
    <message>
        <source>Dear colleague,

Within the BIG-MAP experimental matrix we would like to ask whether you can carry out this measurement:

</source>
        <translation>Chère collègue, cher collègue,

Dans le cadre de la matrice expérimentale BIG-MAP, nous aimerions savoir si vous pouvez réaliser cette mesure&#xa0;:

</translation>
    </message>
    <message>
        <source>Technique: %1
</source>
        <translation>Technique&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Instrument: %1
</source>
        <translation>Instrument&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Observables: %1
</source>
        <translation>Observables&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Mode: %1
</source>
        <translation>Mode&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Sample: %1, %2%3
</source>
        <translation>Échantillon&#xa0;: %1, %2%3
</translation>
    </message>
    <message>
        <source> (air sensitive)</source>
        <translation> (sensible à l&apos;air)</translation>
    </message>
    <message>
        <source>Please tell us whether you accept this step.

Best regards</source>
        <translation>Merci de nous indiquer si vous acceptez cette étape.

Bien cordialement</translation>
    </message>
    <message>
        <source>Measurement request: %1 (%2)</source>
        <translation>Demande de mesure&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Where: %1
</source>
        <translation>Lieu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Planned: %1 to %2 (about %3 day(s))

</source>
        <translation>Prévu&#xa0;: du %1 au %2 (environ %3 jour(s))

</translation>
    </message>
    <message>
        <source>Planned: about %1 day(s)

</source>
        <translation>Prévu&#xa0;: environ %1 jour(s)

</translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>ProbeMatrix</source>
        <translation>ProbeMatrix</translation>
    </message>
    <message>
        <source>Search all text: technique, observable, partner, instrument… (Ctrl+F)</source>
        <translation>Rechercher dans tout le texte&#xa0;: technique, observable, partenaire, instrument… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Details of the selected offering</source>
        <translation>Détails de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>%1[*] — ProbeMatrix</source>
        <translation>%1[*] — ProbeMatrix</translation>
    </message>
    <message>
        <source>%1 of %2 offerings</source>
        <translation>%1 offres sur %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select an offering to see all its characteristics, who to contact and how.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Select 2 to 5 to compare them side by side (Ctrl+Shift+C).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sélectionnez une offre pour voir toutes ses caractéristiques, qui contacter et comment.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Sélectionnez-en 2 à 5 pour les comparer côte à côte (Ctrl+Maj+C).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Valeur refusée</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>The matrix changed</source>
        <translation>La matrice a changé</translation>
    </message>
    <message>
        <source>%1

Reload the matrix from the database now? Your undo history will be cleared.</source>
        <translation>%1

Recharger maintenant la matrice depuis la base de données&#xa0;? L&apos;historique d&apos;annulation sera effacé.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another ProbeMatrix database (a file, or a postgresql:// address)</source>
        <translation>Ouvrir une autre base de données ProbeMatrix (un fichier ou une adresse postgresql://)</translation>
    </message>
    <message>
        <source>&amp;Import Matrix…</source>
        <translation>&amp;Importer une matrice…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import offerings from a TSV, CSV, JSON or XLSX matrix file</source>
        <translation>Importer des offres depuis un fichier de matrice TSV, CSV, JSON ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Export Shown Offerings…</source>
        <translation>E&amp;xporter les offres affichées…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the offerings the filter shows as TSV (native), CSV or JSON, with contacts</source>
        <translation>Enregistrer les offres affichées par le filtre en TSV (natif), CSV ou JSON, avec les contacts</translation>
    </message>
    <message>
        <source>Export &amp;Without Contacts…</source>
        <translation>Exporter &amp;sans les contacts…</translation>
    </message>
    <message>
        <source>Same, leaving out the contact column (personal data), for sharing</source>
        <translation>Idem, sans la colonne des contacts (données personnelles), pour le partage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Add Offering…</source>
        <translation>A&amp;jouter une offre…</translation>
    </message>
    <message>
        <source>&amp;Edit Offering…</source>
        <translation>&amp;Modifier l&apos;offre…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>D&amp;uplicate Offering…</source>
        <translation>D&amp;upliquer l&apos;offre…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Offering</source>
        <translation>&amp;Supprimer l&apos;offre</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partenaires…</translation>
    </message>
    <message>
        <source>Sample &amp;Holders…</source>
        <translation>Porte-échan&amp;tillons…</translation>
    </message>
    <message>
        <source>&amp;Operando Cells…</source>
        <translation>Cellules &amp;operando…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation>&amp;Comparer la sélection…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show 2 to 5 selected offerings side by side, differences highlighted</source>
        <translation>Afficher 2 à 5 offres sélectionnées côte à côte, différences mises en évidence</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panneau des &amp;détails</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;About ProbeMatrix</source>
        <translation>À &amp;propos de ProbeMatrix</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouverte</translation>
    </message>
    <message>
        <source>Open ProbeMatrix database</source>
        <translation>Ouvrir une base de données ProbeMatrix</translation>
    </message>
    <message>
        <source>ProbeMatrix databases (*.sqlite *.db *.probematrix);;All files (*)</source>
        <translation>Bases de données ProbeMatrix (*.sqlite *.db *.probematrix);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import matrix</source>
        <translation>Importer une matrice</translation>
    </message>
    <message>
        <source>Matrix files (*.tsv *.txt *.csv *.json *.xlsx);;All files (*)</source>
        <translation>Fichiers de matrice (*.tsv *.txt *.csv *.json *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation>l&apos;importation n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s)</source>
        <translation>
            <numerusform>Exporter %n offre</numerusform>
            <numerusform>Exporter %n offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n offering(s) without contacts</source>
        <translation>
            <numerusform>Exporter %n offre sans les contacts</numerusform>
            <numerusform>Exporter %n offres sans les contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Native matrix (*.tsv);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Matrice native (*.tsv);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1: give the file a .tsv, .csv or .json ending to choose the format.</source>
        <translation>%1&#xa0;: donnez au fichier l&apos;extension .tsv, .csv ou .json pour choisir le format.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n offering(s) to %1</source>
        <translation>
            <numerusform>%n offre exportée vers %1</numerusform>
            <numerusform>%n offres exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select between %1 and %2 offerings in the table to compare them (you selected %3).</source>
        <translation>Sélectionnez entre %1 et %2 offres dans le tableau pour les comparer (vous en avez sélectionné %3).</translation>
    </message>
    <message>
        <source>Offering not added</source>
        <translation>Offre non ajoutée</translation>
    </message>
    <message>
        <source>Offering not saved</source>
        <translation>Offre non enregistrée</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message numerus="yes">
        <source>%n offerings</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 from the matrix? You can undo this.</source>
        <translation>Supprimer %1 de la matrice&#xa0;? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>ProbeMatrix Help</source>
        <translation>Aide de ProbeMatrix</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Find who can measure what&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Search&lt;/b&gt; (Ctrl+F) looks through all text; every word must start a word of the offering (&lt;i&gt;xrd oper&lt;/i&gt; finds operando XRD).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facets&lt;/b&gt; on the left: tick values to narrow the matrix. Values of one facet add up (OR); different facets narrow each other (AND). The number beside a value is how many offerings ticking it would leave. Active filters show as chips above the table; click one to remove it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sort&lt;/b&gt; by clicking a column header; ordinal columns sort Low &amp;lt; Medium &amp;lt; High &amp;lt; Best, unknown last. Right-click a header to show, hide or reset columns; drag headers to reorder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; of the selected offering show on the right, with the contact and the ontology links. Select 2–5 rows and press Ctrl+Shift+C to compare them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Edit&lt;/b&gt; a cell with F2 or a double click, or the whole offering with Ctrl+Return; undo with Ctrl+Z, redo with Ctrl+Shift+Z. Every change is saved at once and kept in the history (Ctrl+H).&lt;/p&gt;&lt;p&gt;Italic cells were not filled in by the partner or were read only in part; hover for the text as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trouver qui peut mesurer quoi&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Rechercher&lt;/b&gt; (Ctrl+F) parcourt tout le texte&#xa0;; chaque mot doit commencer un mot de l&apos;offre (&lt;i&gt;xrd oper&lt;/i&gt; trouve la XRD operando).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facettes&lt;/b&gt; à gauche&#xa0;: cochez des valeurs pour restreindre la matrice. Les valeurs d&apos;une même facette s&apos;additionnent (OU)&#xa0;; des facettes différentes se restreignent mutuellement (ET). Le nombre à côté d&apos;une valeur indique combien d&apos;offres il resterait en la cochant. Les filtres actifs apparaissent en pastilles au-dessus du tableau&#xa0;; cliquez sur l&apos;une d&apos;elles pour la retirer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trier&lt;/b&gt; en cliquant sur un en-tête de colonne&#xa0;; les colonnes ordinales se trient Low &amp;lt; Medium &amp;lt; High &amp;lt; Best, l&apos;inconnu en dernier. Clic droit sur un en-tête pour afficher, masquer ou réinitialiser les colonnes&#xa0;; faites glisser les en-têtes pour les réordonner.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;détails&lt;/b&gt; de l&apos;offre sélectionnée s&apos;affichent à droite, avec le contact et les liens vers les ontologies. Sélectionnez 2 à 5 lignes et appuyez sur Ctrl+Maj+C pour les comparer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modifier&lt;/b&gt; une cellule avec F2 ou un double-clic, ou l&apos;offre entière avec Ctrl+Entrée&#xa0;; annuler avec Ctrl+Z, rétablir avec Ctrl+Maj+Z. Chaque modification est enregistrée aussitôt et conservée dans l&apos;historique (Ctrl+H).&lt;/p&gt;&lt;p&gt;Les cellules en italique n&apos;ont pas été renseignées par le partenaire ou n&apos;ont été lues qu&apos;en partie&#xa0;; survolez-les pour voir le texte d&apos;origine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ProbeMatrix</source>
        <translation>À propos de ProbeMatrix</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProbeMatrix %1&lt;/h3&gt;&lt;p&gt;Browse the BIG-MAP global experimental matrix: who can measure what on a battery sample, how, at what cost and fidelity, and whom to contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Rows marked &lt;i&gt;Curation = estimate&lt;/i&gt; are curated estimates put together from public information, not values reported by the partners; the details pane says so for each row. Press &lt;i&gt;Show Details&lt;/i&gt; for the full provenance of the bundled matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontologies.&lt;/b&gt; PaNET, the Photon and Neutron Experimental Techniques ontology (ExPaNDS / pan-ontologies), CC BY 4.0. CHAMEO, EMMO characterisation methodology domain ontology (emmo-repo), CC BY 4.0. Only identifiers are stored.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProbeMatrix %1&lt;/h3&gt;&lt;p&gt;Parcourez la matrice expérimentale globale de BIG-MAP&#xa0;: qui peut mesurer quoi sur un échantillon de batterie, comment, à quel coût et avec quelle fidélité, et qui contacter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Données.&lt;/b&gt; Les lignes marquées &lt;i&gt;Curation = estimation&lt;/i&gt; sont des estimations établies à partir d&apos;informations publiques, et non des valeurs déclarées par les partenaires&#xa0;; le panneau des détails le signale pour chaque ligne. Cliquez sur &lt;i&gt;Afficher les détails&lt;/i&gt; pour la provenance complète de la matrice fournie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontologies.&lt;/b&gt; PaNET, l&apos;ontologie des techniques expérimentales photons et neutrons (ExPaNDS / pan-ontologies), CC BY 4.0. CHAMEO, l&apos;ontologie de domaine EMMO des méthodologies de caractérisation (emmo-repo), CC BY 4.0. Seuls les identifiants sont stockés.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Plan this</source>
        <translation>Planifier ceci</translation>
    </message>
    <message>
        <source>&lt;p&gt;This build has no plan workspace. The request drafted from your question (save it as a .pmreq file and run &lt;code&gt;probematrix-cli plan&lt;/code&gt;):&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Cette version n&apos;a pas d&apos;espace de planification. La demande rédigée à partir de votre question (enregistrez-la dans un fichier .pmreq et lancez &lt;code&gt;probematrix-cli plan&lt;/code&gt;)&#xa0;:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Work on the consortium&apos;s shared matrix on a PostgreSQL server</source>
        <translation>Travailler sur la matrice partagée du consortium, sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to find offerings, ask questions, plan measurements and work on a server</source>
        <translation>Comment trouver des offres, poser des questions, planifier des mesures et travailler sur un serveur</translation>
    </message>
    <message>
        <source>Browser &amp;Tips</source>
        <translation>&amp;Astuces de navigation</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message numerus="yes">
        <source>%n offering(s) changed by another user</source>
        <translation>
            <numerusform>%n offre modifiée par un autre utilisateur</numerusform>
            <numerusform>%n offres modifiées par un autre utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %Ln offerings… search and facets work in a moment</source>
        <translation>
            <numerusform>Indexation de %Ln offre… la recherche et les facettes fonctionnent dans un instant</numerusform>
            <numerusform>Indexation de %Ln offres… la recherche et les facettes fonctionnent dans un instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the matrix for search and facets…</source>
        <translation>Indexation de la matrice pour la recherche et les facettes…</translation>
    </message>
    <message numerus="yes">
        <source>First %1 of %Ln offerings</source>
        <translation>
            <numerusform>Les %1 premières de %Ln offre</numerusform>
            <numerusform>Les %1 premières de %Ln offres</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 offerings could be read: %2</source>
        <translation>Seules les %1 premières offres ont pu être lues&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln offerings… search and facets work in a moment</source>
        <translation>
            <numerusform>Chargement de %Ln offre… la recherche et les facettes fonctionnent dans un instant</numerusform>
            <numerusform>Chargement de %Ln offres… la recherche et les facettes fonctionnent dans un instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln offerings…</source>
        <translation>
            <numerusform>Chargement de %Ln offre…</numerusform>
            <numerusform>Chargement de %Ln offres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Available once all %Ln offerings are loaded</source>
        <translation>
            <numerusform>Disponible une fois l&apos;offre chargée (%Ln)</numerusform>
            <numerusform>Disponible une fois les %Ln offres chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No offering matches the filters: nothing to show.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucune offre ne correspond aux filtres&#xa0;: rien à afficher.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixEditor</name>
    <message>
        <source>the offering is no longer in the matrix; reload to see the current state</source>
        <translation>l&apos;offre n&apos;est plus dans la matrice&#xa0;; rechargez pour voir l&apos;état actuel</translation>
    </message>
    <message>
        <source>offering %1 is not in the matrix</source>
        <translation>l&apos;offre %1 n&apos;est pas dans la matrice</translation>
    </message>
    <message>
        <source>Change %1 of %2 at %3</source>
        <translation>Modifier %1 de %2 chez %3</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>Modifier %1 chez %2</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>Ajouter %1 chez %2</translation>
    </message>
    <message>
        <source>Delete %1 at %2</source>
        <translation>Supprimer %1 chez %2</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Modifier le partenaire %1</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Ajouter le partenaire %1</translation>
    </message>
    <message>
        <source>partner %1 is not in the matrix</source>
        <translation>le partenaire %1 n&apos;est pas dans la matrice</translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation>Supprimer le partenaire %1</translation>
    </message>
    <message>
        <source>Edit sample holder %1</source>
        <translation>Modifier le porte-échantillon %1</translation>
    </message>
    <message>
        <source>Add sample holder %1</source>
        <translation>Ajouter le porte-échantillon %1</translation>
    </message>
    <message>
        <source>sample holder %1 is not in the matrix</source>
        <translation>le porte-échantillon %1 n&apos;est pas dans la matrice</translation>
    </message>
    <message>
        <source>Delete sample holder %1</source>
        <translation>Supprimer le porte-échantillon %1</translation>
    </message>
    <message>
        <source>Edit operando cell %1</source>
        <translation>Modifier la cellule operando %1</translation>
    </message>
    <message>
        <source>Add operando cell %1</source>
        <translation>Ajouter la cellule operando %1</translation>
    </message>
    <message>
        <source>operando cell %1 is not in the matrix</source>
        <translation>la cellule operando %1 n&apos;est pas dans la matrice</translation>
    </message>
    <message>
        <source>Delete operando cell %1</source>
        <translation>Supprimer la cellule operando %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixIndex</name>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>pm::ui::MatrixTableModel</name>
    <message>
        <source>%1
as written: %2</source>
        <translation>%1
texte d&apos;origine&#xa0;: %2</translation>
    </message>
    <message>
        <source>curated estimate, not reported by the partner</source>
        <translation>estimation établie par curation, non déclarée par le partenaire</translation>
    </message>
    <message>
        <source>%1 (matrix header: &quot;%2&quot;)</source>
        <translation>%1 (en-tête dans la matrice&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 (from the partner table)</source>
        <translation>%1 (d&apos;après la table des partenaires)</translation>
    </message>
</context>
<context>
    <name>pm::ui::ObservablesPage</name>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>What do you want to know about the sample? For example the crystal structure of the SEI or its chemical composition (D5.5 2.1). Synonyms are understood: type &quot;Ni oxidation state&quot; or &quot;valence&quot;.</source>
        <translation>Que voulez-vous savoir sur l&apos;échantillon&#xa0;? Par exemple la structure cristalline de la SEI ou sa composition chimique (D5.5 2.1). Les synonymes sont compris&#xa0;: tapez «&#xa0;Ni oxidation state&#xa0;» ou «&#xa0;valence&#xa0;».</translation>
    </message>
    <message>
        <source>Search observables and synonyms…</source>
        <translation>Rechercher des observables et synonymes…</translation>
    </message>
    <message>
        <source>The number after each observable is how many offerings in the matrix can measure it.</source>
        <translation>Le nombre après chaque observable indique combien d&apos;offres de la matrice peuvent la mesurer.</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n offering(s))</source>
        <translation>
            <numerusform>%1  (%n offre)</numerusform>
            <numerusform>%1  (%n offres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Aussi appelée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDetails</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>read in part; as written:</source>
        <translation>lu en partie&#xa0;; texte d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>not filled in by the partner</source>
        <translation>non renseigné par le partenaire</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>CRL acq.</source>
        <translation>CRL acq.</translation>
    </message>
    <message>
        <source>CRL anal.</source>
        <translation>CRL anal.</translation>
    </message>
    <message>
        <source>Curated estimate.</source>
        <translation>Estimation établie par curation.</translation>
    </message>
    <message>
        <source>These values were put together from public information, not reported by the partner; ask the contact before relying on them.</source>
        <translation>Ces valeurs ont été établies à partir d&apos;informations publiques et non déclarées par le partenaire&#xa0;; demandez confirmation au contact avant de vous y fier.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu&apos;elle mesure</translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation>Portée technique</translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation>Logistique et coût</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité opérationnelle</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>curated estimate</source>
        <translation>estimation établie par curation</translation>
    </message>
    <message>
        <source>reported by the partner</source>
        <translation>déclaré par le partenaire</translation>
    </message>
    <message>
        <source>Contact and identifiers</source>
        <translation>Contact et identifiants</translation>
    </message>
</context>
<context>
    <name>pm::ui::OfferingDialog</name>
    <message>
        <source>Add offering</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>Modifier %1 chez %2</translation>
    </message>
    <message>
        <source>Duplicate %1 at %2</source>
        <translation>Dupliquer %1 chez %2</translation>
    </message>
    <message>
        <source>The copy needs a different partner, technique or instrument from the original.</source>
        <translation>La copie doit différer de l&apos;original par le partenaire, la technique ou l&apos;instrument.</translation>
    </message>
    <message>
        <source>Cells are written as in the matrix: lists with commas, alternatives with a slash (High/Medium), [Null] or empty when unknown.</source>
        <translation>Les cellules s&apos;écrivent comme dans la matrice&#xa0;: listes séparées par des virgules, alternatives par une barre oblique (High/Medium), [Null] ou vide si inconnu.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu&apos;elle mesure</translation>
    </message>
    <message>
        <source>Technical reach</source>
        <translation>Portée technique</translation>
    </message>
    <message>
        <source>Logistics and cost</source>
        <translation>Logistique et coût</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité opérationnelle</translation>
    </message>
    <message>
        <source>Matrix header: %1</source>
        <translation>En-tête dans la matrice&#xa0;: %1</translation>
    </message>
    <message>
        <source>an offering needs a partner and a technique</source>
        <translation>une offre doit avoir un partenaire et une technique</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) cannot be read; see the reasons under them.</source>
        <translation>
            <numerusform>%n champ ne peut pas être lu&#xa0;; voyez la raison en dessous.</numerusform>
            <numerusform>%n champs ne peuvent pas être lus&#xa0;; voyez les raisons en dessous.</numerusform>
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
        <translation>Mode</translation>
    </message>
    <message>
        <source>Time resolution needed</source>
        <translation>Résolution temporelle requise</translation>
    </message>
    <message>
        <source>Operando and in situ</source>
        <translation>Operando et in situ</translation>
    </message>
    <message>
        <source>To follow an observable while the cell works, say how often a data point is needed (D5.5 2.1). &quot;Any&quot; lets the planner choose; ex situ needs no cell.</source>
        <translation>Pour suivre une observable pendant le fonctionnement de la cellule, indiquez à quelle fréquence un point de mesure est nécessaire (D5.5 2.1). «&#xa0;Indifférent&#xa0;» laisse le planificateur choisir&#xa0;; l&apos;ex situ ne demande pas de cellule.</translation>
    </message>
    <message>
        <source>Helper: cell cycled at</source>
        <translation>Aide&#xa0;: cellule cyclée à</translation>
    </message>
    <message>
        <source>Apply to operando rows</source>
        <translation>Appliquer aux lignes operando</translation>
    </message>
    <message>
        <source>about one point every %1 s</source>
        <translation>environ un point toutes les %1 s</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
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
        <translation>non requise</translation>
    </message>
</context>
<context>
    <name>pm::ui::ParetoChart</name>
    <message>
        <source>Plans proposed: fidelity against cost; the larger the bubble, the longer the plan. Click one to select it.</source>
        <translation>Plans proposés&#xa0;: fidélité en fonction du coût&#xa0;; plus la bulle est grande, plus le plan est long. Cliquez sur une bulle pour la sélectionner.</translation>
    </message>
    <message>
        <source>cost (units) →</source>
        <translation>coût (unités) →</translation>
    </message>
    <message>
        <source>fidelity →</source>
        <translation>fidélité →</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>bubble size: duration</source>
        <translation>taille des bulles&#xa0;: durée</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>pm::ui::PartnerListDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Delete partner %1? You can undo this.</source>
        <translation>Supprimer le partenaire %1&#xa0;? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Modifier le partenaire %1</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Short name (as the matrix writes it)</source>
        <translation>Nom court (tel qu&apos;écrit dans la matrice)</translation>
    </message>
    <message>
        <source>Other names (comma-separated)</source>
        <translation>Autres noms (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
</context>
<context>
    <name>pm::ui::PlanWorkspace</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Click a step to see the offering behind it.</source>
        <translation>Cliquez sur une étape pour voir l&apos;offre correspondante.</translation>
    </message>
    <message>
        <source>Sample flow</source>
        <translation>Parcours des échantillons</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Accepted by the partner</source>
        <translation>Acceptée par le partenaire</translation>
    </message>
    <message>
        <source>Refused by the partner…</source>
        <translation>Refusée par le partenaire…</translation>
    </message>
    <message>
        <source>Email the partner…</source>
        <translation>Écrire au partenaire…</translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation>Étape sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Practical details</source>
        <translation>Informations pratiques</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>select a measurement step to write to its partner</source>
        <translation>sélectionnez une étape de mesure pour écrire à son partenaire</translation>
    </message>
    <message>
        <source>Every requested observable can be measured. Offerings not used, and why:</source>
        <translation>Toutes les observables demandées peuvent être mesurées. Offres non retenues, et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be measured as asked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mesure impossible telle que demandée&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Start with &lt;b&gt;New request…&lt;/b&gt; or open a .pmreq file.</source>
        <translation>Commencez par &lt;b&gt;Nouvelle demande…&lt;/b&gt; ou ouvrez un fichier .pmreq.</translation>
    </message>
    <message>
        <source>No plan: nothing requested can be measured as asked. See &lt;b&gt;Rejected&lt;/b&gt;.</source>
        <translation>Aucun plan&#xa0;: rien de ce qui est demandé ne peut être mesuré ainsi. Voir &lt;b&gt;Écartées&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — plan %2 of %3: fidelity %4, cost %5, %6. %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — plan %2 sur %3&#xa0;: fidélité %4, coût %5, %6. %7</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (destructive)</source>
        <translation> (destructive)</translation>
    </message>
    <message>
        <source>Logbook: %1</source>
        <translation>Cahier de laboratoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Describe what you want to measure, step by step</source>
        <translation>Décrire pas à pas ce que vous voulez mesurer</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>&amp;Ouvrir une demande…</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Ouvrir une demande</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>&amp;Enregistrer la demande…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>&amp;Replanifier</translation>
    </message>
    <message>
        <source>Plan again with the accepted steps pinned and the refused offerings excluded</source>
        <translation>Planifier à nouveau en gardant les étapes acceptées et en excluant les offres refusées</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Steps as CSV…</source>
        <translation>Étapes en CSV…</translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation>Exporter les étapes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plans as JSON…</source>
        <translation>Plans en JSON…</translation>
    </message>
    <message>
        <source>Export plans</source>
        <translation>Exporter les plans</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Graph as DOT…</source>
        <translation>Graphe en DOT…</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>Graphviz (*.dot *.gv)</source>
        <translation>Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Graph as SVG…</source>
        <translation>Graphe en SVG…</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>no matrix is loaded to plan from</source>
        <translation>aucune matrice n&apos;est chargée pour planifier</translation>
    </message>
    <message>
        <source>an untitled request</source>
        <translation>une demande sans titre</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>Reprendre la demande</translation>
    </message>
    <message numerus="yes">
        <source>You were writing %1 with %n observable(s). Continue with it?</source>
        <translation>
            <numerusform>Vous rédigiez %1 avec %n observable. Voulez-vous la reprendre&#xa0;?</numerusform>
            <numerusform>Vous rédigiez %1 avec %n observables. Voulez-vous la reprendre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>select a step of the plan first</source>
        <translation>sélectionnez d&apos;abord une étape du plan</translation>
    </message>
    <message>
        <source>only measurements are validated by partners; %1 is a %2 step</source>
        <translation>seules les mesures sont validées par les partenaires&#xa0;; %1 est une étape de type %2</translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation>Étape refusée</translation>
    </message>
    <message>
        <source>%1 at %2 was refused. Plan again, keeping the accepted steps and leaving this offering out?</source>
        <translation>%1 chez %2 a été refusée. Planifier à nouveau en gardant les étapes acceptées et sans cette offre&#xa0;?</translation>
    </message>
    <message>
        <source>no plan to re-plan</source>
        <translation>aucun plan à replanifier</translation>
    </message>
    <message>
        <source>no plan to export</source>
        <translation>aucun plan à exporter</translation>
    </message>
    <message>
        <source>Region of interest (%1): %2</source>
        <translation>Région d&apos;intérêt (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Set by %1 at %2</source>
        <translation>Fixé par %1 le %2</translation>
    </message>
    <message>
        <source>%1 at %2 (offering %3) is no longer in the matrix: ask the partner, or refuse the step and re-plan.</source>
        <translation>%1 chez %2 (offre %3) n&apos;est plus dans la matrice&#xa0;: demandez au partenaire, ou refusez l&apos;étape et replanifiez.</translation>
    </message>
    <message>
        <source>Starting %1, this plan ends about %2, after the wished-for deadline of %3.</source>
        <translation>En commençant le %1, ce plan se termine vers le %2, après l&apos;échéance souhaitée du %3.</translation>
    </message>
    <message>
        <source>Open s&amp;tored plan…</source>
        <translation>Ouvrir un plan enregis&amp;tré…</translation>
    </message>
    <message>
        <source>Reopen a plan stored in the database and go on validating it</source>
        <translation>Rouvrir un plan enregistré dans la base de données et poursuivre sa validation</translation>
    </message>
    <message>
        <source>Re&amp;load statuses</source>
        <translation>Re&amp;charger les statuts</translation>
    </message>
    <message>
        <source>Read the partners&apos; answers again from the database</source>
        <translation>Relire les réponses des partenaires dans la base de données</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Planned %1 by %2, reopened from the database with the partners&apos; answers so far.</source>
        <translation>Planifié le %1 par %2, rouvert depuis la base de données avec les réponses des partenaires reçues jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Status not saved</source>
        <translation>Statut non enregistré</translation>
    </message>
    <message>
        <source>%1

Reload the statuses now?</source>
        <translation>%1

Recharger les statuts maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the search and keep the best plans found so far, with their gap</source>
        <translation>Arrêter la recherche et garder les meilleurs plans trouvés, avec leur écart</translation>
    </message>
    <message>
        <source>Keep searching</source>
        <translation>Continuer à chercher</translation>
    </message>
    <message>
        <source>Search again with four times the time limit</source>
        <translation>Chercher à nouveau avec quatre fois la limite de temps</translation>
    </message>
    <message>
        <source>No plan costing no more and lasting no longer has a fidelity above %1 (gap %2).</source>
        <translation>Aucun plan ne coûtant pas plus et ne durant pas plus longtemps n&apos;a une fidélité supérieure à %1 (écart %2).</translation>
    </message>
    <message>
        <source>The search stopped before the front was proven complete: no plan costing no more and lasting no longer than this one has a fidelity above %1 (gap %2); no plan at all has one above %3 (gap %4 to the best found).</source>
        <translation>La recherche s&apos;est arrêtée avant que le front soit prouvé complet&#xa0;: aucun plan ne coûtant pas plus et ne durant pas plus longtemps que celui-ci n&apos;a une fidélité supérieure à %1 (écart %2)&#xa0;; aucun plan n&apos;en a une supérieure à %3 (écart %4 avec le meilleur trouvé).</translation>
    </message>
    <message>
        <source>To confirm with the partner: %1</source>
        <translation>À confirmer avec le partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching for plans…</source>
        <translation>Recherche de plans…</translation>
    </message>
    <message numerus="yes">
        <source>Searching: %1 s, %n plan(s) found, %2 nodes; best fidelity %3, none can exceed %4 (gap %5).</source>
        <translation>
            <numerusform>Recherche&#xa0;: %1 s, %n plan trouvé, %2 nœuds&#xa0;; meilleure fidélité %3, aucune ne peut dépasser %4 (écart %5).</numerusform>
            <numerusform>Recherche&#xa0;: %1 s, %n plans trouvés, %2 nœuds&#xa0;; meilleure fidélité %3, aucune ne peut dépasser %4 (écart %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — searching; the best plans so far are listed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — recherche en cours&#xa0;; les meilleurs plans trouvés jusqu&apos;ici sont listés.</translation>
    </message>
    <message>
        <source>%1 after %2 s: the plans are the best found. No plan can have a fidelity above %3; the best found has %4 (gap %5).</source>
        <translation>%1 après %2 s&#xa0;: les plans sont les meilleurs trouvés. Aucun plan ne peut avoir une fidélité supérieure à %3&#xa0;; le meilleur trouvé a %4 (écart %5).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Limite de temps atteinte</translation>
    </message>
    <message>
        <source>a search is still running; cancel it first</source>
        <translation>une recherche est encore en cours&#xa0;; annulez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>to confirm with the partner</source>
        <translation>à confirmer avec le partenaire</translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation>Forme de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porte-échantillon</translation>
    </message>
    <message>
        <source>Air handling</source>
        <translation>Protection contre l&apos;air</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Voie d&apos;accès</translation>
    </message>
    <message>
        <source>laboratory booking</source>
        <translation>réservation au laboratoire</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Prochain appel</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Apply at</source>
        <translation>Demande auprès de</translation>
    </message>
    <message>
        <source>changed since accepted</source>
        <translation>modifiée depuis l&apos;acceptation</translation>
    </message>
    <message>
        <source>Changes against the plan refused in part:</source>
        <translation>Changements par rapport au plan refusé en partie&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The partner accepted: %1</source>
        <translation>Le partenaire a accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-plan of plan %1 after refusal of %2.</source>
        <translation>Replanification du plan %1 après le refus de %2.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>This is a %1, by %2.</source>
        <translation>Ceci est une %1, par %2.</translation>
    </message>
    <message>
        <source>the matrix has no contact for %1 at %2: ask the consortium for one</source>
        <translation>la matrice n&apos;a pas de contact pour %1 chez %2&#xa0;: demandez-en un au consortium</translation>
    </message>
    <message>
        <source>Email the partner</source>
        <translation>Écrire au partenaire</translation>
    </message>
    <message>
        <source>%1

Copy the text of the e-mail to the clipboard?</source>
        <translation>%1

Copier le texte du courriel dans le presse-papiers&#xa0;?</translation>
    </message>
    <message>
        <source>The contact of %1 is a web page, not an e-mail address: %2. Write through it.</source>
        <translation>Le contact de %1 est une page web, pas une adresse électronique&#xa0;: %2. Écrivez par ce biais.</translation>
    </message>
    <message>
        <source>No e-mail program opened the draft to %1.</source>
        <translation>Aucun programme de messagerie n&apos;a ouvert le brouillon pour %1.</translation>
    </message>
    <message>
        <source>Select a measurement step to write to its partner</source>
        <translation>Sélectionnez une étape de mesure pour écrire à son partenaire</translation>
    </message>
    <message>
        <source>The matrix has no contact for %1 at %2</source>
        <translation>La matrice n&apos;a pas de contact pour %1 chez %2</translation>
    </message>
    <message>
        <source>The contact is a web page, not an e-mail address (%1): the text is offered to copy</source>
        <translation>Le contact est une page web, pas une adresse électronique (%1)&#xa0;: le texte est proposé à la copie</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Existing data</source>
        <translation>Données existantes</translation>
    </message>
    <message numerus="yes">
        <source>Existing data (%n step(s))</source>
        <translation>
            <numerusform>Données existantes (%n étape)</numerusform>
            <numerusform>Données existantes (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing data found: see the Existing data tab</source>
        <translation>Données existantes trouvées&#xa0;: voir l&apos;onglet Données existantes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the request&apos;s observables</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une observable de la demande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DOI</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un DOI</translation>
    </message>
    <message>
        <source>a search is running: cancel it or wait, then use the existing data</source>
        <translation>une recherche est en cours&#xa0;: annulez-la ou attendez, puis utilisez les données existantes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already covered by doi:%2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà couvert par doi:%2</translation>
    </message>
    <message>
        <source>Saved %1 in %2 — &lt;a href=&quot;folder&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>%1 enregistré dans %2 — &lt;a href=&quot;folder&quot;&gt;Ouvrir le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Type de plan</translation>
    </message>
    <message>
        <source>Fidelity, 0 to 1: how well the plan&apos;s techniques answer what you asked</source>
        <translation>Fidélité, de 0 à 1&#xa0;: à quel point les techniques du plan répondent à votre demande</translation>
    </message>
    <message>
        <source>Cost units: 1 ≈ one cheap laboratory measurement</source>
        <translation>Unités de coût&#xa0;: 1 ≈ une mesure de laboratoire bon marché</translation>
    </message>
    <message>
        <source>The kind of campaign (D5.5 Table 3): single laboratory measurements, correlated or operando laboratory work, a single large-scale-facility measurement, or correlated operando work including large-scale facilities</source>
        <translation>Le type de campagne (D5.5, tableau 3)&#xa0;: mesures de laboratoire isolées, travail de laboratoire corrélé ou operando, une mesure unique sur une grande infrastructure, ou travail operando corrélé incluant de grandes infrastructures</translation>
    </message>
    <message>
        <source>Best first for what you asked: a weighted sum of fidelity (weight %1), low cost (%2) and short duration (%3), each scaled over these plans. None of them is better than another on all three.</source>
        <translation>Les meilleurs d&apos;abord pour votre demande&#xa0;: une somme pondérée de la fidélité (poids %1), d&apos;un coût bas (%2) et d&apos;une durée courte (%3), chacun ramené à l&apos;échelle de ces plans. Aucun n&apos;est meilleur qu&apos;un autre sur les trois.</translation>
    </message>
</context>
<context>
    <name>pm::ui::PriorityPage</name>
    <message>
        <source>Exclude large-scale facilities (synchrotrons, neutron sources)</source>
        <translation>Exclure les grands instruments (synchrotrons, sources de neutrons)</translation>
    </message>
    <message>
        <source>Results wanted by:</source>
        <translation>Résultats souhaités pour le&#xa0;:</translation>
    </message>
    <message>
        <source>Fidelity and cost</source>
        <translation>Fidélité et coût</translation>
    </message>
    <message>
        <source>&lt;b&gt;High fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fidélité élevée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Low fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fidélité faible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;High cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coût élevé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Low cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coût faible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Partners not to ask:</source>
        <translation>Partenaires à ne pas solliciter&#xa0;:</translation>
    </message>
    <message>
        <source>Low fidelity, high cost
Single large-scale
facility measurement</source>
        <translation>Fidélité faible, coût élevé
Mesure unique sur
un grand instrument</translation>
    </message>
    <message>
        <source>Low fidelity, low cost
Single and high-throughput
laboratory experiments</source>
        <translation>Fidélité faible, coût faible
Expériences de laboratoire uniques
et à haut débit</translation>
    </message>
    <message>
        <source>High fidelity, high cost
Correlated multimodal
operando experiments with
large-scale facilities</source>
        <translation>Fidélité élevée, coût élevé
Expériences operando
multimodales corrélées avec
grands instruments</translation>
    </message>
    <message>
        <source>High fidelity, low cost
Correlated or operando
laboratory experiments</source>
        <translation>Fidélité élevée, coût faible
Expériences de laboratoire
corrélées ou operando</translation>
    </message>
    <message>
        <source>Medium fidelity, medium cost
(the default)</source>
        <translation>Fidélité moyenne, coût moyen
(par défaut)</translation>
    </message>
    <message>
        <source>High fidelity</source>
        <translation>Fidélité élevée</translation>
    </message>
    <message>
        <source>Medium fidelity</source>
        <translation>Fidélité moyenne</translation>
    </message>
    <message>
        <source>Low fidelity</source>
        <translation>Fidélité faible</translation>
    </message>
    <message>
        <source>high cost</source>
        <translation>coût élevé</translation>
    </message>
    <message>
        <source>medium cost</source>
        <translation>coût moyen</translation>
    </message>
    <message>
        <source>low cost</source>
        <translation>coût faible</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Some techniques are more accurate, some take more time and money. Pick the kind of plan you are after; the planner ranks its proposals by it. Until you pick one, plans are ranked for medium fidelity and medium cost.</source>
        <translation>Certaines techniques sont plus précises, d&apos;autres demandent plus de temps et d&apos;argent. Choisissez le type de plan recherché&#xa0;; le planificateur classe ses propositions en conséquence. Tant que vous n&apos;avez pas choisi, les plans sont classés pour une fidélité moyenne et un coût moyen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medium fidelity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fidélité moyenne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medium cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coût moyen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The plans are ranked by a weighted sum: fidelity weight %1, low cost weight %2, short duration 0.5.</source>
        <translation>Les plans sont classés par une somme pondérée&#xa0;: poids de la fidélité %1, du faible coût %2, de la courte durée 0,5.</translation>
    </message>
</context>
<context>
    <name>pm::ui::ReadOnlyNote</name>
    <message>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>your account may not change this matrix</source>
        <translation>votre compte n&apos;a pas le droit de modifier cette matrice</translation>
    </message>
</context>
<context>
    <name>pm::ui::RequestWizard</name>
    <message>
        <source>New characterisation request</source>
        <translation>Nouvelle demande de caractérisation</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
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
        <translation>Région d&apos;intérêt</translation>
    </message>
    <message>
        <source>Where (coordinates, marks)</source>
        <translation>Où (coordonnées, repères)</translation>
    </message>
    <message>
        <source>Average over the sample, any random spot, or one specific region, such as the top-left corner of a pouch-cell electrode or a micron-sized zone given by coordinates (D5.5 2.1). A specific region must be found again by every correlated measurement, so fewer techniques qualify.</source>
        <translation>Moyenne sur l&apos;échantillon, un endroit quelconque, ou une région précise, comme le coin supérieur gauche d&apos;une électrode de cellule pouch ou une zone micrométrique donnée par ses coordonnées (D5.5 2.1). Une région précise doit être retrouvée par chaque mesure corrélée&#xa0;; moins de techniques conviennent donc.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Quelconque</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Précise</translation>
    </message>
    <message>
        <source>e.g. x = 2.1 mm, y = 0.4 mm, laser mark A</source>
        <translation>p. ex. x = 2,1 mm, y = 0,4 mm, marque laser A</translation>
    </message>
</context>
<context>
    <name>pm::ui::SamplePage</name>
    <message>
        <source>Air sensitive: handle, ship and measure under inert gas</source>
        <translation>Sensible à l&apos;air&#xa0;: manipuler, expédier et mesurer sous gaz inerte</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>The sample shape decides which techniques can take it: a real or model electrode, a powder of active material, a liquid electrolyte or a whole cell (D5.5 2.1).</source>
        <translation>La forme de l&apos;échantillon détermine quelles techniques peuvent l&apos;accueillir&#xa0;: électrode réelle ou modèle, poudre de matériau actif, électrolyte liquide ou cellule complète (D5.5 2.1).</translation>
    </message>
    <message>
        <source>e.g. SEI growth on graphite after 100 cycles</source>
        <translation>p. ex. croissance de la SEI sur graphite après 100 cycles</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Sample &amp;shape:</source>
        <translation>&amp;Forme de l&apos;échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. LiNiO2 / graphite, LP57</source>
        <translation>p. ex. LiNiO2 / graphite, LP57</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Matériau&#xa0;:</translation>
    </message>
    <message>
        <source>Where it is first measured</source>
        <translation>Là où a lieu la première mesure</translation>
    </message>
    <message>
        <source>Prepared &amp;at:</source>
        <translation>&amp;Préparé chez&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none: as prepared</source>
        <translation>aucun&#xa0;: tel que préparé</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> cycles</translation>
    </message>
    <message>
        <source>How many charge-discharge cycles the sample goes through before it is measured. 0: as prepared (formed and brought to the state of charge).</source>
        <translation>Nombre de cycles de charge-décharge que subit l&apos;échantillon avant la mesure. 0&#xa0;: tel que préparé (formé et amené à l&apos;état de charge).</translation>
    </message>
    <message>
        <source>at </source>
        <translation>à </translation>
    </message>
    <message>
        <source> C</source>
        <translation> C</translation>
    </message>
    <message>
        <source>The C-rate of those cycles: 0.5 is C/2, a full charge and discharge in 4 hours.</source>
        <translation>Le régime de ces cycles&#xa0;: 0,5 correspond à C/2, une charge et une décharge complètes en 4 heures.</translation>
    </message>
    <message>
        <source>Electrochemical &amp;history:</source>
        <translation>&amp;Historique électrochimique&#xa0;:</translation>
    </message>
    <message>
        <source>Samples are measured as prepared: formed and brought to the state of charge.</source>
        <translation>Les échantillons sont mesurés tels que préparés&#xa0;: formés et amenés à l&apos;état de charge.</translation>
    </message>
    <message>
        <source>%1 cycles at %2 C take %3 days: a plan covers at most %4 days of cycling. Use fewer cycles or a higher rate.</source>
        <translation>%1 cycles à %2 C prennent %3 jours&#xa0;: un plan couvre au plus %4 jours de cyclage. Réduisez le nombre de cycles ou augmentez le régime.</translation>
    </message>
    <message>
        <source>%1 cycles at %2 C take %3 days. Operando measurements at a laboratory run during them (their gas, their structure changes); a beamtime cannot hold a cell that long, so its cell is cycled first and the plan says so. Ex-situ samples are cycled before they are opened.</source>
        <translation>%1 cycles à %2 C prennent %3 jours. Les mesures operando en laboratoire se déroulent pendant ces cycles (leurs gaz, leurs changements de structure)&#xa0;; un temps de faisceau ne peut pas garder une cellule aussi longtemps&#xa0;: sa cellule est cyclée d&apos;abord, et le plan le signale. Les échantillons ex situ sont cyclés avant d&apos;être ouverts.</translation>
    </message>
</context>
<context>
    <name>pm::ui::SecurityIndicator</name>
    <message>
        <source>Encrypted, server not verified</source>
        <translation>Chiffrée, serveur non vérifié</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <source> (this machine)</source>
        <translation> (cette machine)</translation>
    </message>
    <message>
        <source>Encrypted, server verified</source>
        <translation>Chiffrée, serveur vérifié</translation>
    </message>
</context>
<context>
    <name>pm::ui::StatisticsView</name>
    <message>
        <source>Coverage: offerings per observable and cluster</source>
        <translation>Couverture&#xa0;: offres par observable et par famille</translation>
    </message>
    <message>
        <source>Statistics of the %1 of %2 offerings the current filter shows.</source>
        <translation>Statistiques des %1 offres sur %2 affichées par le filtre actuel.</translation>
    </message>
    <message>
        <source>Offerings per cluster</source>
        <translation>Offres par famille</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>offres</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Offerings per partner (the 15 with most)</source>
        <translation>Offres par partenaire (les 15 qui en ont le plus)</translation>
    </message>
    <message>
        <source>Offerings per partner</source>
        <translation>Offres par partenaire</translation>
    </message>
    <message>
        <source>Fidelity against resources</source>
        <translation>Fidélité en fonction des ressources</translation>
    </message>
    <message>
        <source>%1 fidelity</source>
        <translation>Fidélité %1</translation>
    </message>
    <message>
        <source>fidelity not stated</source>
        <translation>fidélité non indiquée</translation>
    </message>
    <message>
        <source>%1 offering(s) measure %2 in %3</source>
        <translation>%1 offre(s) mesurant %2 dans la famille %3</translation>
    </message>
</context>
<context>
    <name>pm::ui::StoredPlansDialog</name>
    <message>
        <source>Open stored plan</source>
        <translation>Ouvrir un plan enregistré</translation>
    </message>
    <message>
        <source>Requests planned earlier, with their plans and the partners&apos; answers so far:</source>
        <translation>Demandes planifiées auparavant, avec leurs plans et les réponses des partenaires reçues jusqu&apos;ici&#xa0;:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>No plan is stored in this database yet. Plans are stored when a request is planned.</source>
        <translation>Aucun plan n&apos;est encore enregistré dans cette base de données. Les plans sont enregistrés lorsqu&apos;une demande est planifiée.</translation>
    </message>
    <message>
        <source>Re-plan of</source>
        <translation>Replanification de</translation>
    </message>
    <message>
        <source>stored plan %1, deleted since</source>
        <translation>plan enregistré %1, supprimé depuis</translation>
    </message>
    <message>
        <source>«%1» (stored plan %2)</source>
        <translation>«%1» (plan enregistré %2)</translation>
    </message>
    <message>
        <source>re-plan of %1</source>
        <translation>replanification de %1</translation>
    </message>
    <message>
        <source>re-plan of %1 after refusal of %2</source>
        <translation>replanification de %1 après le refus de %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::archive::ExistingDataPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Repositories…</source>
        <translation>Dépôts…</translation>
    </message>
    <message>
        <source>&amp;Use as existing data…</source>
        <translation>&amp;Utiliser comme données existantes…</translation>
    </message>
    <message>
        <source>Use existing data</source>
        <translation>Utiliser des données existantes</translation>
    </message>
    <message>
        <source>Leave &quot;%1&quot; out of the plan, as measured in doi:%2, and plan again?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du plan, déjà mesuré dans doi:%2, et planifier à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Which observable does doi:%1 already answer? It is left out of the plan.</source>
        <translation>À quelle observable doi:%1 répond-il déjà&#xa0;? Elle est retirée du plan.</translation>
    </message>
    <message>
        <source>Mark an observable as answered by the selected dataset: the plan is made again without it, and the request records the DOI</source>
        <translation>Marquer une observable comme couverte par le jeu de données choisi&#xa0;: le plan est refait sans elle, et la demande garde le DOI</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>DOI or page</source>
        <translation>DOI ou page</translation>
    </message>
    <message>
        <source>Look this plan&apos;s techniques and the request&apos;s observables up in the repositories</source>
        <translation>Chercher les techniques de ce plan et les observables de la demande dans les dépôts</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n match(es))</source>
        <translation>
            <numerusform>%1 (%n résultat)</numerusform>
            <numerusform>%1 (%n résultats)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no match)</source>
        <translation>%1 (aucun résultat)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>From %1, found by: %2</source>
        <translation>De %1, trouvé par&#xa0;: %2</translation>
    </message>
    <message>
        <source>; et al.</source>
        <translation>; et al.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Observable: %1</source>
        <translation>Observable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n repository(ies)…</source>
        <translation>
            <numerusform>Recherche dans %n dépôt…</numerusform>
            <numerusform>Recherche dans %n dépôts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) pending</source>
        <translation>
            <numerusform>%n réponse en attente</numerusform>
            <numerusform>%n réponses en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled; %n result(s) kept.</source>
        <translation>
            <numerusform>Recherche annulée&#xa0;; %n résultat gardé.</numerusform>
            <numerusform>Recherche annulée&#xa0;; %n résultats gardés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not searched yet: Search looks this plan up in %n repository(ies).</source>
        <translation>
            <numerusform>Pas encore cherché&#xa0;: Rechercher interroge %n dépôt pour ce plan.</numerusform>
            <numerusform>Pas encore cherché&#xa0;: Rechercher interroge %n dépôts pour ce plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) and publication(s) found.</source>
        <translation>
            <numerusform>%n jeu de données ou publication trouvé.</numerusform>
            <numerusform>%n jeux de données et publications trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; showing the results cached on %2</source>
        <translation>%1&#xa0;; résultats en cache du %2 affichés</translation>
    </message>
    <message>
        <source>%1; cached, fetched on %2</source>
        <translation>%1&#xa0;; en cache, obtenu le %2</translation>
    </message>
</context>
<context>
    <name>pm::ui::archive::RepositoriesDialog</name>
    <message>
        <source>Repositories for existing data</source>
        <translation>Dépôts pour les données existantes</translation>
    </message>
    <message>
        <source>ProbeMatrix looks up each plan&apos;s techniques and observables in these InvenioRDM repositories. Only the search words are sent, over HTTPS.</source>
        <translation>ProbeMatrix cherche les techniques et observables de chaque plan dans ces dépôts InvenioRDM. Seuls les mots de la recherche sont envoyés, en HTTPS.</translation>
    </message>
    <message>
        <source>https://repository.example.org</source>
        <translation>https://depot.example.org</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <source>The BIG-MAP Archive and Zenodo</source>
        <translation>La BIG-MAP Archive et Zenodo</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 est déjà dans la liste</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lear cached results</source>
        <translation>&amp;Vider le cache des résultats</translation>
    </message>
    <message>
        <source>select a repository</source>
        <translation>choisissez un dépôt</translation>
    </message>
    <message>
        <source>%1 is the consortium&apos;s: only its administrators change that list</source>
        <translation>%1 appartient au consortium&#xa0;: seuls ses administrateurs modifient cette liste</translation>
    </message>
    <message>
        <source>%1 — from the consortium server</source>
        <translation>%1 — du serveur du consortium</translation>
    </message>
    <message>
        <source>Shared by the consortium server (added by %1); only its administrators change it</source>
        <translation>Partagé par le serveur du consortium (ajouté par %1)&#xa0;; seuls ses administrateurs le modifient</translation>
    </message>
    <message>
        <source>Access &amp;token for %1:</source>
        <translation>&amp;Jeton d&apos;accès pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>none (only restricted communities need one)</source>
        <translation>aucun (seules les communautés restreintes en demandent un)</translation>
    </message>
    <message>
        <source>a token is kept; type a new one to replace it, or clear the field to remove it</source>
        <translation>un jeton est conservé&#xa0;; tapez-en un nouveau pour le remplacer, ou videz le champ pour le supprimer</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the settings.</source>
        <translation>Les jetons sont conservés dans le trousseau du système, jamais dans les réglages.</translation>
    </message>
    <message>
        <source>No system keychain: the token is kept for this session only.</source>
        <translation>Pas de trousseau système&#xa0;: le jeton n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>No database: nothing is cached</source>
        <translation>Pas de base de données&#xa0;: rien n&apos;est mis en cache</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) cached, shown when a repository cannot be reached</source>
        <translation>
            <numerusform>%n recherche en cache, affichée quand un dépôt est injoignable</numerusform>
            <numerusform>%n recherches en cache, affichées quand un dépôt est injoignable</numerusform>
        </translation>
    </message>
</context>
</TS>
