#!/usr/bin/env python3
"""Build eval/gold/entdev10.jsonl: blind entity gold for corpus/entdev10/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev10.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["festival-harrowfield-lineup.txt"] = dict(dct="2026-03-12", ents=[
    ("HARROWFIELD FESTIVAL", M), ("MINOR ARCANA", O), ("SAINT ELSEWHERE", O),
    ("Nell Okafor-Pryce", P), ("Harrowfield Festival", M), ("Leeds", L), ("Minor Arcana", O),
    ("Dublin", L), ("Saint Elsewhere", O), ("Velvet Undertow", O), ("Marrowbone", O),
    ("Kestrel & the Tides", O), ("Pelling Farm", L), ("Wiltshire", L), ("Cleverton", L),
    ("Fieldhouse Live", O), ("Meadow Stage", L), ("Lantern Tent", L), ("Ridgeback Barn", L),
    ("Auralink Garden", L), ("Bristol", L), ("Salt in the Wiring", M), ("Glasgow", L),
    ("Hollow Parish", O), ("Cardiff", L), ("Pylon Choir", O), ("Norwegian", M),
    ("Sølvfjell", O), ("Cathedral of Small Hours", M), ("Ruth Kessington", P),
    ('Danny "Gull" Ferreira-Lowe', P), ("Instagram", M), ("Harrowfield", M), ("Irish", M),
    ("Vicar Street", L), ("Cork Opera House", L), ("Moth Queen", P),
    ("Sunday Best Orchestra", O), ("Aoife Ní Mhurchú-Clarke", P), ("Boats to Kinsale", M),
    ("BBC Radio 6 Music", O), ("Glastonbury", M), ("Tobias Wren-Adeyemi", P),
    ("Gatefold Tickets", O), ("Wiltshire Council", O),
])

DOCS["hurling-kilkenny-galway-semifinal.txt"] = dict(dct="2026-07-19", ents=[
    ("KILKENNY", O), ("GALWAY", O), ("ALL-IRELAND", M), ("Cathal Ó Duinnín-Reddy", P),
    ("Croke Park", L), ("Kilkenny", O), ("Galway", O), ("Ballyhale Shamrocks", O),
    ("Eoin Mac Ruairí", P), ("All-Ireland", M), ("Tribesmen", O),
    ('Conor "Rocky" Fahy-Kilbride', P), ("Davin End", L), ("Mac Ruairí", P),
    ("Séamus Brennock", P), ("Cats", O), ("Eoin", P), ("Brennock", P), ("Ballyhale", O),
    ("Darragh Kenneally-Ó Fiaich", P), ("Liam Ó Conghaile", P), ("Pádraig Nolan-Sheehy", P),
    ("Fahy-Kilbride", P), ("Hill 16", L), ("Seánie Gorman", P), ("Thurles", L),
    ("Niall Keaveney-Burke", P), ("Portumna", O), ("Loughrea", O), ("Gort", O),
    ("Ciarán Mulkerrins", P), ("Limerick", O), ("Cork", O), ("Liam MacCarthy Cup", M),
    ("RTÉ2", O), ("GAA", O),
])

DOCS["honours-north-east-birthday-list.txt"] = dict(dct="2026-06-13", ents=[
    ("BIRTHDAY HONOURS", M), ("NORTH EAST", L), ("Tyneside Evening Ledger", O),
    ("Northumberland", L), ("Sunderland", L), ("Hexham", L), ("North East", L),
    ("King's Birthday Honours", M), ("Cabinet Office", O),
    ("Commander of the Order of the British Empire", M), ("CBE", M),
    ("Ayodele Hartigan-Munro", P), ("Northumbria University", O),
    ("Gillian Thorburn-Achebe", P), ("Tees Valley Combined Authority", O),
    ("Officer of the Order of the British Empire", M), ("OBE", M),
    ("Marek Sobieraj-Dunn", P), ("Royal Victoria Infirmary", O), ("Newcastle upon Tyne", L),
    ("Hetty Lumsden", P), ("Hylton Clayworks", O),
    ("Member of the Order of the British Empire", M), ("MBE", M),
    ('Robert "Bobby" Tait', P), ("Seahouses Lifeboat Station", L),
    ("Royal National Lifeboat Institution", O), ("Mary-Beth O'Rourke", P),
    ("St Cuthbert's Hospice", O), ("British Empire Medal", M), ("BEM", M),
    ("Kwabena Asante-Lowther", P), ("Byker Community Larder", O), ("Tait", P), ("RNLI", O),
    ("Seahouses", L), ("Buckingham Palace", L), ("Lumsden", P), ("Wear", L),
])

DOCS["esports-vantage-masters-berlin.txt"] = dict(dct="2026-11-09", ents=[
    ("Nightjar Esports", O), ("Vantage Masters Berlin", M), ("kiri", P), ("Frag Report", O),
    ("BERLIN", L), ("Team Orrery", O), ("Uber Arena", L), ("Estonian", M),
    ('Kirill "kiri" Tamm', P), ("Ashfall", L), ("Nightjar", O),
    ('Jonas "Strix" Albrechtsen-Vogt', P), ("Copenhagen", L), ("Orrery", O), ("Strix", P),
    ("Citadel", L), ("Brazilian", M), ("p0lar", P), ("Meridian Docks", L), ("Saltworks", L),
    ("Stockholm", L), ("Tallholm Capital", O), ("Vantage Champions Invitational", M),
    ("Seoul", L), ("Corvid Forge", O), ('Matthias "Mattsy" Lindahl-Boateng', P),
    ("Riftline Events", O), ("Cologne", L), ("Twitch", M), ("YouTube", M),
    ("Streamwatch", O), ("Vantage: Undertow", M), ("PlayStation 5", M),
])

DOCS["inquest-willowmere-care-home.txt"] = dict(dct="2026-05-20", ents=[
    ("Harriet Lusk-Mwangi", P), ("Bridgwater", L), ("Dorothy Amelia Penwarden", P),
    ("Musgrove Park Hospital", O), ("Taunton", L), ("Willowmere House", O),
    ("Wembdon Road", L), ("Exeter", L), ("Harbourside Care Group", O),
    ("Somerset Coroner's Court", O), ("Imogen Castellane-Harte", P), ("Penwarden", P),
    ("Musgrove Park", O), ("Somerset NHS Foundation Trust", O), ("Lydia Okoro-Banks", P),
    ("Dorothy", P), ("South Western Ambulance Service", O), ("Ravi Nandakumar-Hale", P),
    ("Stephen Aldous", P), ("Harbourside", O), ("CareLoop", M),
    ("Care Quality Commission", O), ("CQC", O), ("Willowmere", O), ("Castellane-Harte", P),
    ("Michael", P),
])

DOCS["skiing-lauberhorn-downhill.txt"] = dict(dct="2026-01-17", ents=[
    ("BELLECOMBE-REY", P), ("LAUBERHORN", M), ("SWISS", M), ("WENGEN", L),
    ("Switzerland", L), ("Alpine Wire", O), ("Arnaud Bellecombe-Rey", P), ("Frenchman", M),
    ("Lauberhorn", M), ("Norway", L), ("Marius Thorsrud", P), ("Jungfrau", L),
    ("Urs Wyssmüller", P), ("International Ski and Snowboard Federation", O), ("FIS", O),
    ("Russisprung", L), ("World Cup", O), ("Hundschopf", L), ("Minschkante", L),
    ("Haneggschuss", L), ("Ziel-S", L), ("Bellecombe-Rey", P), ("Savoie", L), ("Tignes", L),
    ("Wengen", L), ("Swiss", M), ("French", M), ("Thorsrud", P), ("Crystal Globe", M),
    ("Gian-Andrea Caviezel-Roth", P), ("Davos", L), ("Mr. Lauberhorn", P),
    ("Swiss-Ski", O), ("Bern", L), ("Austria", L), ("Lukas Pfeiffenberger-Haas", P),
    ("Canadian", M), ("Owen McTavish-Ruel", P), ("Italian", M),
    ("Davide Roncalli-Masetti", P), ("FRA", L), ("NOR", L), ("AUT", L), ("CAN", L),
    ("Jonas Hürlimann", P), ("SUI", L), ("Kitzbühel", L), ("Streif", L), ("SRF", O),
])

DOCS["earthquake-los-rios-chile.txt"] = dict(dct="2026-08-03", ents=[
    ("VALDIVIA", L), ("Chile", L), ("Andes Press Agency", O), ("Los Ríos Region", L),
    ("Pan-American Highway", L), ("Corral", L), ("Niebla", L), ("Valdivia", L),
    ("National Seismological Center", O), ("CSN", O), ("University of Chile", O),
    ("U.S. Geological Survey", O), ("USGS", O),
    ("National Disaster Prevention and Response Service", O), ("SENAPRED", O),
    ("Queule", L), ("Maullín", L), ("Navy", O), ("Hydrographic and Oceanographic Service", O),
    ("SHOA", O), ("Pacific Tsunami Warning Center", O), ("Paillaco", L),
    ("Base Valdivia Hospital", O), ("Saesa", O), ("Ruta de los Ríos", O), ("Lanco", L),
    ("LATAM", O), ("Pichoy", L), ("Francisca Ulloa-Kerrigan", P),
    ("Austral University of Chile", O), ("Nazca Plate", L), ("South American Plate", L),
    ("Liquiñe-Ofqui Fault Zone", L), ("Villarrica", L), ("Mocho-Choshuenco", L),
    ("National Geology and Mining Service", O), ("Sernageomin", O),
    ("Interior", O), ("Tomás Huenchumilla-Ortiz", P), ("Santiago", L),
    ("Chilean Air Force", O),
])

DOCS["recall-brookhollow-ricotta.txt"] = dict(dct="2026-04-22", ents=[
    ("Brookhollow Creamery", O), ("BELLOWS FALLS", L), ("Vt.", L),
    ("Dairy Trade Newswire", O), ("Brookhollow Creamery, LLC", O), ("Bellows Falls", L),
    ("Vermont", L), ("Brookhollow Farmstead", M), ("Greenfield Pantry", M),
    ("Harvest Lane", M), ("New Hampshire", L), ("Maine", L), ("Massachusetts", L),
    ("Connecticut", L), ("New York", L), ("Marlow's Markets", O), ("Coldwater Co-op", O),
    ("Pine State Grocers", O), ("Brattleboro", L), ("Keene", L),
    ("Vermont Agency of Agriculture, Food and Markets", O), ("Brookhollow", O),
    ("U.S. Food and Drug Administration", O), ("FDA", O), ("Prudence Hallowell-Osei", P),
    ("Centers for Disease Control and Prevention", O), ("Amos", P), ("Ruth Hallowell", P),
    ("Connecticut River", L), ("Jersey", M),
])

DOCS["dogshow-northern-counties-championship.txt"] = dict(dct="2026-09-14", ents=[
    ("BEARDIE", M), ("BISCUIT", M), ("NORTHERN COUNTIES", M), ("Dales Dog World", O),
    ("Bearded Collie", M), ("Cumbrian", M), ("Northern Counties Championship Show", M),
    ("Great Yorkshire Showground", L), ("Harrogate", L),
    ("Tallowmere Whistle Down the Wind", M), ("Biscuit", M), ("Morag Pennycuick-Ellis", P),
    ("Tallowmere Beardies", O), ("Kirkby Stephen", L), ("Ifeoma Raskin-Thwaite", P),
    ("Irish Wolfhound", M), ("Drumcliffe Lord of the Isles", M), ("Ballymena", L),
    ("Seamus", P), ("Orla Devlin-Carr", P), ("German Shorthaired Pointer", M),
    ("Kestlebrook Hot Toddy", M), ("Ripon", L), ("Cavalier King Charles Spaniel", M),
    ("Amberlea Sweet Caroline", M), ("Lhasa Apso", M), ("Shangrila Blue Mountain Mist", M),
    ("Border Terrier", M), ("Dunmallet Little Nipper", M), ("Standard Poodle", M),
    ("Chelford Fire and Ice", M), ("Pennycuick-Ellis", P), ("Crufts", M), ("Shap Fell", L),
    ("Northern Counties Canine Society", O), ("Graham Ackroyd-Bell", P), ("Scotland", L),
    ("Northern Ireland", L), ("Kennel Club", O), ("Stoneleigh", L),
    ("Bearded Collie Club of Scotland", O), ("Dogs Trust", O),
])

DOCS["sanctions-ofac-shadow-fleet.txt"] = dict(dct="2026-04-22", ents=[
    ("TREASURY", O), ("IRANIAN", M), ("EAST ASIA", L), ("WASHINGTON", L),
    ("U.S. Department of the Treasury", O), ("Office of Foreign Assets Control", O),
    ("OFAC", O), ("Iranian", M), ("East Asia", L), ("National Iranian Oil Company", O),
    ("NIOC", O), ("Sepehr Energy", O), ("Armed Forces General Staff", O),
    ("Executive Order 13902", M), ("Iran", L), ("Department of State", O),
    ("E.O. 13846", M), ("Sarvestan Petro Trading FZE", O), ("Hamriyah Free Zone", L),
    ("Sharjah", L), ("United Arab Emirates", L), ("Malaysian", M), ("Johor", L),
    ("Reza Kamalvand-Tehrani", P), ("Reza Kamal", P), ("Dubai", L), ("Lin Haoyu", P),
    ("Chinese", M), ("Hong Kong", L), ("Zhoushan Blue Harbor Shipping Co., Limited", O),
    ("OCEAN LARK", M), ("Comoros", L), ("AMBER SOUND", M), ("Panama", L),
    ("SAINT NIKOLAS III", M), ("Cameroon", L), ("KAVEH", M),
    ("Petrolink Marine Services Sdn. Bhd.", O), ("Kuala Lumpur", L),
    ("Automatic Identification System", M), ("AIS", M), ("Iraq", L),
    ("Basra Oil Terminal", L), ("Kharg Island", L), ("United States", L), ("U.S.", L),
    ("Specially Designated Nationals and Blocked Persons List", M), ("SDN List", M),
    ("Iran Freedom and Counter-Proliferation Act of 2012", M), ("Tehran", L),
    ("Treasury", O), ("Alana Brightwater-Moyo", P),
])

DOCS["diocese-hereford-clergy-appointments.txt"] = dict(dct="2026-02-06", ents=[
    ("DIOCESE OF HEREFORD", O), ("Border Lines", O), ("Diocese of Hereford", O),
    ("Hereford", L), ("Philippa Ashworth-Mbeki", P), ("St Peter's", L), ("Bromyard", L),
    ("Ludlow", L), ("Hereford Cathedral", L), ("Tobias Ngata-Price", P), ("St Laurence", L),
    ("Holy Trinity", L), ("Kington", L), ("St Mary's", L), ("Lyonshall", L),
    ("Ellen Ferrabee", P), ("Hereford Cathedral School", O),
    ("Three Counties Agricultural Society", O), ("Daniel Oyelowo-Hart", P),
    ("Ripon College Cuddesdon", O), ("Leominster Team Ministry", O),
    ("Geoffrey Marchbanks", P), ("Diocese of Lichfield", O), ("St Michael and All Angels", L),
    ("Ledbury", L), ("Anne Whitlow-Sandys", P), ("St Bartholomew's", L), ("Much Marcle", L),
    ("Rhiannon", P), ("Philippa", P), ("Rooted in the Marches", M),
    ("Church Commissioners", O), ("Allchurches Trust", O), ("Church of England", O),
    ("Pathways", M),
])

DOCS["cas-doping-appeal-gebrekidan.txt"] = dict(dct="2026-10-02", ents=[
    ("CAS", O), ("Ethiopian", M), ("LAUSANNE", L), ("Switzerland", L), ("Sportswire", O),
    ("Court of Arbitration for Sport", O), ("Selamawit Gebrekidan-Ayele", P),
    ("Athlete Biological Passport", M), ("Dutch", M), ("Maarten Vissering-Kool", P),
    ("Athletics Integrity Unit", O), ("AIU", O), ("World Athletics", O),
    ("World Anti-Doping Code", M), ("Gebrekidan-Ayele", P), ("Bekoji", L),
    ("Valencia Marathon", M), ("Tokyo Marathon", M), ("Valencia", L), ("Lausanne", L),
    ("Corinne Aebischer-Mensah", P), ("Sululta", L), ("Addis Ababa", L),
    ("Yannick Dorval-Shaw", P), ("University of Lausanne", O),
    ("World Anti-Doping Agency", O), ("WADA", O), ("Ethiopian Athletics Federation", O),
    ("Ethiopian Anti-Doping Agency", O), ("ETH-NADO", O), ("Swiss Federal Tribunal", O),
    ("Kenyan", M), ("Joseph Kiprono-Wafula", P), ("Eldoret", L),
    ("Rift Stride Management", O),
])

if __name__ == "__main__":
    build_set("entdev10", DOCS)
