"""The content of the training scenario's "demo" database, as plain values.

This module owns *what* the demo database contains: the fictitious clients
(with valid SIREN, SIRET and VAT numbers), the seller's catalogue, the textbook
invoice n° 123 to SA Spirit, and about two years of invoices and payments
around it. It owns nothing else: writing these values into a database is the
caller's job.

Everything is deterministic: the same ``today`` always gives the same data.
Invoices of the previous year depend on ``today`` only through its year (and
payments are never dated after ``today``); invoices of the current year are a
fixed yearly schedule cut at ``today``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import Final, NamedTuple

from stdnum import luhn

SEED_CLIENT_NUMBER = "456"


@dataclass(frozen=True)
class DemoContact:
    """A person to talk to at a client."""

    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class DemoClient:
    """A client; identifiers and legal form are ``None`` for individuals."""

    number: str
    kind: str
    name: str
    legal_form: str | None
    siren: str | None
    siret: str | None
    vat_number: str | None
    email: str
    phone: str
    billing_street: str
    billing_postcode: str
    billing_city: str
    delivery_street: str | None
    delivery_postcode: str | None
    delivery_city: str | None
    contacts: tuple[DemoContact, ...]
    notes: str


@dataclass(frozen=True)
class DemoProduct:
    """A catalogue entry; ``vat_rate`` is in percent."""

    description: str
    unit: str
    unit_price: Decimal
    vat_rate: Decimal


@dataclass(frozen=True)
class DemoLine:
    """One invoice line."""

    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_rate: Decimal


@dataclass(frozen=True)
class DemoPayment:
    """A payment of ``share`` (a fraction) of the invoice's amount due."""

    paid_on: date
    share: Decimal
    method: str


@dataclass(frozen=True)
class DemoInvoice:
    """An invoice to create; ``issued`` False means a draft."""

    client_number: str
    issue_date: date
    sale_date: date
    terms_days: int
    discount_pct: Decimal
    lines: tuple[DemoLine, ...]
    issued: bool
    payments: tuple[DemoPayment, ...]
    issued_by: str
    client_contact: str | None
    reference: str | None
    additional_info: str


# --------------------------------------------------------------------------- clients

_Address = tuple[str, str, str]  # street, postcode, city


class _Row(NamedTuple):
    number: str
    name: str
    legal_form: str | None  # None: an individual
    email: str
    phone: str
    billing: _Address
    contacts: tuple[DemoContact, ...]
    notes: str
    delivery: _Address | None = None


_C = DemoContact

