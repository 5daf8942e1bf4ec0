<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="53"/>
        <source>Planifier un rendez-vous</source>
        <translation>Schedule an appointment</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="65"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="66"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="67"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="68"/>
        <source>Objet *</source>
        <translation>Subject *</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="26"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="26"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="27"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="27"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="28"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="29"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="29"/>
        <source>Âge (jours)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="50"/>
        <source>En attente depuis trop longtemps</source>
        <translation>Waiting too long</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="503"/>
        <source>Réclamation</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="511"/>
        <source>Enregistrer et fermer</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="514"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="515"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="516"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="517"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="534"/>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="557"/>
        <source>Choisissez d&apos;abord le client.</source>
        <translation>Choose the client first.</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="62"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="66"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="72"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="73"/>
        <source>Une réclamation ouverte depuis plus longtemps ressort en rouge.</source>
        <translation>A claim open for longer than this shows in red.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="77"/>
        <source>Nouvelle réclamation…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="79"/>
        <source>Ouvrir / reprendre…</source>
        <translation>Open / resume…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="84"/>
        <source>Délai d&apos;alerte :</source>
        <translation>Alert after:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claims_tab.py" line="107"/>
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
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="100"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="100"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="100"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="101"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="187"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="105"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="107"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="108"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="108"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="137"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="108"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="109"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="115"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="109"/>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="109"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="110"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="111"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="112"/>
        <source>Rendez-vous</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="113"/>
        <source>Journal</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="116"/>
        <source>Réclamations</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="117"/>
        <source>Modifier le client…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="119"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="137"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="137"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="138"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="138"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="139"/>
        <source>Planifier un rendez-vous…</source>
        <translation>Schedule an appointment…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="141"/>
        <source>Enregistrer le résultat…</source>
        <translation>Record the outcome…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="114"/>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="154"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="154"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="160"/>
        <source>Ce qui s&apos;est dit, ce qui est convenu…</source>
        <translation>What was said, what was agreed…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="161"/>
        <source>Ajouter au journal</source>
        <translation>Add to the log</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="176"/>
        <source>Fiche client — %1</source>
        <translation>Client record — %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="177"/>
        <source> (archivé)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="179"/>
        <source>Solde dû : %1</source>
        <translation>Balance due: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="183"/>
        <source>Livraison : </source>
        <translation>Delivery: </translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="185"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="185"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="186"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="186"/>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="194"/>
        <source>(brouillon)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="219"/>
        <source>Résultat du rendez-vous</source>
        <translation>Appointment outcome</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="220"/>
        <source>Qu&apos;est-il ressorti du rendez-vous ?</source>
        <translation>What came out of the appointment?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/client_file_dialog.py" line="234"/>
        <source>Choisissez d&apos;abord un rendez-vous dans la liste.</source>
        <translation>First choose an appointment from the list.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="26"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="27"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="28"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="29"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="30"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="31"/>
        <source>Solde dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_model.py" line="32"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="41"/>
        <source>Rechercher un client : nom, numéro, ville, e-mail, téléphone, SIREN… (Ctrl+F)</source>
        <translation>Search for a client: name, number, town, email, phone, SIREN… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="43"/>
        <source>Afficher les clients archivés</source>
        <translation>Show archived clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="70"/>
        <source>Nouveau client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="71"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="72"/>
        <source>Fiche client</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="73"/>
        <source>Archiver / restaurer</source>
        <translation>Archive / restore</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="74"/>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="75"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="110"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="112"/>
        <source>Plus de %1 clients</source>
        <translation>More than %1 clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="114"/>
        <source> — trouvé(s) en %1 ms</source>
        <translation> — found in %1 ms</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="148"/>
        <source>Client enregistré.</source>
        <translation>Client saved.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="175"/>
        <source>Client restauré.</source>
        <translation>Client restored.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="176"/>
        <source>Client archivé (rien n&apos;est supprimé).</source>
        <translation>Client archived (nothing is deleted).</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="182"/>
        <source>Importer des clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="183"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="199"/>
        <source>Exporter les clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="200"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="208"/>
        <source>%1 clients exportés.</source>
        <translation>%1 clients exported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/clients_tab.py" line="211"/>
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
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="116"/>
        <source>Importer des clients depuis un fichier CSV</source>
        <translation>Import clients from a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="117"/>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="130"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="159"/>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="159"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="160"/>
        <source>Encodage : %1 — séparateur : %2</source>
        <translation>Encoding: %1 — separator: %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="172"/>
        <source>Le fichier ne contient aucun client.</source>
        <translation>The file contains no clients.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="174"/>
        <source>Aucune ligne valide</source>
        <translation>No valid lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="176"/>
        <source>1 ligne valide</source>
        <translation>1 valid line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="178"/>
        <source>%1 lignes valides</source>
        <translation>%1 valid lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="180"/>
        <source>aucune ligne en erreur.</source>
        <translation>no lines with errors.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="182"/>
        <source>1 ligne en erreur : elle ne sera pas importée.</source>
        <translation>1 line with errors: it will not be imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="184"/>
        <source>%1 lignes en erreur : elles ne seront pas importées.</source>
        <translation>%1 lines with errors: they will not be imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="190"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="192"/>
        <source>Importer 1 client</source>
        <translation>Import 1 client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="194"/>
        <source>Importer %1 clients</source>
        <translation>Import %1 clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/csv_import_dialog.py" line="203"/>
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
    <name>GesturePage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="364"/>
        <source>Proposer l&apos;avoir total qui annule la facture en double</source>
        <translation>Propose the full credit note that cancels the duplicate invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="374"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="374"/>
        <source>Quantité facturée</source>
        <translation>Quantity invoiced</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="375"/>
        <source>Quantité à créditer</source>
        <translation>Quantity to credit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="378"/>
        <source>Geste commercial</source>
        <translation>Goodwill gesture</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="380"/>
        <source>Produit envoyé</source>
        <translation>Product sent</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="381"/>
        <source>Lignes à créditer</source>
        <translation>Lines to credit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="382"/>
        <source>Montant TTC (€)</source>
        <translation>Amount incl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="383"/>
        <source>Remise sur la prochaine commande (%)</source>
        <translation>Discount on the next order (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="384"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="159"/>
        <source>En-tête</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="162"/>
        <source>Tapez le nom ou le numéro du client…</source>
        <translation>Type the client&apos;s name or number…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="173"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="193"/>
        <source>Date de la facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="174"/>
        <source>Date de la vente</source>
        <translation>Date of sale</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="175"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="179"/>
        <source>À réception, 30 jours, 45 jours fin de mois, 60 jours ou un nombre de jours : l&apos;échéance est recalculée.</source>
        <translation>On receipt, 30 days, 45 days end of month, 60 days or a number of days: the due date is recalculated.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="182"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="199"/>
        <source>Émis par</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="186"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="201"/>
        <source>Référence de commande</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="188"/>
        <source>Informations additionnelles : service après-vente, garantie…</source>
        <translation>Additional information: after-sales service, warranty…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="193"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="194"/>
        <source>Date de la vente / prestation</source>
        <translation>Date of sale / service</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="195"/>
        <source>Modalité de paiement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="195"/>
        <source>Paiement dû le</source>
        <translation>Payment due on</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="200"/>
        <source>Contact client</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="218"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="219"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="220"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="221"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="222"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="235"/>
        <source>Remise</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="245"/>
        <source>Remise (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="248"/>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="255"/>
        <source>Mentions obligatoires</source>
        <translation>Mandatory statements</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="259"/>
        <source>Émettre la facture…</source>
        <translation>Issue the invoice…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="261"/>
        <source>Enregistrer un paiement…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="263"/>
        <source>Créer un avoir…</source>
        <translation>Create a credit note…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="265"/>
        <source>Enregistrer le PDF…</source>
        <translation>Save the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="267"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="380"/>
        <source>Adresse du client à compléter</source>
        <translation>Client address to be completed</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="502"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="504"/>
        <source>Remise %1</source>
        <translation>Discount %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="506"/>
        <source>Net commercial</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="508"/>
        <source>TVA %1 sur %2</source>
        <translation>VAT %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="510"/>
        <source>TOTAL TTC</source>
        <translation>TOTAL incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="513"/>
        <source>Déjà réglé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="515"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="517"/>
        <source>Reste à payer</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="540"/>
        <source>Avoir n° %1 — émis</source>
        <translation>Credit note no. %1 — issued</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="541"/>
        <source>Facture n° %1 — émise, %2</source>
        <translation>Invoice no. %1 — issued, %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="546"/>
        <source>Facture émise : elle ne peut plus être modifiée. Une erreur se corrige par un avoir.</source>
        <translation>Invoice issued: it can no longer be changed. A mistake is corrected with a credit note.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="551"/>
        <source>Réclamation %1 — %2 — %3</source>
        <translation>Claim %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="556"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="556"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="563"/>
        <source>✗ Client : choisissez le client à facturer.</source>
        <translation>✗ Client: choose the client to invoice.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="573"/>
        <source>✓ Toutes les mentions obligatoires sont présentes.</source>
        <translation>✓ All the mandatory statements are present.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="596"/>
        <source>Brouillon enregistré à %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="604"/>
        <source>Émettre la facture</source>
        <translation>Issue the invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="611"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="619"/>
        <source>Corrigez d&apos;abord les lignes en erreur :</source>
        <translation>First correct the lines with errors:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="623"/>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="695"/>
        <source>Choisissez un client et saisissez au moins une ligne.</source>
        <translation>Choose a client and enter at least one line.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="626"/>
        <source>La facture ne peut pas être émise, il manque :</source>
        <translation>The invoice cannot be issued. Missing:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="630"/>
        <source>Une fois émise, la facture reçoit son numéro définitif et ne peut plus être modifiée ni supprimée (une erreur se corrige par un avoir). Émettre maintenant ?</source>
        <translation>Once issued, the invoice gets its final number and can no longer be changed or deleted (a mistake is corrected with a credit note). Issue it now?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="641"/>
        <source>Facture n° %1 émise.</source>
        <translation>Invoice no. %1 issued.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="658"/>
        <source>Avoir n° %1 émis.</source>
        <translation>Credit note no. %1 issued.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="684"/>
        <source>Paiement enregistré.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="690"/>
        <source>L&apos;impression en PDF n&apos;est pas disponible.</source>
        <translation>PDF printing is not available.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="708"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="709"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoice_editor.py" line="712"/>
        <source>PDF enregistré : %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="36"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="36"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="37"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="38"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="38"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="39"/>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="39"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="40"/>
        <source>Reste dû</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="63"/>
        <source>(brouillon)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="42"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="43"/>
        <source>À encaisser</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="46"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="47"/>
        <source>Payées</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="48"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="95"/>
        <source>Client…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="105"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="107"/>
        <source>Tout imprimer en PDF…</source>
        <translation>Print all to PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="112"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="114"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="136"/>
        <source>← Retour à la liste</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="161"/>
        <source>%1 document(s) — reste à encaisser : %2 — %3 en retard</source>
        <translation>%1 document(s) — outstanding: %2 — %3 overdue</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/invoices_tab.py" line="170"/>
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
        <location filename="../../src/crmdesk/ui/lines_model.py" line="32"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="32"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="33"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="33"/>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="34"/>
        <source>Taux TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="34"/>
        <source>Montant TVA</source>
        <translation>VAT amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="35"/>
        <source>TOTAL TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="67"/>
        <source>désignation : obligatoire</source>
        <translation>description: required</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="75"/>
        <source>Modifier la ligne %1</source>
        <translation>Edit line %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="190"/>
        <source>Ajouter une ligne</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="197"/>
        <source>Dupliquer la ligne</source>
        <translation>Duplicate line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="202"/>
        <source>Supprimer la ligne</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="210"/>
        <source>Déplacer la ligne</source>
        <translation>Move line</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/lines_model.py" line="221"/>
        <source>Article du catalogue</source>
        <translation>Catalogue item</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="93"/>
        <source>Tapez le nom ou le numéro du client…</source>
        <translation>Type the client&apos;s name or number…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="104"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="104"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="104"/>
        <source>Prix unitaire HT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="105"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="115"/>
        <source>Les mots du client, sans l&apos;interrompre…</source>
        <translation>The client&apos;s own words, without interrupting…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="116"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="117"/>
        <source>Facture concernée</source>
        <translation>Invoice concerned</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="119"/>
        <source>Type de litige</source>
        <translation>Type of dispute</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="121"/>
        <source>Ce que dit le client</source>
        <translation>What the client says</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="140"/>
        <source>(aucune facture)</source>
        <translation>(no invoice)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="59"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="60"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="64"/>
        <source>Ouverture de la base…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="59"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="88"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="60"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="92"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="123"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="62"/>
        <source>Fidélisation : connaître, informer, récompenser et impliquer vos clients — dans une prochaine version.</source>
        <translation>Loyalty: get to know, inform, reward and involve your clients — in a future version.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="63"/>
        <source>Fidélisation</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="64"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="92"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="131"/>
        <source>Réclamations</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="83"/>
        <source>Entreprise à renseigner</source>
        <translation>Company not yet set up</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="93"/>
        <source>Ouverture…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="99"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="148"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="149"/>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="150"/>
        <source>&amp;Ouvrir une base…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="153"/>
        <source>&amp;Profil de l&apos;entreprise…</source>
        <translation>Company &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="156"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Back up a copy…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="157"/>
        <source>&amp;Exporter (JSON)…</source>
        <translation>&amp;Export (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="158"/>
        <source>&amp;Importer (JSON) dans une nouvelle base…</source>
        <translation>&amp;Import (JSON) into a new database…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="161"/>
        <source>Pré&amp;férences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="163"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="165"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="166"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="168"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="173"/>
        <source>&amp;Rechercher un client</source>
        <translation>&amp;Find a client</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="175"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;client…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="177"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="178"/>
        <source>À &amp;propos de crmdesk</source>
        <translation>&amp;About crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="221"/>
        <source>Nouvelle base crmdesk</source>
        <translation>New crmdesk database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="222"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="251"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="285"/>
        <source>Bases crmdesk (*.sqlite)</source>
        <translation>crmdesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="226"/>
        <source>Ce fichier existe déjà : choisissez « Ouvrir une base ».</source>
        <translation>This file already exists: choose “Open database”.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="232"/>
        <source>Ouvrir une base crmdesk</source>
        <translation>Open a crmdesk database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="233"/>
        <source>Bases crmdesk (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>crmdesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="250"/>
        <source>Sauvegarder une copie</source>
        <translation>Back up a copy</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="259"/>
        <source>Copie vérifiée : %1</source>
        <translation>Copy verified: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="265"/>
        <source>Exporter la base</source>
        <translation>Export the database</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="265"/>
        <location filename="../../src/crmdesk/ui/main_window.py" line="281"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="274"/>
        <source>%1 enregistrements exportés.</source>
        <translation>%1 records exported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="281"/>
        <source>Importer un export crmdesk</source>
        <translation>Import a crmdesk export</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="284"/>
        <source>Nouvelle base qui recevra l&apos;import</source>
        <translation>New database to receive the import</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="289"/>
        <source>L&apos;import se fait dans une nouvelle base : ce fichier existe déjà.</source>
        <translation>The import goes into a new database: this file already exists.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="304"/>
        <source>%1 enregistrements importés.</source>
        <translation>%1 records imported.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="314"/>
        <source>À propos de crmdesk</source>
        <translation>About crmdesk</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="315"/>
        <source>crmdesk %1

Le suivi après la commande : connaître ses clients, les facturer juste, les fidéliser et régler leurs réclamations.</source>
        <translation>crmdesk %1

Follow-up after the order: know your clients, invoice them accurately, keep them loyal and settle their claims.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/main_window.py" line="321"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
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
        <location filename="../../src/crmdesk/ui/preferences.py" line="21"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="27"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/preferences.py" line="28"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation>The new language takes effect the next time crmdesk starts.</translation>
    </message>
</context>
<context>
    <name>ReformulatePage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="176"/>
        <source>« Si je vous comprends bien, … »</source>
        <translation>“If I understand you correctly, …”</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="177"/>
        <source>Les mots du client</source>
        <translation>The client&apos;s words</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="178"/>
        <source>Ma reformulation</source>
        <translation>My reformulation</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="188"/>
        <source>Type de litige (à confirmer)</source>
        <translation>Type of dispute (to confirm)</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="208"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="208"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="208"/>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="219"/>
        <source>Réclamation fondée</source>
        <translation>Claim founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="220"/>
        <source>Non fondée</source>
        <translation>Not founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="229"/>
        <source>Services à contacter :</source>
        <translation>Departments to contact:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="239"/>
        <source>Si elle n&apos;est pas fondée : l&apos;explication donnée au client (incompréhension, erreur ou mauvaise manipulation de sa part)…</source>
        <translation>If not founded: the explanation given to the client (a misunderstanding, an error or a mishandling on their side)…</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="262"/>
        <source>(aucune facture en double trouvée)</source>
        <translation>(no duplicate invoice found)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="266"/>
        <source>même montant</source>
        <translation>same amount</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="268"/>
        <source>mêmes lignes</source>
        <translation>same lines</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="274"/>
        <source>Facture qui facture déjà cette livraison :</source>
        <translation>Invoice that already bills this delivery:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="280"/>
        <source>prix de référence (%1) : %2</source>
        <translation>reference price (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="283"/>
        <source>Désignation</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="283"/>
        <source>Facturé</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="283"/>
        <source>Livré</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="292"/>
        <source>Quantités réellement livrées :</source>
        <translation>Quantities actually delivered:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="295"/>
        <source>Date de la facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="296"/>
        <source>Date de la vente / livraison prévue</source>
        <translation>Sale / planned delivery date</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="304"/>
        <source>Date de livraison réelle :</source>
        <translation>Actual delivery date:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="310"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="311"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="312"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="327"/>
        <source>Indice : %1</source>
        <translation>Hint: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="461"/>
        <source>fondée</source>
        <translation>founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="461"/>
        <source>non fondée</source>
        <translation>not founded</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="463"/>
        <source>Réclamation %1 — %2</source>
        <translation>Claim %1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="464"/>
        <source>Facture : %1</source>
        <translation>Invoice: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="465"/>
        <source>Type : %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="466"/>
        <source>Le client : %1</source>
        <translation>The client: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="467"/>
        <source>Reformulation : %1</source>
        <translation>Reformulation: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="468"/>
        <source>Analyse : réclamation %1</source>
        <translation>Analysis: claim %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="471"/>
        <source>Services contactés : %1</source>
        <translation>Departments contacted: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="474"/>
        <source>Explication au client : %1</source>
        <translation>Explanation to the client: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="476"/>
        <source>Geste commercial : %1</source>
        <translation>Goodwill gesture: %1</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/ui/claim_wizard.py" line="477"/>
        <source>« Terminer » applique le geste commercial et clôt la réclamation.</source>
        <translation>“Finish” applies the gesture and closes the claim.</translation>
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
