<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="159"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="159"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="160"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="160"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="161"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="162"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="182"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="182"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="183"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="183"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="56"/>
        <source>Planifier un rendez-vous</source>
        <translation>Schedule an appointment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="68"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="69"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="70"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="71"/>
        <source>Objet *</source>
        <translation>Subject *</translation>
    </message>
</context>
<context>
    <name>AudiencePicker</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="102"/>
        <source>Un client</source>
        <translation>One client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="104"/>
        <source>%1 (%2 client(s))</source>
        <translation>%1 (%2 client(s))</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../src/crmdesk/ui/charts.py" line="48"/>
        <source>Pas encore de données.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="27"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="28"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="28"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="29"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="30"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="30"/>
        <source>Âge (jours)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="51"/>
        <source>En attente depuis trop longtemps</source>
        <translation>Waiting too long</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="510"/>
        <source>Réclamation</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="518"/>
        <source>Enregistrer et fermer</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="521"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="522"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="523"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="524"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="549"/>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="572"/>
        <source>Choisissez d&apos;abord le client.</source>
        <translation>Choose the client first.</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="64"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="68"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="74"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="75"/>
        <source>Une réclamation ouverte depuis plus longtemps ressort en rouge.</source>
        <translation>A claim open for longer than this shows in red.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="79"/>
        <source>Nouvelle réclamation…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="81"/>
        <source>Ouvrir / reprendre…</source>
        <translation>Open / resume…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="86"/>
        <source>Délai d&apos;alerte :</source>
        <translation>Alert after:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="109"/>
        <source>%1 réclamation(s), dont %2 en attente depuis trop longtemps</source>
        <translation>%1 claim(s), %2 of them waiting too long</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="51"/>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="52"/>
        <source>Client n° %1</source>
        <translation>Client no. %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="57"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="58"/>
        <source>Adresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="59"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="61"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="64"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="65"/>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="224"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="99"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="100"/>
        <source>Particulier</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="109"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="110"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="111"/>
        <source>Laissez vide : le prochain numéro libre sera attribué.</source>
        <translation>Leave blank: the next free number will be assigned.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="112"/>
        <source>Nom ou raison sociale *</source>
        <translation>Name or company name *</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="116"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="117"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="118"/>
        <source>9 chiffres : obligatoire sur les factures entre professionnels (réforme 2026-2027).</source>
        <translation>9 digits: mandatory on business-to-business invoices (2026-2027 reform).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="120"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="121"/>
        <source>14 chiffres : le SIREN suivi du NIC de l&apos;établissement.</source>
        <translation>14 digits: the SIREN followed by the establishment&apos;s NIC.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="122"/>
        <source>N° TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="123"/>
        <source>FR + 2 caractères de clé + SIREN : exigé pour les livraisons intracommunautaires.</source>
        <translation>FR + 2-character key + SIREN: required for intra-EU supplies.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="125"/>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="150"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="126"/>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="150"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="133"/>
        <source>Adresse de facturation</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="134"/>
        <source>Adresse de livraison (si différente)</source>
        <translation>Delivery address (if different)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="137"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="138"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="139"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="140"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="149"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="149"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="153"/>
        <source>Ajouter un contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="155"/>
        <source>Retirer le contact</source>
        <translation>Remove the contact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="218"/>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="221"/>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="222"/>
        <source>Ouvrir le client existant</source>
        <translation>Open the existing client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_dialog.py" line="240"/>
        <source>Ce client ressemble à un client existant :</source>
        <translation>This client looks like an existing client:</translation>
    </message>
</context>
<context>
    <name>ClientFileDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="106"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="106"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="106"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="107"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="224"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="111"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="113"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="120"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="120"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="161"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="179"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="115"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="121"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="115"/>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="115"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="116"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="117"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="118"/>
        <source>Rendez-vous</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="119"/>
        <source>Journal</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="120"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="122"/>
        <source>Réclamations</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="123"/>
        <source>Fidélisation</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="124"/>
        <source>Modifier le client…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="127"/>
        <source>Exporter ses données…</source>
        <translation>Export their data…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="129"/>
        <source>Anonymiser…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="132"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="161"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="161"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="162"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="162"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="163"/>
        <source>Planifier un rendez-vous…</source>
        <translation>Schedule an appointment…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="165"/>
        <source>Enregistrer le résultat…</source>
        <translation>Record the outcome…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="290"/>
        <source>Exporter les données du client</source>
        <translation>Export the client&apos;s data</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="291"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="296"/>
        <source>Anonymiser le client</source>
        <translation>Anonymise the client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="313"/>
        <source>Données exportées dans %1</source>
        <translation>Data exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="320"/>
        <source>Anonymiser « %1 » (client n° %2) ?

Seront effacés : le nom, le SIREN, le SIRET, le n° de TVA, les adresses, l&apos;e-mail, le téléphone, les contacts et les notes, ainsi que les textes du journal, des rendez-vous, des réclamations, des actions de fidélisation, des enquêtes de satisfaction et des parrainages.

Seront gardés, pour la comptabilité et les statistiques : le numéro du client, les dates, les montants et les notes de satisfaction. Les factures et avoirs émis (%3) gardent l&apos;identité imprimée : la loi impose de les conserver 10 ans.

Exportez d&apos;abord ses données s&apos;il les a demandées. L&apos;anonymisation est définitive.</source>
        <translation>Anonymise “%1” (client no. %2)?

Erased: the name, the SIREN, the SIRET, the VAT number, the addresses, the email, the phone number, the contacts and the notes, as well as the texts of the activity log, appointments, claims, loyalty actions, satisfaction surveys and referrals.

Kept, for the accounts and the statistics: the client number, the dates, the amounts and the satisfaction scores. The invoices and credit notes issued (%3) keep the printed identity: the law requires them to be kept for 10 years.