_CLIENTS: Final[tuple[_Row, ...]] = (
    _Row("456", "SA Spirit", "SA", "contact@sa-spirit.fr", "+33 4 42 27 18 40",
         ("31 rue de la Forêt", "13100", "Aix-en-Provence"),
         (_C("Michel ALI", "Acheteur", "+33 6 12 45 78 90", "michel.ali@sa-spirit.fr"),
          _C("Nadia FERRAND", "Comptable", "+33 4 42 27 18 41", "compta@sa-spirit.fr")),
         "Client historique. Règle par virement à 30 jours."),
    _Row("401", "Boulangerie Martin SARL", "SARL", "contact@boulangerie-martin.fr",
         "+33 4 42 26 51 73", ("14 rue d'Italie", "13100", "Aix-en-Provence"),
         (_C("Jean MARTIN", "Gérant", "+33 6 21 34 56 78", "jean.martin@boulangerie-martin.fr"),),
         "Fournil actif dès 4 h : intervenir l'après-midi."),
    _Row("402", "Garage de l'Étoile SARL", "SARL", "atelier@garage-etoile.fr",
         "+33 4 91 47 22 10", ("112 boulevard de la Libération", "13004", "Marseille"),
         (_C("Karim HADDAD", "Gérant", "+33 6 63 18 27 45", "karim.haddad@garage-etoile.fr"),
          _C("Sylvie ROCHE", "Comptable", "+33 4 91 47 22 11", "compta@garage-etoile.fr")),
         "Livrer le matériel au second atelier de la Valentine.",
         ("27 traverse de la Montre", "13011", "Marseille")),
    _Row("403", "Roussel & Associés Architectes SAS", "SAS", "agence@roussel-architectes.fr",
         "+33 4 90 86 32 14", ("8 rue Joseph Vernet", "84000", "Avignon"),
         (_C("Hélène ROUSSEL", "Gérante", "+33 6 08 91 22 37",
             "h.roussel@roussel-architectes.fr"),
          _C("Thomas BLANC", "Assistant de direction", "+33 4 90 86 32 15",
            "t.blanc@roussel-architectes.fr")),
         "Indiquer le numéro de bon de commande sur chaque facture."),
    _Row("404", "Hôtel Le Mas des Oliviers SAS", "SAS", "reception@mas-des-oliviers.fr",
         "+33 4 90 92 08 66", ("Route des Baux, chemin du Mas Blanc", "13210",
                               "Saint-Rémy-de-Provence"),
         (_C("Laurent GIRAUD", "Directeur", "+33 6 71 25 43 08", "direction@mas-des-oliviers.fr"),
          _C("Camille PONS", "Responsable technique", "+33 6 45 12 67 89",
            "technique@mas-des-oliviers.fr"),
          _C("Agnès MEYER", "Comptable", "+33 4 90 92 08 67", "compta@mas-des-oliviers.fr")),
         "Fermé de janvier à mi-février : période idéale pour les travaux."),
    _Row("405", "SCI Les Restanques", "SCI", "gestion@sci-restanques.fr", "+33 4 94 62 15 30",
         ("27 avenue de la République", "83000", "Toulon"),
         (_C("Bernard FABRE", "Gérant", "+33 6 14 28 39 50", "bernard.fabre@sci-restanques.fr"),),
         "Facturer la SCI ; les travaux ont lieu dans la résidence de Hyères.",
         ("Résidence Les Restanques, 5 chemin de la Colline", "83400", "Hyères")),
    _Row("406", "Pharmacie du Cours EURL", "EURL", "contact@pharmacie-du-cours.fr",
         "+33 4 90 56 11 82", ("45 cours Gimon", "13300", "Salon-de-Provence"),
         (_C("Isabelle MOREAU", "Pharmacienne titulaire", "+33 6 32 47 58 19",
            "i.moreau@pharmacie-du-cours.fr"),),
         "Alarme et vidéosurveillance sous contrat de maintenance."),
    _Row("407", "Menuiserie Vidal EI", "EI", "contact@menuiserie-vidal.fr", "+33 4 90 71 24 58",
         ("3 allée des Artisans, zone artisanale du Plan", "84300", "Cavaillon"),
         (_C("Patrick VIDAL", "Gérant", "+33 6 87 54 21 36", "patrick@menuiserie-vidal.fr"),),
         "Préfère être appelé avant 8 h ou après 18 h."),
    _Row("408", "Restaurant L'Olivier d'Or SARL", "SARL", "reservation@olivier-dor.fr",
         "+33 4 42 80 36 14", ("18 quai Brescon", "13500", "Martigues"),
         (_C("Marco ROSSI", "Gérant", "+33 6 19 73 84 25", "marco.rossi@olivier-dor.fr"),
          _C("Julie ARNAUD", "Comptable", "+33 4 42 80 36 15", "compta@olivier-dor.fr")),
         "Fermé le lundi."),
    _Row("409", "Transports Guérin SAS", "SAS", "exploitation@transports-guerin.fr",
         "+33 4 42 89 55 70", ("9 rue de Bruxelles, ZI des Estroublans", "13127", "Vitrolles"),
         (_C("Olivier GUÉRIN", "Président", "+33 6 03 58 92 14", "o.guerin@transports-guerin.fr"),
          _C("Nathalie COSTE", "Assistante de direction", "+33 4 42 89 55 71",
            "n.coste@transports-guerin.fr"),
          _C("Franck ESPOSITO", "Acheteur", "+33 6 58 24 71 30", "achats@transports-guerin.fr")),
         "Flotte de 40 véhicules ; équipement des quais de chargement."),
    _Row("410", "Imprimerie Provençale SA", "SA", "contact@imprimerie-provencale.fr",
         "+33 4 42 03 17 92", ("210 avenue de la Fleuride, ZI des Paluds", "13400", "Aubagne"),
         (_C("Gérard LOPEZ", "Directeur général", "+33 6 22 81 46 73",
            "g.lopez@imprimerie-provencale.fr"),
          _C("Sandrine BRUN", "Comptable", "+33 4 42 03 17 93",
            "comptabilite@imprimerie-provencale.fr")),
         "Paiement à 45 jours négocié en 2022.",
         ("Entrepôt, 12 chemin de la Fontaine de Mai", "13400", "Aubagne")),
    _Row("411", "Mme Claire Dubois", None, "claire.dubois@orange.fr", "+33 6 74 21 58 33",
         ("5 impasse des Lavandes", "13090", "Aix-en-Provence"), (),
         "Particulier : rénovation électrique de la maison."),
    _Row("412", "Clinique vétérinaire des Calanques SAS", "SAS",
         "accueil@veto-calanques.fr", "+33 4 42 08 64 20",
         ("72 avenue Émile Ripert", "13600", "La Ciotat"),
         (_C("Dr Anne LEBLANC", "Gérante", "+33 6 41 95 37 02", "a.leblanc@veto-calanques.fr"),),
         "Salle de chirurgie : aucune coupure de courant sans accord préalable."),
    _Row("413", "Camping Les Pins Parasols SARL", "SARL", "contact@camping-pins-parasols.fr",
         "+33 4 94 40 88 12", ("Route de la Plage, quartier Saint-Aygulf", "83600", "Fréjus"),
         (_C("Christophe BERTRAND", "Gérant", "+33 6 26 33 90 48",
            "christophe@camping-pins-parasols.fr"),
          _C("Émilie BERTRAND", "Comptable", "+33 4 94 40 88 13",
            "compta@camping-pins-parasols.fr")),
         "Ouvert d'avril à octobre ; gros chantier d'hiver sur les bornes électriques."),
    _Row("414", "Librairie du Vieux-Port EURL", "EURL", "librairie@vieux-port-livres.fr",
         "+33 4 91 33 62 07", ("19 quai de Rive-Neuve", "13007", "Marseille"),
         (_C("Mathilde CARON", "Gérante", "+33 6 85 14 26 97", "mathilde@vieux-port-livres.fr"),),
         "Commande aussi des ouvrages techniques pour ses clients professionnels."),
    _Row("415", "Château Lauzières SAS", "SAS", "domaine@chateau-lauzieres.fr",
         "+33 4 90 79 15 46", ("Chemin de la Bastide Neuve", "84120", "Pertuis"),
         (_C("François DE LAUZIÈRES", "Président", "+33 6 09 47 23 81",
            "f.delauzieres@chateau-lauzieres.fr"),
          _C("Lucie VIAL", "Responsable administrative", "+33 4 90 79 15 47",
            "admin@chateau-lauzieres.fr")),
         "Accès au chai par le portail nord.",
         ("Chai, route de Villelaure", "84120", "Pertuis")),
    _Row("416", "M. Jean-Pierre Roux", None, "jp.roux@free.fr", "+33 6 52 37 14 88",
         ("12 chemin des Micocouliers", "84800", "L'Isle-sur-la-Sorgue"), (),
         "Particulier : maison de famille, règle par chèque."),
    _Row("417", "Électricité Bonnet & Fils SARL", "SARL", "contact@bonnet-electricite.fr",
         "+33 4 66 21 48 95", ("37 avenue Jean Jaurès", "30000", "Nîmes"),
         (_C("Alain BONNET", "Gérant", "+33 6 30 62 75 41", "alain@bonnet-electricite.fr"),
          _C("Kévin BONNET", "Acheteur", "+33 6 30 62 75 42", "kevin@bonnet-electricite.fr")),
         "Sous-traitant sur les chantiers du Gard ; achète du câble au mètre."),
    _Row("418", "Hôtel Le Cep d'Argent SAS", "SAS", "contact@cep-dargent.fr",
         "+33 4 67 60 42 18", ("11 rue de la Loge", "34000", "Montpellier"),
         (_C("Valérie DURAND", "Directrice", "+33 6 17 84 52 63", "v.durand@cep-dargent.fr"),
          _C("Samir BENSALEM", "Responsable maintenance", "+33 6 44 71 09 25",
            "maintenance@cep-dargent.fr")),
         "Contrat de maintenance annuel sur le réseau Wi-Fi des chambres."),
    _Row("419", "Lefèvre Conseil SAS", "SAS", "cabinet@lefevre-conseil.fr",
         "+33 2 38 53 27 64", ("25 rue du Faubourg Bannier", "45000", "Orléans"),
         (_C("Marc LEFÈVRE", "Expert-comptable associé", "+33 6 11 29 48 57",
            "m.lefevre@lefevre-conseil.fr"),
          _C("Chloé PERRIN", "Assistante de direction", "+33 2 38 53 27 65",
            "c.perrin@lefevre-conseil.fr")),
         "Cabinet comptable ; factures à adresser par courriel uniquement."),
    _Row("420", "Boucherie Peyron EI", "EI", "boucherie.peyron@wanadoo.fr", "+33 4 92 72 03 46",
         ("2 place de l'Hôtel de Ville", "04100", "Manosque"),
         (_C("Daniel PEYRON", "Gérant", "+33 6 78 40 15 62", "boucherie.peyron@wanadoo.fr"),),
         "Chambres froides : intervention urgente sous 4 h."),
    _Row("421", "Optique Vue d'Azur SARL", "SARL", "magasin@vue-dazur.fr", "+33 4 93 87 56 21",
         ("58 boulevard Victor Hugo", "06000", "Nice"),
         (_C("Sarah COHEN", "Gérante", "+33 6 27 93 18 54", "sarah.cohen@vue-dazur.fr"),),
         "Deux magasins ; livraison au magasin de Cannes.",
         ("14 rue Meynadier", "06400", "Cannes")),
    _Row("422", "Soleil Immobilier SAS", "SAS", "agence@soleil-immobilier.fr",
         "+33 4 93 39 72 50", ("9 rue d'Antibes", "06400", "Cannes"),
         (_C("Philippe MARCHAND", "Gérant", "+33 6 59 36 81 27",
            "p.marchand@soleil-immobilier.fr"),
          _C("Laetitia GAUTIER", "Comptable", "+33 4 93 39 72 51",
            "compta@soleil-immobilier.fr")),
         "Gère plusieurs copropriétés ; le bon de commande précise le bâtiment."),
    _Row("423", "Mme Sophie Lambert", None, "sophie.lambert@gmail.com", "+33 6 83 26 49 17",
         ("24 rue des Granges", "25000", "Besançon"), (),
         "Particulier : installation d'une borne de recharge."),
    _Row("424", "Brasserie des Quais SARL", "SARL", "contact@brasserie-des-quais.fr",
         "+33 5 61 22 84 39", ("6 quai Lucien Lombard", "31000", "Toulouse"),
         (_C("Nicolas FAURE", "Gérant", "+33 6 36 57 20 84", "nicolas@brasserie-des-quais.fr"),),
         "Ne pas intervenir pendant le service (12 h - 14 h 30)."),
    _Row("425", "Atelier Lumière Design SAS", "SAS", "studio@atelier-lumiere.fr",
         "+33 4 78 37 61 95", ("47 rue de la Charité", "69002", "Lyon"),
         (_C("Inès MOREL", "Présidente", "+33 6 92 48 13 76", "ines.morel@atelier-lumiere.fr"),
          _C("Hugo ROBIN", "Acheteur", "+33 6 92 48 13 77", "achats@atelier-lumiere.fr")),
         "Éclairagistes ; commandes groupées chaque trimestre."),
    _Row("426", "Laboratoire Dentaire Alpin EURL", "EURL", "contact@labo-alpin.fr",
         "+33 4 76 46 18 52", ("16 avenue Alsace-Lorraine", "38000", "Grenoble"),
         (_C("Romain CHEVALIER", "Gérant", "+33 6 64 35 91 08", "r.chevalier@labo-alpin.fr"),),
         "Onduleurs à contrôler chaque année."),
    _Row("427", "Société Nantaise de Climatisation SA", "SA", "contact@snclim.fr",
         "+33 2 40 69 35 81", ("3 quai de la Fosse", "44000", "Nantes"),
         (_C("Yann LE GALL", "Directeur technique", "+33 6 07 52 84 39", "y.legall@snclim.fr"),
          _C("Céline HAMON", "Comptable", "+33 2 40 69 35 82", "comptabilite@snclim.fr"),
          _C("Pascal RIOU", "Acheteur", "+33 6 07 52 84 40", "achats@snclim.fr")),
         "Paiement à 60 jours ; relancer la comptabilité, pas les acheteurs."),
    _Row("428", "Maison Fabre Traiteur SARL", "SARL", "commandes@maison-fabre.fr",
         "+33 5 56 44 27 13", ("33 rue Sainte-Catherine", "33000", "Bordeaux"),
         (_C("Stéphanie FABRE", "Gérante", "+33 6 38 19 62 57", "stephanie@maison-fabre.fr"),),
         "Laboratoire de cuisine à Mérignac pour les livraisons.",
         ("Laboratoire, 41 avenue de l'Argonne", "33700", "Mérignac")),
    _Row("429", "M. Bernard Chauvet", None, "bernard.chauvet@sfr.fr", "+33 6 15 73 42 96",
         ("7 allée des Tilleuls", "13300", "Salon-de-Provence"), (),
         "Particulier : appeler de préférence le soir."),
    _Row("430", "Fromagerie du Mont-Blanc EURL", "EURL", "contact@fromagerie-montblanc.fr",
         "+33 4 50 45 39 26", ("5 rue Sainte-Claire", "74000", "Annecy"),
         (_C("Pierre-Yves MOLLARD", "Gérant", "+33 6 70 28 54 13",
            "py.mollard@fromagerie-montblanc.fr"),),
         "Cave d'affinage : hygrométrie à surveiller."),
    _Row("431", "Auto-école Azur Permis EI", "EI", "contact@azur-permis.fr", "+33 4 92 51 38 74",
         ("12 rue Carnot", "05000", "Gap"),
         (_C("Sandra REYNAUD", "Gérante", "+33 6 48 62 35 90", "sandra@azur-permis.fr"),),
         "Salle de code équipée d'un vidéoprojecteur."),
    _Row("432", "Studio Graphique du Nord SAS", "SAS", "hello@studio-graphique-nord.fr",
         "+33 3 20 57 84 62", ("41 rue de Béthune", "59000", "Lille"),
         (_C("Maxime DUBRULLE", "Président", "+33 6 21 75 38 46",
            "maxime@studio-graphique-nord.fr"),
          _C("Clara DEVOS", "Assistante de direction", "+33 3 20 57 84 63",
            "clara@studio-graphique-nord.fr")),
         "Réseau informatique refait en 2024."),
    _Row("433", "Winstub Au Petit Strasbourg SARL", "SARL", "contact@petit-strasbourg.fr",
         "+33 3 88 32 19 47", ("18 rue des Tonneliers", "67000", "Strasbourg"),
         (_C("Frédéric SCHMITT", "Gérant", "+33 6 55 81 27 39",
             "f.schmitt@petit-strasbourg.fr"),),
         "Fermeture annuelle en août."),
    _Row("434", "M. Antoine Girard", None, "antoine.girard@laposte.net", "+33 7 61 24 85 39",
         ("15 rue de Saint-Malo", "35000", "Rennes"), (),
         "Particulier : appartement en rénovation."),
    _Row("435", "Pressing Daguerre EURL", "EURL", "pressing.daguerre@free.fr", "+33 1 43 22 56 18",
         ("63 rue Daguerre", "75014", "Paris"),
         (_C("Mei LIN", "Gérante", "+33 6 99 12 43 57", "pressing.daguerre@free.fr"),),
         "Machines sur circuit dédié ; tableau électrique ancien."),
)


