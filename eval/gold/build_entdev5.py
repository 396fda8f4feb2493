#!/usr/bin/env python3
"""Build eval/gold/entdev5.jsonl: blind entity gold for corpus/entdev5/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev5.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["cricket-bellerive-test-draw.txt"] = dict(dct="2026-01-12", ents=[
    ("Proteas", O), ("Bellerive", L), ("Van Rensburg", P), ("HOBART", L),
    ("Southern Cross Sports Service", O), ("South Africa", O), ("Bellerive Oval", L),
    ("Australia", O), ("Sydney Cricket Ground", L), ("Dewald van Rensburg", P),
    ("Sri Lankan", M), ("Kasun Wijeratne-Smit", P), ("Titans", O), ("Centurion", L),
    ("Fletcher Hollingdale", P), ("Rory McAllister-Dunn", P), ("Tasmanian", M),
    ("Big Bash League", O), ("Hobart Hurricanes", O), ("Hollingdale", P), ("Dewald", P),
    ("Sipho Mabaso", P), ("Callum Brierley", P), ("New Zealand", L), ("Tane Whakarau-Price", P),
    ("International Cricket Council", O), ("India", O), ("World Test Championship", M),
    ("England", O), ("Cricket Australia", O), ("Derwent", L), ("Tinashe Mudzengi", P),
    ("Zimbabwean", M), ("Somerset", O), ("Lwazi Nkosana", P), ("Sydney", L),
    ("Cricket South Africa", O), ("Jacobus Strydom", P), ("Lions", O), ("SCG", L),
])

DOCS["cycling-tour-de-suisse-oberalp.txt"] = dict(dct="2026-06-17", ents=[
    ("Kowalczyk-Ferrand", P), ("Oberalp", L), ("Halvorsen", P), ("Agnès Morel-Castaing", P),
    ("ANDERMATT", L), ("Switzerland", L), ("Polish", M), ("Jakub Kowalczyk-Ferrand", P),
    ("Arctura–Velonix", O), ("Tour de Suisse", M), ("Oberalp Pass", L), ("Colombian", M),
    ("Juan Esteban Quintero Ruiz", P), ("Banco Cordillera–Pedal Andino", O), ("Norway", L),
    ("Sindre Halvorsen", P), ("Lumenor Hydrogen Racing", O), ("Quintero Ruiz", P),
    ("Ambrì", L), ("Gotthard Pass", L), ("Ursern", L), ("Eritrean", M),
    ("Yonas Tesfamariam-Keller", P), ("Swiss", M), ("Alpenglanz–Rüttimann", O),
    ("Sindre", P), ("Nowy Sącz", L), ("Belgian", M), ("Flanders", L), ("UCI WorldTour", O),
    ("Ghent", L), ("Italian", M), ("Dutchman", M), ("Bram Oosterhuis-Lee", P),
    ("Frédérique Vandamme-Ilunga", P), ("Lumenor Hydrogen", O), ("Dane", M),
    ("Mikkel Brøndsted", P), ("Union Cycliste Internationale", O), ("Gotthard", L),
    ("Lake Lucerne", L), ("Brunnen", L), ("Küssnacht", L), ("Tour de France", M),
    ("Barcelona", L),
])

DOCS["corrections-weekly-column.txt"] = dict(dct="2026-03-20", ents=[
    ("Harrowfield Chronicle", O), ("Brindlemoor Library", O), ("Oonagh Fitzwilliam-Aziz", P),
    ("Oona Fitzwilliam-Aziz", P), ("Quillon Riverside", L), ("Tarrant Yard Holdings LLP", O),
    ("Leeds", L), ("Tarrant Yard Holdings Ltd.", O), ("Harrowfield Town", O),
    ("Ossett United", O), ("Calder Lane", L), ("Ossett", O), ("Ingfield Road", L),
    ("Nine Bells for Agnes", M), ("Priya Castellane-Ward", P), ("Pell & Orrin", O),
    ("Harlow & Quince", O), ("Cinder Psalms", M), ("Desmond Okafor-Blythe", P),
    ("Lower Tolsey", L), ("Upper Tolsey", L), ("Malton", L), ("Sheffield", L),
    ("Lantern Street", L), ("Yorkshire Water", O), ("Environment Agency", O),
    ("Marrowbone Choir", O), ("Caoimhe Ní Bhraonáin", P), ("Galway", L), ("Tuam", L),
    ("County Galway", L), ("Cawthorne", P), ("Henry Cawthorne-Pryce", P),
    ("Harrowfield Borough Council", O), ("Glenys Cawthorne", P), ("Chronicle", O),
    ("Malachy Dunleavy-Osei", P),
])

DOCS["politics-lodz-sejmik-coalition.txt"] = dict(dct="2026-04-23", ents=[
    ("Łódź", L), ("Katarzyna Wróblewska-Nowak", P), ("Warsaw", L), ("Łódzkie", L),
    ("PSL", O), ("Sieradz", L), ("Zduńska Wola", L), ("Polish", M), ("Civic Coalition", O),
    ("KO", O), ("Ruch Ziemi Łódzkiej", O), ("RZŁ", O), ("Przemysław Dąbrowski-Żak", P),
    ("Piotrków Trybunalski", L), ("Grażyna Szczepańska-Ołdak", P),
    ("Polish People's Party", O), ("Law and Justice", O), ("PiS", O),
    ("Tomasz Jabłoński-Hałas", P), ("Supreme Audit Office", O), ("NIK", O), ("Sejm", O),
    ("Jadwiga Łukaszczyk", P), ("Bełchatów", L), ("Ministry of Health", O),
    ("European Union", O), ("European Regional Development Fund", M),
    ("Szpital Wojewódzki im. Kardynała Stefana Wyszyńskiego", O), ("Bogusław Kędzierski", P),
    ("University of Łódź", O),
])

DOCS["nordic-fjellvik-tallbacka-deal.txt"] = dict(dct="2026-09-24", ents=[
    ("Fjellvik", O), ("Tallbacka Skog", O), ("Eirik Solbakken-Haug", P), ("Oslo", L),
    ("Norwegian", M), ("Fjellvik ASA", O), ("Swedish", M), ("Tallbacka Skog AB", O),
    ("Nordic", M), ("Oslo Børs", O), ("Tallbacka", O), ("Hägglund", P),
    ("Norrsken Invest AB", O), ("Nasdaq Stockholm", O), ("Norrland", L),
    ("Sigrun Ødegård-Lie", P), ("Trondheim", L), ("Mats Hägglund", P), ("Sundsvall", L),
    ("Härnösand", L), ("GS-facket", O), ("Västernorrland", L),
    ("Swedish Competition Authority", O), ("Konkurrensverket", O), ("European Commission", O),
    ("Finnish", M), ("Kettunen-Aalto Oyj", O), ("Oulu", L), ("Päivi Kettunen-Aalto", P),
    ("DNB Markets", O), ("Carnegie", O), ("SEB", O), ("Mannheimer Swartling", O),
    ("Norway", L), ("Financial Supervisory Authority", O), ("Finanstilsynet", O),
    ("Stockholm", L), ("Johanna Bergqvist-Rask", P), ("Handelsbanken", O),
])

DOCS["cyber-kestrelway-ransomware.txt"] = dict(dct="2026-02-10", ents=[
    ("Kestrelway Freight", O), ("CISA", O), ("Devika Ramaswamy-Holt", P),
    ("Obsidian Mantis", O), ("Kestrelway Freight Inc.", O), ("Memphis", L), ("Tennessee", L),
    ("Arkansas", L), ("Mississippi", L), ("Kestrelway", O), ("Wendell Oduya-Park", P),
    ("Securities and Exchange Commission", O), ("Fortiline SecureGate 7", M),
    ("Fortiline Networks", O), ("Sunnyvale", L), ("California", L),
    ("Cybersecurity and Infrastructure Security Agency", O),
    ("Known Exploited Vulnerabilities", M), ("Halcyte Labs", O), ("Tel Aviv", L),
    ("GraveLoader", M), ("Windows", M), ("VMware ESXi", M), ("Russian", M), ("Halcyte", O),
    ("Noa Ben-Ami Castellanos", P), ("Britain", L), ("National Cyber Security Centre", O),
    ("Midlands", L), ("FBI", O), ("FedEx", O), ("Piggly Wiggly", O), ("Jackson", L),
    ("Little Rock", L), ("Brightwater Dental Group", O), ("Ohio", L), ("Dutch", M),
    ("Van Aalst Bloemen B.V.", O),
])

DOCS["mideast-muscat-prisoner-talks.txt"] = dict(dct="2026-10-15", ents=[
    ("Oman", L), ("Yemen", L), ("MUSCAT", L), ("Gulf Wire Agency", O), ("Houthi", M),
    ("Omani", M), ("United Nations", O), ("Al Bustan Palace", O), ("UN", O), ("Lebanese", M),
    ("Nour al-Din Haddad", P), ("Khalid bin Hamad al-Hinai", P), ("Haddad", P),
    ("International Committee of the Red Cross", O), ("ICRC", O), ("Sanaa", L), ("Aden", L),
    ("Marib", L), ("Abdulrahman bin Saleh al-Maqtari", P), ("Ansar Allah", O),
    ("Yahya Abdullah al-Hamdani", P), ("Saudi", M), ("Amat al-Rahman al-Sharabi", P),
    ("Al-Ayyam", O), ("Saudi Arabia", L), ("Riyadh", L), ("United Arab Emirates", L),
    ("Qatar", L), ("Iran", L), ("Hossein Nazarpour", P), ("Tehran", L), ("Yemeni", M),
    ("Abdullah Nasser bin Ali", P), ("Islah", O), ("UN Security Council", O),
    ("New York", L), ("Red Sea", L), ("Hodeidah", L),
])

DOCS["uslegis-rural-spectrum-act.txt"] = dict(dct="2026-07-29", ents=[
    ("Senate", O), ("GOP", O), ("WASHINGTON", L), ("Capitol Ledger", O),
    ("Senate Commerce, Science and Transportation Committee", O),
    ("Rural Spectrum Access and Buildout Act", M), ("S. 2291", M), ("Marguerite Callow", P),
    ("Mass.", L), ("Ansel Whitfield-Orr", P), ("N.M.", L), ("Dorian Pickering", P),
    ("Wyo.", L), ("Upper Midwest", L), ("Republican", M), ("Lucinda Harbaugh-Vance", P),
    ("Montana", L), ("Democrats", M), ("Senate Rural Broadband Caucus", O),
    ("Federal Communications Commission", O), ("H.R. 4470", M),
    ("House Energy and Commerce Committee", O), ("Ezra Kerrigan-Moss", P), ("Ore.", L),
    ("House", O), ("Garrison Toole", P), ("Ky.", L), ("Communications Act of 1934", M),
    ("Broadband Equity, Access, and Deployment Program", M), ("BEAD", M),
    ("National Congress of American Indians", O), ("CTIA", O),
    ("Larkspur Policy Institute", O), ("Mountain West", L), ("Harriet Adeyemi-Hart", P),
    ("Congressional Budget Office", O), ("Callow", P),
    ("National Defense Authorization Act", M),
])

DOCS["review-map-of-small-harbours.txt"] = dict(dct="2026-08-26", ents=[
    ("A Map of Small Harbours", M), ("Ines Abernethy-Okafor", P),
    ("Theo Markwick-Sandoval", P), ("Abernethy-Okafor", P), ("Fenwick House", O),
    ("Trieste", L), ("Marit Kallay", P), ("Allied Military Government", O), ("Istrian", M),
    ("Josef", P), ("Porto Sabbia", L), ("Val Morena", L), ("Sveti Ilija", L), ("Marit", P),
    ("Koper", L), ("Yugoslavia", L), ("Slovene", M), ("Andrej Vidmar", P), ("British", M),
    ("Hugh Tolliver", P), ("MI6", O), ("Lagos", L), ("Aberdeen", L), ("Winter Accounts", M),
    ("Moray Firth", L), ("Women's Prize for Fiction", M), ("The Cartographer's Niece", M),
    ("Ljubljana", L), ("Scottish", M), ("Elspeth", P), ("Dundee", L), ("Caffè San Marco", O),
    ("Tolliver", P), ("Belgrade", L), ("English", M), ("Adriatic", L), ("Jan Morris", P),
    ("Trieste and the Meaning of Nowhere", M), ("U.S.", L), ("Norton", O),
])

DOCS["agri-dodge-city-cattle-wheat.txt"] = dict(dct="2026-11-05", ents=[
    ("Dodge City", L), ("Black Sea", L), ("Plains Farm Report", O), ("DODGE CITY", L),
    ("Kan.", L), ("Prairie Gateway Livestock Auction", O),
    ("Agricultural Marketing Service", O), ("U.S. Department of Agriculture", O),
    ("USDA", O), ("Black Angus", M), ("Charolais", M), ("Cimarron River", L),
    ("Meade County", L), ("Garden City", L), ("Texas Panhandle", L),
    ("Clete Vanderhoof-Mills", P), ("Liberal", L), ("Guymon", L),
    ("Chicago Mercantile Exchange", O), ("Marisela Dominguez-Tapp", P),
    ("Flint Hills Commodity Advisors", O), ("Manhattan", L), ("Tyson Foods", O),
    ("Holcomb", L), ("Kansas City", L), ("Chicago Board of Trade", O), ("Russia", L),
    ("Novorossiysk", L), ("Odesa", L), ("Skyline Grain Cooperative", O), ("Spearville", L),
    ("Dwight Oberholtzer", P), ("Kansas State University", O), ("Sunflower Crest", M),
    ("Kansas Wheat Commission", O), ("Hays", L), ("Prairie Gateway", O), ("Clark", L),
    ("Comanche", L),
])

DOCS["museum-vasseur-brandt-retrospective.txt"] = dict(dct="2026-05-12", ents=[
    ("Normandy", L), ("RICHMOND", L), ("Va.", L), ("Aurélie Vasseur-Brandt", P),
    ("Berthe Morisot", P), ("Calloway Museum of Art", O),
    ("Tides and Tenements: Aurélie Vasseur-Brandt, 1871–1934", M), ("United States", L),
    ("Girl Mending Nets at Étretat", M), ("Musée d'Orsay", O),
    ("Société des Amis de Vasseur-Brandt", O), ("Le Havre", L), ("German", M),
    ("Norman", M), ("Vasseur-Brandt", P), ("Académie Julian", O), ("Paris", L),
    ("Honfleur", L), ("Rue de la Ville", L), ("Snow on the Quai Voltaire", M),
    ("Salon d'Automne", M), ("Matisse", P), ("Russian", M), ("Sergei Shchukin", P),
    ("Lorna Adebayo-Finch", P), ("Hesketh-Marr Foundation", O), ("Baltimore", L),
    ("Virginia", L), ("Thaddeus Ruane-Whitcombe", P), ("Christie's", O), ("Drouot", O),
    ("Monet", P), ("Pissarro", P), ("Ruane-Whitcombe", P), ("Galerie Lefort-Duchamp", O),
    ("The Pilot's Widow", M), ("Dieppe", L), ("Richmond", L), ("Musée Eugène Boudin", O),
    ("Dulwich Picture Gallery", O), ("London", L), ("Yale University Press", O),
])

DOCS["chess-baltic-rapid-invitational.txt"] = dict(dct="2026-10-26", ents=[
    ("Venkataraghavan", P), ("Baltic Rapid", M), ("Najdorf", M), ("Liisa Tammsaare-Kask", P),
    ("TALLINN", L), ("Estonia", L), ("Indian", M), ("Arjun Venkataraghavan", P),
    ("Baltic Rapid Invitational", M), ("Uzbekistan", L), ("Jahongir Tursunov", P),
    ("Sicilian Najdorf", M), ("Kadriorg Palace", L), ("Tursunov", P), ("China", L),
    ("Li Ruoxi", P), ("Dutchman", M), ("Sander van Heerden-Mol", P), ("Ruy Lopez", M),
    ("Estonian", M), ("Kaarel Ilves-Pärn", P), ("Caro-Kann", M), ("Berlin", M),
    ("Chennai", L), ("Soviet", M), ("Vladimir Kholodenko", P), ("Meenakshi Iyengar-Rao", P),
    ("Estonian Chess Federation", O), ("Kuusk Telecom AS", O), ("Lichess", M),
    ("Chess.com", M), ("FIDE", O), ("Asian Continental Championship", M), ("Samarkand", L),
    ("Candidates Tournament", M), ("Madrid", L), ("Tallinn Creative Hub", L),
])

if __name__ == "__main__":
    build_set("entdev5", DOCS)