Export their data first if they have asked for it. Anonymisation is permanent.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="335"/>
        <source>Client anonymisé.</source>
        <translation>Client anonymised.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="120"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="179"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="179"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="185"/>
        <source>Ce qui s&apos;est dit, ce qui est convenu…</source>
        <translation>What was said, what was agreed…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="186"/>
        <source>Ajouter au journal</source>
        <translation>Add to the log</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="213"/>
        <source>Fiche client — %1</source>
        <translation>Client record — %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="214"/>
        <source> (archivé)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="216"/>
        <source>Solde dû : %1</source>
        <translation>Balance due: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="220"/>
        <source>Livraison : </source>
        <translation>Delivery: </translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="222"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="222"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="223"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="223"/>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="232"/>
        <source>(brouillon)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="261"/>
        <source>Résultat du rendez-vous</source>
        <translation>Appointment outcome</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="262"/>
        <source>Qu&apos;est-il ressorti du rendez-vous ?</source>
        <translation>What came out of the appointment?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="276"/>
        <source>Choisissez d&apos;abord un rendez-vous dans la liste.</source>
        <translation>First choose an appointment from the list.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="39"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="40"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="41"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="42"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="43"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="44"/>
        <source>Solde dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="45"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>ClientLoyalty</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="19"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="20"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="20"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="21"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="31"/>
        <source>Segment RFM : %1 (%2) — %3 facture(s) en 12 mois, %4 HT</source>
        <translation>RFM segment: %1 (%2) — %3 invoice(s) in 12 months, %4 excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="37"/>
        <source>Utilisée</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="38"/>
        <source>Réservée sur un brouillon</source>
        <translation>Reserved on a draft</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="40"/>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="41"/>
        <source>Expirée</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="52"/>
        <source>Parrainage</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="63"/>
        <source>Note %1/10 (%2)</source>
        <translation>Score %1/10 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="67"/>
        <source>Enquête de satisfaction</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="71"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="72"/>
        <source>A parrainé %1 ; récompense : %2</source>
        <translation>Referred %1; reward: %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_client.py" line="78"/>
        <source>Parrainé par %1</source>
        <translation>Referred by %1</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="74"/>
        <source>Tapez le nom ou le numéro du client…</source>
        <translation>Type the client&apos;s name or number…</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="43"/>
        <source>Rechercher un client : nom, numéro, ville, e-mail, téléphone, SIREN… (Ctrl+F)</source>
        <translation>Search for a client: name, number, town, email, phone, SIREN… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="45"/>
        <source>Afficher les clients archivés</source>
        <translation>Show archived clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="74"/>
        <source>Nouveau client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="75"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="76"/>
        <source>Fiche client</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="77"/>
        <source>Archiver / restaurer</source>
        <translation>Archive / restore</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="78"/>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="79"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="118"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="120"/>
        <source>Plus de %1 clients</source>
        <translation>More than %1 clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="122"/>
        <source> — trouvé(s) en %1 ms</source>
        <translation> — found in %1 ms</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="156"/>
        <source>Client enregistré.</source>
        <translation>Client saved.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="186"/>
        <source>Client restauré.</source>
        <translation>Client restored.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="187"/>
        <source>Client archivé (rien n&apos;est supprimé).</source>
        <translation>Client archived (nothing is deleted).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="193"/>
        <source>Importer des clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="194"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="210"/>
        <source>Exporter les clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="211"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="219"/>
        <source>%1 clients exportés.</source>
        <translation>%1 clients exported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="222"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="105"/>
        <source>Profil de l&apos;entreprise</source>
        <extracomment>The legal forms offered; the combo box stays editable for any other one. Checked as typed: the compact value, or InvalidIdentifier with a French reason. Seller fields typed as text in a QLineEdit and stored as typed (stripped). Longest text accepted per field (the storage columns, with room for spaces in identifiers).</extracomment>
        <translation>Company profile</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="108"/>
        <source>Ces informations sont imprimées sur chaque facture. Survolez un champ pour savoir pourquoi il y figure ; un champ encadré de rouge est à corriger avant d&apos;enregistrer.</source>
        <translation>This information is printed on every invoice. Hover over a field to see why it is there; a field outlined in red must be corrected before saving.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="136"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="137"/>
        <source>Enregistre le profil : il sera imprimé sur les prochaines factures émises.</source>
        <translation>Saves the profile: it will be printed on the invoices issued from now on.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="139"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="196"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="198"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="199"/>
        <source>Obligatoire sur toute facture : le nom légal du vendeur, tel qu&apos;inscrit au registre.</source>
        <translation>Mandatory on every invoice: the seller&apos;s legal name, as registered.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="210"/>
        <source>Une société (SA, SAS, SARL…) indique sa forme juridique sur ses factures : elle dit au client jusqu&apos;où va la responsabilité des associés.</source>
        <translation>A company (SA, SAS, SARL…) states its legal form on its invoices: it tells the client how far the partners&apos; liability extends.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="213"/>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="214"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="220"/>
        <source>Capital social (€)</source>
        <translation>Share capital (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="221"/>
        <source>Une société indique le montant de son capital social sur ses factures : c&apos;est une information sur sa solidité pour le client.</source>
        <translation>A company states the amount of its share capital on its invoices: it tells the client something about its financial strength.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="223"/>
        <source>ex. 50 000,00</source>
        <translation>e.g. 50000.00</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="224"/>
        <source>RCS (ville du greffe)</source>
        <translation>RCS (registry town)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="225"/>
        <source>Un commerçant indique « RCS » suivi de la ville du greffe où il est immatriculé : le client peut y consulter son extrait Kbis.</source>
        <translation>A trader states “RCS” followed by the town of the commercial court registry where it is registered: the client can obtain its Kbis extract there.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="227"/>
        <source>ex. Marseille</source>
        <translation>e.g. Marseille</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="232"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="234"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="235"/>
        <source>Obligatoire sur toute facture : l&apos;adresse du siège social du vendeur.</source>
        <translation>Mandatory on every invoice: the address of the seller&apos;s registered office.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="236"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="237"/>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="239"/>
        <source>Partie de l&apos;adresse du siège, obligatoire sur la facture.</source>
        <translation>Part of the registered office address, mandatory on the invoice.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="238"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="240"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="241"/>
        <source>Le pays du siège : utile dès que la facture part à l&apos;étranger.</source>
        <translation>The country of the registered office: useful as soon as an invoice goes abroad.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="242"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="247"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="249"/>
        <source>Nom du contact</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="250"/>
        <source>Facultatif : la personne que le client peut joindre pour une question sur sa facture, utile au suivi après-vente.</source>
        <translation>Optional: the person the client can contact with a question about their invoice, useful for after-sales follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="252"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="253"/>
        <source>Facultatif : permet au client de joindre rapidement le service qui facture.</source>
        <translation>Optional: lets the client quickly reach the department that issues invoices.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="255"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="256"/>
        <source>Facultatif : l&apos;adresse où le client envoie ses questions ou ses réclamations.</source>
        <translation>Optional: the address to which the client sends questions or claims.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="258"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="259"/>
        <source>Facultatif : le site où le client retrouve vos produits et vos conditions.</source>
        <translation>Optional: the website where the client finds your products and terms.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="265"/>
        <source>Identifiants</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="267"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="268"/>
        <source>Obligatoire sur toute facture : identifie l&apos;entreprise au répertoire SIRENE.</source>
        <translation>Mandatory on every invoice: identifies the business in the SIRENE register.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="269"/>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="270"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="271"/>
        <source>Identifie l&apos;établissement qui facture : les 9 chiffres du SIREN suivis des 5 chiffres du NIC.</source>
        <translation>Identifies the establishment issuing the invoice: the 9 digits of the SIREN followed by the 5 digits of the NIC.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="272"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="273"/>
        <source>N° TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="274"/>
        <source>Obligatoire pour une entreprise assujettie à la TVA : FR, une clé de 2 caractères et le SIREN. Le client professionnel en a besoin pour déduire la TVA.</source>
        <translation>Mandatory for a VAT-registered business: FR, a 2-character key and the SIREN. Business clients need it to reclaim the VAT.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="276"/>
        <source>FR + clé + SIREN</source>
        <translation>FR + key + SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="281"/>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="283"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="284"/>
        <source>Le nom de la banque du vendeur : le client sait où part son virement.</source>
        <translation>The name of the seller&apos;s bank: the client knows where their transfer is going.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="286"/>
        <source>Code banque</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="287"/>
        <source>Le code banque du RIB, imprimé pour le client qui règle par virement.</source>
        <translation>The bank code from the RIB (bank details), printed for clients who pay by bank transfer.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="289"/>
        <source>N° de compte</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="290"/>
        <source>Le numéro de compte du RIB, imprimé pour le client qui règle par virement.</source>
        <translation>The account number from the RIB (bank details), printed for clients who pay by bank transfer.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="292"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="293"/>
        <source>Le compte à créditer, que le client recopie pour payer par virement : un IBAN français compte 27 caractères.</source>
        <translation>The account to be credited, which the client copies to pay by bank transfer: a French IBAN has 27 characters.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="295"/>
        <source>FR76 …</source>
        <translation>FR76 …</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="296"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="297"/>
        <source>Le code de la banque (8 ou 11 caractères) qui accompagne l&apos;IBAN pour un virement.</source>
        <translation>The bank&apos;s code (8 or 11 characters) that goes with the IBAN for a transfer.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="303"/>
        <source>Conditions</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="305"/>
        <source>Pénalités de retard (%)</source>
        <translation>Late payment penalties (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="306"/>
        <source>Obligatoire entre professionnels : le taux des pénalités dues en cas de retard de paiement (au moins trois fois le taux d&apos;intérêt légal).</source>
        <translation>Mandatory between businesses: the rate of the penalties due for late payment (at least three times the statutory interest rate).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="308"/>
        <source>ex. 12,15</source>
        <translation>e.g. 12.15</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="309"/>
        <source>Escompte</source>
        <translation>Early payment discount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="310"/>
        <source>Obligatoire entre professionnels : les conditions d&apos;escompte en cas de paiement anticipé, ou la mention qu&apos;il n&apos;y en a pas.</source>
        <translation>Mandatory between businesses: the discount terms for early payment, or a statement that there is none.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="312"/>
        <source>Pas d&apos;escompte pour paiement anticipé</source>
        <translatorcomment>Default value of the field, stored in the profile and printed on French invoices: keep it in French.</translatorcomment>
        <translation>Pas d&apos;escompte pour paiement anticipé</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="313"/>
        <source>TVA sur les débits</source>
        <translation>VAT on debits (invoice basis)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="316"/>
        <source>À cocher si l&apos;entreprise a opté pour le paiement de la TVA d&apos;après les débits : la facture doit alors porter la mention « Option pour le paiement de la taxe d&apos;après les débits ».</source>
        <translation>Tick if the business has opted to pay VAT on the debit (invoice) basis: the invoice must then bear the statement “Option pour le paiement de la taxe d&apos;après les débits”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="355"/>
        <source>le SIRET doit commencer par les 9 chiffres du SIREN (%1) : l&apos;un des deux a été mal recopié</source>
        <translation>the SIRET must start with the 9 digits of the SIREN (%1): one of the two has been mistyped</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="361"/>
        <source>les 9 derniers chiffres (%1) doivent être ceux du SIREN (%2) : un numéro de TVA français est formé à partir du SIREN</source>
        <translation>the last 9 digits (%1) must be those of the SIREN (%2): a French VAT number is built from the SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="369"/>
        <source>capital social</source>
        <translation>share capital</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="370"/>
        <source>taux des pénalités de retard</source>
        <translation>late payment penalty rate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="396"/>
        <source>À corriger avant d&apos;enregistrer : %1.</source>
        <translation>Please correct before saving: %1.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="433"/>
        <source>Profil non enregistré</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/company_dialog.py" line="434"/>
        <source>Le profil de l&apos;entreprise n&apos;a pas été enregistré :

%1</source>
        <translation>The company profile was not saved:

%1</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="25"/>
        <source>Avoir sur la facture n° %1</source>
        <translation>Credit note on invoice no. %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="28"/>
        <source>Une facture émise ne se modifie pas : l&apos;avoir la corrige, avec son propre numéro, et rappelle le numéro et la date de la facture. Il ne peut pas dépasser ce qui reste.</source>
        <translation>An issued invoice is never changed: the credit note corrects it, with its own number, and quotes the invoice&apos;s number and date. It can never exceed what remains.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="30"/>
        <source>Toute la facture (%1)</source>
        <translation>The whole invoice (%1)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="31"/>
        <source>Un montant TTC</source>
        <translation>An amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="45"/>
        <source>Montant TTC (€)</source>
        <translation>Amount incl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="46"/>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="47"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/credit_note_dialog.py" line="51"/>
        <source>Émettre l&apos;avoir</source>
        <translation>Issue the credit note</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="114"/>
        <source>Importer des clients depuis un fichier CSV</source>
        <translation>Import clients from a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="115"/>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="128"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="157"/>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="157"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="158"/>
        <source>Encodage : %1 — séparateur : %2</source>
        <translation>Encoding: %1 — separator: %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="170"/>
        <source>Le fichier ne contient aucun client.</source>
        <translation>The file contains no clients.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="172"/>
        <source>Aucune ligne valide</source>
        <translation>No valid lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="174"/>
        <source>1 ligne valide</source>
        <translation>1 valid line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="176"/>
        <source>%1 lignes valides</source>
        <translation>%1 valid lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="178"/>
        <source>aucune ligne en erreur.</source>
        <translation>no lines with errors.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="180"/>
        <source>1 ligne en erreur : elle ne sera pas importée.</source>
        <translation>1 line with errors: it will not be imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="182"/>
        <source>%1 lignes en erreur : elles ne seront pas importées.</source>
        <translation>%1 lines with errors: they will not be imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="188"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="190"/>
        <source>Importer 1 client</source>
        <translation>Import 1 client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="192"/>
        <source>Importer %1 clients</source>
        <translation>Import %1 clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="201"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="46"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="46"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="46"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="46"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="47"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="47"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="76"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="80"/>
        <source>(nouveau numéro)</source>
        <translation>(new number)</translation>
    </message>
</context>
<context>
    <name>FieldCommand</name>
    <message>
        <location filename="../../src/crmdesk/ui/undo_fields.py" line="18"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="179"/>
        <source>Planifier un suivi</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="180"/>
        <source>Un appel ou un rendez-vous de suivi garde le contact : il apparaît dans l&apos;agenda à sa date, puis dans le dossier du client une fois fait.</source>
        <translation>A follow-up call or appointment keeps in touch: it appears in the agenda on its date, then in the client record once done.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="186"/>
        <source>Appel de suivi</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="190"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="190"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="191"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="191"/>
        <source>À faire le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="192"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="200"/>
        <source>%1 suivi(s) planifié(s).</source>
        <translation>%1 follow-up(s) scheduled.</translation>
    </message>
</context>
<context>
    <name>GesturePage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="367"/>
        <source>Proposer l&apos;avoir total qui annule la facture en double</source>
        <translation>Propose the full credit note that cancels the duplicate invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="377"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="377"/>
        <source>Quantité facturée</source>
        <translation>Quantity invoiced</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="378"/>
        <source>Quantité à créditer</source>
        <translation>Quantity to credit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="381"/>
        <source>Geste commercial</source>
        <translation>Goodwill gesture</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="383"/>
        <source>Produit envoyé</source>
        <translation>Product sent</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="384"/>
        <source>Lignes à créditer</source>
        <translation>Lines to credit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="385"/>
        <source>Montant TTC (€)</source>
        <translation>Amount incl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="386"/>
        <source>Remise sur la prochaine commande (%)</source>
        <translation>Discount on the next order (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="387"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="162"/>
        <source>En-tête</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="165"/>
        <source>Tapez le nom ou le numéro du client…</source>
        <translation>Type the client&apos;s name or number…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="176"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="196"/>
        <source>Date de la facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="177"/>
        <source>Date de la vente</source>
        <translation>Date of sale</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="178"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="182"/>
        <source>À réception, 30 jours, 45 jours fin de mois, 60 jours ou un nombre de jours : l&apos;échéance est recalculée.</source>
        <translation>On receipt, 30 days, 45 days end of month, 60 days or a number of days: the due date is recalculated.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="185"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="202"/>
        <source>Émis par</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="189"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="204"/>
        <source>Référence de commande</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="191"/>
        <source>Informations additionnelles : service après-vente, garantie…</source>
        <translation>Additional information: after-sales service, warranty…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="196"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="197"/>
        <source>Date de la vente / prestation</source>
        <translation>Date of sale / service</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="198"/>
        <source>Modalité de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="198"/>
        <source>Paiement dû le</source>
        <translation>Payment due on</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="203"/>
        <source>Contact client</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="221"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="222"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="223"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="224"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="225"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="238"/>
        <source>Remise</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="248"/>
        <source>Remise (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="251"/>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="260"/>
        <source>Mentions obligatoires</source>
        <translation>Mandatory statements</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="264"/>
        <source>Émettre la facture…</source>
        <translation>Issue the invoice…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="266"/>
        <source>Enregistrer un paiement…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="268"/>
        <source>Créer un avoir…</source>
        <translation>Create a credit note…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="270"/>
        <source>Enregistrer le PDF…</source>
        <translation>Save the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="272"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="385"/>
        <source>Adresse du client à compléter</source>
        <translation>Client address to be completed</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="520"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="522"/>
        <source>Remise %1</source>
        <translation>Discount %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="524"/>
        <source>Net commercial</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="526"/>
        <source>TVA %1 sur %2</source>
        <translation>VAT %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="528"/>
        <source>TOTAL TTC</source>
        <translation>TOTAL incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="531"/>
        <source>Déjà réglé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="533"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="535"/>
        <source>Reste à payer</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="558"/>
        <source>Avoir n° %1 — émis</source>
        <translation>Credit note no. %1 — issued</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="559"/>
        <source>Facture n° %1 — émise, %2</source>
        <translation>Invoice no. %1 — issued, %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="564"/>
        <source>Facture émise : elle ne peut plus être modifiée. Une erreur se corrige par un avoir.</source>
        <translation>Invoice issued: it can no longer be changed. A mistake is corrected with a credit note.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="569"/>
        <source>Réclamation %1 — %2 — %3</source>
        <translation>Claim %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="574"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="574"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="581"/>
        <source>✗ Client : choisissez le client à facturer.</source>
        <translation>✗ Client: choose the client to invoice.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="591"/>
        <source>✓ Toutes les mentions obligatoires sont présentes.</source>
        <translation>✓ All the mandatory statements are present.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="605"/>
        <source>Brouillon non enregistré : %1</source>
        <translation>Draft not saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="619"/>
        <source>Brouillon enregistré à %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="636"/>
        <source>Émettre la facture</source>
        <translation>Issue the invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="643"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="651"/>
        <source>Corrigez d&apos;abord les lignes en erreur :</source>
        <translation>First correct the lines with errors:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="655"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="727"/>
        <source>Choisissez un client et saisissez au moins une ligne.</source>
        <translation>Choose a client and enter at least one line.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="658"/>
        <source>La facture ne peut pas être émise, il manque :</source>
        <translation>The invoice cannot be issued. Missing:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="662"/>
        <source>Une fois émise, la facture reçoit son numéro définitif et ne peut plus être modifiée ni supprimée (une erreur se corrige par un avoir). Émettre maintenant ?</source>
        <translation>Once issued, the invoice gets its final number and can no longer be changed or deleted (a mistake is corrected with a credit note). Issue it now?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="673"/>
        <source>Facture n° %1 émise.</source>
        <translation>Invoice no. %1 issued.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="690"/>
        <source>Avoir n° %1 émis.</source>
        <translation>Credit note no. %1 issued.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="716"/>
        <source>Paiement enregistré.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="722"/>
        <source>L&apos;impression en PDF n&apos;est pas disponible.</source>
        <translation>PDF printing is not available.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="744"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="745"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="748"/>
        <source>PDF enregistré : %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="37"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="37"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="38"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="38"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="39"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="39"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="40"/>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="40"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="41"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="64"/>
        <source>(brouillon)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="43"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="44"/>
        <source>À encaisser</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="47"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="48"/>
        <source>Payées</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="49"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="96"/>
        <source>Client…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="106"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="108"/>
        <source>Tout imprimer en PDF…</source>
        <translation>Print all to PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="113"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="115"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="137"/>
        <source>← Retour à la liste</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="167"/>
        <source>%1 document(s) — reste à encaisser : %2 — %3 en retard</source>
        <translation>%1 document(s) — outstanding: %2 — %3 overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="176"/>
        <source>Dossier des PDF</source>
        <translation>Folder for the PDFs</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="10"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="11"/>
        <source>impayée</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="12"/>
        <source>partiellement payée</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="13"/>
        <source>payée</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="14"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="15"/>
        <source>annulée par avoir</source>
        <translation>cancelled by credit note</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="16"/>
        <source>avoir</source>
        <translation>credit note</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="19"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="20"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="21"/>
        <source>Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="22"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="23"/>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="26"/>
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="27"/>
        <source>effectué</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="28"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="31"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="32"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="33"/>
        <source>Carte bancaire</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="34"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/labels.py" line="35"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="33"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="33"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="34"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="34"/>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="35"/>
        <source>Taux TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="35"/>
        <source>Montant TVA</source>
        <translation>VAT amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="36"/>
        <source>TOTAL TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="68"/>
        <source>désignation : obligatoire</source>
        <translation>description: required</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="76"/>
        <source>Modifier la ligne %1</source>
        <translation>Edit line %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="191"/>
        <source>Ajouter une ligne</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="198"/>
        <source>Dupliquer la ligne</source>
        <translation>Duplicate line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="203"/>
        <source>Supprimer la ligne</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="211"/>
        <source>Déplacer la ligne</source>
        <translation>Move line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="222"/>
        <source>Article du catalogue</source>
        <translation>Catalogue item</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="96"/>
        <source>Tapez le nom ou le numéro du client…</source>
        <translation>Type the client&apos;s name or number…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="107"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="107"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="107"/>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="108"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="118"/>
        <source>Les mots du client, sans l&apos;interrompre…</source>
        <translation>The client&apos;s own words, without interrupting…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="119"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="120"/>
        <source>Facture concernée</source>
        <translation>Invoice concerned</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="122"/>
        <source>Type de litige</source>
        <translation>Type of dispute</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="124"/>
        <source>Ce que dit le client</source>
        <translation>What the client says</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="143"/>
        <source>(aucune facture)</source>
        <translation>(no invoice)</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="136"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="136"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="52"/>
        <source>L&apos;agenda rassemble ce qui est à faire pour tous les clients : les suivis et rendez-vous en retard (en rouge), puis ceux de la semaine. Une action faite est notée dans le journal du client.</source>
        <translation>The agenda gathers what is to be done for all clients: overdue follow-ups and appointments (in red), then this week&apos;s. An action once done is recorded in the client&apos;s activity log.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="56"/>
        <source>Connaître son client : récolter et actualiser les données sur le client (identité, coordonnées, historique des commandes et des rendez-vous). Complétez les fiches incomplètes ; les segments RFM (récence, fréquence, montant des factures) disent qui remercier, qui entretenir, qui relancer.</source>
        <translation>Know your client: gather and update the client&apos;s data (identity, contact details, history of orders and appointments). Complete the incomplete records; the RFM segments (recency, frequency, monetary value of invoices) tell you whom to thank, whom to keep engaged, whom to win back.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="61"/>
        <source>Informer, « nourrir » son client : lui parler de la vie de l&apos;entreprise, de ses produits, de son secteur, par des rendez-vous de suivi, des appels, des mails et des lettres d&apos;information. Planifiez-les ici pour un client ou un segment.</source>
        <translation>Inform, “nurture” your client: tell them about the life of the business, its products, its sector, through follow-up appointments, calls, emails and newsletters. Schedule them here for one client or a segment.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="65"/>
        <source>Récompenser son client pour encourager la dynamique d&apos;achat et lui montrer la reconnaissance de l&apos;entreprise : cadeaux (objets publicitaires, chèques cadeaux), invitations à des événements, remises, offres promotionnelles.</source>
        <translation>Reward your client to keep them buying and show the business&apos;s appreciation: gifts (promotional items, gift vouchers), invitations to events, discounts, promotional offers.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="69"/>
        <source>Impliquer son client pour l&apos;engager dans une relation de confiance et créer ensemble : parrainage, enquêtes de satisfaction (le NPS résume les notes de 0 à 10), suggestions.</source>
        <translation>Involve your client to build a relationship of trust and create together: referrals, satisfaction surveys (the NPS sums up the scores from 0 to 10), suggestions.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="304"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="305"/>
        <source>1. Connaître</source>
        <translation>1. Know</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="306"/>
        <source>2. Informer / nourrir</source>
        <translation>2. Inform / nurture</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="307"/>
        <source>3. Récompenser</source>
        <translation>3. Reward</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="308"/>
        <source>4. Impliquer</source>
        <translation>4. Involve</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="339"/>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="409"/>
        <source>Planifier un suivi…</source>
        <translation>Schedule a follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="340"/>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="411"/>
        <source>Marquer comme fait…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="341"/>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="412"/>
        <source>Annuler l&apos;action</source>
        <translation>Cancel the action</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="347"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="348"/>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="356"/>
        <source>Planifier un suivi pour cette liste…</source>
        <translation>Schedule a follow-up for this list…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="357"/>
        <source>Mailing à cette liste…</source>
        <translation>Mailing to this list…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="358"/>
        <source>Récompenser cette liste…</source>
        <translation>Reward this list…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="362"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="367"/>
        <source>« Sans contact récent » : aucun contact depuis</source>
        <translation>“No recent contact”: no contact for</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="384"/>
        <source>Clients par segment RFM</source>
        <translation>Clients by RFM segment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="384"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="385"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="402"/>
        <source>Actions « %1 »</source>
        <translation>“%1” actions</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="410"/>
        <source>Préparer un mailing…</source>
        <translation>Prepare a mailing…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="414"/>
        <source>Mailings préparés</source>
        <translation>Prepared mailings</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="421"/>
        <source>Remise, bon, cadeau, invitation…</source>
        <translation>Discount, voucher, gift, invitation…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="424"/>
        <source>Remises et bons de réduction</source>
        <translation>Discounts and vouchers</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="431"/>
        <source>Enquête de satisfaction…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="432"/>
        <source>Parrainage…</source>
        <translation>Referral…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="433"/>
        <source>Suggestion…</source>
        <translation>Suggestion…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="436"/>
        <source>%1 dernier(s) mois</source>
        <translation>Last %1 month(s)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="439"/>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="448"/>
        <source>NPS sur</source>
        <translation>NPS over</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="457"/>
        <source>NPS par mois (12 derniers mois)</source>
        <translation>NPS by month (last 12 months)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="457"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="458"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="460"/>
        <source>Aucune réponse à une enquête sur 12 mois.</source>
        <translation>No survey answers in the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="468"/>
        <source>Enquêtes</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="469"/>
        <source>Parrainages</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="470"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="487"/>
        <source>%1 en retard — %2 d&apos;ici dimanche %3</source>
        <translation>%1 overdue — %2 by Sunday %3</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="499"/>
        <source>Segment : %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="505"/>
        <source>Fichier : %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="507"/>
        <source>Fiches à compléter : %1.</source>
        <translation>Records to complete: %1.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="516"/>
        <source>%1 client(s) suivis, dont %2 avec une fiche à compléter.</source>
        <translation>%1 client(s) followed, %2 of them with a record to complete.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="523"/>
        <source>%1 — %2 facture(s) en 12 mois, %3 HT, dernière le %4</source>
        <translation>%1 — %2 invoice(s) in 12 months, %3 excl. VAT, last on %4</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="528"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="529"/>
        <source>%1 ; dernier contact : %2</source>
        <translation>%1; last contact: %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="555"/>
        <source>NPS : —</source>
        <translation>NPS: —</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="556"/>
        <source>Aucune réponse sur la période.</source>
        <translation>No answers over the period.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="558"/>
        <source>NPS : %1</source>
        <translation>NPS: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="560"/>
        <source>%1 réponse(s) du %2 au %3 : %4 promoteur(s), %5 passif(s), %6 détracteur(s).</source>
        <translation>%1 answer(s) from %2 to %3: %4 promoter(s), %5 passive(s), %6 detractor(s).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="567"/>
        <source>%1 : NPS %2 sur %3 réponse(s)</source>
        <translation>%1: NPS %2 from %3 answer(s)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="625"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="626"/>
        <source>Ce qui en est sorti (facultatif) :</source>
        <translation>What came out of it (optional):</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="632"/>
        <source>Choisissez une action prévue (un rendez-vous se note dans le dossier du client).</source>
        <translation>Choose a planned action (an appointment is recorded in the client record).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="639"/>
        <source>Action notée comme faite.</source>
        <translation>Action marked as done.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="644"/>
        <source>Choisissez une action prévue.</source>
        <translation>Choose a planned action.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="646"/>
        <source>Action annulée.</source>
        <translation>Action cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="658"/>
        <source>Fidélisation</source>
        <translation>Loyalty</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="208"/>
        <source>Préparer un mailing</source>
        <translation>Prepare a mailing</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="209"/>
        <source>« Nourrir » le client : l&apos;informer de la vie de l&apos;entreprise et de ses produits. crmdesk écrit un fichier .eml par client (à ouvrir et envoyer depuis votre messagerie, même plus tard hors connexion) et un CSV pour un outil d&apos;envoi ; chaque envoi est noté dans le journal du client.</source>
        <translation>“Nurture” the client: tell them about the life of the business and its products. crmdesk writes one .eml file per client (to open and send from your email program, even later while offline) and a CSV for a mailing tool; each message sent is recorded in the client&apos;s activity log.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="219"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="224"/>
        <source>Pour</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="224"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="225"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="227"/>
        <source>Dossier de sortie</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="230"/>
        <source>Dossier du mailing</source>
        <translation>Mailing folder</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="244"/>
        <source>%1 message(s) écrit(s) dans %2</source>
        <translation>%1 message(s) written to %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="247"/>
        <source> ; %1 client(s) sans e-mail.</source>
        <translation>; %1 client(s) without an email address.</translation>
    </message>
</context>
<context>
    <name>MailingsModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="265"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="266"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="267"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="268"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="65"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="66"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="67"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="68"/>
        <source>Ouverture de la base…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="65"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="111"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="66"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="115"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="149"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="67"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="115"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="165"/>
        <source>Fidélisation</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="68"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="116"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="158"/>
        <source>Réclamations</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="105"/>
        <source>Entreprise à renseigner</source>
        <translation>Company not yet set up</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="117"/>
        <source>Ouverture…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="123"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="184"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="186"/>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="187"/>
        <source>&amp;Ouvrir une base…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="190"/>
        <source>&amp;Profil de l&apos;entreprise…</source>
        <translation>Company &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="193"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Back up a copy…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="194"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="294"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="195"/>
        <source>&amp;Exporter (JSON)…</source>
        <translation>&amp;Export (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="196"/>
        <source>&amp;Importer (JSON) dans une nouvelle base…</source>
        <translation>&amp;Import (JSON) into a new database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="199"/>
        <source>Pré&amp;férences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="201"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="203"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="205"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="207"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="212"/>
        <source>&amp;Rechercher un client</source>
        <translation>&amp;Find a client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="214"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="219"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="220"/>
        <source>À &amp;propos de crmdesk</source>
        <translation>&amp;About crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="295"/>
        <source>&amp;Ouvrir une autre base…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="306"/>
        <source>La restauration concerne une base enregistrée dans un fichier : ouvrez d&apos;abord la base à restaurer.</source>
        <translation>Restoring applies to a database stored in a file: first open the database to restore.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="331"/>
        <source>Nouvelle base crmdesk</source>
        <translation>New crmdesk database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="332"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="362"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="396"/>
        <source>Bases crmdesk (*.sqlite)</source>
        <translation>crmdesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="336"/>
        <source>Ce fichier existe déjà : choisissez « Ouvrir une base ».</source>
        <translation>This file already exists: choose “Open database”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="342"/>
        <source>Ouvrir une base crmdesk</source>
        <translation>Open a crmdesk database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="343"/>
        <source>Bases crmdesk (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>crmdesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="361"/>
        <source>Sauvegarder une copie</source>
        <translation>Back up a copy</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="370"/>
        <source>Copie vérifiée : %1</source>
        <translation>Copy verified: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="376"/>
        <source>Exporter la base</source>
        <translation>Export the database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="376"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="392"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="385"/>
        <source>%1 enregistrements exportés.</source>
        <translation>%1 records exported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="392"/>
        <source>Importer un export crmdesk</source>
        <translation>Import a crmdesk export</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="395"/>
        <source>Nouvelle base qui recevra l&apos;import</source>
        <translation>New database to receive the import</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="400"/>
        <source>L&apos;import se fait dans une nouvelle base : ce fichier existe déjà.</source>
        <translation>The import goes into a new database: this file already exists.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="415"/>
        <source>%1 enregistrements importés.</source>
        <translation>%1 records imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="425"/>
        <source>À propos de crmdesk</source>
        <translation>About crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="426"/>
        <source>crmdesk %1

Le suivi après la commande : connaître ses clients, les facturer juste, les fidéliser et régler leurs réclamations.</source>
        <translation>crmdesk %1

Follow-up after the order: know your clients, invoice them accurately, keep them loyal and settle their claims.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="465"/>
        <source>La sauvegarde automatique a échoué ; la base elle-même n&apos;est pas touchée.</source>
        <translation>The automatic backup failed; the database itself is untouched.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="292"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="432"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="147"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="147"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="148"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="149"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="150"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/payment_dialog.py" line="19"/>
        <source>Enregistrer un paiement</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/payment_dialog.py" line="28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/payment_dialog.py" line="29"/>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/payment_dialog.py" line="30"/>
        <source>Mode</source>
        <translation>Method</translation>
    </message>
</context>
<context>
    <name>PdfBatch</name>
    <message>
        <location filename="../../src/crmdesk/ui/pdf_batch.py" line="66"/>
        <source>Impression des factures en PDF…</source>
        <translation>Printing invoices to PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/pdf_batch.py" line="66"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/pdf_batch.py" line="84"/>
        <source>Facture %1 sur %2…</source>
        <translation>Invoice %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/pdf_batch.py" line="95"/>
        <source>Impression interrompue : %1 PDF écrits.</source>
        <translation>Printing stopped: %1 PDFs written.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/pdf_batch.py" line="96"/>
        <source>%1 PDF écrits.</source>
        <translation>%1 PDFs written.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="34"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="40"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="41"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation>The new language takes effect the next time crmdesk starts.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="47"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="48"/>
        <source>Sauvegardes automatiques conservées</source>
        <translation>Automatic backups kept</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../src/crmdesk/ui/read_only.py" line="21"/>
        <source>Base en lecture seule</source>
        <translation>Read-only database</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../src/crmdesk/ui/read_only_banner.py" line="23"/>
        <source>Lecture seule : le fichier « %1 » ou son dossier n&apos;est pas modifiable. Vous pouvez consulter, imprimer et sauvegarder une copie, mais aucune modification ne sera enregistrée.</source>
        <translation>Read-only: the file “%1” or its folder cannot be written to. You can view, print and back up a copy, but no changes will be saved.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="347"/>
        <source>Parrainage</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="348"/>
        <source>Un client satisfait en recommande un autre : notez qui a parrainé qui, et remerciez le parrain (une remise ou un bon qu&apos;il utilisera sur sa prochaine facture).</source>
        <translation>A satisfied client recommends another: record who referred whom, and thank the referrer (a discount or a voucher to use on their next invoice).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="355"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="356"/>
        <source>Remise (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="357"/>
        <source>Bon de réduction (€ HT)</source>
        <translation>Voucher (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="362"/>
        <source>Parrain</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="362"/>
        <source>Filleul</source>
        <translation>Referred client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="363"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="363"/>
        <source>Récompense du parrain</source>
        <translation>Referrer&apos;s reward</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="364"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="364"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="365"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="375"/>
        <source>Parrainage enregistré.</source>
        <translation>Referral recorded.</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="207"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="208"/>
        <source>Parrain</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="209"/>
        <source>Filleul</source>
        <translation>Referred client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="210"/>
        <source>Récompense du parrain</source>
        <translation>Referrer&apos;s reward</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="215"/>
        <source> — utilisée</source>
        <translation> — used</translation>
    </message>
</context>
<context>
    <name>ReformulatePage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="179"/>
        <source>« Si je vous comprends bien, … »</source>
        <translation>“If I understand you correctly, …”</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="180"/>
        <source>Les mots du client</source>
        <translation>The client&apos;s words</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="181"/>
        <source>Ma reformulation</source>
        <translation>My reformulation</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="191"/>
        <source>Type de litige (à confirmer)</source>
        <translation>Type of dispute (to confirm)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="30"/>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="123"/>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="129"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="36"/>
        <source>Sauvegardes automatiques de « %1 » (dossier « %2 ») :</source>
        <translation>Automatic backups of “%1” (folder “%2”):</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="42"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="42"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="50"/>
        <source>Aucune sauvegarde automatique pour cette base : choisissez un fichier avec « Autre fichier… ».</source>
        <translation>No automatic backup for this database: choose a file with “Other file…”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="56"/>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="57"/>
        <source>&amp;Autre fichier…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="96"/>
        <source>Remplacer la base « %1 » par la sauvegarde « %2 » ?

La sauvegarde est vérifiée avant tout remplacement, et la base actuelle est conservée à côté (nom en « .avant-restauration-… »).</source>
        <translation>Replace the database “%1” with the backup “%2”?

The backup is checked before anything is replaced, and the current database is kept alongside it (name ending in “.avant-restauration-…”).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="105"/>
        <source>La restauration n&apos;a pas eu lieu ; la base actuelle n&apos;a pas été modifiée.</source>
        <translation>The restore did not take place; the current database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="109"/>
        <source>Base restaurée depuis « %1 ».</source>
        <translation>Database restored from “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="110"/>
        <source>L&apos;ancienne base est conservée sous « %1 ».</source>
        <translation>The previous database is kept as “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="118"/>
        <source>Choisir une sauvegarde</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="119"/>
        <source>Bases crmdesk (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>crmdesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/restore_dialog.py" line="135"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>RewardBanner</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="40"/>
        <source>Appliquer « %1 »</source>
        <translation>Apply “%1”</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="62"/>
        <source>Retirer « %1 »</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="89"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="91"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="126"/>
        <source>Utilisée sur cette facture : %1</source>
        <translation>Used on this invoice: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="127"/>
        <source>Appliquée, elle sera utilisée à l&apos;émission : %1</source>
        <translation>Applied; it will be used when the invoice is issued: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="130"/>
        <source>Récompense du client, à n&apos;utiliser qu&apos;une fois :</source>
        <translation>Client&apos;s reward, to be used only once:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="142"/>
        <source>Fixée par la récompense appliquée : retirez-la pour saisir une autre remise.</source>
        <translation>Set by the applied reward: remove it to enter another discount.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_rewards.py" line="158"/>
        <source>Choisissez le client et saisissez au moins une ligne : la récompense s&apos;applique à un brouillon enregistré.</source>
        <translation>Choose the client and enter at least one line: the reward applies to a saved draft.</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="269"/>
        <source>Récompenser</source>
        <extracomment>What the reward dialog can give: a discount, a voucher, or one of the gifts.</extracomment>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="270"/>
        <source>Récompenser encourage à racheter et montre la reconnaissance de l&apos;entreprise. Une remise (en %) ou un bon (en €) est proposé par l&apos;éditeur de factures sur la prochaine facture du client, une seule fois, jusqu&apos;à sa date d&apos;expiration. Un cadeau, une invitation ou une offre est noté dans le dossier du client.</source>
        <translation>A reward encourages repeat purchases and shows the business&apos;s appreciation. A discount (in %) or a voucher (in €) is offered by the invoice editor on the client&apos;s next invoice, once only, until its expiry date. A gift, an invitation or an offer is recorded in the client record.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="282"/>
        <source>Ex. : invitation au salon de mars, coffret…</source>
        <translation>e.g. invitation to the March trade fair, gift box…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="284"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="284"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="286"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="287"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="287"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="295"/>
        <source>Remise (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="296"/>
        <source>Montant HT (€)</source>
        <translation>Amount excl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="297"/>
        <source>Valeur (€, facultatif)</source>
        <translation>Value (€, optional)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="309"/>
        <source>%1 : %2 client(s).</source>
        <translation>%1: %2 client(s).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="312"/>
        <source>%1 donné(e) à %2 client(s).</source>
        <translation>%1 given to %2 client(s).</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="227"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="228"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="229"/>
        <source>Récompense</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="230"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="231"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="232"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="233"/>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="234"/>
        <source>Réservée (brouillon)</source>
        <translation>Reserved (draft)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="236"/>
        <source>Utilisée — facture n° %1</source>
        <translation>Used — invoice no. %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="238"/>
        <source>Expirée</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="244"/>
        <source>Remise de %1</source>
        <translation>%1 discount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="244"/>
        <source>Bon de %1</source>
        <translation>%1 voucher</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="251"/>
        <source>réclamation N° %1</source>
        <translation>claim no. %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="253"/>
        <source>parrainage de %1</source>
        <translation>referral of %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="254"/>
        <source>fidélisation</source>
        <translation>loyalty</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="211"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="211"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="211"/>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="222"/>
        <source>Réclamation fondée</source>
        <translation>Claim founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="223"/>
        <source>Non fondée</source>
        <translation>Not founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="232"/>
        <source>Services à contacter :</source>
        <translation>Departments to contact:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="242"/>
        <source>Si elle n&apos;est pas fondée : l&apos;explication donnée au client (incompréhension, erreur ou mauvaise manipulation de sa part)…</source>
        <translation>If not founded: the explanation given to the client (a misunderstanding, an error or a mishandling on their side)…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="265"/>
        <source>(aucune facture en double trouvée)</source>
        <translation>(no duplicate invoice found)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="269"/>
        <source>même montant</source>
        <translation>same amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="271"/>
        <source>mêmes lignes</source>
        <translation>same lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="277"/>
        <source>Facture qui facture déjà cette livraison :</source>
        <translation>Invoice that already bills this delivery:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="283"/>
        <source>prix de référence (%1) : %2</source>
        <translation>reference price (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="286"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="286"/>
        <source>Facturé</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="286"/>
        <source>Livré</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="295"/>
        <source>Quantités réellement livrées :</source>
        <translation>Quantities actually delivered:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="298"/>
        <source>Date de la facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="299"/>
        <source>Date de la vente / livraison prévue</source>
        <translation>Sale / planned delivery date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="307"/>
        <source>Date de livraison réelle :</source>
        <translation>Actual delivery date:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="313"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="314"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="315"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="330"/>
        <source>Indice : %1</source>
        <translation>Hint: %1</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="112"/>
        <source>Vérification de la base…</source>
        <extracomment>How many problems the banner lists before &quot;… and N more&quot;. Exit statuses of ``crmdesk check`` that come with a report (sound, faults found).</extracomment>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="146"/>
        <source>✓ Base vérifiée : documents émis intacts</source>
        <translation>✓ Database checked: issued documents intact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="149"/>
        <source>⚠ Base altérée</source>
        <translation>⚠ Database altered</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="154"/>
        <source>… et %1 autre(s) problème(s)</source>
        <translation>… and %1 other problem(s)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="156"/>
        <source>Attention : la vérification de cette base a trouvé des documents modifiés ou supprimés hors de l&apos;application.</source>
        <translation>Warning: checking this database found documents changed or deleted outside the application.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/startup_check.py" line="159"/>
        <source>« crmdesk check » donne le rapport complet ; comparez avec une sauvegarde antérieure.</source>
        <translation>“crmdesk check” gives the full report; compare with an earlier backup.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="382"/>
        <source>Suggestion d&apos;un client</source>
        <translation>Client suggestion</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="383"/>
        <source>Impliquer le client, c&apos;est aussi l&apos;écouter : une idée de produit, de service ou d&apos;amélioration est notée dans son dossier.</source>
        <translation>Involving the client also means listening to them: an idea for a product, a service or an improvement is recorded in their client record.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="389"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="389"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="390"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="398"/>
        <source>Suggestion enregistrée.</source>
        <translation>Suggestion recorded.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="467"/>
        <source>fondée</source>
        <translation>founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="467"/>
        <source>non fondée</source>
        <translation>not founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="469"/>
        <source>Réclamation %1 — %2</source>
        <translation>Claim %1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="470"/>
        <source>Facture : %1</source>
        <translation>Invoice: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="471"/>
        <source>Type : %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="472"/>
        <source>Le client : %1</source>
        <translation>The client: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="473"/>
        <source>Reformulation : %1</source>
        <translation>Reformulation: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="474"/>
        <source>Analyse : réclamation %1</source>
        <translation>Analysis: claim %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="477"/>
        <source>Services contactés : %1</source>
        <translation>Departments contacted: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="480"/>
        <source>Explication au client : %1</source>
        <translation>Explanation to the client: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="482"/>
        <source>Geste commercial : %1</source>
        <translation>Goodwill gesture: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="483"/>
        <source>« Terminer » applique le geste commercial et clôt la réclamation.</source>
        <translation>“Finish” applies the gesture and closes the claim.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="320"/>
        <source>Enquête de satisfaction</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="321"/>
        <source>« Sur une échelle de 0 à 10, recommanderiez-vous notre entreprise ? » 9 ou 10 : promoteur ; 7 ou 8 : passif ; 0 à 6 : détracteur. Le NPS est le pourcentage de promoteurs moins celui de détracteurs.</source>
        <translation>“On a scale of 0 to 10, would you recommend our business?” 9 or 10: promoter; 7 or 8: passive; 0 to 6: detractor. The NPS is the percentage of promoters minus the percentage of detractors.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="331"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="331"/>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="332"/>
        <source>Note (0 à 10)</source>
        <translation>Score (0 to 10)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="332"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_dialogs.py" line="340"/>
        <source>Réponse à l&apos;enquête enregistrée.</source>
        <translation>Survey answer recorded.</translation>
    </message>
</context>
<context>
    <name>SurveysModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="195"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="195"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="196"/>
        <source>Note</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="197"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/loyalty_tab.py" line="198"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="47"/>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="49"/>
        <source>Bienvenue dans crmdesk</source>
        <translation>Welcome to crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="55"/>
        <source>crmdesk accompagne le suivi après-vente : connaître ses clients, facturer juste, les fidéliser et régler leurs réclamations.</source>
        <translation>crmdesk supports after-sales follow-up: know your clients, invoice accurately, keep them loyal and settle their claims.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="58"/>
        <source>Le scénario de formation reproduit celui du manuel : l&apos;entreprise WORLD COMPAGNIE, son client SA Spirit et la facture n° 123, entourée d&apos;une année de factures. Pour travailler sur votre propre entreprise, saisissez plutôt son profil.</source>
        <translation>The training scenario reproduces the one in the textbook: the company WORLD COMPAGNIE, its client SA Spirit and invoice no. 123, surrounded by a year of invoices. To work on your own company, enter its profile instead.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="63"/>
        <source>Charger le scénario de formation</source>
        <translation>Load the training scenario</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="64"/>
        <source>Remplit cette base vide avec WORLD COMPAGNIE, ses clients et ses factures.</source>
        <translation>Fills this empty database with WORLD COMPAGNIE, its clients and its invoices.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="66"/>
        <source>Saisir le profil de mon entreprise</source>
        <translation>Enter my company&apos;s profile</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="67"/>
        <source>Raison sociale, adresse, SIREN, banque : l&apos;identité imprimée sur vos factures.</source>
        <translation>Company name, address, SIREN, bank: the identity printed on your invoices.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="68"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="108"/>
        <source>Chargement du scénario de formation…</source>
        <translation>Loading the training scenario…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="140"/>
        <source>Scénario non chargé</source>
        <translation>Scenario not loaded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/welcome_dialog.py" line="141"/>
        <source>Le scénario de formation n&apos;a pas été chargé :

%1</source>
        <translation>The training scenario was not loaded:

%1</translation>
    </message>
</context>
</TS>