def _identifiers(index: int) -> tuple[str, str, str]:
    """SIREN, SIRET and VAT number of the ``index``-th client: valid, fictitious, all distinct.

    The 8-digit stem walks through 10000000..99999999 by a step coprime with its
    range, so no two indices give the same SIREN.
    """
    stem = str(10_000_000 + (31_415_926 + index * 7_654_321) % 90_000_000)
    siren = stem + luhn.calc_check_digit(stem)
    nic_stem = f"{1 + index % 9:04d}"
    siret = siren + nic_stem + luhn.calc_check_digit(siren + nic_stem)
    key = (12 + 3 * (int(siren) % 97)) % 97
    return siren, siret, f"FR{key:02d}{siren}"


def _client(index: int, row: _Row) -> DemoClient:
    company = row.legal_form is not None
    siren, siret, vat = _identifiers(index) if company else (None, None, None)
    delivery: tuple[str | None, str | None, str | None] = row.delivery or (None, None, None)
    return DemoClient(
        number=row.number, kind="company" if company else "individual", name=row.name,
        legal_form=row.legal_form, siren=siren, siret=siret, vat_number=vat,
        email=row.email, phone=row.phone,
        billing_street=row.billing[0], billing_postcode=row.billing[1],
        billing_city=row.billing[2],
        delivery_street=delivery[0], delivery_postcode=delivery[1], delivery_city=delivery[2],
        contacts=row.contacts, notes=row.notes)


