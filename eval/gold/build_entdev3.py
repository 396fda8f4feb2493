#!/usr/bin/env python3
"""Build eval/gold/entdev3.jsonl: blind entity gold for corpus/entdev3/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev3.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["obituary-harlan-quist.txt"] = dict(dct="2026-03-09", ents=[
    ("Harlan Edward Quist", P), ("Tamarack Street", L), ("Marisol Fairweather-Oyelaran", P),
    ("Brainerd Lakes Sentinel", O), ("Northshore Forge & Boiler Co.", O), ("Duluth", L),
    ("Essentia Health St. Mary’s Medical Center", O), ("Pequot Lakes", L), ("Minnesota", L),
    ("Swedish", M), ("Norwegian", M), ("Harlan", P), ("Pine River High School", O),
    ("Margit", P), ("Army", O), ("1st Battalion, 32nd Infantry Regiment", O),
    ("7th Infantry Division", O), ("Camp Casey", L), ("South Korea", L), ("Georgia", L),
    ("Duluth Area Vocational School", O), ("GI Bill", M), ("Northshore Forge", O),
    ("Boilermakers Local 647", O), ("Ruth Ann Kowalczyk", P), ("Lakeside Pavilion", L),
    ("Bethany Lutheran Church", L), ("Camp Vermilion", L), ("Thunder Bay", L), ("Ontario", L),
    ("Dale Quist", P), ("Tamsin", P), ("Superior", L), ("Wisconsin", L),
    ("Karin Quist-Abernathy", P), ("Rochester", L), ("Margit Engstrom", P),
    ("Lindqvist-Hale Funeral Home", O), ("East Superior Street", L), ("Park Hill Cemetery", L),
    ("Second Harvest Northern Lakes Food Bank", O), ("Disabled American Veterans", O),
])

DOCS["tech-corvane-pixelle-launch.txt"] = dict(dct="2026-02-25", ents=[
    ("Corvane", O), ("Pixelle Fold 3", M), ("Google Maps", M), ("Anika Tervonen-Baptiste", P),
    ("Gadgetry Ledger", O), ("SAN JOSE", L), ("Calif.", L), ("Corvane Technologies Inc.", O),
    ("SAP Center", L), ("Quill X4", M), ("Taiwan Semiconductor Manufacturing Co.", O),
    ("PixelleOS 9", M), ("Android", M), ("Samsung Electronics", O), ("Galaxy S26 Ultra", M),
    ("Apple", O), ("iPhone 17 Pro", M), ("United States", L), ("Samsung", O),
    ("Deepa Marchetti-Osei", P), ("Relay", M), ("WhatsApp", M), ("Microsoft Teams", M),
    ("Zoom", M), ("Slack", M), ("Fold 3", M), ("Wayfinder", M), ("TomTom", O),
    ("Alphabet Inc.", O), ("Google Play", M), ("Qualcomm", O), ("Fold 2", M),
    ("Henrik Sørlie-Ng", P), ("Halvorsen Research", O), ("Oslo", L), ("Geekbench", M),
    ("A19 Pro", M), ("Corvane.com", M), ("Best Buy", O), ("Verizon", O), ("Britain", L),
    ("Germany", L), ("Vodafone", O), ("Deutsche Telekom", O),
])

DOCS["court-pellham-v-ardent.txt"] = dict(dct="2026-06-22", ents=[
    ("10th Circuit", O), ("Kansas", L), ("Pellham v. Ardent Freight", M), ("DENVER", L),
    ("Capitol Law Desk", O), ("U.S. Court of Appeals for the 10th Circuit", O),
    ("Federal Arbitration Act", M), ("Supreme Court", O),
    ("Pellham v. Ardent Freight Systems LLC", M), ("Miriam Okonkwo-Stahl", P),
    ("Rafael Etcheverry-Lund", P), ("Harriet Blanchflower", P), ("Samuel Tenzing Ray", P),
    ("Leonora Voss", P), ("Kwame Adjei-Brandt", P), ("Patrick O’Dowd", P), ("Oklahoma City", L),
    ("Thomas Wexford-Lyle", P), ("Dwayne Pellham", P), ("Salina", L), ("Kansas City", L),
    ("Wichita", L), ("Ardent", O), ("Omaha", L), ("Tallgrass Logistics Holdings", O),
    ("Brennan Parcel Co. v. Luckett", M), ("1st Circuit", O), ("9th Circuit", O),
    ("Renata Valdespino", P), ("Pellham", P), ("Justice Department", O), ("Civil Division", O),
    ("Brennan Parcel", M), ("Claire Whitcombe-Adu", P), ("Halloran Birch & Castellanos LLP", O),
    ("Thaddeus Korvin", P), ("Gatling & Moorhouse", O), ("America", L), ("Wexford-Lyle", P),
    ("Congress", O), ("Forced Arbitration Injustice Repeal Act", M), ("Voss", P),
    ("Seventh Amendment", M), ("U.S. District Court for the District of Kansas", O),
    ("Topeka", L),
])

DOCS["energy-opec-qaryat-field.txt"] = dict(dct="2026-04-02", ents=[
    ("OPEC+", O), ("Brent", M), ("Kazakh", M), ("Yusuf Al-Harthy-Cole", P), ("Ingrid Mæland", P),
    ("Meridian Energy Intelligence", O), ("VIENNA", L), ("ASTANA", L), ("Iraq", L),
    ("United Arab Emirates", L), ("West Texas Intermediate", M), ("Saudi", M),
    ("Faisal bin Nawaf al-Qahtani", P), ("Kazakhstan", L), ("Tengiz-East", L),
    ("Steppe Arrow Petroleum JSC", O), ("International Energy Agency", O),
    ("Lucía Barrenechea-Whitfield", P), ("Halden & Rusk Capital", O), ("London", L),
    ("Caspian Pipeline Consortium", O), ("Novorossiysk", L), ("Black Sea", L), ("Astana", L),
    ("United States", L), ("WTI", M), ("Cushing", L), ("Oklahoma", L),
    ("Gulfhaven Refining Co.", O), ("Port Arthur", L), ("Texas", L), ("Prairie Crescent", L),
    ("Marshall County", L), ("Kansas", L), ("Plainsline Midstream LP", O), ("Oman", L),
    ("Qaryat Investment Authority", O), ("Ras Madrakah", L), ("Dhofar Gas Co.", O),
    ("Norway", L), ("Nordkapp Energi ASA", O), ("Johan Castberg", L), ("Barents Sea", L),
    ("Brazil", L), ("Atlântica Petróleo SA", O), ("Búzios", L), ("Russia", L),
    ("Hamad bin Saif al-Rawahi", P), ("Muscat", L),
])

DOCS["latam-sonora-governor-race.txt"] = dict(dct="2026-05-18", ents=[
    ("Sonora", L), ("MORENA", O), ("HERMOSILLO", L), ("Mexico", L),
    ("Southwest Border Dispatch", O), ("Nogales", L), ("María Fernanda Urquijo Beltrán", P),
    ("Palacio de Gobierno", L), ("Yaqui Valley", L), ("Monterrey", L),
    ("National Action Party", O), ("PAN", O), ("Joaquín Eduardo Salcido Ruvalcaba", P),
    ("Salcido", P), ("Claudia Ibarra Lozano", P), ("Sonora Sur", L), ("El Novillo", L),
    ("Yaqui River", L), ("Hermosillo", L), ("Urquijo", P), ("Yaqui", M), ("Vícam", L),
    ("Congress", O), ("Labor Party", O), ("PT", O), ("Green Ecologist Party of Mexico", O),
    ("PVEM", O), ("Institutional Revolutionary Party", O), ("PRI", O),
    ("Ana Paula Goyeneche de la Vega", P), ("Citizens’ Movement", O), ("Tucson", L),
    ("Phoenix", L), ("Ciudad Obregón", L), ("Rubén Montes-Ochoa", P), ("Mexican", M),
    ("American", M), ("Arizona-Mexico Commission", O), ("Brazilian", M),
    ("Thiago Gonçalves Ferraz", P), ("Colegio de Sonora", O),
    ("Grupo Cervecero del Pacífico", O), ("Cajeme", L), ("National Electoral Institute", O),
    ("INE", O), ("Guaymas", L),
])

DOCS["f1-silverstone-grand-prix.txt"] = dict(dct="2026-07-06", ents=[
    ("Dane", M), ("Kjær", P), ("British Grand Prix", M), ("Halcyon Vantor", O),
    ("SILVERSTONE", L), ("England", L), ("Pitwall Press", O), ("Mikkel Kjær", P),
    ("Silverstone", L), ("Halcyon Vantor Racing", O), ("Abu Dhabi", L), ("Copse", L),
    ("Scuderia Ferrari", O), ("Lorenzo Baratti-Sforza", P), ("Stowe", L),
    ("Théo Marchand-Lefebvre", P), ("Alpine", O), ("Luffield", L), ("Wing", L),
    ("Sunniva", P), ("Brackley", L), ("Sunniva Haugland-Mbeki", P),
    ("Mercedes-AMG Petronas", O), ("Enstone", L), ("Honda", O), ("Vantor Energy", O),
    ("Emirati", M), ("McLaren", O), ("Australian", M), ("Callum Fairhurst-Oduya", P),
    ("Rafael Ochoa Quintero", P), ("Mexico", L), ("Fairhurst-Oduya", P),
    ("Red Bull Racing", O), ("Japan", L), ("Haruto Sugimori", P), ("Becketts", L),
    ("New Zealander", M), ("Finn Rawiri-Hart", P), ("Englishman", M), ("Oliver Penhaligon", P),
    ("Aston Martin Aramco", O), ("Williams", O), ("Rhodri Vaughan-Price", P),
    ("Formula One", O), ("Hungaroring", L), ("Hungarian Grand Prix", M), ("FIA", O),
    ("Baratti-Sforza", P), ("Ochoa", P), ("Vale", L),
])

DOCS["health-velmora-huntington-trial.txt"] = dict(dct="2026-10-14", ents=[
    ("Huntington’s", M), ("Priya Venkataraman-Holt", P), ("Allegheny Examiner", O),
    ("Velmora Therapeutics", O), ("HALCYON-HD", M), ("New England Journal of Medicine", O),
    ("European Huntington’s Disease Network", O), ("Lisbon", L), ("Velmora", O),
    ("Quelvara", M), ("North America", L), ("Europe", L), ("Ayodele Brennan-Whitaker", P),
    ("UPMC Presbyterian", O), ("Pittsburgh", L), ("U.S.", L), ("Pennsylvania", L),
    ("Huntington’s Disease Society of America", O), ("UPMC", O),
    ("Center for Movement Disorders", O), ("Shadyside", L), ("Margarethe Olufsen-Reyes", P),
    ("Karolinska Institutet", O), ("Stockholm", L), ("Roche", O), ("Lancet Neurology", O),
    ("Cambridge", L), ("Massachusetts", L), ("Food and Drug Administration", O), ("FDA", O),
    ("Breakthrough Therapy", M), ("Oren Kalisz-Mwangi", P), ("Carrow Beck Securities", O),
    ("Medicare", M), ("Centers for Medicare & Medicaid Services", O),
])

DOCS["military-uss-gerald-ford-exercise.txt"] = dict(dct="2026-08-19", ents=[
    ("101st Airborne", O), ("Baltic", L), ("Lithuania", L), ("USS GERALD R. FORD", M),
    ("Baltic Sea", L), ("Desmond Harrowby", P), ("Garrison Review", O),
    ("USS Gerald R. Ford", M), ("Danish", M), ("USS Roosevelt", M), ("USS Mason", M),
    ("F/A-18E Super Hornets", M), ("101st Airborne Division", O), ("Pabradė", L),
    ("Operation Amber Lantern", M), ("NATO", O), ("Sweden", L), ("Suwałki Gap", L),
    ("2nd Brigade Combat Team, 101st Airborne Division", O), ("Fort Campbell", L),
    ("Kentucky", L), ("Polish", M), ("16th Mechanized Division", O),
    ("Tobias Whitlock-Nakamura", P), ("Carrier Strike Group 12", O), ("Ford", M),
    ("U.S. European Command", O), ("Stuttgart", L), ("Allied Joint Force Command Brunssum", O),
    ("Netherlands", L), ("Gintarė Vaitkevičienė-Ross", P), ("Vilnius", L), ("U.S.", L),
    ("German", M), ("45th Panzer Brigade", O), ("Rūdninkai", L), ("Russia", L),
    ("Baltic Fleet", O), ("Kaliningrad", L), ("Pentagon", O), ("Marcus Obuya-Fenn", P),
    ("Russian", M), ("Soobrazitelny", M), ("Naval Station Norfolk", L), ("Gdynia", L),
    ("Poland", L), ("Andøya", L), ("Norway", L),
])

DOCS["review-casa-tolosa-pilsen.txt"] = dict(dct="2026-09-04", ents=[
    ("Casa Tolosa", O), ("Pilsen", L), ("Chicago", L), ("Basque", M),
    ("Hollis Ferreira-Drummond", P), ("Lakefront Reader", O), ("Iñaki Zubizarreta Arrieta", P),
    ("West 18th Street", L), ("Gipuzkoan", M), ("Zubizarreta", P), ("Astigarraga", L),
    ("Itziar Goenaga-Mendía", P), ("San Sebastián", L), ("Manhattan", L), ("Txoko Verde", O),
    ("Panadería La Reina", O), ("Loomis Street", L), ("Ander", P), ("Joxe Arregi Lasa", P),
    ("Pogues", O), ("Parte Vieja", L), ("Wisconsin", L), ("Idiazabal", M), ("La Viña", O),
    ("Txomin Etxaniz", O), ("Bodegas Marqués de Haro", O), ("Illinois", L),
    ("Mireille Okafor-Quinn", P), ("Alinea", O), ("Michelin", O), ("Bib Gourmand", M),
    ("Logan Square", L), ("W. 18th St.", L), ("Resy", M),
])

DOCS["africa-ghana-cedi-tema.txt"] = dict(dct="2026-11-11", ents=[
    ("Bank of Ghana", O), ("Tema", L), ("Accra", L), ("ACCRA", L), ("Ghana", L),
    ("Continental Markets Wire", O), ("International Monetary Fund", O),
    ("Kwabena Asante-Mensah", P), ("Thomas Sankara Road", L), ("Monetary Policy Committee", O),
    ("Ghana Cocoa Board", O), ("COCOBOD", O), ("Efua Boateng-Quaye", P),
    ("Volta Gateway Terminals", O), ("Ghana Ports and Harbours Authority", O), ("Dubai", L),
    ("Khalifa Terminals Group", O), ("West Africa", L), ("Akwaaba Telecom", O),
    ("MTN Ghana", O), ("Ghana Stock Exchange", O), ("Nana Ama Owusu-Lindqvist", P),
    ("Adinkra Capital", O), ("Akwaaba", O), ("Momo Sika", M), ("Takoradi", L), ("Kumasi", L),
    ("National Petroleum Authority", O), ("New Patriotic Party", O), ("NPP", O),
    ("Yaw Darko-Whitfield", P), ("IMF", O), ("Ghanaians", M), ("Nigeria", L),
    ("Central Bank of Kenya", O),
])

DOCS["cityplan-halsted-yards-rezoning.txt"] = dict(dct="2026-01-20", ents=[
    ("Brightwater", O), ("Halsted Yards", L), ("Bucktown", L), ("Cornelius Abernathy-Sato", P),
    ("Near North Courier", O), ("Chicago Plan Commission", O),
    ("Brightwater Urban Partners", O), ("North Branch of the Chicago River", L),
    ("Elston Avenue", L), ("Ferrous", L), ("Union Pacific", O), ("City Council", O),
    ("Committee on Zoning, Landmarks and Building Standards", O),
    ("Teodora Vukašinović-Reyes", P), ("2nd Ward", L), ("Gideon Oyelowo-Marsh", P),
    ("Cortland Street", L), ("Bucktown Neighbors Association", O), ("Wicker Park Committee", O),
    ("Ogden Silo", L), ("Philippa Dunleavy-Ortiz", P), ("Kinzie Street Railroad Bridge", L),
    ("Ashland Avenue", L), ("North Avenue", L), ("606", L), ("Bloomingdale Avenue", L),
    ("Preservation Chicago", O), ("Chicago 7", M), ("Chicago Department of Transportation", O),
    ("Divvy", O), ("Ottilie Haverford-Lee", P), ("Toronto", L), ("Quarry & Loom", O),
    ("Distillery District", L), ("Larkspur Realty Advisors", O), ("Dallas", L),
    ("Illinois Housing Development Authority", O),
])

DOCS["social-glowvault-stream-backlash.txt"] = dict(dct="2026-10-31", ents=[
    # platforms: MISC where posts are made on them, ORG where the company acts ("declined to comment")
    ("Twitch", M, [0, 1]), ("Twitch", O, [2]), ("TikTok", M, [0]), ("TikTok", O, [1]),
    ("Soraya Kettleborough-Ansah", P), ("Scroll Sheet", O), ("Dakota “Dax” Renfrew-Abiola", P),
    ("GlowVault Cosmetics", O), ("Canada", L), ("@daxplays_clips", P), ("Leeds", L),
    ("@GlowVaultBeauty", O), ("Instagram", M), ("@MarisaKwonOnline", P), ("YouTuber", M),
    ("Marisa Kwon-Haldane", P), ("Threads", M), ("Toronto", L), ("Aurelio Quispe-Mahlangu", P),
    ("@DrAurelioSkin", P), ("Health Canada", O), ("Cherry Static", M), ("U.S.", L),
    ("GlowVault", O), ("Bree", P), ("Colette Ashdown-Pryce", P), ("Scottsdale", L),
    ("Arizona", L), ("Ulta Beauty", O), ("Sephora", O), ("glowvault.com", M),
    ("Renfrew-Abiola", P), ("Columbus", L), ("Ohio", L), ("DaxPlays", M), ("Los Angeles", L),
    ("Keystone Creator Group", O), ("Bluesky", M), ("St. Jude Children’s Research Hospital", O),
])

if __name__ == "__main__":
    build_set("entdev3", DOCS)