def demo_clients() -> list[DemoClient]:
    """The demo clients, SA Spirit first."""
    return [_client(index, row) for index, row in enumerate(_CLIENTS)]


# --------------------------------------------------------------------------- catalogue

_CATALOGUE: Final[tuple[tuple[str, str, str, str], ...]] = (
    # description, unit, unit price HT, VAT rate in percent
    ("Main-d'œuvre", "Heure", "60.00", "20"),
    ("Produit", "Pièce", "103.99", "20"),
    ("Installation et mise en service", "Forfait", "180.00", "20"),
    ("Contrat de maintenance", "Mois", "89.00", "20"),
    ("Déplacement", "Forfait", "45.00", "20"),
    ("Intervention d'urgence (soir et week-end)", "Heure", "95.00", "20"),
    ("Câble réseau Cat. 6 U/UTP", "Mètre", "1.2350", "20"),
    ("Câble électrique R2V 3G2,5 mm²", "Mètre", "2.8740", "20"),
    ("Gaine ICTA Ø 20 mm", "Mètre", "0.6150", "20"),
    ("Tableau électrique pré-équipé 2 rangées", "Pièce", "249.90", "20"),
    ("Disjoncteur différentiel 30 mA", "Pièce", "64.50", "20"),
    ("Prise RJ45 Cat. 6 encastrable", "Pièce", "12.40", "20"),
    ("Point d'accès Wi-Fi professionnel", "Pièce", "189.00", "20"),
    ("Caméra de surveillance IP extérieure", "Pièce", "145.00", "20"),
    ("Onduleur 1500 VA", "Pièce", "329.00", "20"),
    ("Audit énergétique", "Forfait", "350.00", "20"),
    ("Travaux de rénovation électrique (logement de plus de 2 ans)", "Heure", "52.00", "10"),
    ("Guide pratique de la norme NF C 15-100 (livre)", "Pièce", "24.90", "5.5"),
    ("Manuel « Réseaux et courants faibles » (livre)", "Pièce", "38.50", "5.5"),
    ("Électricité Pratique Magazine (presse)", "Numéro", "7.90", "2.1"),
    ("Formation habilitation électrique (exonérée, art. 261-4-4° du CGI)", "Jour", "450.00",
     "0"),
)


def demo_catalogue() -> list[DemoProduct]:
    """The seller's products and services; the two lines of the textbook invoice first."""
    return [DemoProduct(description, unit, Decimal(price), Decimal(rate))
            for description, unit, price, rate in _CATALOGUE]


# --------------------------------------------------------------------------- invoices

_SELLERS: Final[tuple[str, ...]] = ("Pierre Legrand", "Sophie Garnier", "Karim Benali")
_PREVIOUS_YEAR_COUNT: Final = 122
_CURRENT_YEAR_COUNT: Final = 118  # the full-year schedule, cut at today
_DRAFT_COUNT: Final = 4

# Invoices of the first half of a year that are never paid, then those paid in part
# (shares of the successive payments): 3 + 3 in the previous year, 1 + 1 in the current one.
_Shares = tuple[str, ...]
_PREVIOUS_YEAR_ARREARS: Final[tuple[int, tuple[_Shares, ...]]] = (
    3, (("0.5",), ("0.3", "0.3"), ("0.4",)))
_CURRENT_YEAR_ARREARS: Final[tuple[int, tuple[_Shares, ...]]] = (1, (("0.6",),))

_QUANTITIES: Final = MappingProxyType({
    "Heure": ("0.75", "1", "1.5", "2", "3.5", "4", "7", "8", "12"),
    "Pièce": ("1", "1", "2", "3", "4", "6", "10", "12"),
    "Mètre": ("5", "12", "25", "50", "75", "100", "150"),
    "Mois": ("1", "3", "6", "12"),
    "Forfait": ("1", "1", "1", "2"),
    "Jour": ("1", "2", "3"),
    "Numéro": ("1", "6", "12"),
})
_ADDITIONAL_INFO: Final = (
    "", "", "Service après-vente : Garantie 1 an",
    "Matériel garanti 2 ans pièces et main-d'œuvre",
    "Intervention réalisée sur site", "Conditions générales de vente disponibles sur demande",
)


def seed_invoice(today: date) -> DemoInvoice:
    """The textbook invoice n° 123 to SA Spirit, paid by transfer on 6 February."""
    year = today.year
    invoice = DemoInvoice(
        client_number=SEED_CLIENT_NUMBER, issue_date=date(year, 1, 8),
        sale_date=date(year, 1, 2), terms_days=30, discount_pct=Decimal("5"),
        lines=(DemoLine("Main-d'œuvre", Decimal("25"), "Heure", Decimal("60.00"), Decimal("20")),
               DemoLine("Produit", Decimal("10"), "Pièce", Decimal("103.99"), Decimal("20"))),
        issued=True, payments=(DemoPayment(date(year, 2, 6), Decimal("1"), "virement"),),
        issued_by="Pierre Legrand", client_contact="Michel ALI", reference=None,
        additional_info="Service après-vente : Garantie 1 an")
    return _paid_until(invoice, today)


def demo_invoices(today: date) -> list[DemoInvoice]:
    """Every demo invoice, issued ones in chronological order, then the drafts.

    122 invoices of the previous year, the textbook invoice of 8 January, the
    current year's invoices up to ``today``, and four drafts dated ``today``.
    """
    year = today.year
    clients = demo_clients()
    catalogue = demo_catalogue()
    past = _year_invoices(year - 1, _PREVIOUS_YEAR_COUNT, _PREVIOUS_YEAR_ARREARS,
                          clients, catalogue, endpoints=True)
    current = _year_invoices(year, _CURRENT_YEAR_COUNT, _CURRENT_YEAR_ARREARS,
                             clients, catalogue, endpoints=False)
    return [*(_paid_until(invoice, today) for invoice in past),
            seed_invoice(today),
            *(_paid_until(invoice, today) for invoice in current if invoice.issue_date <= today),
            *_drafts(today, clients, catalogue)]


def _paid_until(invoice: DemoInvoice, today: date) -> DemoInvoice:
    """The invoice as known on ``today``: later payments have not happened yet."""
    return replace(invoice, payments=tuple(p for p in invoice.payments if p.paid_on <= today))


def _business_days(first: date, last: date) -> list[date]:
    days = (first + timedelta(n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


def _year_invoices(year: int, count: int, arrears: tuple[int, tuple[_Shares, ...]],
                   clients: Sequence[DemoClient], catalogue: Sequence[DemoProduct], *,
                   endpoints: bool) -> list[DemoInvoice]:
    """``count`` issued invoices over ``year`` with all their planned payments.

    With ``endpoints`` the first is dated 8 January and the last 31 December;
    otherwise they start on 9 January, after the textbook invoice.
    """
    rng = random.Random(f"crmdesk-demo-{year}")
    if endpoints:
        middle = _business_days(date(year, 1, 9), date(year, 12, 30))
        dates = [date(year, 1, 8), *sorted(rng.sample(middle, count - 2)), date(year, 12, 31)]
    else:
        dates = sorted(rng.sample(_business_days(date(year, 1, 9), date(year, 12, 31)), count))
    unpaid_count, partial_shares = arrears
    special = rng.sample(range(10, count // 2), unpaid_count + len(partial_shares))
    unpaid, partial = set(special[:unpaid_count]), special[unpaid_count:]
    invoices = []
    for position, issue_date in enumerate(dates):
        client = _pick_client(rng, clients)
        invoice = _invoice(rng, client, catalogue, issue_date, issued=True)
        if position in unpaid:
            shares: _Shares = ()
        elif position in partial:
            shares = partial_shares[partial.index(position)]
        else:
            shares = ("1",)
        invoices.append(replace(invoice, payments=_payments(rng, invoice, client, shares)))
    return invoices


def _drafts(today: date, clients: Sequence[DemoClient],
            catalogue: Sequence[DemoProduct]) -> list[DemoInvoice]:
    rng = random.Random("crmdesk-demo-drafts")
    return [_invoice(rng, _pick_client(rng, clients), catalogue, today, issued=False)
            for _ in range(_DRAFT_COUNT)]


def _pick_client(rng: random.Random, clients: Sequence[DemoClient]) -> DemoClient:
    """Companies mostly, a few regular big clients (SA Spirit among them) more often."""
    weights = [2 if c.kind == "individual" else 6 if i % 5 == 0 else 3
               for i, c in enumerate(clients)]
    return rng.choices(clients, weights)[0]


def _invoice(rng: random.Random, client: DemoClient, catalogue: Sequence[DemoProduct],
             issue_date: date, *, issued: bool) -> DemoInvoice:
    """An invoice without payments."""
    company = client.kind == "company"
    excluded = {Decimal("10")} if company else {Decimal("0"), Decimal("2.1")}
    eligible = [p for p in catalogue if p.vat_rate not in excluded]
    products = rng.sample(eligible, rng.choices(range(1, 7), (3, 4, 4, 3, 2, 1))[0])
    lines = tuple(DemoLine(p.description, Decimal(rng.choice(_QUANTITIES.get(p.unit, ("1",)))),
                           p.unit, p.unit_price, p.vat_rate) for p in products)
    if company:
        terms = rng.choices((30, 45, 60, 0), (14, 3, 2, 1))[0]
        discount = rng.choices(("0", "2.5", "5", "10"), (16, 2, 2, 1))[0]
    else:
        terms, discount = 0, rng.choices(("0", "5"), (9, 1))[0]
    contact = (rng.choice(client.contacts).name
               if client.contacts and rng.random() < 0.7 else None)
    reference = (f"BC-{issue_date.year}-{rng.randint(1, 999):04d}"
                 if company and rng.random() < 0.35 else None)
    return DemoInvoice(
        client_number=client.number, issue_date=issue_date,
        sale_date=issue_date - timedelta(days=rng.randint(0, 6)), terms_days=terms,
        discount_pct=Decimal(discount), lines=lines, issued=issued, payments=(),
        issued_by=rng.choices(_SELLERS, (6, 3, 1))[0], client_contact=contact,
        reference=reference, additional_info=rng.choice(_ADDITIONAL_INFO))


def _payments(rng: random.Random, invoice: DemoInvoice, client: DemoClient,
              shares: Sequence[str]) -> tuple[DemoPayment, ...]:
    """Payments of ``shares``: the first around the due date, the next a month apart."""
    due = invoice.issue_date + timedelta(days=invoice.terms_days)
    if rng.random() < 0.1:  # an early payer
        first = invoice.issue_date + timedelta(days=rng.randint(0, min(8, invoice.terms_days)))
    else:
        first = max(invoice.issue_date, due + timedelta(days=rng.randint(-7, 10)))
    if client.kind == "company":
        method = rng.choices(("virement", "cheque", "prelevement"), (7, 2, 1))[0]
    else:
        method = rng.choice(("carte", "cheque", "especes", "virement"))
    return tuple(DemoPayment(first + timedelta(days=30 * n), Decimal(share), method)
                 for n, share in enumerate(shares))


# --------------------------------------------------------------------------- loyalty

@dataclass(frozen=True)
class DemoSurvey:
    client_number: str
    answered_on: date
    score: int
    comment: str


@dataclass(frozen=True)
class DemoFollowUp:
    client_number: str
    kind: str  # appel | rendez-vous
    title: str
    due_on: date
    done_on: date | None = None
    outcome: str = ""


@dataclass(frozen=True)
class DemoLoyalty:
    """Loyalty actions around ``today``: satisfaction answers over six months (so the NPS
    chart has points, rising after the first actions), a referral rewarded with a voucher,
    a 5 % loyalty discount for SA Spirit, an invitation, a suggestion, and follow-ups, one
    late, one due this week and one done."""

    surveys: tuple[DemoSurvey, ...]
    referral: tuple[str, str, date, Decimal]  # sponsor, referred, on, voucher amount
    discount: tuple[str, date, Decimal]  # client, given on, percent
    invitation: tuple[tuple[str, ...], str, date]
    suggestion: tuple[str, date, str]
    follow_ups: tuple[DemoFollowUp, ...]


_SURVEYS: Final[tuple[tuple[int, str, int, str], ...]] = (
    # days before today, client, score 0–10, comment
    (172, "401", 6, "Intervention correcte mais délai trop long."),
    (165, "402", 9, "Équipe réactive."),
    (158, "411", 5, "Devis reçu tard, chantier déplacé deux fois."),
    (140, "403", 8, ""),
    (131, "405", 7, "Bon travail, prix un peu élevé."),
    (118, "456", 10, "Toujours aussi fiables."),
    (104, "406", 6, "La maintenance a oublié une visite."),
    (96, "407", 8, ""),
    (84, "408", 9, "Installation propre, rien à redire."),
    (71, "409", 4, "Facture en double, corrigée depuis."),
    (63, "410", 9, ""),
    (52, "412", 10, "Coupure bien préparée avec la clinique."),
    (44, "413", 8, "Bornes livrées à temps pour l'ouverture."),
    (33, "414", 9, ""),
    (25, "404", 10, "Merci pour l'invitation au salon."),
    (17, "415", 7, ""),
    (9, "416", 9, "Très bon conseil."),
    (3, "418", 10, "Recommandé par le Mas des Oliviers, pas déçu !"),
)


def demo_loyalty(today: date) -> DemoLoyalty:
    """The loyalty scenario, dated from ``today`` (the same ``today`` gives the same data)."""
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    return DemoLoyalty(
        surveys=tuple(DemoSurvey(client, ago(days), score, comment)
                      for days, client, score, comment in _SURVEYS),
        referral=("404", "418", ago(100), Decimal("50")),
        discount=(SEED_CLIENT_NUMBER, ago(10), Decimal("5")),
        invitation=(("404", "408", SEED_CLIENT_NUMBER),
                    "Invitation au salon Énergies & Bâtiment (Parc Chanot)", ago(30)),
        suggestion=("413", ago(40), "Proposer un contrat d'entretien hivernal des bornes "
                                    "électriques, quand le camping est fermé."),
        follow_ups=(
            DemoFollowUp("402", "appel", "Prendre des nouvelles après l'intervention", ago(20),
                         ago(19), "Satisfait ; rappeler en septembre pour l'extension"),
            DemoFollowUp("411", "appel", "Relance : aucune commande depuis plusieurs mois",
                         ago(5)),
            DemoFollowUp("409", "rendez-vous", "Bilan annuel et besoins à venir", today),
        ))
